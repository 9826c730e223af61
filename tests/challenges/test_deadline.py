"""After the deadline nothing changes, enforced in the write functions: 1 second before works, at it is refused."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from challenges import registration, teams
from challenges import submission as submissions
from challenges.models import SubmissionStatus
from tests.challenges.factories import ChallengeFactory, RegistrationFactory, SubmissionFactory, make_member

pytestmark = pytest.mark.django_db

# 31 March 2027, 23:59:59 Beijing time is 15:59:59 UTC.
DEADLINE = datetime.datetime(2027, 3, 31, 16, 0, tzinfo=datetime.UTC)
JUST_BEFORE = DEADLINE - datetime.timedelta(seconds=1)
FIELDS = {"title": "Film", "abstract": "Starch film.", "abstract_is_public": False, "proposal": "The plan."}
PDF = b"%PDF-1.4 plan"


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def team():
    challenge = ChallengeFactory(publish_at=DEADLINE - datetime.timedelta(days=30), submission_deadline=DEADLINE)
    return RegistrationFactory(challenge=challenge, user=make_member())


def draft_of(team):
    return SubmissionFactory(registration=team)


def test_a_submission_is_created_one_second_before_the_deadline(team):
    created = submissions.create_submission(team, team.user, FIELDS, send=True, now=JUST_BEFORE)

    assert created.status == SubmissionStatus.SUBMITTED


def test_a_submission_is_refused_exactly_at_the_deadline(team):
    with pytest.raises(ValidationError, match="deadline has passed"):
        submissions.create_submission(team, team.user, FIELDS, now=DEADLINE)


def test_a_draft_is_sent_one_second_before_the_deadline(team):
    assert submissions.send_submission(draft_of(team), team.user, now=JUST_BEFORE).reference


def test_a_draft_cannot_be_sent_at_the_deadline(team):
    draft = draft_of(team)

    with pytest.raises(ValidationError):
        submissions.send_submission(draft, team.user, now=DEADLINE)

    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.DRAFT


def test_an_edit_is_saved_one_second_before_the_deadline(team):
    saved = submissions.update_submission(draft_of(team), team.user, {**FIELDS, "title": "Late edit"}, now=JUST_BEFORE)

    assert saved.title == "Late edit"


def test_an_edit_is_refused_at_the_deadline(team):
    draft = draft_of(team)

    with pytest.raises(ValidationError):
        submissions.update_submission(draft, team.user, {**FIELDS, "title": "Too late"}, now=DEADLINE)

    draft.refresh_from_db()
    assert draft.title != "Too late"


def test_a_submission_is_withdrawn_one_second_before_but_not_at_the_deadline(team):
    early, late = draft_of(team), draft_of(team)

    submissions.withdraw_submission(early, team.user, now=JUST_BEFORE)
    with pytest.raises(ValidationError):
        submissions.withdraw_submission(late, team.user, now=DEADLINE)


def test_files_are_added_one_second_before_but_not_at_the_deadline(team):
    draft = draft_of(team)

    submissions.add_attachments(draft, team.user, [SimpleUploadedFile("a.pdf", PDF)], now=JUST_BEFORE)
    with pytest.raises(ValidationError):
        submissions.add_attachments(draft, team.user, [SimpleUploadedFile("b.pdf", PDF)], now=DEADLINE)

    assert draft.attachments.count() == 1


def test_registration_closes_at_the_deadline():
    challenge = ChallengeFactory(publish_at=DEADLINE - datetime.timedelta(days=30), submission_deadline=DEADLINE)

    assert registration.register(challenge, make_member(), now=JUST_BEFORE)
    with pytest.raises(ValidationError):
        registration.register(challenge, make_member(), now=DEADLINE)


def test_the_team_cannot_change_at_the_deadline(team):
    with pytest.raises(ValidationError):
        teams.invite(team, "late@example.com", 10, now=DEADLINE)


def test_the_server_refuses_an_edit_posted_after_the_deadline(client):
    """The boundary through a real request: the deadline is set one second ago, relative to the server's clock."""
    challenge = ChallengeFactory(submission_deadline=timezone.now() - datetime.timedelta(seconds=1))
    team = RegistrationFactory(challenge=challenge, user=make_member())
    draft = draft_of(team)
    client.force_login(team.user)

    response = client.post(
        f"/en/challenges/submissions/{draft.pk}/edit/", {**FIELDS, "title": "Replayed", "action": "save"}
    )

    assert response.status_code in (200, 400)
    draft.refresh_from_db()
    assert draft.title != "Replayed"
    assert client.post(f"/en/challenges/submissions/{draft.pk}/send/").status_code == 302
    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.DRAFT


def test_a_request_just_before_the_deadline_is_accepted(client):
    challenge = ChallengeFactory(submission_deadline=timezone.now() + datetime.timedelta(seconds=30))
    team = RegistrationFactory(challenge=challenge, user=make_member())
    draft = draft_of(team)
    client.force_login(team.user)

    client.post(f"/en/challenges/submissions/{draft.pk}/send/")

    draft.refresh_from_db()
    assert draft.status == SubmissionStatus.SUBMITTED
