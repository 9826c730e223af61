"""Upload checks for listing attachments: PDF, PNG or JPEG only, judged by content, at most 5 MB each.

The file name and the browser's declared type are not trusted: a PDF must start with the PDF
signature, and an image must be one Pillow can open and verify as PNG or JPEG.
"""

import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from .models import ListingAttachment

MAX_ATTACHMENTS = 5
MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
PDF_SIGNATURE = b"%PDF-"
IMAGE_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg"}
EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


def _sniff_content_type(file):
    """The real type of ``file`` from its bytes, or None when it is not an allowed type."""
    file.seek(0)
    head = file.read(1024)
    file.seek(0)
    if head.lstrip(b"\r\n\t ").startswith(PDF_SIGNATURE):
        return "application/pdf"
    try:
        with Image.open(file) as image:
            image_format = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    finally:
        file.seek(0)
    return IMAGE_TYPES.get(image_format)


def validate_attachment(file):
    """Check one uploaded file and return its real content type; raise ValidationError otherwise."""
    if file.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("“%(name)s” is larger than 5 MB. Make it smaller or leave it out.") % {"name": file.name},
            code="too_large")
    content_type = _sniff_content_type(file)
    if content_type is None:
        raise ValidationError(
            _("“%(name)s” is not a PDF, PNG or JPEG file. Only these types can be attached.")
            % {"name": file.name},
            code="wrong_type")
    return content_type


def validate_attachment_count(existing, new):
    """A listing holds at most MAX_ATTACHMENTS files, counting those already attached."""
    if existing + new > MAX_ATTACHMENTS:
        raise ValidationError(
            _("A listing can have at most %(max)d attachments; this would make %(count)d. "
              "Remove some first.") % {"max": MAX_ATTACHMENTS, "count": existing + new},
            code="too_many")


def add_attachments(listing, files):
    """Validate and attach ``files`` to ``listing``; the caller runs this inside its transaction."""
    files = list(files)
    validate_attachment_count(listing.attachments.count(), len(files))
    # Check every file before storing any, so a bad file leaves nothing behind.
    checked = [(file, validate_attachment(file)) for file in files]
    attachments = []
    for file, content_type in checked:
        original_name = file.name[:255]
        # Stored under a random name with the real type's extension: media URLs cannot be guessed
        # from the listing, and a renamed file is never served with a misleading extension.
        file.name = secrets.token_urlsafe(16) + EXTENSIONS[content_type]
        attachments.append(ListingAttachment.objects.create(
            listing=listing, file=file, original_name=original_name, content_type=content_type, size=file.size))
    return attachments


def delete_attachment(attachment):
    """Remove the attachment and its stored file."""
    stored_file = attachment.file
    attachment.delete()
    # Only drop the bytes once the row is really gone.
    transaction.on_commit(lambda: stored_file.delete(save=False))
