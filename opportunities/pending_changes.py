"""Edits of published listings: held as a proposed change while the published version stays public.

The owner proposes (and may propose again, or withdraw); a moderator approves, which writes the change
onto the listing in one transaction, or returns it with a reason, which leaves the listing as it is.
See ``models.ListingChange`` for why a change is a JSON object of changed fields and not a second row.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.emails import send_templated_email

from .attachments import add_attachments, delete_attachment
from .models import Listing, ListingAttachment, ListingChange, ListingChangeStatus, Status
from .tasks import refresh_listing_matches

# The listing's own fields an owner edits: exactly what ``forms.ListingForm`` offers.
EDITABLE_FIELDS = (
    "kind",
    "title",
    "summary",
    "description",
    "original_language",
    "translated_title",
    "translated_summary",
    "sectors",
    "subfields",
    "keywords",
    "cooperation_types",
    "target_regions",
    "stage",
    "ip_status",
    "budget_min",
    "budget_max",
    "budget_currency",
    "deadline",
    "is_anonymous",
)


def takes_a_proposed_change(listing):
    """Whether editing ``listing`` is held for review while it stays public (only a published listing)."""
    return listing.status == Status.PUBLISHED


def _field(name):
    return Listing._meta.get_field(name)


def _stored_value(listing, name):
    """The JSON form of ``listing``'s value for ``name``: ids for many-to-many, ISO text for dates."""
    field = _field(name)
    if field.many_to_many:
        return sorted(getattr(listing, name).values_list("pk", flat=True))
    return _to_json(field.value_from_object(listing))


