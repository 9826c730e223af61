"""Listing attachments: PDF, PNG or JPEG only, judged by content (``core.uploads``), at most 5 MB each,
and at most five per listing. ``core.storage`` stores them under generated names, outside MEDIA_ROOT."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.uploads import MAX_UPLOAD_BYTES, validate_upload

from .models import ListingAttachment

MAX_ATTACHMENTS = 5
MAX_ATTACHMENT_BYTES = MAX_UPLOAD_BYTES


def validate_attachment(file):
    """Check one uploaded file and return its real content type; raise ValidationError otherwise."""
    return validate_upload(file)


def validate_attachment_count(existing, new):
    """A listing holds at most MAX_ATTACHMENTS files, counting those already attached."""
    if existing + new > MAX_ATTACHMENTS:
        raise ValidationError(
            _("A listing can have at most %(max)d attachments; this would make %(count)d. Remove some first.")
            % {"max": MAX_ATTACHMENTS, "count": existing + new},
            code="too_many",
        )


def add_attachments(listing, files):
    """Validate and attach ``files`` to ``listing``; the caller runs this inside its transaction."""
    files = list(files)
    validate_attachment_count(listing.attachments.count(), len(files))
    # Check every file before storing any, so a bad file leaves nothing behind.
    checked = [(file, validate_attachment(file)) for file in files]
    attachments = []
    for file, content_type in checked:
        attachments.append(
            ListingAttachment.objects.create(
                listing=listing, file=file, original_name=file.name[:255], content_type=content_type, size=file.size
            )
        )
    return attachments


def delete_attachment(attachment):
    """Remove the attachment and its stored file."""
    stored_file = attachment.file
    attachment.delete()
    # Only drop the bytes once the row is really gone.
    transaction.on_commit(lambda: stored_file.delete(save=False))
