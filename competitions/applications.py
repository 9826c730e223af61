"""Applying to a competition: the answers are cleaned and checked against the eligibility rules on the server,
then the submission (sent at once) and the application are saved in one transaction, or nothing is.

The challenge's rules hold unchanged: ``challenges.submission.create_submission`` checks the deadline, the
registration, the team and the agreement. A registration applies once (one application per submission;
one submission per team unless the challenge allows more).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from challenges.choices import InvitationStatus, SubmissionStatus
from challenges.models import Registration
from challenges.submission import create_submission

from . import eligibility
from .choices import YES, QuestionKind, Section
from .models import Application, Competition


class ApplicationRefused(ValidationError):
    """Raised with ``field_errors`` ({question pk as text: message}) as well as the summary messages."""

    def __init__(self, messages, field_errors):
        super().__init__(messages, code="refused")
        self.field_errors = field_errors


def questions_of(competition):
    return list(competition.questions.all())


def check(competition, track, data):
    """The cleaned answers, or ApplicationRefused with every error and every rule not met."""
    questions = questions_of(competition)
    answers, errors = eligibility.clean_answers(questions, data)
    failures = eligibility.rule_failures([q for q in questions if str(q.pk) not in errors], answers)
    summary = []
    if track is None or track.competition_id != competition.pk:
        summary.append(_("Choose the track you are entering."))
    if errors:
        summary.append(_("Some answers need your attention: see the questions marked below."))
    summary.extend(failures.values())
    if summary:
        raise ApplicationRefused(summary, {**errors, **failures})
    return answers


def apply(registration, user, track, data, fields, files=(), now=None):
    """Send ``registration``'s application to its competition: the submission and the answers, or nothing."""
    competition = Competition.objects.get(challenge_id=registration.challenge_id)
    answers = check(competition, track, data)
    with transaction.atomic():
        # One application per team, even where the challenge takes several submissions: the registration is
        # locked while that is checked, so a double click cannot send two.
        Registration.objects.select_for_update().filter(pk=registration.pk).first()
        applied = Application.objects.filter(submission__registration=registration).exclude(
            submission__status=SubmissionStatus.WITHDRAWN
        )
        if applied.exists():
            raise ValidationError(_("Your team has already applied to this competition."), code="one_only")
        submission = create_submission(registration, user, fields, files=files, send=True, now=now)
        return Application.objects.create(submission=submission, competition=competition, track=track, answers=answers)


def application_of(user, competition):
    """The user's team's application to ``competition`` (as lead or accepted member) not withdrawn, or None."""
    member_of = Registration.objects.filter(invitations__member=user, invitations__status=InvitationStatus.ACCEPTED)
    return (
        Application.objects.filter(competition=competition, submission__registration__challenge=competition.challenge)
        .filter(Q(submission__registration__user=user) | Q(submission__registration__in=member_of))
        .exclude(submission__status=SubmissionStatus.WITHDRAWN)
        .select_related("submission__evaluation", "track")
        .first()
    )


def answers_shown(application):
    """``[(section label, [(question, answer shown)])]`` in the form's section order, options in the current language."""
    by_section = {}
    for question in application.competition.questions.all():
        value = application.answers.get(str(question.pk), "")
        if question.kind == QuestionKind.CHOICE:
            value = dict(question.option_pairs()).get(value, value)
        elif question.kind == QuestionKind.YES_NO and value:
            value = _("Yes") if value == YES else _("No")
        by_section.setdefault(question.section, []).append((question, value))
    return [(section.label, by_section[section.value]) for section in Section if section.value in by_section]
