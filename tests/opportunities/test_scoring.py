"""Scoring: which kinds meet, specific fit over generic overlap, text across languages, conflicts, ties."""

import datetime
import itertools
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from opportunities.match_alerts import STRONG_MATCH
from opportunities.match_index import index_listing
from opportunities.match_reasons import reasons
from opportunities.match_terms import listing_terms
from opportunities.models import COMPLEMENTARY_KINDS, ListingKind, Stage
from opportunities.scoring import compute_matches, reversed_codes
from tests.accounts.factories import OrganisationFactory
from tests.factories import SectorFactory
from tests.opportunities.factories import (
    CooperationTypeFactory,
    ListingFactory,
    RegionFactory,
    SubFieldFactory,
    TechnologyKeywordFactory,
)
from vocabulary.models import GlossaryTerm

K = ListingKind


@pytest.fixture
def vocab(db):
    green = SectorFactory(code="green-tech", name_en="Green technology", name_zh_hans="节能环保")
    digital = SectorFactory(code="digital", name_en="Digital economy", name_zh_hans="数字经济")
    health = SectorFactory(code="health", name_en="Biomedicine", name_zh_hans="生物医药")
    biodegradable = SubFieldFactory(
        sector=green, code="biodegradable-materials", name_en="Biodegradable materials", name_zh_hans="全生物降解材料"
    )
    ai_subfield = SubFieldFactory(sector=digital, code="ai", name_en="Artificial intelligence", name_zh_hans="人工智能")
    return SimpleNamespace(
        green=green,
        digital=digital,
        health=health,
        biodegradable=biodegradable,
        ai_subfield=ai_subfield,
        plastics=TechnologyKeywordFactory(
            code="biodegradable-plastics",
            name_en="Biodegradable plastics",
            name_zh_hans="可降解塑料",
            sector=green,
            subfield=biodegradable,
        ),
        polymers=TechnologyKeywordFactory(
            code="bio-based-polymers",
            name_en="Bio-based polymers",
            name_zh_hans="生物基高分子",
            sector=green,
            subfield=biodegradable,
        ),
        ai=TechnologyKeywordFactory(
            code="artificial-intelligence", name_en="Artificial intelligence", name_zh_hans="人工智能", sector=digital
        ),
        ecg=TechnologyKeywordFactory(code="ecg", name_en="ECG monitoring", name_zh_hans="心电监测", sector=health),
        imaging=TechnologyKeywordFactory(code="imaging", name_en="Medical imaging", name_zh_hans="医学影像"),
        licence=CooperationTypeFactory(code="licence", name_en="Licence agreement", name_zh_hans="许可"),
        supply=CooperationTypeFactory(code="supply", name_en="Commercial agreement", name_zh_hans="商业协议"),
        eu=RegionFactory(code="eu", name_en="European Union", name_zh_hans="欧盟", countries=["DE", "FR", "FI"]),
        asean=RegionFactory(code="asean", name_en="ASEAN", name_zh_hans="东盟", countries=["SG", "MY"]),
        mulch=GlossaryTerm.objects.create(
            code="mulch-film", name_en="mulch film", name_zh_hans="地膜", synonyms="agricultural film\n农膜"
        ),
    )


def listing(vocab, kind=K.TECHNOLOGY_OFFER, country="SG", **fields):
    defaults = dict(
        kind=kind,
        organisation=OrganisationFactory(country=country),
        title="A listing",
        summary="",
        stage=Stage.MARKET if kind.endswith("offer") else Stage.PROTOTYPE,
        sectors=[vocab.green],
        cooperation_types=[vocab.licence],
    )
    return ListingFactory(**{**defaults, **fields})


def ranked(request, **kwargs):
    return [result.candidate for result in compute_matches(request, **kwargs)]


def scores(request):
    return {result.candidate: result.score for result in compute_matches(request)}


# Which kinds meet which


def test_the_kinds_table_is_symmetric_and_covers_every_kind():
    assert set(COMPLEMENTARY_KINDS) == set(ListingKind)
    for kind, partners in COMPLEMENTARY_KINDS.items():
        for partner in partners:
            assert kind in COMPLEMENTARY_KINDS[partner], (kind, partner)


