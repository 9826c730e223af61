"""Writing listings: creating and editing them, with the daily posting limit and their attachments.

State changes (submit, publish, close...) stay in ``lifecycle``; this module saves what the owner
wrote. An edit of a published listing is kept as a proposed change (``pending_changes``) while the
published version stays public; an edited expired listing goes back to the moderators.
"""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.selectors import organisation_of

from . import lifecycle, pending_changes
from .attachments import add_attachments
from .models import Listing, Status

DAILY_POSTING_LIMIT = 10
# Editing these sends the listing back to moderation: readers must only see moderated text.
# (Editing a published listing instead proposes a change and keeps the published version public.)
RESUBMITTED_ON_EDIT = (Status.EXPIRED,)
EDITABLE_STATUSES = lifecycle.ALLOWED_FROM["edit"]


def listings_created_in_last_day(user, now=None):
    now = now or timezone.now()
    return Listing.objects.filter(owner_id=user.pk, created_at__gt=now - datetime.timedelta(days=1)).count()


def check_posting_limit(user):
    """At most DAILY_POSTING_LIMIT new listings per user in any 24 hours (against spam)."""
    if listings_created_in_last_day(user) >= DAILY_POSTING_LIMIT:
        raise ValidationError(
            _("You have created %(limit)d listings in the last 24 hours, the most allowed. Please try again tomorrow.")
            % {"limit": DAILY_POSTING_LIMIT},
            code="posting_limit",
        )


@transaction.atomic
def create_listing(user, form, files=(), submit=False):
    """Save a new listing from a valid ``ListingForm`` with its attachments, all or nothing.

    With ``submit`` the listing goes straight to the moderators; otherwise it stays a draft.
    """
    # Lock the user's row so two simultaneous posts cannot both slip under the limit.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    check_posting_limit(user)
    organisation = organisation_of(user)
    if organisation is None:
        raise ValidationError(_("Add your organisation to your profile before posting."), code="no_organisation")
    listing = form.save(commit=False)
    listing.owner = user
    listing.organisation = organisation
    listing.status = Status.DRAFT
    listing.save()
    form.save_m2m()
    add_attachments(listing, files)
    if submit:
        lifecycle.submit_listing(listing, user)
    return listing


@transaction.atomic
def update_listing(listing, user, form, files=(), submit=False):
    """Save the owner's changes, all or nothing.

    A published listing stays as it is and the edit waits for the moderators as a proposed change
    (``pending_changes.propose_change``). An expired listing goes back to the moderators (status
    "submitted"). A draft or returned listing is submitted only when asked.
    """
    if listing.owner_id != user.pk:
        raise PermissionDenied(_("Only the listing's owner can do this."))
    if listing.status not in EDITABLE_STATUSES:
        raise ValidationError(_("A closed listing cannot be edited."), code="closed")
    if pending_changes.takes_a_proposed_change(listing):
        pending_changes.propose_change(listing, user, form, files)
        return Listing.objects.get(pk=listing.pk)
    pending_changes.discard_change_of(listing)  # it was proposed against a version this edit replaces
    listing = form.save()
    add_attachments(listing, files)
    if listing.status in RESUBMITTED_ON_EDIT:
        lifecycle.resubmit_after_edit(listing, user)
    elif submit and lifecycle.allows(listing, "submit"):
        lifecycle.submit_listing(listing, user)
    return listing


def is_editable(listing):
    return listing.status in EDITABLE_STATUSES


def edit_resubmits(listing):
    """Whether saving changes to ``listing`` sends it back to moderation."""
    return listing.status in RESUBMITTED_ON_EDIT
