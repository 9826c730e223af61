"""Loads the demo's finished competition: two tracks, a six-question form, six applications, an online round, a
pitch round with its agenda, a winner in each track and the published results.

Create-if-missing, keyed on the challenge's organisation and English title (as ``judging_loader``): once the
competition's challenge exists a second run changes nothing. Answers are checked against the form's
eligibility rules by ``competitions.applications.check``; screening, conflict declarations, scores and
decisions go through ``judging``'s write functions and the results through ``competitions.results.publish``,
at past moments (``now=``), so the demo obeys the same rules as the site. Submissions and pitch slots are
written as rows, because ``applications.apply`` and ``judging.pitches.schedule`` email the applicants, and
loading the demo sends no mail. Data lives in ``competitions.py``; ``loader.load_demo_content`` calls this
after the judging demo.
"""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone, translation

from accounts.models import Organisation, Profile
from challenges.choices import ChallengeType, Entrant, IPModel, Status, SubmissionStatus
from challenges.models import Challenge, ChallengePhase, Registration, Submission
from competitions import applications, results
from competitions.models import ApplicationQuestion, Competition, Track
from core.dates import beijing_time
from judging import conflicts, decisions, reviews
from judging.choices import CriterionKind, EntryStatus, PhaseKind
from judging.models import Criterion, Evaluation, EvaluationPhase, JudgeAssignment, PitchSlot
from sectors.models import Sector

from . import competitions as data
from .builders import demo_password, set_bilingual

MODERATORS_GROUP = "Moderators"  # the group demo/challenges_loader.py makes
STAFF_USERNAME = "moderator"  # the demo moderator runs the judging desk and publishes results
SCALE_MAX = 10
ONLINE_SCORING_HOUR = 11
QUESTION_TEXTS = ("label", "help_text", "options", "rule_message")  # a question's translated texts
BLANK_QUESTION_TEXTS = {f"{field}_{language}": "" for field in QUESTION_TEXTS for language in ("en", "zh")}
# Where each applicant ends → the decisions that take an eligible entry there, in order.
PATHS = {
    EntryStatus.NOT_SELECTED: (EntryStatus.NOT_SELECTED,),
    EntryStatus.FINALIST: (EntryStatus.SHORTLISTED, EntryStatus.FINALIST),
    EntryStatus.WINNER: (EntryStatus.SHORTLISTED, EntryStatus.FINALIST),  # then the pitch round decides
}


def _at(days, now, hour, minute=0):
    """``hour:minute`` Beijing time, ``days`` days before today (in Beijing)."""
    day = beijing_time(now).date() - datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _person(email, full_name, language):
    """A demo account (verified email, profile in their language), created if missing."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User.objects.create_user(username=email, email=email, password=demo_password())
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    profile, _created = Profile.objects.get_or_create(user=user)
    profile.full_name = profile.full_name or full_name
    profile.preferred_language = language
    profile.save()
    return User.objects.select_related("profile").get(pk=user.pk)  # not a stale profile


def _challenge(staff, now):
    item = data.CHALLENGE
    published = _at(item["published_days_ago"], now, 9)
    challenge = Challenge(
        owner=get_user_model().objects.get(email__iexact=item["owner"]),
        organisation=Organisation.objects.get(name=item["organisation"]),
        challenge_type=ChallengeType.TECHNICAL_PROPOSAL,
        trl_wanted=4,
        award_amount=item["award_amount"],
        award_currency=item["award_currency"],
        non_cash_awards=item["non_cash_awards"],
        entrants=[Entrant.TEAMS, Entrant.ORGANISATIONS],
        ip_model=IPModel.SOLVER_KEEPS,
        status=Status.APPROVED,
        publish_at=published,
        approved_at=published,
        approved_by=staff,
        submitted_at=published - datetime.timedelta(days=2),
        submission_deadline=_at(item["closed_days_ago"], now, 17),
    )
    for field in ("title", "summary", "problem", "background", "must_do", "non_cash_award_details"):
        set_bilingual(challenge, field, item)
    challenge.save()
    challenge.sectors.set(Sector.objects.filter(code__in=item["sectors"]))
    for step in data.TIMELINE:
        phase = ChallengePhase(challenge=challenge, ends_at=_at(step["days_ago"], now, step["hour"]))
        set_bilingual(phase, "name", step)
        phase.save()
    return challenge


def _competition(challenge, now):
    """The competition (its edition the year of its finals), its tracks and its form's questions, by key."""
    finals = _at(data.PITCH_ROUND["days_ago"], now, data.PITCH_ROUND["closes_hour"])
    competition = Competition(challenge=challenge, edition=beijing_time(finals).year)
    set_bilingual(competition, "results_note", data.COMPETITION)
    competition.save()
    tracks = {}
    for order, item in enumerate(data.TRACKS, start=1):
        track = Track(competition=competition, sort_order=order)
        set_bilingual(track, "name", item)
        set_bilingual(track, "description", item)
        track.save()
        tracks[item["key"]] = track
    questions = {}
    for order, item in enumerate(data.QUESTIONS, start=1):
        question = ApplicationQuestion(
            competition=competition,
            section=item["section"],
            kind=item["kind"],
            required=item["required"],
            rule_operator=item.get("rule_operator", ""),
            rule_value=item.get("rule_value", ""),
            sort_order=order,
        )
        texts = {**BLANK_QUESTION_TEXTS, **item}
        for field in QUESTION_TEXTS:
            set_bilingual(question, field, texts)
        question.save()
        questions[item["key"]] = question
    # Refreshed, so the form's questions are read as ``applications.check`` reads them.
    return Competition.objects.get(pk=competition.pk), tracks, questions


