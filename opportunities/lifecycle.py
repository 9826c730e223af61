"""Listing state changes: draft → submitted → published or returned → expired or closed.

Every function here checks that the transition is allowed, saves, and tells the people concerned.
Views and the admin call these; nothing else changes ``Listing.status``. ``ALLOWED_FROM`` says which
statuses each change may start from; the functions enforce it and ``owner_actions`` offers it to owners.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import task

from core.emails import send_templated_email

from . import match_index, page_purge, pending_changes
from .models import Listing, Status
from .tasks import refresh_listing_matches

RENEWAL_DAYS = 90
REMINDER_DAYS = (14, 3)

# Change → the statuses a listing may be in for it. "edit" is enforced by ``posting`` (an edit of a
# published or expired listing goes through moderation again, see there); the others below.
ALLOWED_FROM = {
    "submit": (Status.DRAFT, Status.RETURNED),
    "resubmit": (Status.PUBLISHED, Status.EXPIRED),
    "publish": (Status.SUBMITTED,),
    "return": (Status.SUBMITTED,),
    "close": (Status.PUBLISHED, Status.EXPIRED, Status.SUBMITTED, Status.DRAFT, Status.RETURNED),
    "renew": (Status.PUBLISHED, Status.EXPIRED),
    "edit": (Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.PUBLISHED, Status.EXPIRED),
}


def allows(listing, change):
    """Whether ``listing``'s status lets ``change`` (a key of ``ALLOWED_FROM``) happen now."""
    return listing.status in ALLOWED_FROM[change]


@dataclass(frozen=True)
class ListingAction:
    """One thing the owner may do to a listing: a link (``method`` "get") or a button posting a form."""

    kind: str
    label: str
    url: str
    method: str


# The owner's actions, in the order pages show them: (change, label, URL name, method).
OWNER_ACTIONS = [
    ("edit", gettext_lazy("Edit"), "opportunities:edit", "get"),
    ("submit", gettext_lazy("Submit for review"), "opportunities:submit", "post"),
    ("renew", gettext_lazy("Renew"), "opportunities:renew", "get"),  # the renewal page asks to confirm
    ("close", gettext_lazy("Close"), "opportunities:close", "get"),  # closing cannot be undone: the page asks first
]


def owner_actions(listing, user):
    """What ``user`` may do to their ``listing`` now, as ``ListingAction`` objects; nothing for anyone else.

    (What a reader may do to someone else's listing is ``introductions.listing_actions_for``.)
    """
    if not user.is_authenticated or listing.owner_id != user.pk:
        return []
    return [
        ListingAction(kind, str(label), reverse(url_name, args=[_url_argument(listing, kind)]), method)
        for kind, label, url_name, method in OWNER_ACTIONS
        if allows(listing, kind)
    ]


def _url_argument(listing, kind):
    return listing.renewal_token if kind == "renew" else listing.pk


def _require_owner(listing, user):
    if listing.owner_id != user.pk:
        raise PermissionDenied(_("Only the listing's owner can do this."))


def _require_status(listing, change):
    if not allows(listing, change):
        raise ValidationError(
            _("This listing cannot do that while it is “%(status)s”.") % {"status": listing.get_status_display()}
        )


def submit_listing(listing, user):
    """The owner sends a draft (or a returned listing) to the moderators."""
    _require_owner(listing, user)
    _require_status(listing, "submit")
    if listing.deadline < timezone.localdate():
        raise ValidationError(_("The deadline has passed. Choose a later date before submitting."))
    listing.status = Status.SUBMITTED
    listing.submitted_at = timezone.now()
    listing.save(update_fields=["status", "submitted_at", "updated_at"])
    return listing


def resubmit_after_edit(listing, user):
    """An edited expired listing goes back to the moderators: readers only ever see moderated text.

    (A published listing stays public while its edit is reviewed: see ``pending_changes``.)
    """
    _require_owner(listing, user)
    _require_status(listing, "resubmit")
    listing.status = Status.SUBMITTED
    listing.submitted_at = timezone.now()
    listing.save(update_fields=["status", "submitted_at", "updated_at"])
    return listing


