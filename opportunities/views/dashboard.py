"""Views: the owner's dashboard (listings, matches with verdicts, introductions) and the one-click match-email opt-out."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_http_methods

from accounts.models import Profile

from ..introductions import introductions_of
from ..match_feedback import attach_feedback
from ..match_feedback_forms import MatchFeedbackForm
from ..selectors import listings_of, matches_for_user
from .match_feedback import not_relevant_to_undo

INTERESTS_SHOWN = 20


@login_required
def dashboard(request):
    user = request.user
    introductions = introductions_of(user, limit=INTERESTS_SHOWN)
    matches = attach_feedback(matches_for_user(user, limit=10))
    for match in matches:
        match.feedback_form = MatchFeedbackForm.for_match(match)
    context = {
        "listings": listings_of(user),
        "matches": matches,
        "hidden_match": not_relevant_to_undo(request),
        "interests_sent": introductions["sent"],
        "interests_received": introductions["received"],
    }
    return render(request, "opportunities/dashboard.html", context)


@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """Turn match emails off from the link in an email; no login, the token is the proof."""
    profile = get_object_or_404(Profile, email_token=token)
    if request.method == "POST":
        profile.match_emails = False
        profile.save(update_fields=["match_emails"])
        return render(request, "opportunities/unsubscribe.html", {"done": True})
    return render(request, "opportunities/unsubscribe.html", {"done": False, "token": token})
