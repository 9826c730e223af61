"""Introductions: expressions of interest, their replies, the message thread, outcomes and reports.

Everything that changes an ``ExpressionOfInterest``, an ``IntroductionMessage`` or a
``ListingReport`` goes through a function here. Each one checks who may do it and in which state,
saves, and emails the people concerned in their own language: replies at once, interest, withdrawals
and messages through ``introduction_notices`` (the first at once, more within minutes as one digest).
Contact details (name, email, phone) are only ever handed out once the listing's owner has accepted.

"A signed-in user with a published organisation" is read as: the user's profile points at an
organisation. Organisations have no publishing workflow of their own; staff verification is a badge,
not a precondition.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts import selectors as account_selectors
from accounts.selectors import organisation_of
from core.emails import send_templated_email
from core.uploads import validate_upload

from . import introduction_notices
from .models import (
    ExpressionOfInterest,
    InterestStatus,
    IntroductionMessage,
    ListingReport,
    NoticeKind,
    Outcome,
    ReportReason,
)

MAX_PENDING_INTERESTS = 5
# Express, withdraw, express again: at most this often per listing, so an owner is not paged in a loop.
MAX_INTERESTS_PER_LISTING = 2
INTERESTS_PER_LISTING_WINDOW = datetime.timedelta(days=7)
INTERESTS_PER_HOUR = 10  # per user and address, counted by the view (core.rate_limits)
MESSAGES_PER_HOUR = 20  # per introduction, per author and address, counted by the view
MAX_REPORTS_PER_DAY = 10
RECORDABLE_OUTCOMES = [Outcome.NEGOTIATING, Outcome.AGREEMENT, Outcome.NO_DEAL]


def is_own_listing(listing, user):
    """Listings of the user, or of anyone in the user's organisation, count as their own."""
    if listing.owner_id == user.pk:
        return True
    organisation = organisation_of(user)
    return organisation is not None and organisation.pk == listing.organisation_id


# Checks ---------------------------------------------------------------------------------------


def check_can_express_interest(listing, user):
    """Raise ValidationError with a reason the user can read when they may not express interest."""
    if not user.is_authenticated:
        raise PermissionDenied(_("Log in to express interest."))
    if organisation_of(user) is None:
        raise ValidationError(
            _("Add your organisation to your profile before you express interest."), code="no_organisation"
        )
    if is_own_listing(listing, user):
        raise ValidationError(_("You cannot express interest in your own organisation's listing."), code="own")
    if not listing.is_public:
        raise ValidationError(_("This listing is no longer open for expressions of interest."), code="not_public")
    pending = ExpressionOfInterest.objects.filter(sender=user, status=InterestStatus.PENDING)
    if pending.filter(listing=listing).exists():
        raise ValidationError(
            _("You have already expressed interest in this listing; wait for the reply."), code="duplicate"
        )
    since = timezone.now() - INTERESTS_PER_LISTING_WINDOW
    if (
        ExpressionOfInterest.objects.filter(sender=user, listing=listing, created_at__gte=since).count()
        >= MAX_INTERESTS_PER_LISTING
    ):
        raise ValidationError(
            _(
                "You have expressed interest in this listing %(count)d times in the last 7 days, the most allowed. "
                "Please try again next week."
            )
            % {"count": MAX_INTERESTS_PER_LISTING},
            code="rate_limited",
        )
    if pending.count() >= MAX_PENDING_INTERESTS:
        raise ValidationError(
            _(
                "You already have %(count)d expressions of interest waiting for a reply. Withdraw one, or wait "
                "for replies, before you send another."
            )
            % {"count": MAX_PENDING_INTERESTS},
            code="too_many_pending",
        )


def _require_listing_owner(interest, user):
    if interest.listing.owner_id != user.pk:
        raise PermissionDenied(_("Only the listing's owner can do this."))


def _require_party(interest, user):
    if user.pk not in (interest.sender_id, interest.listing.owner_id):
        raise PermissionDenied(_("Only the two parties of an introduction can do this."))


