"""The public impact page: listings by sector and country, introductions made, agreements reported."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from opportunities import introductions
from opportunities.impact import impact_numbers
from opportunities.models import Outcome, Status
from tests.factories import SectorFactory
from tests.opportunities.factories import ListingFactory, OrganisationFactory, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def energy():
    return SectorFactory(code="new-energy", name_en="New energy", name_zh_hans="新能源")


@pytest.fixture
def health():
    return SectorFactory(code="health", name_en="Health", name_zh_hans="医疗健康")


def _counts(bars):
    return {bar.label: bar.count for bar in bars}


def _introduction(outcome=None, accept=True):
    listing = ListingFactory()
    interest = introductions.express_interest(listing, make_member(), "Hello")
    introductions.respond(interest, listing.owner, accept=accept)
    if outcome:
        introductions.record_outcome(interest, listing.owner, outcome)
    return interest


def test_listings_are_counted_by_sector(energy, health):
    ListingFactory(sectors=[energy])
    ListingFactory(sectors=[energy, health])
    assert _counts(impact_numbers()["by_sector"]) == {"New energy": 2, "Health": 1}


def test_listings_are_counted_by_the_country_of_their_organisation(energy):
    ListingFactory(organisation=OrganisationFactory(country="DE"))
    ListingFactory(organisation=OrganisationFactory(country="DE"))
    ListingFactory(organisation=OrganisationFactory(country="CN"))
    assert _counts(impact_numbers()["by_country"]) == {"Germany": 2, "China": 1}


def test_only_public_listings_are_counted(energy):
    ListingFactory(sectors=[energy])
    ListingFactory(sectors=[energy], status=Status.DRAFT)
    ListingFactory(sectors=[energy], status=Status.CLOSED)
    ListingFactory(sectors=[energy], deadline=timezone.localdate() - datetime.timedelta(days=1))
    numbers = impact_numbers()
    assert numbers["published_listings"] == 1
    assert _counts(numbers["by_sector"]) == {"New energy": 1}


def test_introductions_made_are_accepted_interests():
    _introduction()
    _introduction()
    _introduction(accept=False)
    introductions.express_interest(ListingFactory(), make_member(), "Still waiting")
    assert impact_numbers()["introductions"] == 2


def test_agreements_reported_count_signed_agreements_only():
    _introduction(outcome=Outcome.AGREEMENT)
    _introduction(outcome=Outcome.NEGOTIATING)
    _introduction(outcome=Outcome.NO_DEAL)
    assert impact_numbers()["agreements"] == 1


def test_the_largest_row_fills_the_bar(energy, health):
    ListingFactory(sectors=[energy])
    ListingFactory(sectors=[energy, health])
    assert [(bar.label, bar.percent) for bar in impact_numbers()["by_sector"]] == [("New energy", 100), ("Health", 50)]


def test_the_impact_page_shows_the_numbers(client, energy, site_tree):
    ListingFactory(sectors=[energy], organisation=OrganisationFactory(country="DE"))
    _introduction(outcome=Outcome.AGREEMENT)
    page = client.get("/en/opportunities/impact/").content.decode()
    assert "New energy" in page and "Germany" in page
    assert "introductions made" in page and "agreements reported" in page


def test_the_impact_page_has_a_table_for_screen_readers(client, energy, site_tree):
    ListingFactory(sectors=[energy])
    page = client.get("/en/opportunities/impact/").content.decode()
    assert '<th scope="row">New energy</th>' in page


def test_the_impact_page_in_chinese_names_sectors_and_countries_in_chinese(client, energy, site_tree):
    ListingFactory(sectors=[energy], organisation=OrganisationFactory(country="DE"))
    response = client.get("/zh-hans/opportunities/impact/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "新能源" in page and "德国" in page
    assert "New energy" not in page and "Germany" not in page


def test_the_impact_page_is_public(client, site_tree):
    assert client.get("/en/opportunities/impact/").status_code == 200


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def _add_data(count, sectors):
    for index in range(count):
        country = ["DE", "CN", "SG", "FR"][index % 4]
        ListingFactory(sectors=sectors[: 1 + index % len(sectors)], organisation=OrganisationFactory(country=country))
        _introduction(outcome=Outcome.AGREEMENT if index % 2 else Outcome.NEGOTIATING)


def test_the_impact_page_query_count_does_not_grow_with_data(client, site_tree, energy, health):
    sectors = [energy, health, SectorFactory()]
    _add_data(2, sectors)
    small = _queries(client, "/en/opportunities/impact/")
    _add_data(10, sectors)
    assert _queries(client, "/en/opportunities/impact/") == small
