"""A judge's reviews: scoring an entry (and revising it until the phase closes), and the judge's own progress.

``save_review`` is the one write. It checks everything itself, whatever the view did: the judge has
accepted the agreement and declared their conflicts, the phase is still open, the entry is one they judge
(in the phase's pool, not recused), every criterion of the rubric has a value in its range, and there is
a comment. A revision replaces the earlier values; ``submitted_at`` stays the time of the first scoring.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from challenges.choices import SubmissionStatus
from core.dates import datetime_with_zone

from . import access
from .models import CriterionScore, JudgeAssignment, Recusal, Review


def check_can_score(assignment, submission, now=None):
    """Raise ValidationError unless ``assignment``'s judge may score ``submission`` at ``now``."""
    if not assignment.is_ready:
        raise ValidationError(
            _("Accept the confidentiality agreement and declare your conflicts before you score."), code="not_ready"
        )
    phase = assignment.phase
    if not phase.is_open(now):
        raise ValidationError(
            _("Scoring for this phase closed on %(date)s.") % {"date": datetime_with_zone(phase.closes_at)},
            code="closed",
        )
    if not access.judged_entries(assignment).filter(pk=submission.pk).exists():
        raise ValidationError(_("You do not judge this entry."), code="not_judged")


def validated_values(criteria, scores):
    """``{criterion pk: value}`` for every criterion, each checked against its range; else ValidationError."""
    known = {criterion.pk for criterion in criteria}
    errors = []
    if set(scores) - known:
        errors.append(ValidationError(_("A score was given for a criterion that is not in this rubric."), "unknown"))
    values = {}
    for criterion in criteria:
        value = scores.get(criterion.pk)
        if value is None:
            errors.append(ValidationError(missing_message(criterion), "missing"))
        elif isinstance(value, bool) or not isinstance(value, int):
            errors.append(ValidationError(_("Enter a whole number for “%(criterion)s”.") % {"criterion": criterion}))
        elif not criterion.min_value <= value <= criterion.max_value:
            errors.append(ValidationError(out_of_range_message(criterion), "out_of_range"))
        else:
            values[criterion.pk] = value
    if errors:
        raise ValidationError(errors)
    return values


def missing_message(criterion):
    return _("Give a score for “%(criterion)s”.") % {"criterion": criterion}


def out_of_range_message(criterion):
    return _("The score for “%(criterion)s” must be from %(min)d to %(max)d.") % {
        "criterion": criterion,
        "min": criterion.min_value,
        "max": criterion.max_value,
    }


def save_review(assignment, submission, scores, comment, language, now=None):
    """Create or revise the judge's review of ``submission``; returns it. ``scores`` maps criterion pk → int."""
    now = now or timezone.now()
    check_can_score(assignment, submission, now)
    criteria = list(assignment.phase.criteria.all())
    if not criteria:
        raise ValidationError(_("This phase has no criteria to score yet."), code="no_rubric")
    values = validated_values(criteria, scores)
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError(_("Write a comment: say why you gave these scores."), code="no_comment")
    with transaction.atomic():
        review, created = Review.objects.select_for_update().get_or_create(
            assignment=assignment,
            submission=submission,
            defaults={"comment": comment, "language": language, "submitted_at": now},
        )
        if not created:
            review.comment = comment
            review.language = language
            review.save(update_fields=["comment", "language", "updated_at"])
            review.scores.all().delete()
        CriterionScore.objects.bulk_create(
            CriterionScore(review=review, criterion_id=pk, value=value) for pk, value in values.items()
        )
    return review


def own_review(assignment, submission):
    """The judge's own review of ``submission`` with its scores, or None. Never anyone else's."""
    return Review.objects.filter(assignment=assignment, submission=submission).prefetch_related("scores").first()


def progress(assignment):
    """``(scored, total)``: how many of the entries the judge scores they have reviewed ("3 of 5 scored")."""
    entries = access.judged_entries(assignment)
    scored = Review.objects.filter(assignment=assignment, submission__in=entries.values("pk")).count()
    return scored, entries.count()


def scored_ids(assignment, submissions):
    """The pks of ``submissions`` the judge has reviewed (one query, for a page of entries)."""
    return set(
        Review.objects.filter(assignment=assignment, submission__in=[s.pk for s in submissions]).values_list(
            "submission_id", flat=True
        )
    )


def recused_count(assignment):
    """How many entries of the phase's pool the judge is recused from (the number only, never which)."""
    return Recusal.objects.filter(
        assignment=assignment,
        submission__status=SubmissionStatus.SUBMITTED,
        submission__evaluation__status__in=assignment.phase.pool_statuses(),
    ).count()


def assignments_of(judge, now=None):
    """The judge's assignments, open phases first (soonest closing first), then closed ones."""
    now = now or timezone.now()
    return (
        JudgeAssignment.objects.filter(judge=judge)
        .select_related("phase__challenge")
        .annotate(
            closed=Case(When(phase__closes_at__lte=now, then=Value(1)), default=Value(0), output_field=IntegerField())
        )
        .order_by("closed", "phase__closes_at", "pk")
    )
