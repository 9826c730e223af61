"""Views: seekers post, edit, submit and withdraw their challenges, and follow them on "My challenges".

Every view that touches a challenge finds it among the user's own (``Challenge.objects.owned_by``): anyone
else gets a 404. Starting challenges is limited per user and per client address (429 with the text kept).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.selectors import organisation_of
from core import rate_limits
from core.pagination import paginate

from .. import access, lifecycle, posting, selectors
from ..forms import ChallengeForm, PhaseFormSet
from ..models import Challenge, Status

MY_CHALLENGES_PER_PAGE = 20


def _organisation_page_url():
    try:
        return reverse("accounts:organisation")
    except NoReverseMatch:  # the accounts pages are not installed
        return reverse("challenges:my_challenges")


def _own_challenge_or_404(user, pk):
    challenge = Challenge.objects.owned_by(user).filter(pk=pk).first()
    if challenge is None:
        raise Http404
    return challenge


def _saved_message(challenge):
    if challenge.status == Status.SUBMITTED:
        return _("Your challenge was sent to the platform's staff for review. We will email you when it is approved.")
    return _("Your draft was saved.")


def _forms_are_valid(form, phases):
    """Validate both; a phase's error is also named in the form's error summary, which lists the form only."""
    form_valid, phases_valid = form.is_valid(), phases.is_valid()
    if not phases_valid:
        form.add_error(None, ValidationError(_("Correct the phases below."), code="phases"))
    return form_valid and phases_valid


def _form_page(request, form, phases, challenge=None, status=200):
    return render(
        request,
        "challenges/challenge_form.html",
        {"form": form, "phases": phases, "challenge": challenge},
        status=status,
    )


@login_required
def create(request):
    if organisation_of(request.user) is None:
        messages.info(request, _("Tell us about your organisation first: challenges are posted on its behalf."))
        return redirect(_organisation_page_url())
    form = ChallengeForm(request.POST or None)
    phases = PhaseFormSet(request.POST or None, instance=Challenge(), prefix="phases")
    if request.method != "POST":
        return _form_page(request, form, phases)
    if not _forms_are_valid(form, phases):
        return _form_page(request, form, phases, status=400)
    if not rate_limits.consume(
        rate_limits.rate_keys("challenge-create", request),
        posting.CHALLENGES_PER_DAY,
        posting.RATE_LIMIT_WINDOW_SECONDS,
    ):
        form.add_error(None, ValidationError(posting.rate_limit_message(), code="rate_limited"))
        return _form_page(request, form, phases, status=429)
    try:
        challenge = posting.create_challenge(request.user, form, phases, submit=request.POST.get("action") == "submit")
    except ValidationError as error:
        form.add_error(None, error)
        return _form_page(request, form, phases, status=400)
    messages.success(request, _saved_message(challenge))
    return redirect("challenges:my_challenges")


@login_required
def edit(request, pk):
    challenge = _own_challenge_or_404(request.user, pk)
    if not posting.is_editable_by_owner(challenge):
        messages.error(
            request,
            _("“%(title)s” can no longer be edited here. Write to the platform's staff if something must change.")
            % {"title": challenge.title},
        )
        return redirect("challenges:my_challenges")
    form = ChallengeForm(request.POST or None, instance=challenge)
    phases = PhaseFormSet(request.POST or None, instance=challenge, prefix="phases")
    if request.method != "POST":
        return _form_page(request, form, phases, challenge)
    if not _forms_are_valid(form, phases):
        return _form_page(request, form, phases, challenge, status=400)
    try:
        challenge = posting.update_challenge(
            challenge, request.user, form, phases, submit=request.POST.get("action") == "submit"
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _form_page(request, form, phases, challenge, status=400)
    messages.success(request, _saved_message(challenge))
    return redirect("challenges:my_challenges")


@login_required
@require_POST
def submit(request, pk):
    challenge = _own_challenge_or_404(request.user, pk)
    try:
        lifecycle.submit_challenge(challenge, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _saved_message(challenge))
    return redirect("challenges:my_challenges")


@login_required
def withdraw(request, pk):
    """GET asks for confirmation; POST withdraws the challenge for good."""
    challenge = _own_challenge_or_404(request.user, pk)
    if request.method != "POST":
        return render(request, "challenges/challenge_withdraw.html", {"challenge": challenge})
    try:
        lifecycle.withdraw_challenge(challenge, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("“%(title)s” was withdrawn.") % {"title": challenge.title})
    return redirect("challenges:my_challenges")


@login_required
def my_challenges(request):
    challenges = paginate(request, selectors.challenges_of(request.user), MY_CHALLENGES_PER_PAGE)
    rows = [{"challenge": challenge, "actions": lifecycle.owner_actions(challenge)} for challenge in challenges]
    return render(
        request,
        "challenges/my_challenges.html",
        {"rows": rows, "challenges": challenges, "has_organisation": organisation_of(request.user) is not None},
    )


@login_required
def received_submissions(request, pk):
    """The seeker's and staff's list of sent submissions: shown only once the deadline has passed."""
    challenge = access.managed_challenge_or_404(request.user, pk)
    deadline_passed = not challenge.is_open_for_submissions() and challenge.stage() is not None
    context = {
        "challenge": challenge,
        "deadline_passed": deadline_passed,
        "submissions": paginate(request, selectors.received_submissions(challenge)) if deadline_passed else None,
    }
    return render(request, "challenges/received_submissions.html", context)
