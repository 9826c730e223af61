"""The public browse page: only public listings, faceted filters with counts, search, sort, pages, cards."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import fragments
from opportunities.models import ListingKind, Stage, Status
from tests.accounts.factories import OrganisationFactory
from tests.factories import SectorFactory
from tests.opportunities.factories import (
    CooperationTypeFactory,
    ListingFactory,
    RegionFactory,
    TechnologyKeywordFactory,
)

pytestmark = pytest.mark.django_db

URL = "/en/opportunities/"


def shown_ids(response):
    return {listing.pk for listing in response.context["listings"].object_list}


def facet(response, name):
    """{value: count} for one facet of the rendered page."""
    found = next(f for f in response.context["facets"] if f.name == name)
    return {option.value: option.count for option in found.options}


def test_browse_page_shows_published_listings_in_both_languages(client):
    listing = ListingFactory(title="Satellite data for fisheries")
    for url in ("/en/opportunities/", "/zh-hans/opportunities/"):
        response = client.get(url)
        assert response.status_code == 200
        assert listing.pk in shown_ids(response)
    assert "Satellite data for fisheries" in client.get(URL).content.decode()


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.EXPIRED, Status.CLOSED])
def test_listings_that_are_not_published_are_hidden(client, status):
    hidden = ListingFactory(status=status, title="Secret plan")
    response = client.get(URL)
    assert hidden.pk not in shown_ids(response)
    assert "Secret plan" not in response.content.decode()


def test_published_listing_past_its_deadline_is_hidden(client):
    stale = ListingFactory(deadline=timezone.localdate() - datetime.timedelta(days=1))
    assert stale.pk not in shown_ids(client.get(URL))


def test_type_filter_narrows_results(client):
    offer = ListingFactory(kind=ListingKind.TECHNOLOGY_OFFER)
    request = ListingFactory(kind=ListingKind.BUSINESS_REQUEST)
    assert shown_ids(client.get(URL, {"kind": "business-request"})) == {request.pk}
    assert offer.pk in shown_ids(client.get(URL))


def test_sector_filter_narrows_results(client):
    health = SectorFactory(code="health")
    inside = ListingFactory(sectors=[health])
    ListingFactory(sectors=[SectorFactory(code="logistics")])
    assert shown_ids(client.get(URL, {"sector": "health"})) == {inside.pk}


def test_country_filter_narrows_results_by_the_organisation_country(client):
    german = ListingFactory(organisation=OrganisationFactory(country="DE"))
    ListingFactory(organisation=OrganisationFactory(country="SG"))
    assert shown_ids(client.get(URL, {"country": "DE"})) == {german.pk}


def test_region_filter_narrows_results_by_target_region(client):
    asean = RegionFactory(code="asean")
    inside = ListingFactory(target_regions=[asean])
    ListingFactory(target_regions=[RegionFactory(code="eu")])
    ListingFactory()
    assert shown_ids(client.get(URL, {"region": "asean"})) == {inside.pk}


def test_cooperation_type_filter_narrows_results(client):
    licence = CooperationTypeFactory(code="licence")
    inside = ListingFactory(cooperation_types=[licence])
    ListingFactory(cooperation_types=[CooperationTypeFactory(code="joint-venture")])
    assert shown_ids(client.get(URL, {"cooperation": "licence"})) == {inside.pk}


def test_stage_filter_narrows_results(client):
    on_market = ListingFactory(stage=Stage.MARKET)
    ListingFactory(stage=Stage.IDEA)
    assert shown_ids(client.get(URL, {"stage": "market"})) == {on_market.pk}


def test_posted_within_filter_leaves_out_older_listings(client):
    recent = ListingFactory(published_at=timezone.now() - datetime.timedelta(days=3))
    ListingFactory(published_at=timezone.now() - datetime.timedelta(days=20))
    assert shown_ids(client.get(URL, {"posted": "7"})) == {recent.pk}


def test_filters_combine(client):
    health = SectorFactory(code="health")
    both = ListingFactory(kind=ListingKind.TECHNOLOGY_REQUEST, sectors=[health])
    ListingFactory(kind=ListingKind.TECHNOLOGY_REQUEST)
    ListingFactory(kind=ListingKind.TECHNOLOGY_OFFER, sectors=[health])
    assert shown_ids(client.get(URL, {"kind": "tech-request", "sector": "health"})) == {both.pk}


def test_unknown_filter_value_is_reported_and_ignored(client):
    listing = ListingFactory()
    response = client.get(URL, {"sector": "no-such-sector"})
    assert response.status_code == 200
    assert listing.pk in shown_ids(response)
    assert 'class="field-error"' in response.content.decode()


def test_facet_counts_reflect_the_other_filters(client):
    health, logistics = SectorFactory(code="health"), SectorFactory(code="logistics")
    ListingFactory.create_batch(2, kind=ListingKind.TECHNOLOGY_OFFER, sectors=[health])
    ListingFactory(kind=ListingKind.TECHNOLOGY_OFFER, sectors=[logistics])
    ListingFactory(kind=ListingKind.BUSINESS_REQUEST, sectors=[health])
    response = client.get(URL, {"sector": "health"})
    assert facet(response, "kind") == {"tech-offer": 2, "business-request": 1}


def test_facet_counts_ignore_their_own_filter(client):
    health, logistics = SectorFactory(code="health"), SectorFactory(code="logistics")
    ListingFactory.create_batch(2, sectors=[health])
    ListingFactory(sectors=[logistics])
    response = client.get(URL, {"sector": "health"})
    assert facet(response, "sector") == {"health": 2, "logistics": 1}


def test_facet_counts_leave_out_listings_that_are_not_public(client):
    health = SectorFactory(code="health")
    ListingFactory(sectors=[health])
    ListingFactory(sectors=[health], status=Status.DRAFT)
    assert facet(client.get(URL), "sector") == {"health": 1}


def test_facet_shows_counts_next_to_each_value(client):
    ListingFactory.create_batch(3, kind=ListingKind.INVESTMENT_OFFER)
    assert "Investment offer (3)" in client.get(URL).content.decode()


def test_posted_facet_counts_each_window(client):
    ListingFactory(published_at=timezone.now() - datetime.timedelta(days=3))
    ListingFactory(published_at=timezone.now() - datetime.timedelta(days=20))
    ListingFactory(published_at=timezone.now() - datetime.timedelta(days=60))
    assert facet(client.get(URL), "posted") == {"7": 1, "30": 2, "90": 3}


def test_keyword_search_finds_english_words_in_title_or_description(client):
    by_title = ListingFactory(title="Drone inspection of wind turbines")
    by_description = ListingFactory(description="We inspect offshore wind farms with drones.")
    ListingFactory(title="Cold-chain logistics", description="Refrigerated trucks.")
    assert shown_ids(client.get(URL, {"q": "DRONE"})) == {by_title.pk, by_description.pk}


def test_keyword_search_needs_every_word(client):
    both = ListingFactory(title="Drone inspection of wind turbines")
    ListingFactory(title="Drone delivery")
    assert shown_ids(client.get(URL, {"q": "drone wind"})) == {both.pk}


def test_chinese_keyword_search_finds_chinese_listing(client):
    chinese = ListingFactory(
        original_language="zh-hans", title="寻求人工智能医疗影像合作伙伴", summary="我们需要人工智能技术。"
    )
    ListingFactory(original_language="zh-hans", title="冷链物流服务")
    assert shown_ids(client.get("/zh-hans/opportunities/", {"q": "人工智能"})) == {chinese.pk}


def test_keyword_search_finds_the_translated_title(client):
    translated = ListingFactory(title="AI imaging", translated_title="人工智能影像")
    assert shown_ids(client.get(URL, {"q": "人工智能"})) == {translated.pk}


def test_chinese_search_finds_english_listing_through_a_shared_keyword(client):
    ai = TechnologyKeywordFactory(code="ai", name_en="Artificial intelligence", name_zh_hans="人工智能")
    english = ListingFactory(title="Computer vision for ports", keywords=[ai])
    assert shown_ids(client.get("/zh-hans/opportunities/", {"q": "人工智能"})) == {english.pk}


def test_sort_by_deadline_puts_the_soonest_first(client):
    today = timezone.localdate()
    late = ListingFactory(deadline=today + datetime.timedelta(days=80))
    soon = ListingFactory(deadline=today + datetime.timedelta(days=5))
    listings = client.get(URL, {"sort": "deadline"}).context["listings"].object_list
    assert [listing.pk for listing in listings] == [soon.pk, late.pk]


def test_default_order_is_newest_first(client):
    older = ListingFactory(published_at=timezone.now() - datetime.timedelta(days=5))
    newer = ListingFactory(published_at=timezone.now() - datetime.timedelta(days=1))
    listings = client.get(URL).context["listings"].object_list
    assert [listing.pk for listing in listings] == [newer.pk, older.pk]


def test_sort_by_title_uses_the_title_the_reader_sees(client):
    zebra = ListingFactory(title="Zebra crossings", translated_title="斑马线")
    apple = ListingFactory(title="Apple orchards", translated_title="苹果园")
    english = client.get(URL, {"sort": "title"}).context["listings"].object_list
    assert [listing.pk for listing in english] == [apple.pk, zebra.pk]
    chinese = client.get("/zh-hans/opportunities/", {"sort": "title"}).context["listings"].object_list
    assert [listing.pk for listing in chinese] == sorted(
        [apple.pk, zebra.pk], key=lambda pk: {apple.pk: "苹果园", zebra.pk: "斑马线"}[pk]
    )


def test_results_are_paginated_twenty_per_page(client):
    now = timezone.now()
    listings = [ListingFactory(published_at=now - datetime.timedelta(hours=hours)) for hours in range(25)]
    first, second = client.get(URL), client.get(URL, {"page": 2})
    assert [listing.pk for listing in first.context["listings"].object_list] == [x.pk for x in listings[:20]]
    assert [listing.pk for listing in second.context["listings"].object_list] == [x.pk for x in listings[20:]]
    assert "25 opportunities" in first.content.decode()


def test_page_links_keep_the_filters(client):
    ListingFactory.create_batch(21, kind=ListingKind.RD_REQUEST)
    response = client.get(URL, {"kind": "rd-request"})
    assert "kind=rd-request&amp;page=2" in response.content.decode()


def test_empty_results_offer_to_clear_filters_and_save_the_search(client):
    ListingFactory()
    page = client.get(URL, {"q": "nothing matches this"}).content.decode()
    assert "0 opportunities" in page
    assert "Clear filters and see every opportunity" in page
    assert "Save this search" in page or "Log in to save this search" in page


def test_card_shows_type_sectors_country_organisation_and_deadline(client):
    listing = ListingFactory(
        kind=ListingKind.INVESTMENT_REQUEST,
        sectors=[SectorFactory(name_en="Health")],
        organisation=OrganisationFactory(name="Blue Ocean Labs", country="DE"),
    )
    page = client.get(URL).content.decode()
    for text in ("Investment request", "Health", "Germany", "Blue Ocean Labs", listing.deadline.strftime("%Y-%m-%d")):
        assert text in page


def test_anonymous_listing_hides_the_organisation_name(client):
    ListingFactory(is_anonymous=True, organisation=OrganisationFactory(name="Hidden Robotics Ltd", country="FR"))
    page = client.get(URL).content.decode()
    assert "Hidden Robotics Ltd" not in page
    assert "Anonymous organisation (Startup, France)" in page


def test_reader_sees_the_translation_when_one_exists(client):
    ListingFactory(
        original_language="en",
        title="Smart port sensors",
        translated_title="智慧港口传感器",
        translated_summary="用于港口的传感器。",
    )
    page = client.get("/zh-hans/opportunities/").content.decode()
    assert '<h3 lang="zh-hans"><a' in page and "智慧港口传感器" in page
    assert "Smart port sensors" not in page
    assert "original-language" not in page


def test_chinese_original_is_marked_for_english_readers(client):
    ListingFactory(original_language="zh-hans", title="海洋生物医药合作")
    page = client.get(URL).content.decode()
    assert '<h3 lang="zh-hans"><a' in page and "海洋生物医药合作" in page
    assert "Original language: 简体中文" in page


def test_english_original_is_marked_for_chinese_readers(client):
    ListingFactory(original_language="en", title="Marine biotech partner wanted")
    page = client.get("/zh-hans/opportunities/").content.decode()
    assert '<h3 lang="en"><a' in page and "Marine biotech partner wanted" in page
    assert 'class="meta original-language"' in page and "English" in page


def test_original_is_not_marked_for_readers_of_its_own_language(client):
    ListingFactory(original_language="en", title="Marine biotech partner wanted")
    assert "original-language" not in client.get(URL).content.decode()


def _add_listings(count, sectors, regions, cooperation_types):
    for index in range(count):
        ListingFactory(
            sectors=sectors,
            target_regions=regions,
            cooperation_types=cooperation_types,
            organisation=OrganisationFactory(country=["DE", "SG", "US"][index % 3]),
        )


def _queries(client, url):
    client.get(url)
    fragments.forget_memory()  # the cards render again (as after a change): their own queries count
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "url",
    [
        URL,
        "/zh-hans/opportunities/?sector=health&q=offshore&sort=title",
        URL + "?kind=tech-offer&region=asean&cooperation=licence&posted=30&stage=prototype",
    ],
)
def test_browse_query_count_does_not_grow_with_listings(client, url):
    sectors = [SectorFactory(code="health"), SectorFactory(code="logistics")]
    regions = [RegionFactory(code="asean")]
    cooperation_types = [CooperationTypeFactory(code="licence")]
    _add_listings(2, sectors, regions, cooperation_types)
    small = _queries(client, url)
    _add_listings(25, sectors, regions, cooperation_types)
    large = _queries(client, url)
    assert large == small, f"{url}: {small} queries with 2 listings, {large} with 27"


def test_new_listing_shows_at_once_even_while_facet_counts_are_cached(client):
    first = ListingFactory(title="First offer")
    client.get(URL)  # fills the facet-count cache
    second = ListingFactory(title="Second offer")
    assert shown_ids(client.get(URL)) == {first.pk, second.pk}