def _require_interest_status(interest, *allowed):
    if interest.status not in allowed:
        raise ValidationError(
            _("This expression of interest is “%(status)s”, so this action is not possible.")
            % {"status": interest.get_status_display()},
            code="wrong_status",
        )


def _require_text(text, message):
    text = (text or "").strip()
    if not text:
        raise ValidationError(message, code="required")
    return text


def _other_party(interest, user):
    return interest.listing.owner if user.pk == interest.sender_id else interest.sender


# State changes --------------------------------------------------------------------------------


@transaction.atomic
def express_interest(listing, user, message):
    """The user asks the listing's owner for an introduction; the owner is emailed."""
    # Lock the sender's row so two quick submissions cannot both slip under the pending limit.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    check_can_express_interest(listing, user)
    message = _require_text(message, _("Write a short message: who you are and what you have in mind."))
    if len(message) > ExpressionOfInterest._meta.get_field("message").max_length:
        raise ValidationError(_("The message is too long."), code="max_length")
    interest = ExpressionOfInterest.objects.create(
        listing=listing, sender=user, sender_organisation=organisation_of(user), message=message
    )
    introduction_notices.notify(listing.owner, interest, NoticeKind.INTEREST)
    return interest


@transaction.atomic
def respond(interest, user, accept):
    """The listing's owner accepts (both get each other's contact details) or declines (the sender is told)."""
    _require_listing_owner(interest, user)
    _require_interest_status(interest, InterestStatus.PENDING)
    interest.status = InterestStatus.ACCEPTED if accept else InterestStatus.DECLINED
    interest.responded_at = timezone.now()
    interest.save(update_fields=["status", "responded_at"])
    owner, sender = interest.listing.owner, interest.sender
    if accept:
        send_templated_email(
            sender,
            "opportunities/email/interest_accepted",
            {"interest": interest, "contact": contact_details(owner, interest.listing.organisation)},
        )
        send_templated_email(
            owner,
            "opportunities/email/interest_accepted",
            {"interest": interest, "contact": contact_details(sender, interest.sender_organisation)},
        )
    else:
        send_templated_email(sender, "opportunities/email/interest_declined", {"interest": interest})
    return interest


@transaction.atomic
def post_message(interest, user, body, attachment=None):
    """One of the two parties writes to the other, after the introduction was accepted.

    ``attachment`` is an uploaded file already checked by content (``core.uploads.validate_upload``),
    or None; it is checked again here, so no caller can skip it.
    """
    _require_party(interest, user)
    _require_interest_status(interest, InterestStatus.ACCEPTED)
    body = _require_text(body, _("The message is empty."))
    if len(body) > IntroductionMessage._meta.get_field("body").max_length:
        raise ValidationError(_("The message is too long."), code="max_length")
    document = {}
    if attachment:
        document = {
            "attachment": attachment,
            "attachment_name": attachment.name[:255],
            "attachment_type": validate_upload(attachment),
            "attachment_size": attachment.size,
        }
    message = IntroductionMessage.objects.create(interest=interest, author=user, body=body, **document)
    introduction_notices.notify(_other_party(interest, user), interest, NoticeKind.MESSAGE, message=message)
    return message


def record_outcome(interest, user, outcome):
    """The listing's owner says how an accepted introduction went."""
    _require_listing_owner(interest, user)
    _require_interest_status(interest, InterestStatus.ACCEPTED)
    if outcome not in RECORDABLE_OUTCOMES:
        raise ValidationError(_("Choose one of the outcomes offered."), code="invalid_choice")
    interest.outcome = outcome
    interest.save(update_fields=["outcome"])
    return interest


@transaction.atomic
def withdraw(interest, user):
    """The sender takes back an expression of interest the owner has not answered yet; the owner is told."""
    if interest.sender_id != user.pk:
        raise PermissionDenied(_("Only the sender can withdraw an expression of interest."))
    _require_interest_status(interest, InterestStatus.PENDING)
    interest.status = InterestStatus.WITHDRAWN
    interest.save(update_fields=["status"])
    introduction_notices.notify(interest.listing.owner, interest, NoticeKind.WITHDRAWN)
    return interest