@transaction.atomic
def publish_listing(listing, moderator):
    """A moderator approves a submitted listing; it becomes public and is matched."""
    _require_status(listing, "publish")
    listing.status = Status.PUBLISHED
    listing.return_reason = ""
    listing.published_at = timezone.now()
    listing.save(update_fields=["status", "return_reason", "published_at", "updated_at"])
    transaction.on_commit(lambda: _after_publish(listing.pk))
    return listing


def _after_publish(listing_id):
    listing = Listing.objects.select_related("owner").get(pk=listing_id)
    send_templated_email(listing.owner, "opportunities/email/listing_published", {"listing": listing})
    refresh_listing_matches.enqueue(listing_id)


def return_listing(listing, moderator, reason):
    """A moderator sends a submitted listing back to its owner with a reason."""
    _require_status(listing, "return")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Say why the listing is returned, so the owner can fix it."))
    listing.status = Status.RETURNED
    listing.return_reason = reason
    listing.save(update_fields=["status", "return_reason", "updated_at"])
    send_templated_email(listing.owner, "opportunities/email/listing_returned", {"listing": listing})
    return listing


def close_listing(listing, user):
    """The owner withdraws a listing; it stops being public at once, and any proposed change is dropped."""
    _require_owner(listing, user)
    _require_status(listing, "close")
    pending_changes.discard_change_of(listing)
    listing.status = Status.CLOSED
    listing.closed_at = timezone.now()
    listing.save(update_fields=["status", "closed_at", "updated_at"])
    match_index.remove_listings([listing.pk])
    return listing


def renew_listing(listing, today=None):
    """Push the deadline out and put an expired listing back online (one-click renewal)."""
    _require_status(listing, "renew")
    today = today or timezone.localdate()
    listing.deadline = max(listing.deadline, today) + datetime.timedelta(days=RENEWAL_DAYS)
    listing.status = Status.PUBLISHED
    listing.reminder_14_sent = listing.reminder_3_sent = False
    listing.save(update_fields=["deadline", "status", "reminder_14_sent", "reminder_3_sent", "updated_at"])
    transaction.on_commit(lambda: refresh_listing_matches.enqueue(listing.pk))  # back in the index
    return listing


def expire_due_listings(today=None):
    """Mark published listings whose deadline has passed as expired. Returns how many."""
    today = today or timezone.localdate()
    due = Listing.objects.filter(status=Status.PUBLISHED, deadline__lt=today)
    expired_ids = list(due.values_list("pk", flat=True))
    due.update(status=Status.EXPIRED, updated_at=timezone.now())
    match_index.remove_listings(expired_ids)
    page_purge.listings_changed(expired_ids)  # update() sends no post_save
    return len(expired_ids)


def send_expiry_reminders(today=None):
    """Email owners 14 and 3 days before their deadline, once each. Returns emails sent."""
    today = today or timezone.localdate()
    sent = 0
    for days, flag in ((14, "reminder_14_sent"), (3, "reminder_3_sent")):
        due = Listing.objects.filter(
            status=Status.PUBLISHED,
            deadline__gte=today,
            deadline__lte=today + datetime.timedelta(days=days),
            **{flag: False},
        )
        if days == 14:
            due = due.filter(deadline__gt=today + datetime.timedelta(days=3))
        for listing in due.select_related("owner", "owner__profile"):
            sent += send_templated_email(
                listing.owner,
                "opportunities/email/listing_expiring",
                {"listing": listing, "days_left": (listing.deadline - today).days},
            )
            setattr(listing, flag, True)
            listing.save(update_fields=[flag])
    return sent


@task(backend="background")
def expire_and_remind():
    """Expire listings past their deadline; remind owners 14 and 3 days ahead."""
    return {"expired": expire_due_listings(), "reminders": send_expiry_reminders()}
