"""Staff invite finalists and winners into the soft-landing services: a private link, a pre-filled request."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import timezone, translation

from competitions import invitations
from competitions.models import SoftLandingInvitation
from judging.models import EntryStatus
from tests.challenges.factories import UserFactory, make_member
from tests.competitions.factories import ApplicationFactory, competition_staff, competition_with_form
from tests.judging.factories import entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def form():
    return competition_with_form(title_en="Offshore Innovation Competition", title_zh_hans="离岸创新创业大赛")


@pytest.fixture
def staff():
    return competition_staff()


def application_at(form, status, language="en"):
    competition, tracks, _questions = form
    submission = entry(
        competition.challenge, status=status, user=make_member(language=language), title="Tidal-power buoys"
    )
    return ApplicationFactory(submission=submission, track=tracks["overseas"])


@pytest.fixture
def finalist(form):
    return application_at(form, EntryStatus.FINALIST)


def lead_of(application):
    return application.submission.registration.user


def test_staff_invite_a_finalist(finalist, staff):
    invitation = invitations.invite(finalist, staff)

    assert SoftLandingInvitation.objects.get() == invitation
    assert invitation.invited_by == staff
    assert invitation.used_at is None


def test_staff_invite_a_winner(form, staff):
    winner = application_at(form, EntryStatus.WINNER)

    assert invitations.invite(winner, staff).application == winner


@pytest.mark.parametrize("status", [EntryStatus.ELIGIBLE, EntryStatus.SHORTLISTED, EntryStatus.NOT_SELECTED])
def test_only_finalists_and_winners_can_be_invited(form, staff, status):
    with pytest.raises(ValidationError) as refused:
        invitations.invite(application_at(form, status), staff)

    assert refused.value.code == "not_finalist"
    assert not SoftLandingInvitation.objects.exists()
    assert mail.outbox == []


def test_only_staff_send_invitations(finalist):
    with pytest.raises(ValidationError) as refused:
        invitations.invite(finalist, finalist.competition.challenge.owner)

    assert refused.value.code == "not_staff"
    assert not SoftLandingInvitation.objects.exists()
    assert mail.outbox == []


def test_the_team_lead_is_emailed_a_link_with_the_token(finalist, staff):
    invitation = invitations.invite(finalist, staff)

    (message,) = mail.outbox
    assert message.to == [lead_of(finalist).email]
    assert message.subject == "An invitation to land in Hainan, after “Offshore Innovation Competition”"
    assert f"/en/competitions/soft-landing/{invitation.token}/" in message.body


def test_the_email_is_in_the_leads_language(form, staff):
    application = application_at(form, EntryStatus.FINALIST, language="zh-hans")

    invitation = invitations.invite(application, staff)

    (message,) = mail.outbox
    assert "离岸创新创业大赛" in message.subject
    assert "Offshore Innovation Competition" not in message.subject + message.body
    assert f"/zh-hans/competitions/soft-landing/{invitation.token}/" in message.body


# The invitation link


def test_the_lead_opens_their_own_invitation(finalist, staff):
    invitation = invitations.invite(finalist, staff)

    assert invitations.invitation_for(lead_of(finalist), invitation.token) == invitation


def test_another_user_cannot_open_the_invitation(finalist, staff):
    invitation = invitations.invite(finalist, staff)

    assert invitations.invitation_for(UserFactory(), invitation.token) is None
    assert invitations.invitation_for(AnonymousUser(), invitation.token) is None


@pytest.mark.parametrize("token", ["not-a-token", "", None, "x" * 65, ["a", "b"]])
def test_a_junk_token_names_no_invitation(finalist, staff, token):
    invitations.invite(finalist, staff)

    assert invitations.invitation_for(lead_of(finalist), token) is None


def test_an_overlong_token_is_refused_even_when_it_begins_with_a_real_one(finalist, staff):
    invitation = invitations.invite(finalist, staff)

    assert invitations.invitation_for(lead_of(finalist), invitation.token + "x" * 64) is None


def test_opening_the_invitation_records_the_first_time_only(finalist, staff):
    invitation = invitations.invite(finalist, staff)
    first = timezone.now() - datetime.timedelta(days=1)

    invitations.mark_opened(invitation, now=first)
    invitations.mark_opened(invitation, now=timezone.now())

    invitation.refresh_from_db()
    assert invitation.used_at == first


# The pre-filled request


def request_for(user, **query):
    request = RequestFactory().get("/en/services/company-registration/request/", query)
    request.user = user
    return request


def test_the_request_is_prefilled_with_the_competition_details(finalist, staff):
    invitation = invitations.invite(finalist, staff)
    lead = lead_of(finalist)

    initial = invitations.prefill_for_request(request_for(lead, invitation=invitation.token), service=None)

    assert initial["details"] == (
        "Finalist of Offshore Innovation Competition (2026), Overseas track, with “Tidal-power buoys”. "
        "Invited by the platform to its soft-landing services."
    )
    assert initial["organisation_name"] == lead.profile.organisation.name


def test_a_winners_request_says_they_won(form, staff):
    winner = application_at(form, EntryStatus.WINNER)
    invitation = invitations.invite(winner, staff)

    initial = invitations.prefill_for_request(request_for(lead_of(winner), invitation=invitation.token), None)

    assert initial["details"].startswith("Winner of Offshore Innovation Competition (2026)")


def test_the_prefilled_details_are_in_the_active_language(finalist, staff):
    invitation = invitations.invite(finalist, staff)

    with translation.override("zh-hans"):
        details = invitations.prefill_for_request(request_for(lead_of(finalist), invitation=invitation.token), None)[
            "details"
        ]

    for expected in ("决赛入围", "离岸创新创业大赛", "2026", "海外赛区", "Tidal-power buoys"):
        assert expected in details
    assert "Overseas" not in details


def test_nothing_is_prefilled_without_the_users_own_invitation(finalist, staff):
    invitation = invitations.invite(finalist, staff)

    assert invitations.prefill_for_request(request_for(lead_of(finalist)), None) == {}
    assert invitations.prefill_for_request(request_for(UserFactory(), invitation=invitation.token), None) == {}
