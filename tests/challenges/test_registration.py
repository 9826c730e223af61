"""Registering for a challenge: the agreement and its version, eligibility, the confidential details, withdrawing."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from challenges import access, registration
from challenges.models import Entrant, Registration, SubmissionStatus
from tests.challenges.factories import (
    ChallengeFactory,
    OrganisationFactory,
    RegistrationFactory,
    SubmissionFactory,
    TeamInvitationFactory,
    UserFactory,
    make_member,
)
from tests.opportunities.factories import RegionFactory

pytestmark = pytest.mark.django_db


def register_url(challenge, language="en"):
    return f"/{language}/challenges/{challenge.pk}/register/"


def test_the_agreement_page_shows_the_ip_terms_the_further_terms_and_the_version(client):
    challenge = ChallengeFactory(agreement_terms_en="Field trials happen in Haikou.")
    client.force_login(make_member())

    response = client.get(register_url(challenge))

    text = response.content.decode()
    assert response.status_code == 200
    assert "non-exclusive, worldwide licence" in text
    assert "Field trials happen in Haikou." in text
    assert challenge.agreement_version() in text


def test_the_agreement_page_is_in_chinese_under_the_chinese_address(client):
    challenge = ChallengeFactory(agreement_terms_zh_hans="田间试验在海口进行。")
    client.force_login(make_member(language="zh-hans"))

    text = client.get(register_url(challenge, "zh-hans")).content.decode()

    assert "田间试验在海口进行。" in text


def test_a_visitor_is_sent_to_sign_in_before_registering(client):
    challenge = ChallengeFactory()

    response = client.post(register_url(challenge), {"accept": "on"})

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert not Registration.objects.exists()


def test_registering_records_the_agreement_version_and_the_time(client):
    challenge = ChallengeFactory()
    solver = make_member()
    client.force_login(solver)
    before = timezone.now()

    response = client.post(register_url(challenge), {"accept": "on"})

    assert response.status_code == 302
    saved = Registration.objects.get(challenge=challenge, user=solver)
    assert saved.agreement_version == challenge.agreement_version()
    assert before <= saved.accepted_at <= timezone.now()


def test_registering_without_ticking_the_box_is_refused_with_a_message(client):
    challenge = ChallengeFactory()
    client.force_login(make_member())

    response = client.post(register_url(challenge), {})

    assert response.status_code == 400
    assert "Tick the box to accept the agreement" in response.content.decode()
    assert not Registration.objects.exists()


def test_registering_unlocks_the_confidential_details(client):
    challenge = ChallengeFactory()
    solver = make_member()
    client.force_login(solver)
    assert not access.may_see_confidential(solver, challenge)
    assert "18,000 CNY per tonne" not in client.get(f"/en/challenges/{challenge.pk}/").content.decode()

    client.post(register_url(challenge), {"accept": "on"})

    assert access.may_see_confidential(solver, challenge)
    assert "18,000 CNY per tonne" in client.get(f"/en/challenges/{challenge.pk}/").content.decode()


def test_the_challenge_page_says_when_the_solver_registered_in_beijing_time(client):
    accepted = datetime.datetime(2026, 3, 1, 2, 30, tzinfo=datetime.UTC)
    registered = RegistrationFactory(user=make_member(), accepted_at=accepted)
    client.force_login(registered.user)

    text = client.get(f"/en/challenges/{registered.challenge.pk}/").content.decode()

    assert "You registered on" in text
    assert "10:30 Beijing time (UTC+8)" in text


def test_a_closed_challenge_takes_no_registration(client):
    challenge = ChallengeFactory(submission_deadline=timezone.now() - datetime.timedelta(minutes=1))
    client.force_login(make_member())

    response = client.post(register_url(challenge), {"accept": "on"})

    assert response.status_code == 400
    assert "not open for registration" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_solver_from_a_country_outside_the_eligible_regions_is_refused(client):
    asean = RegionFactory(code="asean", name_en="ASEAN", countries=["SG", "MY", "TH"])
    challenge = ChallengeFactory()
    challenge.eligible_regions.set([asean])
    client.force_login(make_member(organisation=OrganisationFactory(country="DE")))

    response = client.post(register_url(challenge), {"accept": "on"})

    assert response.status_code == 400
    assert "open to solvers from ASEAN only" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_solver_from_an_eligible_country_may_register(client):
    asean = RegionFactory(code="asean", name_en="ASEAN", countries=["SG", "MY", "TH"])
    challenge = ChallengeFactory()
    challenge.eligible_regions.set([asean])
    solver = make_member(organisation=OrganisationFactory(country="SG"))
    client.force_login(solver)

    client.post(register_url(challenge), {"accept": "on"})

    assert Registration.objects.filter(challenge=challenge, user=solver).exists()


def test_a_solver_without_an_organisation_cannot_enter_a_challenge_for_organisations_only(client):
    challenge = ChallengeFactory(entrants=[Entrant.ORGANISATIONS])
    client.force_login(UserFactory())

    response = client.post(register_url(challenge), {"accept": "on"})

    assert response.status_code == 400
    assert "Only organisations may enter this challenge" in response.content.decode()


def test_a_solver_without_an_organisation_may_enter_as_an_individual(client):
    challenge = ChallengeFactory(entrants=[Entrant.INDIVIDUALS])
    solver = UserFactory()
    client.force_login(solver)

    client.post(register_url(challenge), {"accept": "on"})

    assert Registration.objects.filter(challenge=challenge, user=solver).exists()


def test_the_seeker_cannot_register_for_their_own_challenge():
    challenge = ChallengeFactory()

    with pytest.raises(ValidationError):
        registration.register(challenge, challenge.owner)


def test_a_member_of_a_team_cannot_register_on_their_own():
    team = RegistrationFactory()
    member = make_member()
    TeamInvitationFactory(registration=team, member=member, status="accepted")

    with pytest.raises(ValidationError, match="already a member of a team"):
        registration.register(team.challenge, member)


def test_registrations_are_rate_limited_per_user(client):
    solver = make_member()
    client.force_login(solver)
    challenges = ChallengeFactory.create_batch(registration.REGISTRATIONS_PER_HOUR + 1)
    for challenge in challenges[:-1]:
        assert client.post(register_url(challenge), {"accept": "on"}).status_code == 302

    response = client.post(register_url(challenges[-1]), {"accept": "on"})

    assert response.status_code == 429
    assert "the most allowed" in response.content.decode()
    assert not Registration.objects.filter(challenge=challenges[-1]).exists()


def test_withdrawing_before_the_deadline_closes_the_confidential_details(client):
    registered = RegistrationFactory(user=make_member())
    client.force_login(registered.user)

    response = client.post(f"/en/challenges/{registered.challenge.pk}/registration/withdraw/")

    assert response.status_code == 302
    registered.refresh_from_db()
    assert registered.withdrawn_at is not None
    assert not access.may_see_confidential(registered.user, registered.challenge)


def test_withdrawing_also_withdraws_the_submissions():
    submission = SubmissionFactory(status=SubmissionStatus.SUBMITTED, reference="HIC-2026-000001")

    registration.withdraw(submission.registration)

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.WITHDRAWN


def test_withdrawing_after_the_deadline_is_refused(client):
    registered = RegistrationFactory(user=make_member())
    registered.challenge.submission_deadline = timezone.now() - datetime.timedelta(seconds=1)
    registered.challenge.save()
    client.force_login(registered.user)

    client.post(f"/en/challenges/{registered.challenge.pk}/registration/withdraw/")

    registered.refresh_from_db()
    assert registered.withdrawn_at is None


def test_withdrawing_exactly_at_the_deadline_is_refused():
    registered = RegistrationFactory()
    deadline = registered.challenge.submission_deadline

    with pytest.raises(ValidationError, match="deadline has passed"):
        registration.withdraw(registered, now=deadline)


def test_a_withdrawn_solver_may_register_again_while_the_challenge_is_open(client):
    registered = RegistrationFactory(user=make_member(), withdrawn_at=timezone.now())
    client.force_login(registered.user)

    client.post(register_url(registered.challenge), {"accept": "on"})

    registered.refresh_from_db()
    assert registered.is_active


def test_after_the_agreement_changes_the_solver_is_asked_to_accept_again(client):
    registered = RegistrationFactory(user=make_member())
    challenge = registered.challenge
    challenge.agreement_terms_en = "New: the seeker may publish the winners' names."
    challenge.save()
    client.force_login(registered.user)

    page = client.get(f"/en/challenges/{challenge.pk}/").content.decode()
    assert "Accept the new version before sending a submission" in page

    client.post(register_url(challenge), {"accept": "on"})

    registered.refresh_from_db()
    assert registered.agreement_version == challenge.agreement_version()


def test_another_solvers_registration_is_not_shown_as_mine(client):
    registered = RegistrationFactory(user=make_member())
    other = make_member()
    client.force_login(other)

    page = client.get(f"/en/challenges/{registered.challenge.pk}/").content.decode()

    assert "You registered on" not in page
    assert "Register for this challenge" in page
