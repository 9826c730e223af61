"""Matching: complementary listings find each other in either language; matches are stored and announced.

The rules of the score itself are in ``test_scoring.py``.
"""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from accounts.models import Profile
from opportunities.match_alerts import STRONG_MATCH, send_match_alerts
from opportunities.match_index import index_listing
from opportunities.match_reasons import reasons
from opportunities.matching import refresh_matches
from opportunities.models import ListingKind, Match, Stage, Status
from opportunities.scoring import compute_matches
from tests.accounts.factories import OrganisationFactory
from tests.factories import SectorFactory
from tests.opportunities.factories import (
    CooperationTypeFactory,
    ListingFactory,
    RegionFactory,
    SubFieldFactory,
    TechnologyKeywordFactory,
)


def _rest_of_the_marketplace(health, joint_venture):
    """Listings about other things, as a marketplace has: they make the shared terms of a pair rare, as
    they are among real listings (investment offers, which never meet the technology listings here)."""
    for number, title in enumerate(["Seed fund for clinics", "Growth capital for hospitals", "医院投资基金"] * 2):
        ListingFactory(
            kind=ListingKind.INVESTMENT_OFFER,
            title=f"{title} {number}",
            summary="Capital for healthcare providers.",
            sectors=[health],
            cooperation_types=[joint_venture],
        )


@pytest.fixture
def vocab(db):
    """A small shared vocabulary with English and Chinese names, and some listings about other things."""
    digital = SectorFactory(code="digital-economy", name_en="Digital economy", name_zh_hans="数字经济")
    health = SectorFactory(code="health", name_en="Health", name_zh_hans="医疗健康")
    joint_venture = CooperationTypeFactory(code="joint-venture", name_en="joint venture", name_zh_hans="合资")
    _rest_of_the_marketplace(health, joint_venture)
    return SimpleNamespace(
        digital=digital,
        health=health,
        software=SubFieldFactory(sector=digital, code="software", name_en="Software", name_zh_hans="软件"),
        mobile=SubFieldFactory(sector=digital, code="mobile", name_en="Mobile apps", name_zh_hans="移动应用"),
        ai=TechnologyKeywordFactory(code="ai", name_en="AI", name_zh_hans="人工智能"),
        iot=TechnologyKeywordFactory(code="iot", name_en="IoT", name_zh_hans="物联网"),
        blockchain=TechnologyKeywordFactory(code="blockchain", name_en="Blockchain", name_zh_hans="区块链"),
        licensing=CooperationTypeFactory(code="licensing", name_en="licensing", name_zh_hans="技术许可"),
        joint_venture=joint_venture,
        asean=RegionFactory(code="asean", name_en="ASEAN", name_zh_hans="东盟", countries=["SG", "MY", "TH"]),
        eu=RegionFactory(code="eu", name_en="EU", name_zh_hans="欧盟", countries=["DE", "FR"]),
        world=RegionFactory(code="world", name_en="Worldwide", name_zh_hans="全球", is_global=True),
    )


def chinese_request(vocab, **fields):
    """A technology request written in Chinese by a Haikou company."""
    defaults = dict(
        kind=ListingKind.TECHNOLOGY_REQUEST,
        original_language="zh-hans",
        organisation=OrganisationFactory(name="海口智造", country="CN", city="海口"),
        title="寻求人工智能图像识别技术",
        summary="我们需要用于热带农业病虫害检测的人工智能图像识别技术。",
        stage=Stage.PROTOTYPE,
        sectors=[vocab.digital],
        keywords=[vocab.ai],
        cooperation_types=[vocab.licensing],
    )
    return ListingFactory(**{**defaults, **fields})


def english_offer(vocab, **fields):
    """A technology offer written in English by a Singapore startup."""
    defaults = dict(
        kind=ListingKind.TECHNOLOGY_OFFER,
        original_language="en",
        organisation=OrganisationFactory(name="Lion Vision", country="SG"),
        title="AI image recognition for agriculture",
        summary="Computer vision that detects crop disease.",
        stage=Stage.MARKET,
        sectors=[vocab.digital],
        keywords=[vocab.ai],
        cooperation_types=[vocab.licensing],
    )
    return ListingFactory(**{**defaults, **fields})


