"""The demo's finished challenge: judged by experts, one recused, winners announced, feedback sent, a deal made."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.db import transaction

from challenges.models import Challenge
from demo.challenges_loader import load_challenges
from demo.judging_loader import load_judging
from demo.marketplace_loader import load_marketplace
from demo.staff_loader import ensure_users
from judging.models import (
    Award,
    AwardStatus,
    Deal,
    EntryStatus,
    Evaluation,
    Feedback,
    JudgeAssignment,
    Recusal,
    RecusalReason,
    Review,
)

pytestmark = pytest.mark.django_db

MODELS = (Challenge, Evaluation, JudgeAssignment, Recusal, Review, Feedback, Award, Deal)


@pytest.fixture(scope="module")
def demo_judging(django_db_setup, django_db_blocker):
    """Marketplace, staff, challenges and the finished challenge, loaded once and rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        mail.outbox = []
        load_marketplace()
        ensure_users(Group.objects.get_or_create(name="Editors")[0], Group.objects.get_or_create(name="Moderators")[0])
        load_challenges()
        counts = load_judging()
        counts["emails"] = len(mail.outbox)
        yield counts
        transaction.set_rollback(True)


def _challenge(demo_judging):
    return Challenge.objects.get(pk=demo_judging["winners_challenge"])


def test_the_finished_challenge_has_a_winner_and_every_entrant_was_sent_feedback(demo_judging):
    challenge = _challenge(demo_judging)
    evaluations = Evaluation.objects.filter(submission__challenge=challenge)

    assert not challenge.is_open_for_submissions()
    assert [e.submission.registration.user.email for e in evaluations.filter(status=EntryStatus.WINNER)] == [
        "noa@aquasense.example.com"
    ]
    assert Feedback.objects.filter(submission__challenge=challenge, sent_at__isnull=False).count() == 4


def test_the_judge_from_an_entrants_organisation_was_recused_from_that_entry_and_did_not_score_it(demo_judging):
    recusal = Recusal.objects.get(assignment__judge__email="zhangmin@haizhi-robot.example.cn")

    assert recusal.reason == RecusalReason.SAME_ORGANISATION
    assert recusal.submission.registration.user.email == "wujunjie@haizhi-robot.example.cn"
    assert not Review.objects.filter(assignment=recusal.assignment, submission=recusal.submission).exists()


def test_an_outlying_score_was_reconciled_with_a_note(demo_judging):
    reconciled = Review.objects.exclude(reconciliation_note="").get()

    assert reconciled.reconciled_by.username == "moderator"
    assert reconciled.submission.registration.user.email == "wujunjie@haizhi-robot.example.cn"


def test_the_award_is_paid_and_the_winner_s_deal_with_the_seeker_is_a_pilot(demo_judging):
    award = Award.objects.get(challenge=_challenge(demo_judging))

    assert award.status == AwardStatus.PAID and award.paid_at > award.agreement_signed_at
    assert award.deal.outcome == "pilot"


def test_the_winners_page_shows_in_both_languages(demo_judging, client):
    pk = demo_judging["winners_challenge"]

    english = client.get(f"/en/judging/winners/{pk}/")
    chinese = client.get(f"/zh-hans/judging/winners/{pk}/")

    assert english.status_code == chinese.status_code == 200
    assert "Flow-through holographic imaging" in english.content.decode()
    assert "We start a pilot" in english.content.decode()
    assert "今年春季我们将在四个站位开展试点" in chinese.content.decode()


def test_the_demo_judge_signs_in_and_sees_their_assignment_in_chinese_or_english(demo_judging, client):
    client.force_login(get_user_model().objects.get(email=demo_judging["judge"]))

    response = client.get("/en/judging/")

    assert response.status_code == 200
    assert "Expert review of the shortlist" in response.content.decode()


def test_loading_the_demo_sends_no_email_and_a_second_run_changes_nothing(demo_judging):
    before = {model.__name__: model.objects.count() for model in MODELS}

    again = load_judging()

    assert demo_judging["emails"] == 0
    assert again["created"] is False
    assert {model.__name__: model.objects.count() for model in MODELS} == before
