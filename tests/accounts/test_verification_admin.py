"""Staff verify organisations in the Wagtail admin; the public page then shows a badge."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils.form_data import nested_form_data

from accounts.models import Organisation
from accounts.profiles import verify_organisation

from .factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    staff = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw-chief-123")
    client.force_login(staff)
    client.user = staff
    return client


def _admin_form(organisation, **overrides):
    data = {
        "name": organisation.name,
        "kind": organisation.kind,
        "country": str(organisation.country),
        "city": organisation.city,
        "founded_year": organisation.founded_year or "",
        "size": "",
        "website": "",
        "description": organisation.description,
    }
    data.update(overrides)
    return nested_form_data(data)


def test_verify_organisation_records_when(staff_client):
    organisation = verify_organisation(OrganisationFactory(), by=staff_client.user)
    organisation.refresh_from_db()
    assert organisation.is_verified and organisation.verified_at is not None


def test_staff_ticks_verified_in_the_admin_and_the_badge_appears(staff_client, client):
    organisation = OrganisationFactory(name="Coral Analytics")
    response = staff_client.post(
        f"/admin/organisations/edit/{organisation.pk}/", _admin_form(organisation, is_verified="on")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    organisation.refresh_from_db()
    assert organisation.verified_at is not None
    staff_client.logout()
    html = client.get(f"/en/account/organisations/{organisation.pk}/").content.decode()
    assert '<span class="badge"' in html and "Verified" in html


def test_staff_unticking_verified_removes_the_badge(staff_client):
    organisation = verify_organisation(OrganisationFactory(), by=None)
    staff_client.post(f"/admin/organisations/edit/{organisation.pk}/", _admin_form(organisation))
    organisation.refresh_from_db()
    assert (organisation.is_verified, organisation.verified_at) == (False, None)


def test_admin_list_filters_unverified_organisations(staff_client):
    OrganisationFactory(name="Awaiting Check")
    verify_organisation(OrganisationFactory(name="Already Checked"), by=None)
    html = staff_client.get("/admin/organisations/?is_verified=false").content.decode()
    assert "Awaiting Check" in html and "Already Checked" not in html


def test_admin_list_filters_by_country_and_type(staff_client):
    OrganisationFactory(name="Haikou Maker", country="CN", kind="sme")
    OrganisationFactory(name="Singapore Lab", country="SG", kind="startup")
    html = staff_client.get("/admin/organisations/?country=CN&kind=sme").content.decode()
    assert "Haikou Maker" in html and "Singapore Lab" not in html


def test_admin_list_searches_by_name(staff_client):
    OrganisationFactory(name="Coral Analytics")
    OrganisationFactory(name="Blue Reef Robotics")
    html = staff_client.get("/admin/organisations/?q=coral").content.decode()
    assert "Coral Analytics" in html and "Blue Reef Robotics" not in html


def test_public_site_users_cannot_open_the_admin_list(client):
    client.force_login(UserFactory())
    assert client.get("/admin/organisations/").status_code == 302


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_admin_list_query_count_does_not_grow(staff_client):
    OrganisationFactory.create_batch(2)
    small = _queries(staff_client, "/admin/organisations/")
    OrganisationFactory.create_batch(15)
    assert _queries(staff_client, "/admin/organisations/") == small
    assert Organisation.objects.count() == 17