def candidates(listing):
    return [result.candidate for result in compute_matches(listing)]


def test_chinese_request_finds_english_offer(vocab):
    offer = english_offer(vocab)
    assert candidates(chinese_request(vocab)) == [offer]


def test_english_offer_finds_chinese_request(vocab):
    request = chinese_request(vocab)
    assert candidates(english_offer(vocab)) == [request]


def test_reasons_name_the_shared_keyword_in_chinese_for_a_chinese_reader(vocab):
    english_offer(vocab)
    [result] = compute_matches(chinese_request(vocab))
    with translation.override("zh-hans"):
        lines, _cautions = reasons(result.codes)
    assert lines[0].endswith("人工智能 · AI")


def test_reasons_name_the_shared_keyword_in_english_for_an_english_reader(vocab):
    english_offer(vocab)
    [result] = compute_matches(chinese_request(vocab))
    lines, _cautions = reasons(result.codes)
    assert lines[0] == "Both about AI · 人工智能"


def test_unpublished_listing_can_be_matched_before_it_is_published(vocab):
    offer = english_offer(vocab)
    assert candidates(chinese_request(vocab, status=Status.DRAFT)) == [offer]


def test_listings_of_non_complementary_kinds_never_match(vocab):
    english_offer(vocab, kind=ListingKind.INVESTMENT_OFFER)
    english_offer(vocab, kind=ListingKind.TECHNOLOGY_REQUEST)
    assert candidates(chinese_request(vocab)) == []


def test_rd_request_matches_technology_offers_and_other_rd_requests(vocab):
    offer = english_offer(vocab)
    other_rd = english_offer(vocab, kind=ListingKind.RD_REQUEST, stage=Stage.PROTOTYPE)
    rd_request = chinese_request(vocab, kind=ListingKind.RD_REQUEST)
    assert set(candidates(rd_request)) == {offer, other_rd}


def test_listings_of_the_same_organisation_never_match(vocab):
    request = chinese_request(vocab)
    english_offer(vocab, organisation=request.organisation)
    assert candidates(request) == []


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.CLOSED, Status.EXPIRED])
def test_listings_that_are_not_published_are_not_matched(vocab, status):
    english_offer(vocab, status=status)
    assert candidates(chinese_request(vocab)) == []


def test_published_listing_past_its_deadline_is_not_matched(vocab):
    english_offer(vocab, deadline=timezone.localdate() - datetime.timedelta(days=1))
    assert candidates(chinese_request(vocab)) == []


def test_listing_sharing_neither_codes_nor_words_is_not_matched(vocab):
    english_offer(
        vocab,
        sectors=[vocab.health],
        keywords=[vocab.iot],
        cooperation_types=[vocab.joint_venture],
        title="Ledger software",
        summary="Bookkeeping for small shops.",
    )
    assert candidates(chinese_request(vocab)) == []


def test_more_shared_codes_rank_higher(vocab):
    one = english_offer(vocab, keywords=[vocab.ai], cooperation_types=[vocab.joint_venture])
    three = english_offer(vocab, subfields=[vocab.software], keywords=[vocab.ai, vocab.iot])
    two = english_offer(vocab, keywords=[vocab.ai, vocab.iot], cooperation_types=[vocab.joint_venture])
    request = chinese_request(vocab, subfields=[vocab.software], keywords=[vocab.ai, vocab.iot])
    results = compute_matches(request)
    assert [result.candidate for result in results] == [three, two, one]
    assert results[0].score > results[1].score > results[2].score


def test_limit_caps_the_number_of_matches(vocab):
    for _ in range(4):
        english_offer(vocab)
    assert len(compute_matches(chinese_request(vocab), limit=3)) == 3


def test_candidate_inside_the_target_region_scores_higher(vocab):
    in_asean = english_offer(vocab, organisation=OrganisationFactory(country="SG"))
    in_eu = english_offer(vocab, organisation=OrganisationFactory(country="DE"))
    results = {
        result.candidate: result for result in compute_matches(chinese_request(vocab, target_regions=[vocab.asean]))
    }
    assert results[in_asean].score > results[in_eu].score
    assert results[in_asean].codes["region"] == "asean"
    assert results[in_eu].codes["region"] == ""