def check_can_report(listing, user, now=None):
    """Raise ValidationError when the user may not report this listing (own, already reported, rate limit)."""
    if not user.is_authenticated:
        raise PermissionDenied(_("Log in to report a listing."))
    if is_own_listing(listing, user):
        raise ValidationError(_("You cannot report your own listing."), code="own")
    if ListingReport.objects.filter(listing=listing, reporter=user, is_resolved=False).exists():
        raise ValidationError(
            _("You have already reported this listing; a moderator will look at it."), code="duplicate"
        )
    since = (now or timezone.now()) - datetime.timedelta(days=1)
    if ListingReport.objects.filter(reporter=user, created_at__gte=since).count() >= MAX_REPORTS_PER_DAY:
        raise ValidationError(
            _("You have sent %(count)d reports in the last 24 hours. Please try again tomorrow.")
            % {"count": MAX_REPORTS_PER_DAY},
            code="rate_limited",
        )


def report_listing(listing, user, reason, details=""):
    """A signed-in user flags a listing for the moderators' reports queue."""
    check_can_report(listing, user)
    if reason not in ReportReason.values:
        raise ValidationError(_("Choose a reason for the report."), code="invalid_choice")
    return ListingReport.objects.create(listing=listing, reporter=user, reason=reason, details=(details or "").strip())


# Reads ----------------------------------------------------------------------------------------


@dataclass
class ContactDetails:
    name: str
    organisation: str
    email: str
    phone: str


def contact_details(user, organisation):
    """What one party learns about the other once an introduction is accepted."""
    profile = getattr(user, "profile", None)
    return ContactDetails(
        name=account_selectors.display_name(user),  # a full name; "Deleted user" once the account is deleted
        organisation=organisation.name if organisation else "",
        email=account_selectors.contact_email(user),
        phone=getattr(profile, "phone", ""),
    )


def interest_visible_to(user, pk):
    """An expression of interest for its sender or the listing's owner; 404 for everybody else."""
    interest = (
        ExpressionOfInterest.objects.select_related(
            "listing__organisation", "listing__owner__profile", "sender__profile", "sender_organisation"
        )
        .filter(pk=pk)
        .first()
    )
    if interest is None or not user.is_authenticated or user.pk not in (interest.sender_id, interest.listing.owner_id):
        raise Http404
    return interest


def message_attachment_visible_to(user, interest_pk, message_pk):
    """A message's document for one of the two parties of the introduction; 404 for everybody else."""
    interest = interest_visible_to(user, interest_pk)
    message = interest.messages.filter(pk=message_pk).exclude(attachment="").first()
    if message is None:
        raise Http404
    return message


def thread_of(interest):
    """The messages of an accepted introduction, oldest first, with their authors."""
    return interest.messages.select_related("author__profile")


def introductions_of(user, limit=20):
    """The user's latest introductions, both directions: ``{"received": [...], "sent": [...]}``.

    For a dashboard: two queries whatever the number of interests.
    """
    related = ("listing__organisation", "sender_organisation")
    return {
        "received": list(ExpressionOfInterest.objects.filter(listing__owner=user).select_related(*related)[:limit]),
        "sent": list(ExpressionOfInterest.objects.filter(sender=user).select_related(*related)[:limit]),
    }


@dataclass
class ListingActions:
    """What the listing page offers the reader: express interest, see their interest, report."""

    is_own: bool
    can_express: bool
    can_report: bool
    interest: ExpressionOfInterest | None


def listing_actions_for(user, listing):
    """The actions a reader has on a listing page (anonymous readers get none; the template asks them to log in)."""
    if not user.is_authenticated or not listing.is_public:
        return ListingActions(is_own=False, can_express=False, can_report=False, interest=None)
    if is_own_listing(listing, user):
        return ListingActions(is_own=True, can_express=False, can_report=False, interest=None)
    interest = (
        ExpressionOfInterest.objects.filter(
            listing=listing, sender=user, status__in=[InterestStatus.PENDING, InterestStatus.ACCEPTED]
        )
        .order_by("-created_at")
        .first()
    )
    return ListingActions(is_own=False, can_express=interest is None, can_report=True, interest=interest)
