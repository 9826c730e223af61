"""A finalist's invitation: the page lists the soft-landing services and the incubators, and each service's
request form opens pre-filled with the competition, for the invited team lead alone."""

import pytest
from django.utils import timezone

from competitions.models import SoftLandingInvitation
from judging.choices import EntryStatus
from tests.challenges.factories import make_member
from tests.competitions.factories import ApplicationFactory, competition_with_form
from tests.judging.factories import entry
from tests.services.factories import ServiceIndexPageFactory, ServicePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(site_tree):
    """The service catalogue with a free legal consultation, and an unpublished service."""
    index = ServiceIndexPageFactory(parent=site_tree["home"])
    ServicePageFactory(parent=index, title_en="Draft service", slug="draft-service", publish=False)
    return ServicePageFactory(
        parent=index, title_en="Legal consultation", title_zh_hans="法律咨询", slug="legal-consultation"
    )


@pytest.fixture
def invitation(catalogue):
    """An invitation for the winner of the overseas track, "Tidal Sensors"."""
    competition, tracks, _questions = competition_with_form(title_en="Offshore Innovation Competition")
    submission = entry(competition.challenge, status=EntryStatus.WINNER, user=make_member(), title="Tidal Sensors")
    application = ApplicationFactory(submission=submission, track=tracks["overseas"])
    return SoftLandingInvitation.objects.create(application=application)


def page_url(invitation, language="en"):
    return f"/{language}/competitions/soft-landing/{invitation.token}/"


def lead(invitation):
    return invitation.application.submission.registration.user


def test_the_invited_lead_sees_the_services_with_their_invitation(client, invitation):
    client.force_login(lead(invitation))

    page = client.get(page_url(invitation)).content.decode()

    assert "Congratulations!" in page and "Tidal Sensors" in page
    assert f'href="/en/services/legal-consultation/request/?invitation={invitation.token}"' in page
    assert "Draft service" not in page


def test_the_page_links_to_the_incubators_in_the_parks_directory(client, invitation):
    client.force_login(lead(invitation))

    page = client.get(page_url(invitation)).content.decode()

    assert 'href="/en/parks/?park_type=incubator"' in page


def test_the_page_reads_in_chinese(client, invitation):
    client.force_login(lead(invitation))

    page = client.get(page_url(invitation, "zh-hans")).content.decode()

    assert "法律咨询" in page and 'href="/zh-hans/parks/?park_type=incubator"' in page


def test_opening_the_page_records_when_the_invitation_was_used(client, invitation):
    client.force_login(lead(invitation))

    client.get(page_url(invitation))

    invitation.refresh_from_db()
    assert invitation.used_at is not None and invitation.used_at <= timezone.now()


def test_someone_else_gets_a_404(client, invitation):
    client.force_login(make_member())

    assert client.get(page_url(invitation)).status_code == 404


def test_an_unknown_token_is_a_404(client, invitation):
    client.force_login(lead(invitation))

    assert client.get("/en/competitions/soft-landing/not-a-token/").status_code == 404
    assert client.get(f"/en/competitions/soft-landing/{'x' * 300}/").status_code == 404


def test_a_visitor_must_sign_in(client, invitation):
    response = client.get(page_url(invitation))

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def request_form_details(client, query=""):
    response = client.get(f"/en/services/legal-consultation/request/{query}")
    return response.context["form"].contact.initial.get("details", "")


def test_the_request_form_opened_from_the_invitation_is_prefilled(client, invitation):
    client.force_login(lead(invitation))

    details = request_form_details(client, f"?invitation={invitation.token}")

    assert "Offshore Innovation Competition" in details and "Tidal Sensors" in details and "Winner" in details


def test_the_request_form_is_not_prefilled_without_the_invitation(client, invitation):
    client.force_login(lead(invitation))

    assert "Offshore Innovation Competition" not in request_form_details(client)


def test_the_request_form_is_not_prefilled_with_someone_elses_invitation(client, invitation):
    client.force_login(make_member())

    assert "Offshore Innovation Competition" not in request_form_details(client, f"?invitation={invitation.token}")