def test_global_region_fits_every_country(vocab):
    english_offer(vocab, organisation=OrganisationFactory(country="BR"))
    [result] = compute_matches(chinese_request(vocab, target_regions=[vocab.world]))
    assert result.codes["region"] == "world" and result.codes["conflicts"] == []


def test_candidate_targeting_the_listings_country_fits_the_region(vocab):
    english_offer(vocab, target_regions=[vocab.world])
    [with_region] = compute_matches(chinese_request(vocab))
    assert with_region.codes["region"] == "world"


def test_offer_less_mature_than_the_request_wants_scores_lower(vocab):
    mature = english_offer(vocab, stage=Stage.MARKET)
    idea = english_offer(vocab, stage=Stage.IDEA)
    results = {result.candidate: result for result in compute_matches(chinese_request(vocab))}
    assert results[mature].codes["stage"] is True
    assert results[idea].codes["stage"] is False
    assert results[mature].score > results[idea].score


def test_similar_text_adds_to_the_score(vocab):
    similar = english_offer(vocab, title="Image recognition for tropical agriculture")
    unrelated = english_offer(vocab, title="Ledger software", summary="Bookkeeping for small shops.")
    request = chinese_request(vocab, translated_title="Seeking AI image recognition for tropical agriculture")
    results = {result.candidate: result for result in compute_matches(request)}
    assert results[similar].score > results[unrelated].score


def test_listings_sharing_everything_score_above_90(vocab):
    english_offer(
        vocab,
        subfields=[vocab.software, vocab.mobile],
        keywords=[vocab.ai, vocab.iot, vocab.blockchain],
        cooperation_types=[vocab.licensing, vocab.joint_venture],
        sectors=[vocab.digital, vocab.health],
        title="寻求人工智能图像识别技术",
        summary="我们需要用于热带农业病虫害检测的人工智能图像识别技术。",
        target_regions=[vocab.world],
    )
    request = chinese_request(
        vocab,
        subfields=[vocab.software, vocab.mobile],
        keywords=[vocab.ai, vocab.iot, vocab.blockchain],
        cooperation_types=[vocab.licensing, vocab.joint_venture],
        sectors=[vocab.digital, vocab.health],
        target_regions=[vocab.asean],
    )
    [result] = compute_matches(request)
    assert result.score > 90


def _queries_for_matching(listing):
    with CaptureQueriesContext(connection) as context:
        compute_matches(listing)
    return len(context.captured_queries)


def test_query_count_of_matching_does_not_grow_with_the_number_of_listings(vocab):
    request = chinese_request(vocab, target_regions=[vocab.asean])
    for _ in range(2):
        english_offer(vocab, target_regions=[vocab.asean])
    few = _queries_for_matching(request)
    for _ in range(12):
        english_offer(vocab, subfields=[vocab.software], target_regions=[vocab.eu, vocab.world])
    assert _queries_for_matching(request) == few


# Storing matches


def test_refresh_matches_stores_the_match_in_both_directions(vocab):
    offer = english_offer(vocab)
    request = chinese_request(vocab)
    refresh_matches(request)
    assert set(Match.objects.values_list("listing", "candidate")) == {(request.pk, offer.pk), (offer.pk, request.pk)}


def test_stored_match_keeps_codes_so_it_can_be_shown_in_any_language(vocab):
    offer = english_offer(vocab)
    refresh_matches(chinese_request(vocab))
    assert ["k:ai", "k:ai"] in Match.objects.get(listing=offer).reasons["top"]


def test_refresh_matches_updates_the_score_of_an_existing_match(vocab):
    offer = english_offer(vocab)
    request = chinese_request(vocab)
    refresh_matches(request)
    before = Match.objects.get(listing=request).score
    request.keywords.add(vocab.iot)
    offer.keywords.add(vocab.iot)
    index_listing(offer)  # an approved change re-indexes the offer
    refresh_matches(request)
    scores = set(Match.objects.values_list("score", flat=True))
    assert len(scores) == 1 and Match.objects.count() == 2 and scores != {before}
    assert ["k:iot", "k:iot"] in Match.objects.get(listing=request).reasons["top"]


