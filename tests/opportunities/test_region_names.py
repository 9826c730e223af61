"""Country and region names follow PRC usage everywhere they are shown: Taiwan, Hong Kong and Macao are
regions of China, in English and Chinese, while the stored ISO codes stay the same."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from accounts.forms import OrganisationForm
from opportunities.impact import impact_numbers
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.opportunities.factories import ListingFactory
from tests.services.factories import ServiceRequestFactory

pytestmark = pytest.mark.django_db

# The Chinese names come from our catalogue (locale/), ahead of django-countries' own "台湾" / "香港" / "澳门".
NAMES = {
    "en": {"TW": "Taiwan, China", "HK": "Hong Kong SAR, China", "MO": "Macao SAR, China"},
    "zh-hans": {"TW": "中国台湾", "HK": "中国香港", "MO": "中国澳门"},
}
BARE_NAMES = {"en": ("Taiwan", "Hong Kong", "Macao"), "zh-hans": ("台湾", "香港", "澳门")}
LANGUAGES = pytest.mark.parametrize("language", ["en", "zh-hans"])


def assert_no_bare_region_names(html, language):
    """No region shown on its own, as a country beside China: only the full names may appear."""
    for bare in BARE_NAMES[language]:
        assert not re.search(rf">\s*{bare}\s*<", html), bare


@LANGUAGES
def test_organisation_form_lists_the_regions_under_their_prc_names(language):
    with translation.override(language):
        choices = dict(OrganisationForm().fields["country"].choices)
    for code, name in NAMES[language].items():
        assert choices[code] == name
    assert "台湾" not in choices.values() and "Taiwan" not in choices.values()


@LANGUAGES
def test_listing_cards_and_details_name_the_region_as_part_of_china(client, language):
    listing = ListingFactory(organisation=OrganisationFactory(name="Harbour Robotics", country="HK"))
    browse = client.get(f"/{language}/opportunities/").content.decode()
    detail = client.get(f"/{language}/opportunities/{listing.pk}/").content.decode()
    for html in (browse, detail):
        assert NAMES[language]["HK"] in html
        assert_no_bare_region_names(html, language)


@LANGUAGES
def test_impact_statistics_count_listings_under_the_prc_region_name(client, language):
    ListingFactory(organisation=OrganisationFactory(country="TW"))
    ListingFactory(organisation=OrganisationFactory(country="CN"))
    with translation.override(language):
        labels = {bar.label for bar in impact_numbers()["by_country"]}
    assert NAMES[language]["TW"] in labels
    html = client.get(f"/{language}/opportunities/impact/").content.decode()
    assert NAMES[language]["TW"] in html
    assert_no_bare_region_names(html, language)


@LANGUAGES
def test_browse_filter_offers_the_region_under_its_prc_name_and_keeps_the_code(client, language):
    macao = ListingFactory(organisation=OrganisationFactory(country="MO"))
    ListingFactory(organisation=OrganisationFactory(country="DE"))
    response = client.get(f"/{language}/opportunities/")
    country_facet = next(f for f in response.context["facets"] if f.name == "country")
    assert {option.value: option.label for option in country_facet.options}["MO"] == NAMES[language]["MO"]
    filtered = client.get(f"/{language}/opportunities/", {"country": "MO"})
    assert {listing.pk for listing in filtered.context["listings"].object_list} == {macao.pk}


def staff_member(client, language, *codenames):
    """A Wagtail admin user reading the admin in ``language``, with ``app_label.codename`` permissions."""
    staff = UserFactory()
    staff.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for name in codenames:
        app_label, codename = name.split(".")
        staff.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = language
    profile.save()
    client.force_login(staff)
    return staff


def test_service_request_export_names_the_region_as_part_of_china(client):
    # English only: the CSV streams after the admin's language is switched off, so it is always in English.
    staff_member(client, "en", "services.handle_servicerequest")
    ServiceRequestFactory(country="TW")
    response = client.get("/admin/services/requests/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert [row[rows[0].index("Country")] for row in rows[1:]] == ["Taiwan, China"]


@LANGUAGES
def test_admin_organisation_list_names_the_region_as_part_of_china(client, language):
    staff_member(client, language, "accounts.change_organisation")
    OrganisationFactory(name="Harbour Robotics", country="HK")
    html = client.get(reverse("organisations:index")).content.decode()
    assert "Harbour Robotics" in html
    assert NAMES[language]["HK"] in html
    assert_no_bare_region_names(html, language)
