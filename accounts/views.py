"""Profile and organisation pages. Editing always acts on the signed-in user's own records."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import selectors, services
from .forms import OrganisationForm, ProfileForm


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    profile = services.profile_for(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        services.update_profile(profile, **form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    return render(request, "accounts/profile_form.html", {"form": form, "profile": profile})


@login_required
@require_http_methods(["GET", "POST"])
def organisation_edit(request):
    # Never takes an id from the URL: a user can only ever reach their own organisation here.
    organisation = selectors.organisation_of(request.user)
    form = OrganisationForm(request.POST or None, request.FILES or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        organisation = services.save_organisation(request.user, form)
        messages.success(request, _("Your organisation has been saved."))
        return redirect("accounts:organisation_detail", pk=organisation.pk)
    return render(request, "accounts/organisation_form.html", {"form": form, "organisation": organisation})


def organisation_detail(request, pk):
    organisation = selectors.public_organisation(pk)
    is_own = organisation == selectors.organisation_of(request.user)
    return render(request, "accounts/organisation_detail.html", {"organisation": organisation, "is_own": is_own})
