"""Views: the owner says a match on the dashboard is useful or not relevant, or takes that back.

Both post from the dashboard and return to its matches with a message. Right after "not relevant", the
dashboard offers to show the match again: the pair waits in the session until the dashboard reads it.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import rate_limits

from .. import match_feedback as owner_feedback
from ..match_feedback_forms import MatchFeedbackForm
from ..models import FeedbackVerdict

HOUR = 60 * 60
UNDO_SESSION_KEY = "match_feedback_undo"


def _back_to_matches():
    return redirect(reverse("opportunities:dashboard") + "#matches-heading")


def _allowed(request):
    """Count one more verdict or undo; False, with a message, once the client has given too many."""
    keys = rate_limits.rate_keys("match-feedback", request)
    if rate_limits.consume(keys, owner_feedback.FEEDBACK_PER_HOUR, HOUR):
        return True
    messages.error(
        request,
        _("You have answered %(limit)d times in the last hour, the most allowed. Please try again later.")
        % {"limit": owner_feedback.FEEDBACK_PER_HOUR},
    )
    return False


def not_relevant_to_undo(request):
    """The "not relevant" verdict the user has just given, once, for the dashboard's undo button; else None."""
    pair = request.session.pop(UNDO_SESSION_KEY, None)
    if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(pk, int) for pk in pair)):
        return None
    return owner_feedback.not_relevant_feedback(request.user, *pair)


@login_required
@require_POST
def match_feedback(request, listing_pk, candidate_pk):
    form = MatchFeedbackForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.error_text())
        return _back_to_matches()
    if not _allowed(request):
        return _back_to_matches()
    feedback = owner_feedback.give_feedback(
        request.user, listing_pk, candidate_pk, form.cleaned_data["verdict"], form.cleaned_data["reason"]
    )
    if feedback.verdict == FeedbackVerdict.NOT_RELEVANT:
        request.session[UNDO_SESSION_KEY] = [listing_pk, candidate_pk]
        messages.success(request, _("Thanks — this match is no longer shown."))
    else:
        messages.success(request, _("Marked useful. Thank you!"))
    return _back_to_matches()


@login_required
@require_POST
def match_feedback_undo(request, listing_pk, candidate_pk):
    if not _allowed(request):
        return _back_to_matches()
    feedback = owner_feedback.withdraw_feedback(request.user, listing_pk, candidate_pk)
    if feedback.verdict == FeedbackVerdict.USEFUL:
        messages.success(request, _("Your “useful” answer was taken back."))
    elif owner_feedback.is_shown(request.user, listing_pk, candidate_pk):
        messages.success(request, _("The match is shown again."))
    else:
        messages.success(
            request, _("Your “not relevant” answer was taken back. The match may return when matches are next updated.")
        )
    return _back_to_matches()
