"""Admin pages about one record link to it even when its viewset has a review or handle page, not an edit one;
and admin forms answer hand-edited ids without a server error."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import ReferenceIndex

from opportunities.models import Status
from services.models import ServiceRequest
from tests.factories import SectorFactory
from tests.opportunities.factories import ListingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("chief", "chief@example.org", "pw-chief-123"))
    return client


def test_where_an_organisation_is_used_links_its_listing_to_the_moderation_review(admin_client):
    listing = ListingFactory(status=Status.SUBMITTED)
    request = ServiceRequest.objects.create(
        service_title="Legal consultation",
        organisation=listing.organisation,
        contact_name="Ana",
        contact_email="ana@example.com",
        reference="SR-2026-000001",
    )
    for record in (listing, request):  # as the background task that keeps the references index would
        ReferenceIndex.create_or_update_for_object(record)
    response = admin_client.get(f"/admin/organisations/usage/{listing.organisation.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="/admin/moderation/listings/{listing.pk}/"' in html
    assert f'href="/admin/services/requests/{request.pk}/"' in html


def test_sectors_are_found_in_the_admin_by_their_code(admin_client):
    SectorFactory(code="digital-economy", name_en="Digital Economy")
    SectorFactory(code="marine-science", name_en="Marine Science")
    html = admin_client.get("/admin/snippets/sectors/sector/results/?q=marine-sci").content.decode()
    assert "Marine Science" in html and "Digital Economy" not in html


def test_a_chosen_id_that_is_not_a_number_is_not_found(admin_client):
    response = admin_client.get("/admin/snippets/choose/sectors/sector/chosen/abc/", follow=True)
    assert response.status_code == 404


def test_a_keyword_form_with_a_hand_edited_sector_id_says_the_choice_is_invalid(admin_client):
    response = admin_client.post(
        "/admin/snippets/vocabulary/technologykeyword/add/",
        {"code": "ai", "name_en": "AI", "name_zh_hans": "人工智能", "sort_order": "0", "sector": "abc"},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_a_sector_form_with_a_hand_edited_sub_field_row_is_refused(admin_client):
    sector = SectorFactory(code="digital-economy", name_en="Digital Economy")
    response = admin_client.post(
        f"/admin/snippets/sectors/sector/edit/{sector.pk}/",
        {
            "name_en": "Digital Economy",
            "name_zh_hans": "数字经济",
            "code": "digital-economy",
            "sort_order": "0",
            "subfields-TOTAL_FORMS": "1",
            "subfields-INITIAL_FORMS": "1",
            "subfields-MIN_NUM_FORMS": "0",
            "subfields-MAX_NUM_FORMS": "1000",
            "subfields-0-id": "not-an-id",
            "subfields-0-code": "ai",
            "subfields-0-name_en": "AI",
            "subfields-0-name_zh_hans": "人工智能",
            "subfields-0-ORDER": "1",
        },
    )
    assert response.status_code == 400
    assert "could not understand what your browser sent" in response.content.decode()
