"""Challenges in a member's data export and in their account deletion (PIPL arts. 45 and 47)."""

import datetime
import json

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts import account_deletion
from accounts.data_export import personal_data
from challenges import access
from challenges.models import (
    AnswerVisibility,
    ChallengeFollow,
    InvitationStatus,
    Question,
    SolverInvitation,
    Status,
    Submission,
    SubmissionAttachment,
    SubmissionStatus,
)
from challenges.personal_data import export_challenge_records
from tests.challenges.factories import (
    ChallengeFactory,
    RegistrationFactory,
    SubmissionFactory,
    TeamInvitationFactory,
    make_member,
)
from tests.factories import SectorFactory
from tests.opportunities.factories import ListingFactory

pytestmark = pytest.mark.django_db


def _attach(submission, name="trial-data.pdf"):
    attachment = SubmissionAttachment(submission=submission, original_name=name, content_type="application/pdf", size=8)
    attachment.file.save(name, ContentFile(b"%PDF-1.4"), save=True)
    return attachment


def _closed_challenge():
    now = timezone.now()
    return ChallengeFactory(
        publish_at=now - datetime.timedelta(days=20), submission_deadline=now - datetime.timedelta(days=1)
    )


def solver_with_records(count=1, name="Hart"):
    """A member who posted, entered, invited, was invited, submitted, asked and follows: ``count`` of each."""
    user = make_member(full_name=f"Amelia {name}")
    for number in range(count):
        ChallengeFactory(owner=user, status=Status.DRAFT, publish_at=None, title_en=f"Own challenge {number}")
        registration = RegistrationFactory(user=user, team_name=f"{name} team {number}")
        TeamInvitationFactory(registration=registration, email=f"colleague{number}@example.com", award_share=30)
        submission = SubmissionFactory(registration=registration, title=f"Starch film {number}")
        _attach(submission, f"trial-{number}.pdf")
        other_team = RegistrationFactory(team_name=f"Zhou team {number}")
        TeamInvitationFactory(registration=other_team, email=user.email, member=user, status=InvitationStatus.ACCEPTED)
        Question.objects.create(
            challenge=registration.challenge,
            asker=user,
            text=f"May the film contain PBAT? {number}",
            language="en",
            answer="Yes, up to 40 %.",
            visibility=AnswerVisibility.PUBLIC,
        )
        SolverInvitation.objects.create(
            challenge=registration.challenge, listing=ListingFactory(owner=user), recipient=user
        )
    follow = ChallengeFollow.objects.create(user=user, weekly_digest=False)
    follow.sectors.set([SectorFactory()])
    return user


# --- export -------------------------------------------------------------------------------------------


def test_the_export_holds_the_members_challenges_registrations_submissions_questions_and_follow():
    user = solver_with_records()

    export = personal_data(user)

    assert export["challenges_posted"][0]["title"] == "Own challenge 0"
    assert export["challenges_posted"][0]["status"] == Status.DRAFT
    registration = export["challenge_registrations"][0]
    assert registration["team_name"] == "Hart team 0"
    assert registration["agreement_version"]
    assert registration["accepted_at"]
    assert registration["team_invitations_sent"][0] == {
        "email": "colleague0@example.com",
        "award_share": 30,
        "status": InvitationStatus.PENDING,
        "sent_at": registration["team_invitations_sent"][0]["sent_at"],
        "responded_at": None,
    }
    submission = registration["submissions"][0]
    assert submission["title"] == "Starch film 0"
    assert submission["proposal"].startswith("Full technical proposal")
    assert submission["attachments"] == [{"name": "trial-0.pdf", "content_type": "application/pdf", "size": 8}]
    received = export["challenge_team_invitations_received"][0]
    assert (received["team_name"], received["status"]) == ("Zhou team 0", InvitationStatus.ACCEPTED)
    question = export["challenge_questions"][0]
    assert (question["text"], question["answer"], question["visibility"]) == (
        "May the film contain PBAT? 0",
        "Yes, up to 40 %.",
        AnswerVisibility.PUBLIC,
    )
    assert export["challenge_follow"]["weekly_digest"] is False
    assert len(export["challenge_follow"]["sectors"]) == 1
    assert len(export["challenge_solver_invitations"]) == 1


def test_the_download_holds_no_storage_path_of_an_attachment(client):
    user = solver_with_records()
    stored_name = SubmissionAttachment.objects.get(submission__registration__user=user).file.name
    client.force_login(user)

    response = client.get("/en/account/your-data/download/")

    content = response.content.decode()
    assert "trial-0.pdf" in json.dumps(json.loads(content)["challenge_registrations"])
    assert stored_name not in content
    assert "challenge-submissions/" not in content


def test_the_export_holds_nobody_elses_challenge_records():
    solver_with_records(name="Hart")
    other = solver_with_records(name="Lopez")

    export = json.dumps(export_challenge_records(other), ensure_ascii=False)

    assert "Lopez team 0" in export
    assert "Hart team" not in export