def _to_json(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _from_cleaned(name, value):
    if _field(name).many_to_many:
        return sorted(item.pk for item in value)
    return _to_json(value)


def changed_fields_from(form, published):
    """The fields where the valid ``form`` differs from the published listing, as JSON values."""
    changed = {}
    for name in EDITABLE_FIELDS:
        if name not in form.cleaned_data:
            continue
        proposed = _from_cleaned(name, form.cleaned_data[name])
        if proposed != _stored_value(published, name):
            changed[name] = proposed
    return changed


def form_initial(change):
    """Initial values for ``ListingForm`` so the owner edits the proposed version, not the published one."""
    if change is None:
        return {}
    return {
        name: (_field(name).to_python(value) if not _field(name).many_to_many else value)
        for name, value in change.changed_fields.items()
        if name in EDITABLE_FIELDS
    }


def _require_owner(listing, user):
    if listing.owner_id != user.pk:
        raise PermissionDenied(_("Only the listing's owner can do this."))


@transaction.atomic
def propose_change(listing, user, form, files=()):
    """Keep the owner's edit of a published listing for review; the listing itself is not changed.

    Proposing again replaces the earlier proposal (pending or returned) and sends it back to the
    moderators. Returns the change, or None when the form matches the published version and no file
    was added (any earlier proposal is then withdrawn: there is nothing left to review).
    """
    _require_owner(listing, user)
    published = Listing.objects.select_for_update().get(pk=listing.pk)
    if not takes_a_proposed_change(published):
        raise ValidationError(_("Only a published listing keeps its public version while changes are reviewed."))
    changed = changed_fields_from(form, published)
    change = published.change_under_review
    files = list(files)
    if not changed and not files and (change is None or not change.new_attachments.exists()):
        if change is not None:
            withdraw_change(change, user)
        return None
    if change is None:
        change = ListingChange(listing=published)
    change.changed_fields = changed
    change.status = ListingChangeStatus.PENDING
    change.return_reason = ""
    change.submitted_at = timezone.now()
    change.save()
    for attachment in add_attachments(published, files):
        attachment.change = change
        attachment.save(update_fields=["change"])
    return change


def _delete_proposed_attachments(change):
    for attachment in change.new_attachments.all():
        delete_attachment(attachment)


@transaction.atomic
def withdraw_change(change, user):
    """The owner takes back a proposed change (pending or returned) and the files uploaded with it."""
    _require_owner(change.listing, user)
    _delete_proposed_attachments(change)
    change.delete()


def discard_change_of(listing):
    """Drop a listing's proposed change, if any (the listing is closed: nothing left to approve)."""
    change = ListingChange.objects.filter(listing_id=listing.pk).first()
    if change is not None:
        _delete_proposed_attachments(change)
        change.delete()


def _apply_fields(listing, changed_fields):
    """Write ``changed_fields`` onto ``listing``; ids of vocabulary terms deleted meanwhile are dropped."""
    scalar_names = []
    for name, value in changed_fields.items():
        if name not in EDITABLE_FIELDS:
            continue
        field = _field(name)
        if field.many_to_many:
            getattr(listing, name).set(field.related_model.objects.filter(pk__in=value))
        else:
            setattr(listing, name, field.to_python(value))
            scalar_names.append(name)
    return scalar_names


@transaction.atomic
def approve_change(change, moderator):
    """A moderator accepts the proposed change: the listing takes it, all at once, and is matched again.

    The search index follows the listing's save (``search.signals``); matching runs as the existing
    ``refresh_listing_matches`` task once the transaction commits, and the owner is told.
    """
    change = ListingChange.objects.select_for_update().select_related("listing").filter(pk=change.pk).first()
    if change is None or not change.is_pending:
        raise ValidationError(_("These changes are no longer waiting for moderation."))
    listing = change.listing
    if listing.status not in (Status.PUBLISHED, Status.EXPIRED):
        raise ValidationError(_("These changes can no longer be approved: the listing is not published any more."))
    update_fields = _apply_fields(listing, change.changed_fields)
    if listing.status == Status.EXPIRED and listing.deadline >= timezone.localdate():
        listing.status = Status.PUBLISHED  # expired while waiting; the approved deadline is in the future
        update_fields.append("status")
    listing.save(update_fields=[*update_fields, "updated_at"])
    change.new_attachments.update(change=None)
    change.delete()
    listing_id = listing.pk
    transaction.on_commit(lambda: _after_approval(listing_id))
    return listing


def _after_approval(listing_id):
    listing = Listing.objects.select_related("owner").get(pk=listing_id)
    send_templated_email(listing.owner, "opportunities/email/listing_change_approved", {"listing": listing})
    refresh_listing_matches.enqueue(listing_id)


@transaction.atomic
def return_change(change, moderator, reason):
    """A moderator sends the proposed change back with a reason; the published version stays as it is."""
    change = ListingChange.objects.select_for_update().select_related("listing__owner").filter(pk=change.pk).first()
    if change is None or not change.is_pending:
        raise ValidationError(_("These changes are no longer waiting for moderation."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Say why the changes are returned, so the owner can fix them."))
    change.status = ListingChangeStatus.RETURNED
    change.return_reason = reason
    change.save(update_fields=["status", "return_reason"])
    send_templated_email(
        change.listing.owner,
        "opportunities/email/listing_change_returned",
        {"listing": change.listing, "reason": reason},
    )
    return change


def _display(name, value):
    """A value as a moderator reads it: choice labels, names of terms, Yes/No, formatted dates."""
    field = _field(name)
    if field.many_to_many:
        names = [str(term) for term in field.related_model.objects.filter(pk__in=value or [])]
        return ", ".join(names) or "—"
    value = field.to_python(value)
    if value in (None, ""):
        return "—"
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if isinstance(field, models.BooleanField):
        return _("Yes") if value else _("No")
    if isinstance(field, models.DateField):
        return date_format(value, "DATE_FORMAT")
    if isinstance(field, models.PositiveBigIntegerField):
        return f"{value:,}"
    return value


def comparison_rows(change):
    """One row per changed field: its label, the published value and the proposed one, for the review page."""
    listing = change.listing
    rows = []
    for name in EDITABLE_FIELDS:
        if name not in change.changed_fields:
            continue
        rows.append(
            {
                "label": _field(name).verbose_name,
                "name": name,
                "published": _display(name, _stored_value(listing, name)),
                "proposed": _display(name, change.changed_fields[name]),
            }
        )
    return rows


def public_attachments(listing):
    """The files readers may see: those of the published version, not those waiting with a change."""
    return listing.attachments.filter(change__isnull=True)


def proposed_attachments(listing):
    return ListingAttachment.objects.filter(listing=listing, change__isnull=False)
