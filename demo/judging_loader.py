"""Loads the demo's finished challenge: entries screened and judged, an outlier reconciled, a winner, feedback for
every entrant, the award paid, the winners' page published and the winner's deal with the seeker.

Create-if-missing, keyed on the challenge's organisation and English title: once the challenge exists a
second run changes nothing. Screening, conflict declarations, scores, reconciliation, decisions and feedback
go through ``judging``'s write functions, at past moments (``now=``), so the demo obeys the same rules as the
site. The award, the announcement and the deal are written as rows, because their write functions email the
winner and the seeker, and loading the demo sends no mail; feedback is marked sent for the same reason.
Data lives in ``judging.py``; ``loader.load_demo_content`` calls this after the challenges.
"""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation

from accounts.models import Organisation, Profile
from challenges.choices import ChallengeType, Entrant, IPModel, Status, SubmissionStatus
from challenges.models import Challenge, Registration, Submission
from core.dates import beijing_time
from judging import conflicts, decisions, feedback, reconciliation, reviews
from judging.models import (
    Award,
    AwardShare,
    AwardStatus,
    Criterion,
    Deal,
    EntryStatus,
    Evaluation,
    EvaluationPhase,
    Feedback,
    JudgeAssignment,
    JudgingOptions,
    Review,
    WinnerAnnouncement,
)
from sectors.models import Sector
from vocabulary.models import TechnologyKeyword

from . import judging as data
from .builders import demo_password, set_bilingual

STAFF_USERNAME = "moderator"  # the demo moderator judges challenges (``challenges.change_challenge``)
CLOSING_HOUR = 17  # Beijing time
MINOR_UNITS = 100  # fen per yuan, cents per dollar


def _days_ago(days, now):
    """17:00 Beijing time, ``days`` days before today (in Beijing)."""
    day = beijing_time(now).date() - datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(CLOSING_HOUR)))


def _user(email):
    return get_user_model().objects.get(email__iexact=email)


def _judge(item):
    """An expert's account (verified email, profile in their language), created if missing."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=item["email"]).first()
    if user is None:
        user = User.objects.create_user(username=item["email"], email=item["email"], password=demo_password())
        EmailAddress.objects.create(user=user, email=item["email"], verified=True, primary=True)
    profile, _created = Profile.objects.get_or_create(user=user)
    profile.full_name = profile.full_name or item["full_name"]
    profile.preferred_language = item["language"]
    if item["organisation"]:
        profile.organisation = Organisation.objects.get(name=item["organisation"])
    profile.save()
    return get_user_model().objects.select_related("profile__organisation").get(pk=user.pk)  # not a stale profile


def _challenge(now):
    item = data.CHALLENGE
    challenge = Challenge(
        owner=_user(item["owner"]),
        organisation=Organisation.objects.get(name=item["organisation"]),
        challenge_type=ChallengeType.PROTOTYPE,
        trl_wanted=6,
        award_amount=item["award_amount"],
        award_currency=item["award_currency"],
        entrants=[Entrant.TEAMS, Entrant.ORGANISATIONS],
        ip_model=IPModel.SOLVER_KEEPS,
        status=Status.APPROVED,
        publish_at=_days_ago(item["published_days_ago"], now),
        submission_deadline=_days_ago(item["closed_days_ago"], now),
    )
    for field in ("title", "summary", "problem", "must_do"):
        set_bilingual(challenge, field, item)
    challenge.submitted_at = challenge.approved_at = challenge.publish_at - datetime.timedelta(days=2)
    challenge.save()
    challenge.sectors.set(Sector.objects.filter(code="green-tech"))
    challenge.keywords.set(TechnologyKeyword.objects.filter(code__in=["water-quality", "marine-ecology"]))
    return challenge


def _entries(challenge):
    """The sent submissions, each with its reference, keyed by the entrant's email."""
    entries = {}
    sent_at = challenge.submission_deadline - datetime.timedelta(days=3)
    for item in data.ENTRIES:
        registration = Registration.objects.create(
            challenge=challenge,
            user=_user(item["user"]),
            agreement_version=challenge.agreement_version(),
            accepted_at=sent_at - datetime.timedelta(days=20),
        )
        submission = Submission.objects.create(
            challenge=challenge,
            registration=registration,
            title=item["title"],
            abstract=item["abstract"],
            abstract_is_public=item["abstract_is_public"],
            proposal=item["abstract"],
            status=SubmissionStatus.SUBMITTED,
            submitted_at=sent_at,
        )
        submission.reference = f"HIC-{beijing_time(sent_at).year}-{submission.pk:06d}"
        submission.save(update_fields=["reference"])
        entries[item["user"]] = submission
    return entries


def _phase(challenge, now):
    JudgingOptions.objects.create(challenge=challenge, anonymous=True, show_scores_in_feedback=True)
    phase = EvaluationPhase(
        challenge=challenge,
        entry_status=EntryStatus.SHORTLISTED,
        closes_at=_days_ago(data.PHASE["closed_days_ago"], now),
    )
    set_bilingual(phase, "name", data.PHASE)
    phase.save()
    for position, item in enumerate(data.CRITERIA, start=1):
        criterion = Criterion(
            phase=phase, kind=item["kind"], scale_max=item["scale_max"], weight=item["weight"], position=position
        )
        set_bilingual(criterion, "name", item)
        set_bilingual(criterion, "guidance", item)
        criterion.save()
    return phase