def test_the_number_of_queries_does_not_grow_with_the_challenge_records():
    few = solver_with_records(count=1)
    many = solver_with_records(count=4)

    with CaptureQueriesContext(connection) as for_few:
        export_challenge_records(few)
    with CaptureQueriesContext(connection) as for_many:
        export_challenge_records(many)

    assert len(for_many) == len(for_few)


# --- account deletion ---------------------------------------------------------------------------------


def _delete(user):
    with TestCase.captureOnCommitCallbacks(execute=True):  # files are deleted once the deletion commits
        account_deletion.delete_account(user)


def test_deletion_withdraws_an_open_registration_and_deletes_its_submissions_and_files():
    user = make_member()
    registration = RegistrationFactory(user=user)
    draft = SubmissionFactory(registration=registration)
    sent = SubmissionFactory(registration=registration, status=SubmissionStatus.SUBMITTED, reference="HIC-2026-000001")
    files = [_attach(draft).file, _attach(sent, "sent.pdf").file]
    pending = TeamInvitationFactory(registration=registration)

    _delete(user)

    registration.refresh_from_db()
    assert registration.withdrawn_at is not None
    assert not Submission.objects.filter(pk__in=[draft.pk, sent.pk]).exists()
    assert not any(file.storage.exists(file.name) for file in files)
    pending.refresh_from_db()
    assert pending.status == InvitationStatus.CANCELLED


def test_after_the_deadline_a_sent_submission_stays_whole_for_the_seeker_and_the_draft_goes():
    user = make_member()
    challenge = _closed_challenge()
    registration = RegistrationFactory(user=user, challenge=challenge)
    sent = SubmissionFactory(registration=registration, status=SubmissionStatus.SUBMITTED, reference="HIC-2026-000002")
    kept_file = _attach(sent).file
    draft = SubmissionFactory(registration=registration)
    draft_file = _attach(draft, "draft.pdf").file

    _delete(user)

    sent.refresh_from_db()
    assert sent.status == SubmissionStatus.SUBMITTED
    assert sent.proposal.startswith("Full technical proposal")
    assert kept_file.storage.exists(kept_file.name)
    assert not draft_file.storage.exists(draft_file.name)
    assert not Submission.objects.filter(pk=draft.pk).exists()
    assert access.may_see_submission(challenge.owner, sent)
    registration.refresh_from_db()
    assert registration.withdrawn_at is not None
    assert registration.user.email.endswith("@deleted.invalid")  # detached: the seeker reads a deleted user


def test_a_failed_deletion_keeps_the_draft_files(monkeypatch):
    user = make_member()
    draft_file = _attach(SubmissionFactory(registration=RegistrationFactory(user=user))).file

    def fail(user):
        raise RuntimeError("database gone")

    monkeypatch.setattr(account_deletion, "_forget_searches_and_notices", fail)
    with TestCase.captureOnCommitCallbacks(execute=True), pytest.raises(RuntimeError):
        account_deletion.delete_account(user)

    assert draft_file.storage.exists(draft_file.name)


def test_questions_keep_their_text_and_answer_without_the_asker():
    user = make_member()
    question = Question.objects.create(
        challenge=ChallengeFactory(), asker=user, text="Is PBAT allowed?", language="en", answer="Yes."
    )

    _delete(user)

    question.refresh_from_db()
    assert (question.asker, question.text, question.answer) == (None, "Is PBAT allowed?", "Yes.")


def test_unapproved_challenges_are_withdrawn_and_approved_ones_stay():
    user = make_member()
    submitted = ChallengeFactory(owner=user, status=Status.SUBMITTED, publish_at=None)
    draft = ChallengeFactory(owner=user, status=Status.DRAFT, publish_at=None)
    approved = ChallengeFactory(owner=user)

    _delete(user)

    for challenge in (submitted, draft, approved):
        challenge.refresh_from_db()
    assert (submitted.status, draft.status, approved.status) == (Status.WITHDRAWN, Status.WITHDRAWN, Status.APPROVED)


def test_invitations_to_the_member_lose_their_address_and_pending_ones_are_declined():
    user = make_member()
    accepted = TeamInvitationFactory(email=user.email, member=user, status=InvitationStatus.ACCEPTED)
    pending = TeamInvitationFactory(email=user.email.upper())

    _delete(user)

    accepted.refresh_from_db()
    pending.refresh_from_db()
    assert accepted.status == InvitationStatus.ACCEPTED  # the team's award-share agreement stays
    assert pending.status == InvitationStatus.DECLINED  # the lead is no longer waiting to send
    assert accepted.email == pending.email == f"deleted-{user.pk}@deleted.invalid"


def test_follow_settings_and_solver_invitations_are_forgotten():
    user = make_member()
    ChallengeFollow.objects.create(user=user)
    SolverInvitation.objects.create(challenge=ChallengeFactory(), listing=ListingFactory(owner=user), recipient=user)

    _delete(user)

    assert not ChallengeFollow.objects.filter(user=user).exists()
    assert not SolverInvitation.objects.filter(recipient=user).exists()