@pytest.mark.parametrize(
    "request_kind, partner_kind",
    [
        (K.TECHNOLOGY_REQUEST, K.TECHNOLOGY_OFFER),
        (K.TECHNOLOGY_REQUEST, K.BUSINESS_OFFER),  # a product or service meets a technology need
        (K.TECHNOLOGY_REQUEST, K.RD_REQUEST),  # an R&D partner
        (K.BUSINESS_REQUEST, K.BUSINESS_OFFER),
        (K.BUSINESS_REQUEST, K.TECHNOLOGY_OFFER),
        (K.RD_REQUEST, K.RD_REQUEST),
        (K.INVESTMENT_REQUEST, K.INVESTMENT_OFFER),
    ],
)
def test_kinds_that_meet_in_real_partnering_are_matched(vocab, request_kind, partner_kind):
    partner = listing(vocab, partner_kind, keywords=[vocab.plastics])
    request = listing(vocab, request_kind, country="CN", keywords=[vocab.plastics])
    assert ranked(request) == [partner]
    assert ranked(partner) == [request]


@pytest.mark.parametrize(
    "request_kind, other_kind",
    [
        (K.TECHNOLOGY_REQUEST, K.TECHNOLOGY_REQUEST),
        (K.BUSINESS_REQUEST, K.TECHNOLOGY_REQUEST),
        (K.BUSINESS_OFFER, K.TECHNOLOGY_OFFER),
        (K.INVESTMENT_REQUEST, K.TECHNOLOGY_OFFER),
        (K.INVESTMENT_OFFER, K.BUSINESS_REQUEST),
    ],
)
def test_kinds_that_do_not_meet_are_never_matched(vocab, request_kind, other_kind):
    listing(vocab, other_kind, keywords=[vocab.plastics])
    assert ranked(listing(vocab, request_kind, country="CN", keywords=[vocab.plastics])) == []


def test_listings_of_one_organisation_never_match(vocab):
    request = listing(vocab, K.TECHNOLOGY_REQUEST, keywords=[vocab.plastics])
    listing(vocab, organisation=request.organisation, keywords=[vocab.plastics])
    assert ranked(request) == []


# Specific fit beats generic overlap


def test_a_rare_shared_keyword_outranks_many_generic_shared_terms(vocab):
    """The ECG patch beats the AI screening offer for an ECG request, though the AI offer shares more."""
    for _ in range(6):  # "AI", the digital sector and a licence are everywhere
        listing(
            vocab, K.TECHNOLOGY_REQUEST, sectors=[vocab.digital], keywords=[vocab.ai], subfields=[vocab.ai_subfield]
        )
    ai_screening = listing(
        vocab,
        sectors=[vocab.digital, vocab.health],
        subfields=[vocab.ai_subfield],
        keywords=[vocab.ai, vocab.imaging],
        cooperation_types=[vocab.licence],
    )
    ecg_patch = listing(vocab, sectors=[vocab.health], keywords=[vocab.ecg], cooperation_types=[vocab.supply])
    request = listing(
        vocab,
        K.TECHNOLOGY_REQUEST,
        country="CN",
        sectors=[vocab.digital, vocab.health],
        subfields=[vocab.ai_subfield],
        keywords=[vocab.ai, vocab.ecg],
        cooperation_types=[vocab.licence],
    )
    assert ranked(request)[:2] == [ecg_patch, ai_screening]


def test_a_concept_tagged_as_sub_field_and_keyword_counts_once(vocab):
    both = listing(vocab, subfields=[vocab.ai_subfield], keywords=[vocab.ai], sectors=[vocab.digital])
    terms = listing_terms(both)
    assert "k:artificial-intelligence" in terms
    assert not any(term.startswith("f:ai") for term in terms)


def test_sharing_only_a_sector_and_a_cooperation_type_is_not_a_strong_match(vocab):
    for _ in range(5):
        listing(vocab, K.TECHNOLOGY_REQUEST, keywords=[vocab.polymers], title="Bio-based polymer resin")
    listing(vocab, title="Compostable coffee capsules", keywords=[vocab.plastics])
    request = listing(vocab, K.TECHNOLOGY_REQUEST, country="CN", title="Solar-powered water pumps")
    assert all(score < STRONG_MATCH for score in scores(request).values())


def test_a_request_with_a_real_partner_gets_a_strong_match(vocab):
    for _ in range(5):
        listing(vocab, K.TECHNOLOGY_REQUEST, sectors=[vocab.digital], keywords=[vocab.ai], title="Retail chatbot")
    partner = listing(
        vocab,
        title="Biodegradable mulch film for tropical farms",
        summary="Our mulch film degrades fully in the soil after one season.",
        keywords=[vocab.plastics],
        subfields=[vocab.biodegradable],
    )
    request = listing(
        vocab,
        K.TECHNOLOGY_REQUEST,
        country="CN",
        title="Seeking biodegradable mulch film",
        summary="Mulch film that degrades in the soil, for pepper farms.",
        keywords=[vocab.plastics],
        subfields=[vocab.biodegradable],
    )
    assert scores(request)[partner] >= STRONG_MATCH


# The vocabulary's hierarchy