def _bilingual(item, key):
    """Both languages of ``item``'s text, the applicant's own first (a submission's texts are one field)."""
    english, chinese = item[f"{key}_en"], item[f"{key}_zh"]
    return (english, chinese) if item["language"] == "en" else (chinese, english)


def _applications(competition, tracks, questions):
    """Each startup's registration, sent submission and application; the submissions keyed by email."""
    challenge = competition.challenge
    sent_at = challenge.submission_deadline - datetime.timedelta(days=4)
    entries = {}
    for item in data.APPLICANTS:
        user = _person(item["email"], item["full_name"], item["language"])
        answers = applications.check(
            competition,
            tracks[item["track"]],
            {str(questions[key].pk): value for key, value in item["answers"].items()},
        )
        registration = Registration.objects.create(
            challenge=challenge,
            user=user,
            agreement_version=challenge.agreement_version(),
            accepted_at=sent_at - datetime.timedelta(days=12),
            team_name=item["team_name"],
        )
        summary = "\n\n".join(_bilingual(item, "summary"))
        submission = Submission.objects.create(
            challenge=challenge,
            registration=registration,
            title=" / ".join(_bilingual(item, "title")),
            abstract=summary,
            abstract_is_public=True,
            proposal=summary,
            status=SubmissionStatus.SUBMITTED,
            submitted_at=sent_at,
        )
        submission.reference = f"HIC-{beijing_time(sent_at).year}-{submission.pk:06d}"  # as challenges.submission
        submission.save(update_fields=["reference"])
        competition.applications.create(submission=submission, track=tracks[item["track"]], answers=answers)
        entries[item["email"]] = submission
    return entries


def _phase(challenge, round_data, criteria, kind, entry_status, position, closes_at):
    phase = EvaluationPhase(
        challenge=challenge, kind=kind, entry_status=entry_status, position=position, closes_at=closes_at
    )
    set_bilingual(phase, "name", round_data)
    phase.save()
    for order, item in enumerate(criteria, start=1):
        criterion = Criterion(
            phase=phase, kind=CriterionKind.SCALE, scale_max=SCALE_MAX, weight=item["weight"], position=order
        )
        set_bilingual(criterion, "name", item)
        set_bilingual(criterion, "guidance", item)
        criterion.save()
    return phase


def _assign(phase, judges, staff, ready_at):
    """Each judge's assignment to ``phase``, agreement accepted and no conflicts declared (none recused)."""
    assignments = {}
    for judge in judges:
        assignment = JudgeAssignment.objects.create(phase=phase, judge=judge, assigned_by=staff)
        conflicts.declare(assignment, [])
        JudgeAssignment.objects.filter(pk=assignment.pk).update(
            agreement_accepted_at=ready_at, conflicts_declared_at=ready_at
        )  # ``declare`` stamps the moment of loading; the demo judges declared before they scored
        assignments[judge.email] = assignment
    return assignments


def _score(phase, assignments, entries, round_key, moments):
    """Every judge's review of every entry that has scores for ``round_key``, at ``moments[email]``."""
    criteria = list(phase.criteria.order_by("position"))
    for item in data.APPLICANTS:
        for email, values in item.get(round_key, {}).items():
            assignment = assignments[email]
            language = assignment.judge.profile.preferred_language
            reviews.save_review(
                assignment,
                entries[item["email"]],
                {criterion.pk: value for criterion, value in zip(criteria, values, strict=True)},
                item["comment_en"] if language == "en" else item["comment_zh"],
                language,
                now=moments[item["email"]],
            )


