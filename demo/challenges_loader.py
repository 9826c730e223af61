"""Loads the demo innovation challenges: briefs with their timelines, registrations, a team, submissions,
questions and answers, and an amendment.

Create-if-missing throughout, keyed on stable fields (a challenge's organisation and English title, a
registration's challenge and user, a submission's registration and title, a question's text, an
amendment's English note), so a second run changes nothing. Rows are written directly rather than
through ``challenges``' write functions, which email owners, registrants and teams: loading the demo
sends no mail. Sent submissions get their reference in the same format as ``challenges.submission``.
Dates are counted from the moment of the first load, so a fresh demo has challenges open for weeks.
Data lives in ``challenges.py``. ``loader.load_demo_content`` calls it after the marketplace (whose
organisations and users are the seekers and solvers) and the staff users exist.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone, translation

from accounts.models import Organisation
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
from core.dates import beijing_time
from sectors.models import Sector
from vocabulary.models import TechnologyKeyword

from . import challenges as data
from .builders import set_bilingual

MODERATORS_GROUP = "Moderators"
# Texts of a brief, given as ``<field>_en`` and ``<field>_zh`` in the data.
BRIEF_TEXTS = (
    "title",
    "summary",
    "problem",
    "background",
    "must_do",
    "must_not_do",
    "constraints",
    "confidential_details",
    "agreement_terms",
    "non_cash_award_details",
)
DEADLINE_HOUR = 17  # submissions close at 17:00 Beijing time


def _deadline(days, now):
    """17:00 Beijing time, ``days`` days from today (in Beijing)."""
    day = beijing_time(now).date() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(DEADLINE_HOUR)))


def _user(email):
    return get_user_model().objects.get(email__iexact=email)


def _phases(challenge, item):
    deadline = challenge.submission_deadline
    ends = {
        "qa": deadline - datetime.timedelta(days=item["qa_closes_days_before"]),
        "submissions": deadline,
        "winners": deadline + datetime.timedelta(days=item["winners_days_after"]),
    }
    for phase in data.PHASES:
        row = ChallengePhase(challenge=challenge, ends_at=ends[phase["step"]])
        set_bilingual(row, "name", phase)
        row.save()


def _challenge(item, approver, now):
    organisation = Organisation.objects.get(name=item["organisation"])
    challenge = Challenge.objects.filter(organisation=organisation, title_en=item["title_en"]).first()
    if challenge is not None:
        return challenge, False
    challenge = Challenge(
        owner=_user(item["owner"]),
        organisation=organisation,
        challenge_type=item["challenge_type"],
        trl_wanted=item["trl_wanted"],
        award_amount=item["award_amount"],
        award_currency=item["award_currency"],
        non_cash_awards=item["non_cash_awards"],
        entrants=item["entrants"],
        ip_model=item["ip_model"],
        allows_multiple_submissions=item["allows_multiple_submissions"],
        submission_deadline=_deadline(item["deadline_days"], now),
        status=item["status"],
    )
    for field in BRIEF_TEXTS:
        set_bilingual(challenge, field, item)
    if item["status"] == Status.APPROVED:
        published = now - datetime.timedelta(days=item["published_days_ago"])
        challenge.submitted_at = published - datetime.timedelta(days=2)
        challenge.publish_at = challenge.approved_at = published
        challenge.approved_by = approver
    else:
        challenge.submitted_at = now - datetime.timedelta(days=item["submitted_days_ago"])
    challenge.save()
    challenge.sectors.set(Sector.objects.filter(code__in=item["sectors"]))
    challenge.keywords.set(TechnologyKeyword.objects.filter(code__in=item["keywords"]))
    _phases(challenge, item)
    return challenge, True


def _registration(challenge, item):
    registration = Registration.objects.filter(challenge=challenge, user__email__iexact=item["user"]).first()
    if registration is not None:
        return registration, False
    registration = Registration.objects.create(
        challenge=challenge,
        user=_user(item["user"]),
        agreement_version=challenge.agreement_version(),
        accepted_at=challenge.publish_at + datetime.timedelta(days=1),
        team_name=item["team_name"],
    )
    return registration, True


def _team_member(registration, item):
    if registration.invitations.filter(email__iexact=item["member"]).exists():
        return False
    TeamInvitation.objects.create(
        registration=registration,
        email=item["member"],
        award_share=item["award_share"],
        member=_user(item["member"]),
        status=InvitationStatus.ACCEPTED,
        responded_at=registration.accepted_at + datetime.timedelta(days=1),
    )
    return True


def _submission(registration, item, now):
    if registration.submissions.filter(title=item["title"]).exists():
        return False
    submission = Submission.objects.create(
        challenge=registration.challenge,
        registration=registration,
        title=item["title"],
        abstract=item["abstract"],
        abstract_is_public=item["abstract_is_public"],
        proposal=item["proposal"],
    )
    if item["sent_days_ago"] is not None:
        sent = now - datetime.timedelta(days=item["sent_days_ago"])
        submission.status = SubmissionStatus.SUBMITTED
        submission.submitted_at = sent
        submission.reference = f"HIC-{beijing_time(sent).year}-{submission.pk:06d}"  # as challenges.submission
        submission.save(update_fields=["status", "submitted_at", "reference"])
    return True


def _question(challenge, item, now):
    if Question.objects.filter(challenge=challenge, text=item["text"]).exists():
        return False
    question = Question(challenge=challenge, asker=_user(item["asker"]), text=item["text"], language=item["language"])
    if item["answered"]:
        question.answer = item["answer"]
        question.visibility = AnswerVisibility.PUBLIC
        question.answered_by = challenge.owner
        question.answered_at = now - datetime.timedelta(days=1)
    question.save()
    return True


def _amendment(challenge, item, author):
    """Record the amendment and, the first time, apply the change it describes to the brief."""
    if ChallengeAmendment.objects.filter(challenge=challenge, note_en=item["note_en"]).exists():
        return False
    amendment = ChallengeAmendment(challenge=challenge, author=author, changed_fields=item["changed_fields"])
    set_bilingual(amendment, "note", item)
    amendment.save()
    for field in item["changed_fields"]:
        set_bilingual(challenge, field, item)
    challenge.save()
    return True


def ensure_moderators_review_challenges():
    """The demo moderators run the challenge review queue and answer questions (``challenges.access``)."""
    group = Group.objects.filter(name=MODERATORS_GROUP).first()
    if group is not None:
        group.permissions.add(Permission.objects.get(content_type__app_label="challenges", codename="change_challenge"))


@transaction.atomic
def load_challenges():
    """Load the demo challenges. Returns counts for the command's summary and the tests."""
    now = timezone.now()
    approver = get_user_model().objects.filter(username=data.APPROVER_USERNAME).first()
    counts = {"created": 0}
    with translation.override("en"):
        ensure_moderators_review_challenges()
        challenges = {}
        for item in data.CHALLENGES:
            challenges[item["key"]], created = _challenge(item, approver, now)
            counts["created"] += created
        registrations = {}
        for item in data.REGISTRATIONS:
            registration, _created = _registration(challenges[item["challenge"]], item)
            registrations[(item["challenge"], item["user"])] = registration
        for item in data.TEAM_MEMBERS:
            _team_member(registrations[(item["challenge"], item["lead"])], item)
        for item in data.SUBMISSIONS:
            _submission(registrations[(item["challenge"], item["registrant"])], item, now)
        for item in data.QUESTIONS:
            _question(challenges[item["challenge"]], item, now)
        for item in data.AMENDMENTS:
            _amendment(challenges[item["challenge"]], item, approver)
    demo = Challenge.objects.filter(pk__in=[challenge.pk for challenge in challenges.values()])
    counts["public"] = demo.public().count()
    counts["awaiting_review"] = demo.filter(status=Status.SUBMITTED).count()
    counts["submissions"] = Submission.objects.filter(challenge__in=demo, status=SubmissionStatus.SUBMITTED).count()
    counts["sample_seeker"] = data.CHALLENGES[0]["owner"]
    counts["sample_solver"] = data.REGISTRATIONS[0]["user"]
    return counts
