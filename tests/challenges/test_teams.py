"""Teams: the lead invites members by email for a share of the award; invitees accept or decline."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from challenges import access, teams
from challenges.models import InvitationStatus, TeamInvitation
from tests.challenges.factories import (
    RegistrationFactory,
    SubmissionFactory,
    TeamInvitationFactory,
    UserFactory,
    make_member,
)

pytestmark = pytest.mark.django_db


def team_url(registration, language="en"):
    return f"/{language}/challenges/{registration.challenge.pk}/team/"


def invitation_url(invitation):
    return f"/en/challenges/team-invitations/{invitation.token}/"


def invite(client, registration, email, share):
    return client.post(team_url(registration), {"action": "invite", "email": email, "award_share": share})


@pytest.fixture
def lead(client):
    registration = RegistrationFactory(user=make_member())
    client.force_login(registration.user)
    return registration


def test_the_lead_invites_a_member_who_gets_an_email_with_the_link(client, lead, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client, lead, "wang@example.com", 30)

    assert response.status_code == 302
    invitation = TeamInvitation.objects.get(registration=lead)
    assert (invitation.email, invitation.award_share, invitation.status) == ("wang@example.com", 30, "pending")
    assert mail.outbox[0].to == ["wang@example.com"]
    assert invitation.token in mail.outbox[0].body


def test_an_invitation_to_an_unknown_address_is_in_both_languages(client, lead, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invite(client, lead, "someone@example.com", 10)

    body = mail.outbox[0].body  # the challenge's title tells the two languages apart
    assert "Biodegradable mulch film" in body
    assert "可降解地膜" in body


def test_an_invitation_to_a_user_who_reads_chinese_is_in_chinese_only(client, lead, django_capture_on_commit_callbacks):
    invitee = make_member(UserFactory(email="li@example.com"), language="zh-hans")

    with django_capture_on_commit_callbacks(execute=True):
        invite(client, lead, invitee.email, 10)

    body = mail.outbox[0].body
    assert "可降解地膜" in body
    assert "Biodegradable mulch film" not in body


def test_the_shares_may_add_up_to_one_hundred(client, lead):
    invite(client, lead, "a@example.com", 60)

    response = invite(client, lead, "b@example.com", 40)

    assert response.status_code == 302
    assert TeamInvitation.objects.filter(registration=lead).count() == 2


def test_shares_over_one_hundred_are_refused_and_the_form_keeps_the_input(client, lead):
    invite(client, lead, "a@example.com", 60)

    response = invite(client, lead, "b@example.com", 50)

    text = response.content.decode()
    assert response.status_code == 400
    assert "more than 100" in text
    assert 'value="b@example.com"' in text
    assert TeamInvitation.objects.filter(registration=lead).count() == 1


def test_a_declined_invitation_gives_its_share_back(client, lead):
    TeamInvitationFactory(registration=lead, award_share=80, status=InvitationStatus.DECLINED)

    response = invite(client, lead, "b@example.com", 90)

    assert response.status_code == 302


def test_the_lead_keeps_what_is_not_given(client, lead):
    TeamInvitationFactory(registration=lead, award_share=30)
    TeamInvitationFactory(registration=lead, award_share=25, status=InvitationStatus.ACCEPTED, member=make_member())

    response = client.get(team_url(lead))

    assert response.context["lead_share"] == 45


def test_the_lead_cannot_invite_themselves(client, lead):
    response = invite(client, lead, lead.user.email.upper(), 10)

    assert response.status_code == 400
    assert "cannot invite yourself" in response.content.decode()


def test_the_lead_cancels_a_pending_invitation(client, lead):
    invitation = TeamInvitationFactory(registration=lead)

    client.post(f"/en/challenges/team-invitations/{invitation.pk}/cancel/")

    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.CANCELLED


def test_another_user_cannot_cancel_an_invitation(client):
    invitation = TeamInvitationFactory()
    client.force_login(make_member())

    response = client.post(f"/en/challenges/team-invitations/{invitation.pk}/cancel/")

    assert response.status_code == 404
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.PENDING


def test_the_invitee_must_sign_in_to_answer(client):
    invitation = TeamInvitationFactory()

    response = client.get(invitation_url(invitation))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_accepting_joins_the_team_and_unlocks_the_confidential_details(client):
    invitation = TeamInvitationFactory(email="old-address@example.com")
    member = make_member()  # signed in under another address: that is allowed
    client.force_login(member)

    response = client.post(invitation_url(invitation), {"decision": "accept"})

    assert response.status_code == 302
    invitation.refresh_from_db()
    assert (invitation.status, invitation.member) == (InvitationStatus.ACCEPTED, member)
    assert access.may_see_confidential(member, invitation.registration.challenge)
    page = client.get(f"/en/challenges/{invitation.registration.challenge.pk}/").content.decode()
    assert "18,000 CNY per tonne" in page


def test_an_accepted_member_sees_the_teams_submissions(client):
    invitation = TeamInvitationFactory(status=InvitationStatus.ACCEPTED, member=make_member())
    submission = SubmissionFactory(registration=invitation.registration)
    client.force_login(invitation.member)

    assert client.get(f"/en/challenges/submissions/{submission.pk}/").status_code == 200


def test_declining_leaves_the_confidential_details_closed(client):
    invitation = TeamInvitationFactory()
    member = make_member()
    client.force_login(member)

    client.post(invitation_url(invitation), {"decision": "decline"})

    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.DECLINED
    assert not access.may_see_confidential(member, invitation.registration.challenge)


def test_a_solver_with_their_own_registration_cannot_join_a_team(client):
    invitation = TeamInvitationFactory()
    own = RegistrationFactory(challenge=invitation.registration.challenge, user=make_member())
    client.force_login(own.user)

    page = client.get(invitation_url(invitation)).content.decode()
    client.post(invitation_url(invitation), {"decision": "accept"})

    assert "You have your own registration for this challenge" in page
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.PENDING


def test_the_lead_cannot_accept_their_own_invitation():
    invitation = TeamInvitationFactory()

    with pytest.raises(ValidationError):
        teams.respond(invitation, invitation.registration.user, accept=True)


def test_an_invitation_cannot_be_accepted_after_the_deadline():
    invitation = TeamInvitationFactory()
    deadline = invitation.registration.challenge.submission_deadline

    with pytest.raises(ValidationError, match="deadline has passed"):
        teams.respond(invitation, make_member(), accept=True, now=deadline)


def test_a_team_member_cannot_manage_the_team(client):
    invitation = TeamInvitationFactory(status=InvitationStatus.ACCEPTED, member=make_member())
    client.force_login(invitation.member)

    assert client.get(team_url(invitation.registration)).status_code == 200
    response = invite(client, invitation.registration, "friend@example.com", 5)

    assert response.status_code == 404
    assert not TeamInvitation.objects.filter(email="friend@example.com").exists()


def test_someone_outside_the_team_does_not_see_the_team_page(client):
    registration = RegistrationFactory()
    client.force_login(make_member())

    assert client.get(team_url(registration)).status_code == 404


def test_invitations_are_rate_limited_per_registration(client, lead):
    for number in range(teams.INVITATIONS_PER_DAY):
        invite(client, lead, f"m{number}@example.com", 0)

    response = invite(client, lead, "one-too-many@example.com", 0)

    assert response.status_code == 429
    assert not TeamInvitation.objects.filter(email="one-too-many@example.com").exists()


def test_the_team_page_is_shown_in_chinese(client, lead):
    TeamInvitationFactory(registration=lead, award_share=30)

    response = client.get(team_url(lead, "zh-hans"))

    assert response.status_code == 200
    assert 'lang="zh-hans"' in response.content.decode()


def test_no_invitations_after_the_deadline(client, lead):
    lead.challenge.submission_deadline = timezone.now() - datetime.timedelta(seconds=1)
    lead.challenge.save()

    with pytest.raises(ValidationError):
        teams.invite(lead, "late@example.com", 10)
