"""Profile, organisation and personal-data pages. Every page acts on the signed-in user's own records only."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core import pending_uploads
from core.rate_limits import consume, rate_keys

from . import account_deletion, data_export, profiles, selectors, verification
from .forms import DeleteAccountForm, OrganisationForm, ProfileForm
from .signup_forms import CompleteProfileForm


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    profile = profiles.profile_for(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        profiles.update_profile(profile, **form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    return render(request, "accounts/profile_form.html", {"form": form, "profile": profile})


@login_required
@require_http_methods(["GET", "POST"])
def organisation_edit(request):
    # Never takes an id from the URL: a user can only ever reach their own organisation here.
    organisation = selectors.organisation_of(request.user)
    form = OrganisationForm(
        request.POST or None,
        request.FILES or None,
        instance=organisation,
        uploads_owner=pending_uploads.owner_of(request),
    )
    if request.method == "POST" and form.is_valid():
        organisation = profiles.save_organisation(request.user, form)
        form.release_kept_uploads()
        messages.success(request, _("Your organisation has been saved."))
        return redirect("accounts:organisation_detail", pk=organisation.pk)
    return render(request, "accounts/organisation_form.html", {"form": form, "organisation": organisation})


def organisation_detail(request, pk):
    organisation = selectors.public_organisation(pk)
    is_own = organisation == selectors.organisation_of(request.user)
    return render(request, "accounts/organisation_detail.html", {"organisation": organisation, "is_own": is_own})


def _safe_next(request, default="opportunities:dashboard"):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def _too_many(request):
    return render(request, "429.html", status=429)


@login_required
@require_http_methods(["GET", "POST"])
def complete_profile(request):
    """The one-off step after login for an account without a name; leaving it is always possible."""
    profile = profiles.profile_for(request.user)
    form = CompleteProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        profiles.update_profile(profile, **form.cleaned_data)
        messages.success(request, _("Thank you. Partners now see your name."))
        return redirect(_safe_next(request))
    return render(request, "accounts/complete_profile.html", {"form": form, "next": _safe_next(request, "")})


@require_POST
def resend_verification(request):
    """The "Resend verification email" button: rate-limited per client and per account."""
    if not consume(rate_keys("resend_verification", request), limit=5, window_seconds=3600):
        return _too_many(request)
    address = verification.resend_verification(request)
    if address is None:
        messages.info(
            request,
            _(
                "We could not send another email just now. If you signed up a moment ago, wait a "
                "few minutes; otherwise log in again and we will send a new link."
            ),
        )
    return redirect("account_email_verification_sent")


@login_required
def your_data(request):
    return render(request, "accounts/your_data.html", {})


@login_required
def download_data(request):
    """The JSON copy of the signed-in user's data, as a download."""
    if not consume(rate_keys("data_export", request), limit=10, window_seconds=3600):
        return _too_many(request)
    body = json.dumps(data_export.personal_data(request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"haikou-platform-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    """Confirm with the password, then empty the account and log out."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST":
        if not consume(rate_keys("delete_account", request), limit=10, window_seconds=3600):
            return _too_many(request)
        if form.is_valid():
            account_deletion.delete_account(request.user)
            logout(request)
            messages.success(request, _("Your account has been deleted. We have sent a confirmation to your email."))
            return redirect("/")
    return render(request, "accounts/delete_account.html", {"form": form})