def _screen(challenge, entries, staff, moment):
    decisions.ensure_evaluations(challenge, now=moment)
    for item in data.ENTRIES:
        evaluation = Evaluation.objects.get(submission=entries[item["user"]])
        if item["status"] == EntryStatus.INELIGIBLE:
            decisions.decide(evaluation, EntryStatus.INELIGIBLE, staff, item["ineligible_reason"], now=moment)
        else:
            decisions.decide(evaluation, EntryStatus.ELIGIBLE, staff, now=moment)
            decisions.decide(evaluation, EntryStatus.SHORTLISTED, staff, now=moment)


def _judge_phase(phase, entries, judges, staff):
    """Each judge declares (one is recused), scores what they may, and staff reconcile the outlier."""
    criteria = list(phase.criteria.order_by("position"))
    scored_at = phase.closes_at - datetime.timedelta(days=5)
    for judge in judges:
        assignment = JudgeAssignment.objects.create(phase=phase, judge=judge, assigned_by=staff)
        conflicts.declare(assignment, [])
        for item in data.ENTRIES:
            values = item.get("scores", {}).get(judge.email)
            if values is None:
                continue
            submission = entries[item["user"]]
            with translation.override(judge.profile.preferred_language):
                reviews.save_review(
                    assignment,
                    submission,
                    {criterion.pk: value for criterion, value in zip(criteria, values, strict=True)},
                    translation.gettext("Scored against the rubric."),
                    judge.profile.preferred_language,
                    now=scored_at,
                )
    for item in data.ENTRIES:
        if "outlier_note_en" in item:
            review = Review.objects.filter(submission=entries[item["user"]], assignment__phase=phase).order_by("pk")
            reconciliation.reconcile(review.last(), staff, item["outlier_note_en"], now=phase.closes_at)


def _decide(entries, staff, moment):
    for item in data.ENTRIES:
        evaluation = Evaluation.objects.get(submission=entries[item["user"]])
        if item["status"] == EntryStatus.WINNER:
            decisions.decide(evaluation, EntryStatus.FINALIST, staff, now=moment)
            decisions.decide(evaluation, EntryStatus.WINNER, staff, now=moment)
        elif item["status"] == EntryStatus.NOT_SELECTED:
            decisions.decide(evaluation, EntryStatus.NOT_SELECTED, staff, now=moment)
        feedback.write_feedback(entries[item["user"]], item["feedback"], item["feedback_text"], staff, now=moment)
    Feedback.objects.filter(submission__in=entries.values()).update(sent_at=moment)


def _award_and_deal(challenge, winner, staff, now):
    closed = challenge.submission_deadline
    made = Award.objects.create(
        submission=winner,
        challenge=challenge,
        amount=challenge.award_amount * MINOR_UNITS,  # the brief's award is in whole units, an Award in fen
        currency=challenge.award_currency,
        status=AwardStatus.PAID,
        due_on=(closed + datetime.timedelta(days=data.AWARD["due_days_after_close"])).date(),
        awarded_at=closed + datetime.timedelta(days=21),
        awarded_by=staff,
        agreement_signed_at=now - datetime.timedelta(days=data.AWARD["signed_days_ago"]),
        paid_at=now - datetime.timedelta(days=data.AWARD["paid_days_ago"]),
    )
    lead = winner.registration.user
    AwardShare.objects.create(
        award=made, member=lead, name=lead.profile.full_name or lead.email, percent=100, amount=made.amount
    )
    announcement = WinnerAnnouncement(challenge=challenge, published_at=made.awarded_at, published_by=staff)
    announcement.seeker_statement_en = data.SEEKER_STATEMENT["en"]
    announcement.seeker_statement_zh_hans = data.SEEKER_STATEMENT["zh"]
    announcement.save()
    Deal.objects.create(
        award=made,
        introduced_at=made.awarded_at,
        introduced_by=staff,
        recorded_at=made.paid_at,
        recorded_by=challenge.owner,
        outcome=data.DEAL["outcome"],
        value=data.DEAL["value"] * MINOR_UNITS,
        currency=data.DEAL["currency"],
    )


@transaction.atomic
def load_judging():
    """Load the finished challenge. Returns counts for the command's summary and the tests."""
    now = timezone.now()
    item = data.CHALLENGE
    challenge = Challenge.objects.filter(organisation__name=item["organisation"], title_en=item["title_en"]).first()
    created = challenge is None
    if created:
        staff = get_user_model().objects.get(username=STAFF_USERNAME)
        with translation.override("en"):
            judges = [_judge(judge) for judge in data.JUDGES]
            challenge = _challenge(now)
            entries = _entries(challenge)
            phase = _phase(challenge, now)
            _screen(challenge, entries, staff, challenge.submission_deadline + datetime.timedelta(days=2))
            _judge_phase(phase, entries, judges, staff)
            _decide(entries, staff, phase.closes_at + datetime.timedelta(days=1))
            winner = next(entries[entry["user"]] for entry in data.ENTRIES if entry["status"] == EntryStatus.WINNER)
            _award_and_deal(challenge, winner, staff, now)
    return {"created": created, "winners_challenge": challenge.pk, "judge": data.JUDGES[0]["email"]}
