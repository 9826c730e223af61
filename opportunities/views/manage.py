"""Views: owners write, edit, submit, close and renew their listings.

Every view that touches a listing goes through ``selectors.owned_listing`` (404 for anyone else),
except renewal, which trusts the secret token from the reminder email instead of a login.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.selectors import organisation_of
from core import pending_uploads

from .. import lifecycle, pending_changes, posting, selectors
from ..attachments import delete_attachment
from ..forms import ListingForm
from ..models import Listing, ListingAttachment, Status


def _organisation_page_url():
    try:
        return reverse("accounts:organisation")
    except NoReverseMatch:  # the accounts pages are not installed yet
        return reverse("opportunities:my_listings")


def _error_text(error):
    return " ".join(error.messages)


@login_required
def create(request):
    if organisation_of(request.user) is None:
        messages.info(request, _("Tell us about your organisation first: listings are posted on its behalf."))
        return redirect(_organisation_page_url())
    form = ListingForm(request.POST or None, request.FILES or None, uploads_owner=pending_uploads.owner_of(request))
    if request.method == "POST" and form.is_valid():
        try:
            listing = posting.create_listing(
                request.user, form, form.cleaned_data["new_attachments"], submit=request.POST.get("action") == "submit"
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            form.release_kept_uploads()
            if listing.status == Status.SUBMITTED:
                messages.success(
                    request, _("Your listing was sent to the moderators. We will email you when it is published.")
                )
            else:
                messages.success(request, _("Your draft was saved."))
            return redirect("opportunities:my_listings")
    return render(
        request,
        "opportunities/listing_form.html",
        {
            "form": form,
            "listing": None,
            "limit_reached": posting.listings_created_in_last_day(request.user) >= posting.DAILY_POSTING_LIMIT,
        },
    )


@login_required
def edit(request, pk):
    listing = selectors.owned_listing(request.user, pk)
    if not posting.is_editable(listing):
        messages.error(request, _("A closed listing cannot be edited."))
        return redirect("opportunities:my_listings")
    resubmits = posting.edit_resubmits(listing)
    proposes_change = pending_changes.takes_a_proposed_change(listing)
    change = listing.change_under_review if proposes_change else None
    form = ListingForm(
        request.POST or None,
        request.FILES or None,
        instance=listing,
        uploads_owner=pending_uploads.owner_of(request),
        initial=pending_changes.form_initial(change),
    )
    if request.method == "POST" and form.is_valid():
        try:
            listing = posting.update_listing(
                listing,
                request.user,
                form,
                form.cleaned_data["new_attachments"],
                submit=request.POST.get("action") == "submit",
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            form.release_kept_uploads()
            if proposes_change and listing.change_under_review is None:
                messages.info(request, _("Nothing was changed; the published version stays as it is."))
            elif proposes_change:
                messages.success(
                    request,
                    _(
                        "Your changes were sent to the moderators. The current version "
                        "stays public until they approve them."
                    ),
                )
            elif resubmits:
                messages.success(
                    request,
                    _(
                        "Your changes were saved and sent to the moderators. The listing "
                        "is hidden until they approve it again."
                    ),
                )
            else:
                messages.success(request, _("Your changes were saved."))
            return redirect("opportunities:my_listings")
    return render(
        request,
        "opportunities/listing_form.html",
        {
            "form": form,
            "listing": listing,
            "resubmits": resubmits,
            "proposes_change": proposes_change,
            "pending_change": change,
            "attachments": listing.attachments.all(),
        },
    )


@login_required
@require_POST
def withdraw_change(request, pk):
    """The owner takes back the changes waiting for review; the published version stays as it was."""
    listing = selectors.owned_listing(request.user, pk)
    change = listing.change_under_review
    if change is None:
        raise Http404
    pending_changes.withdraw_change(change, request.user)
    messages.success(request, _("Your changes were withdrawn. The published version stays as it is."))
    return redirect("opportunities:my_listings")


@login_required
@require_POST
def submit(request, pk):
    listing = selectors.owned_listing(request.user, pk)
    try:
        lifecycle.submit_listing(listing, request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("Your listing was sent to the moderators."))
    return redirect("opportunities:my_listings")


@login_required
def close(request, pk):
    """GET asks for confirmation; POST closes the listing for good."""
    listing = selectors.owned_listing(request.user, pk)
    if request.method == "POST":
        try:
            lifecycle.close_listing(listing, request.user)
        except ValidationError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(
                request, _("“%(title)s” is closed and no longer shown to anyone.") % {"title": listing.title}
            )
        return redirect("opportunities:my_listings")
    return render(request, "opportunities/listing_close.html", {"listing": listing})


@login_required
def my_listings(request):
    listings = selectors.listings_of(request.user).prefetch_related("sectors")
    return render(
        request,
        "opportunities/my_listings.html",
        {"listings": listings, "has_organisation": organisation_of(request.user) is not None},
    )


def renew(request, token):
    """One-click renewal from the reminder email: the token is the permission, no login needed."""
    listing = get_object_or_404(Listing.objects.select_related("organisation"), renewal_token=token)
    error = None
    if request.method == "POST":
        try:
            lifecycle.renew_listing(listing)
        except ValidationError as exc:
            error = _error_text(exc)
        else:
            return render(request, "opportunities/renew.html", {"listing": listing, "renewed": True})
    return render(
        request,
        "opportunities/renew.html",
        {"listing": listing, "renewed": False, "error": error, "can_renew": lifecycle.allows(listing, "renew")},
    )


@login_required
def attachment_delete(request, pk):
    """GET asks for confirmation (a page, so it works without JavaScript); POST removes the file."""
    attachment = get_object_or_404(
        ListingAttachment.objects.select_related("listing"), pk=pk, listing__owner_id=request.user.pk
    )
    if request.method != "POST":
        return render(request, "opportunities/attachment_delete.html", {"attachment": attachment})
    delete_attachment(attachment)
    messages.success(request, _("The attachment “%(name)s” was removed.") % {"name": attachment.original_name})
    return redirect("opportunities:edit", pk=attachment.listing_id)
