"""Reconciling an outlier: staff record what they found (a note, by whom, when) and may leave the review out
of the averages, or count it again. The judge's scores are never changed here; only the judge revises them.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from .access import is_judging_staff


def reconcile(review, user, note, exclude=False, now=None):
    """Record ``note`` on ``review`` and whether it is left out of the averages (``exclude``); returns it."""
    if not is_judging_staff(user):
        raise PermissionDenied(_("Only the platform's staff reconcile scores."))
    note = (note or "").strip()
    if not note:
        raise ValidationError(_("Write a note saying what you found: it is kept with the review."))
    review.reconciliation_note = note
    review.reconciled_by = user
    review.reconciled_at = now or timezone.now()
    review.excluded = bool(exclude)
    # updated_at is left alone: it says when the judge last revised the scores.
    review.save(update_fields=["reconciliation_note", "reconciled_by", "reconciled_at", "excluded"])
    return review
