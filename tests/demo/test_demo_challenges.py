"""The demo challenges: open briefs from Haikou seekers in both languages, with solvers already at work."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from challenges.choices import AnswerVisibility, InvitationStatus, Status, SubmissionStatus
from challenges.models import (
    Challenge,
    ChallengeAmendment,
    ChallengePhase,
    Question,
    Registration,
    Submission,
    TeamInvitation,
)
from challenges.teams import lead_share
from demo.challenges_loader import load_challenges
from demo.marketplace_loader import load_marketplace

pytestmark = pytest.mark.django_db

TEAM_LEAD = "j.hartmann@biopoly.example.com"
REGISTRANT = "priya.raman@lumina-vision.example.com"
MODELS = (Challenge, ChallengePhase, ChallengeAmendment, Registration, TeamInvitation, Submission, Question)


@pytest.fixture(scope="module")
def demo_challenges(django_db_setup, django_db_blocker):
    """The marketplace (seekers and solvers) and the challenges, loaded once and rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        mail.outbox = []
        load_marketplace()
        counts = load_challenges()
        counts["emails"] = len(mail.outbox)
        yield counts
        transaction.set_rollback(True)


def _counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def _login(client, email):
    client.force_login(get_user_model().objects.get(email=email))


def test_four_demo_challenges_are_open_in_both_languages(demo_challenges):
    public = Challenge.objects.public()
    assert public.count() == 4
    for challenge in public:
        assert challenge.is_open_for_submissions()
        assert challenge.organisation.country.code == "CN"
        for field in ("title", "summary", "problem", "must_do", "constraints"):
            assert getattr(challenge, f"{field}_en") and getattr(challenge, f"{field}_zh_hans"), (challenge, field)
        assert re.search(r"[\u4e00-\u9fff]", challenge.title_zh_hans)
        assert challenge.sectors.exists() and challenge.keywords.exists()
        assert challenge.award_amount or challenge.non_cash_awards


def test_each_demo_challenge_has_three_phases_in_order_in_the_future(demo_challenges):
    now = timezone.now()
    for challenge in Challenge.objects.public():
        phases = list(challenge.phases.all())
        assert len(phases) == 3
        assert all(phase.name_en and phase.name_zh_hans for phase in phases)
        assert now < phases[0].ends_at < phases[1].ends_at == challenge.submission_deadline < phases[2].ends_at


def test_the_challenge_list_shows_the_demo_challenges_in_each_language(client, demo_challenges):
    english = client.get("/en/challenges/").content.decode()
    chinese = client.get("/zh-hans/challenges/").content.decode()
    assert escape("AI triage for remote clinics on Hainan's islands") in english
    assert "一个种植季内完全降解的全生物降解地膜" in chinese


def test_every_demo_challenge_page_renders_in_both_languages(client, demo_challenges):
    for challenge in Challenge.objects.public():
        for language, title in (("en", challenge.title_en), ("zh-hans", challenge.title_zh_hans)):
            response = client.get(f"/{language}/challenges/{challenge.pk}/")
            assert response.status_code == 200
            assert escape(title) in response.content.decode()


def test_a_challenge_awaiting_review_is_in_the_queue_and_not_public(client, demo_challenges):
    waiting = Challenge.objects.get(status=Status.SUBMITTED)
    assert waiting.submitted_at is not None
    assert client.get(f"/en/challenges/{waiting.pk}/").status_code == 404


def test_confidential_details_are_shown_to_registrants_only(client, demo_challenges):
    confidential = Challenge.objects.public().exclude(confidential_details_en="")
    assert confidential.count() == 1
    challenge = confidential.get()
    secret = "Yongxing, Zhaoshu and Jinqing"
    assert secret not in client.get(f"/en/challenges/{challenge.pk}/").content.decode()
    _login(client, REGISTRANT)
    assert secret in client.get(f"/en/challenges/{challenge.pk}/").content.decode()


def test_one_demo_team_splits_the_award_sixty_forty(demo_challenges):
    invitations = TeamInvitation.objects.filter(status=InvitationStatus.ACCEPTED)
    assert invitations.count() == 1
    invitation = invitations.get()
    assert invitation.registration.user.email == TEAM_LEAD and invitation.registration.team_name
    assert invitation.member is not None and invitation.award_share == 40
    assert lead_share(list(invitation.registration.invitations.all())) == 60


def test_demo_submissions_are_sent_with_references_or_kept_as_drafts(demo_challenges):
    sent = Submission.objects.filter(status=SubmissionStatus.SUBMITTED)
    drafts = Submission.objects.filter(status=SubmissionStatus.DRAFT)
    assert sent.count() >= 3 and drafts.count() >= 2
    assert all(re.fullmatch(r"HIC-\d{4}-\d{6}", submission.reference) for submission in sent)
    assert all(submission.submitted_at for submission in sent)
    assert not drafts.exclude(reference=None).exists()
    assert sent.filter(registration__user__email=TEAM_LEAD).exists()


def test_demo_challenges_have_public_answers_and_an_amendment(demo_challenges):
    assert Question.objects.answered_publicly().count() >= 2
    assert Question.objects.filter(answered_at__isnull=True).exists()
    assert not Question.objects.exclude(visibility=AnswerVisibility.PUBLIC).exists()
    amendment = ChallengeAmendment.objects.get()
    assert amendment.note_en and amendment.note_zh_hans
    assert "two weeks after the submission deadline" in amendment.challenge.constraints_en


def test_loading_the_demo_challenges_sends_no_email(demo_challenges):
    assert demo_challenges["emails"] == 0


def test_loading_the_demo_challenges_twice_changes_nothing(demo_challenges):
    before = _counts()
    second = load_challenges()
    assert _counts() == before
    assert second["created"] == 0 and second["public"] == 4 and second["awaiting_review"] == 1
    assert len(mail.outbox) == 0
