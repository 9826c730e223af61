"""Owners' verdicts on their suggested matches: "useful" or "not relevant", with an optional reason.

A verdict is kept with the score and reasons the owner saw, as labelled data for judging the matcher.
"Not relevant" hides the match (``selectors.public_matches``) until the owner takes the verdict back.
Only the listing's owner may give or withdraw one, and only on a match they are shown; anything else
is a 404, so nobody learns which listings or pairs exist by trying numbers.
"""

from django.http import Http404
from django.utils import timezone

from .models import FeedbackVerdict, MatchFeedback
from .selectors import public_matches

FEEDBACK_PER_HOUR = 60  # verdicts and undos per user and address, counted by the view (core.rate_limits)


def _shown_match(user, listing_id, candidate_id):
    """The stored match the owner is shown between their listing and the candidate, or 404."""
    match = public_matches().filter(listing_id=listing_id, listing__owner_id=user.pk, candidate_id=candidate_id).first()
    if match is None:
        raise Http404
    return match


def give_feedback(user, listing_id, candidate_id, verdict, reason=""):
    """Record the owner's ``verdict`` (a ``FeedbackVerdict``) and ``reason`` (a ``FeedbackReason``) on a match.

    Saves the score and reasons the owner saw; a second verdict on the same pair replaces the first.
    """
    match = _shown_match(user, listing_id, candidate_id)
    feedback, _created = MatchFeedback.objects.update_or_create(
        listing_id=match.listing_id,
        candidate_id=match.candidate_id,
        defaults={
            "user": user,
            "verdict": verdict,
            "reason": reason,
            "score": match.score,
            "reasons": match.reasons,
            "created_at": timezone.now(),
        },
    )
    return feedback


def _feedback_of_owner(user, listing_id, candidate_id):
    return (
        MatchFeedback.objects.filter(listing_id=listing_id, listing__owner_id=user.pk, candidate_id=candidate_id)
        .select_related("candidate")
        .first()
    )


def withdraw_feedback(user, listing_id, candidate_id):
    """Delete the owner's verdict on a pair (undo); 404 when there is none on a listing of theirs.

    Returns the deleted row. A "not relevant" match shows again if it is still stored.
    """
    feedback = _feedback_of_owner(user, listing_id, candidate_id)
    if feedback is None:
        raise Http404
    feedback.delete()
    return feedback


def is_shown(user, listing_id, candidate_id):
    """Whether the owner is shown the match between the two listings now."""
    return public_matches().filter(listing_id=listing_id, listing__owner_id=user.pk, candidate_id=candidate_id).exists()


def not_relevant_feedback(user, listing_id, candidate_id):
    """The owner's "not relevant" verdict on a pair, with ``candidate_title`` in the active language; else None."""
    feedback = _feedback_of_owner(user, listing_id, candidate_id)
    if feedback is None or feedback.verdict != FeedbackVerdict.NOT_RELEVANT:
        return None
    feedback.candidate_title, _summary, _is_original = feedback.candidate.shown_in()
    return feedback


def attach_feedback(matches):
    """Set ``match.feedback`` (the verdict on that pair, or None) on each stored match, in one query."""
    matches = list(matches)
    if not matches:
        return matches
    rows = MatchFeedback.objects.filter(
        listing_id__in={match.listing_id for match in matches},
        candidate_id__in={match.candidate_id for match in matches},
    )
    by_pair = {(row.listing_id, row.candidate_id): row for row in rows}
    for match in matches:
        match.feedback = by_pair.get((match.listing_id, match.candidate_id))
    return matches