def test_close_keywords_under_one_sub_field_give_partial_credit(vocab):
    exact = listing(vocab, keywords=[vocab.plastics])
    close = listing(vocab, keywords=[vocab.polymers])
    listing(vocab, sectors=[vocab.digital], keywords=[vocab.ai])  # makes the green sector a little rarer
    request = listing(vocab, K.TECHNOLOGY_REQUEST, country="CN", keywords=[vocab.plastics])
    results = {result.candidate: result for result in compute_matches(request)}
    assert results[exact].score > results[close].score > 0
    assert ["k:biodegradable-plastics", "k:bio-based-polymers"] in results[close].codes["top"]


def test_a_keyword_and_its_broader_sub_field_give_partial_credit(vocab):
    offer = listing(vocab, subfields=[vocab.biodegradable])
    request = listing(vocab, K.TECHNOLOGY_REQUEST, country="CN", keywords=[vocab.polymers])
    [result] = compute_matches(request)
    assert result.candidate == offer
    assert ["k:bio-based-polymers", "f:biodegradable-materials"] in result.codes["top"]


# Text across languages


def test_chinese_and_english_texts_meet_through_the_glossary_without_a_translation(vocab):
    offer = listing(
        vocab, title="Biodegradable mulch films", summary="Agricultural mulch films for pepper and melon farms."
    )
    listing(vocab, title="Compostable cutlery", summary="Forks and spoons from PLA.")
    request = listing(
        vocab,
        K.TECHNOLOGY_REQUEST,
        country="CN",
        original_language="zh-hans",
        title="寻求全生物降解地膜",
        summary="用于辣椒种植的地膜，一季后在土壤中完全降解。",
    )
    assert ranked(request)[0] == offer
    assert ["g:mulch-film", "g:mulch-film"] in compute_matches(request)[0].codes["top"]


def test_chinese_words_bridge_to_english_through_the_dictionary(vocab):
    """No glossary term and no tag in common: the dictionary's glosses let the texts meet."""
    boats = listing(vocab, title="Satellite IoT for fishing boats", summary="", sectors=[vocab.digital])
    listing(vocab, title="Satellite imagery for farms", summary="", sectors=[vocab.digital])
    listing(vocab, title="Cargo boats", summary="", sectors=[vocab.digital])
    request = listing(
        vocab,
        K.TECHNOLOGY_REQUEST,
        country="CN",
        title="渔船卫星监控",
        summary="",
        sectors=[vocab.health],
        cooperation_types=[vocab.supply],
    )
    assert {"w:渔船", "w:fish", "w:boat", "w:satellit"} <= set(listing_terms(request))
    assert ranked(request)[0] == boats


def test_english_words_are_stemmed_and_chinese_is_segmented(vocab):
    english = listing(vocab, title="Harvesting robots", summary="Robotic harvesting of pineapples.")
    terms = listing_terms(english)
    assert {"w:harvest", "w:robot", "w:pineappl"} <= set(terms)
    chinese = listing(vocab, title="菠萝采摘机器人", summary="")
    assert {"w:菠萝", "w:采摘", "w:机器人"} <= set(listing_terms(chinese))


def test_a_vocabulary_name_written_in_the_text_counts_as_that_concept(vocab):
    untagged = listing(vocab, title="可降解塑料餐具", summary="")
    assert "k:biodegradable-plastics" in listing_terms(untagged)


def test_partnering_boilerplate_is_not_counted(vocab):
    boilerplate = listing(vocab, title="We are looking for a partner", summary="寻求合作伙伴，提供技术服务")
    assert not [term for term in listing_terms(boilerplate) if term.startswith("w:")]


def test_a_new_glossary_term_is_used_at_once(vocab):
    offer = listing(vocab, title="Whale-pulse cable", summary="", sectors=[vocab.digital])
    request = listing(
        vocab,
        K.TECHNOLOGY_REQUEST,
        country="CN",
        title="鲸脉缆",
        summary="",
        sectors=[vocab.health],
        cooperation_types=[vocab.supply],
    )
    assert ranked(request) == []
    GlossaryTerm.objects.create(code="whale-pulse-cable", name_en="whale-pulse cable", name_zh_hans="鲸脉缆")
    index_listing(offer)  # publishing or editing re-indexes a listing
    assert ranked(request) == [offer]


# Conflicts


def _pair_scores(vocab, request_fields, conflicting_fields):
    fitting = listing(vocab, keywords=[vocab.plastics], title="Compostable film")
    conflicting = listing(vocab, keywords=[vocab.plastics], title="Compostable film", **conflicting_fields)
    request = listing(vocab, K.TECHNOLOGY_REQUEST, country="CN", keywords=[vocab.plastics], **request_fields)
    results = {result.candidate: result for result in compute_matches(request)}
    return results[fitting], results[conflicting]