def _agenda(phase, entries, now):
    """A pitch slot for every finalist: Haikou teams in the room, overseas teams online. Returns each slot's end."""
    item = data.PITCH_ROUND
    hour, minute = (int(part) for part in item["first_slot"].split(":"))
    starts_at = _at(item["days_ago"], now, hour, minute)
    ends = {}
    for applicant in data.APPLICANTS:
        if "pitch" not in applicant:
            continue
        ends_at = starts_at + datetime.timedelta(minutes=item["slot_minutes"])
        online = applicant["track"] == "overseas"
        PitchSlot.objects.create(
            phase=phase,
            submission=entries[applicant["email"]],
            starts_at=starts_at,
            ends_at=ends_at,
            room="" if online else item["room"],
            online_link=item["online_link"] if online else "",
        )
        ends[applicant["email"]] = ends_at
        starts_at = ends_at + datetime.timedelta(minutes=item["gap_minutes"])
    return ends


def _decide(entries, staff, moment, steps_of):
    for item in data.APPLICANTS:
        evaluation = Evaluation.objects.get(submission=entries[item["email"]])
        for step in steps_of(item["status"]):
            decisions.decide(evaluation, step, staff, now=moment)


def _run_rounds(competition, entries, judges, staff, now):
    """Screening, the online round, the finalists' agenda and pitches, the winners and the published results."""
    challenge = competition.challenge
    screened_at = challenge.submission_deadline + datetime.timedelta(days=2)
    decisions.ensure_evaluations(challenge, now=screened_at)
    _decide(entries, staff, screened_at, lambda status: (EntryStatus.ELIGIBLE,))

    online = data.ONLINE_ROUND
    online_phase = _phase(
        challenge,
        online,
        data.ONLINE_CRITERIA,
        PhaseKind.REVIEW,
        EntryStatus.ELIGIBLE,
        1,
        _at(online["closed_days_ago"], now, 17),
    )
    scored_at = _at(online["scored_days_ago"], now, ONLINE_SCORING_HOUR)
    _score(
        online_phase,
        _assign(online_phase, judges, staff, screened_at),
        entries,
        "online",
        {item["email"]: scored_at for item in data.APPLICANTS},
    )
    _decide(entries, staff, online_phase.closes_at + datetime.timedelta(days=1), lambda status: PATHS[status])

    pitch = data.PITCH_ROUND
    pitch_phase = _phase(
        challenge,
        pitch,
        data.PITCH_CRITERIA,
        PhaseKind.PITCH,
        EntryStatus.FINALIST,
        2,
        _at(pitch["days_ago"], now, pitch["closes_hour"]),
    )
    slot_ends = _agenda(pitch_phase, entries, now)
    _score(
        pitch_phase,
        _assign(pitch_phase, judges, staff, online_phase.closes_at + datetime.timedelta(days=2)),
        entries,
        "pitch",
        slot_ends,
    )
    _decide(
        entries,
        staff,
        pitch_phase.closes_at + datetime.timedelta(minutes=30),
        lambda status: (EntryStatus.WINNER,) if status == EntryStatus.WINNER else (),
    )
    published = data.RESULTS_PUBLISHED
    results.publish(competition, staff, now=_at(published["days_ago"], now, published["hour"]), notify=False)


@transaction.atomic
def ensure_moderators_run_competitions():
    """The demo moderators edit competitions and publish their results (``competitions.access``)."""
    group = Group.objects.filter(name=MODERATORS_GROUP).first()
    if group is not None:
        for action in ("add", "change", "delete"):
            group.permissions.add(
                Permission.objects.get(content_type__app_label="competitions", codename=f"{action}_competition")
            )


def load_competitions():
    """Load the finished competition. Returns what the command's summary and the tests need."""
    ensure_moderators_run_competitions()
    now = timezone.now()
    item = data.CHALLENGE
    challenge = Challenge.objects.filter(organisation__name=item["organisation"], title_en=item["title_en"]).first()
    created = challenge is None
    if created:
        staff = get_user_model().objects.get(username=STAFF_USERNAME)
        with translation.override("en"):
            judges = [_person(judge["email"], judge["full_name"], judge["language"]) for judge in data.JUDGES]
            challenge = _challenge(staff, now)
            competition, tracks, questions = _competition(challenge, now)
            entries = _applications(competition, tracks, questions)
            _run_rounds(competition, entries, judges, staff, now)
    competition = Competition.objects.get(challenge=challenge)
    return {"created": created, "competition": competition.pk, "judge": data.JUDGES[0]["email"]}