def test_refresh_matches_drops_a_match_that_no_longer_fits(vocab):
    offer = english_offer(vocab)
    request = chinese_request(vocab)
    refresh_matches(request)
    offer.sectors.set([vocab.health])
    offer.keywords.clear()
    offer.cooperation_types.set([vocab.joint_venture])
    offer.title, offer.summary = "Ledger software", "Bookkeeping for small shops."
    offer.save()
    index_listing(offer)
    refresh_matches(request)
    assert not Match.objects.filter(listing=request).exists()


def test_refresh_matches_of_a_closed_listing_removes_its_matches(vocab):
    english_offer(vocab)
    request = chinese_request(vocab)
    refresh_matches(request)
    request.status = Status.CLOSED
    request.save()
    refresh_matches(request)
    assert not Match.objects.exists()


# Match alerts


def strong_pair(vocab, **request_fields):
    """An offer and a request that match strongly, with both matches stored and not yet announced."""
    offer = english_offer(
        vocab, subfields=[vocab.software], keywords=[vocab.ai, vocab.iot], target_regions=[vocab.world]
    )
    request = chinese_request(
        vocab,
        subfields=[vocab.software],
        keywords=[vocab.ai, vocab.iot],
        target_regions=[vocab.asean],
        **request_fields,
    )
    refresh_matches(request)
    assert Match.objects.get(listing=offer).score >= STRONG_MATCH
    return offer, request


def alerts_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def test_strong_new_match_is_announced_to_both_owners(vocab):
    offer, request = strong_pair(vocab)
    assert send_match_alerts() == 2
    assert len(alerts_to(offer.owner)) == len(alerts_to(request.owner)) == 1


def test_alert_lists_the_match_with_its_reasons(vocab):
    offer, request = strong_pair(vocab)
    send_match_alerts()
    [email] = alerts_to(offer.owner)
    assert request.title in email.body
    assert "Both about AI · 人工智能" in email.body and "Both about IoT · 物联网" in email.body


def test_alert_is_written_in_the_owners_language(vocab):
    offer, request = strong_pair(vocab)
    Profile.objects.filter(user=request.owner).update(preferred_language="zh-hans")
    send_match_alerts()
    [email] = alerts_to(request.owner)
    assert "人工智能" in email.body and offer.title in email.body


def test_a_match_is_announced_only_once(vocab):
    strong_pair(vocab)
    send_match_alerts()
    later = timezone.now() + datetime.timedelta(days=2)
    assert send_match_alerts(now=later) == 0


def test_owner_gets_at_most_one_alert_a_day(vocab):
    offer, request = strong_pair(vocab)
    send_match_alerts()
    another = english_offer(vocab, subfields=[vocab.software], keywords=[vocab.ai, vocab.iot])
    refresh_matches(another)
    send_match_alerts(now=timezone.now() + datetime.timedelta(hours=23))
    assert len(alerts_to(request.owner)) == 1
    send_match_alerts(now=timezone.now() + datetime.timedelta(hours=25))
    assert len(alerts_to(request.owner)) == 2


def test_weak_match_is_not_announced(vocab):
    english_offer(vocab)
    refresh_matches(chinese_request(vocab, stage=Stage.MARKET, target_regions=[vocab.eu]))
    assert Match.objects.filter(score__lt=STRONG_MATCH).exists()
    assert send_match_alerts() == 0


def test_owner_who_opted_out_gets_no_alert(vocab):
    offer, request = strong_pair(vocab)
    Profile.objects.filter(user=offer.owner).update(match_emails=False)
    send_match_alerts()
    assert alerts_to(offer.owner) == [] and len(alerts_to(request.owner)) == 1


def test_unsubscribe_link_in_the_alert_stops_match_emails(vocab, client):
    offer, _request = strong_pair(vocab)
    send_match_alerts()
    [email] = alerts_to(offer.owner)
    path = re.search(r"https?://[^/\s]+(/\S*/unsubscribe/\S+/)", email.body).group(1)
    assert client.get(path).status_code == 200
    client.post(path)
    offer.owner.profile.refresh_from_db()
    assert offer.owner.profile.match_emails is False