def test_an_offer_less_mature_than_the_request_wants_is_penalised(vocab):
    fitting, conflicting = _pair_scores(vocab, {"stage": Stage.PILOT}, {"stage": Stage.IDEA})
    assert fitting.score > conflicting.score
    assert conflicting.codes["conflicts"] == ["stage"] and conflicting.codes["stage"] is False


def test_an_organisation_outside_the_target_regions_is_penalised(vocab):
    fitting, conflicting = _pair_scores(
        vocab, {"target_regions": [vocab.asean]}, {"organisation": OrganisationFactory(country="DE")}
    )
    assert fitting.score > conflicting.score
    assert conflicting.codes["conflicts"] == ["region"] and fitting.codes["region"] == "asean"


def test_budgets_that_do_not_overlap_are_penalised(vocab):
    budget = {"budget_min": 100_000, "budget_max": 500_000, "budget_currency": "CNY"}
    fitting, conflicting = _pair_scores(
        vocab, budget, {"budget_min": 2_000_000, "budget_max": 5_000_000, "budget_currency": "CNY"}
    )
    assert fitting.score > conflicting.score
    assert conflicting.codes["conflicts"] == ["budget"]


# Ties and scale


def test_ties_put_the_newer_candidate_first(vocab):
    older = listing(vocab, keywords=[vocab.plastics], title="Same", published_at=timezone.now())
    newer = listing(vocab, keywords=[vocab.plastics], title="Same")
    request = listing(vocab, K.TECHNOLOGY_REQUEST, country="CN", keywords=[vocab.plastics])
    results = compute_matches(request)
    assert results[0].score == results[1].score
    assert [result.candidate for result in results] == [newer, older]


def test_an_old_listing_is_found_among_many_newer_ones(vocab):
    old = listing(
        vocab, keywords=[vocab.ecg], sectors=[vocab.health], published_at=timezone.now() - datetime.timedelta(days=300)
    )
    for _ in range(15):
        listing(vocab, keywords=[vocab.plastics])
    request = listing(vocab, K.TECHNOLOGY_REQUEST, country="CN", keywords=[vocab.ecg], sectors=[vocab.health])
    assert ranked(request, limit=1) == [old]


def test_excluded_candidates_are_not_returned(vocab):
    first, second = (listing(vocab, keywords=[vocab.plastics]) for _ in range(2))
    request = listing(vocab, K.TECHNOLOGY_REQUEST, country="CN", keywords=[vocab.plastics])
    assert ranked(request, exclude={first.pk}) == [second]


def _queries(request):
    with CaptureQueriesContext(connection) as context:
        compute_matches(request)
    return len(context.captured_queries)


def test_the_number_of_queries_does_not_grow_with_the_listings(vocab):
    request = listing(vocab, K.TECHNOLOGY_REQUEST, country="CN", keywords=[vocab.plastics], target_regions=[vocab.eu])
    listing(vocab, keywords=[vocab.plastics], target_regions=[vocab.asean])
    few = _queries(request)
    for title, keywords in itertools.product(["Film", "薄膜", "Resin"], [[vocab.plastics], [vocab.polymers]]):
        listing(vocab, keywords=keywords, title=title, target_regions=[vocab.eu, vocab.asean])
    assert _queries(request) == few


# Reasons


def test_reasons_name_the_shared_concept_in_both_languages_the_readers_first(vocab):
    listing(vocab, keywords=[vocab.plastics])
    [result] = compute_matches(listing(vocab, K.TECHNOLOGY_REQUEST, country="CN", keywords=[vocab.plastics]))
    english, _cautions = reasons(result.codes)
    assert english[0] == "Both about Biodegradable plastics · 可降解塑料"
    with translation.override("zh-hans"):
        chinese, _cautions = reasons(result.codes)
    assert chinese[0] == "都涉及可降解塑料 · Biodegradable plastics"


def test_a_match_scores_the_same_for_both_owners_and_each_reads_its_own_side(vocab):
    """Partial credit is given once per concept, so the score does not depend on who asks."""
    offer = listing(vocab, keywords=[vocab.plastics], subfields=[vocab.biodegradable])
    request = listing(vocab, K.TECHNOLOGY_REQUEST, country="CN", keywords=[vocab.polymers])
    [from_request] = compute_matches(request)
    [from_offer] = compute_matches(offer)
    assert from_request.score == from_offer.score
    assert from_request.codes["top"][0][0] == "k:bio-based-polymers"  # the request's own term first
    assert from_offer.codes["top"][0][1] == "k:bio-based-polymers"
    assert reversed_codes(from_request.codes)["top"] == from_offer.codes["top"]
