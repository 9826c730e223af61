"""Checking uploaded files by content: PDF, PNG or JPEG only, at most 5 MB, whatever the name says.

The file name and the browser's declared type are not trusted: a PDF must start with the PDF
signature, and an image must be one Pillow can open and verify as PNG or JPEG. Listing attachments
and service-request attachments both use these checks.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
PDF_SIGNATURE = b"%PDF-"
IMAGE_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg"}
EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}
ACCEPT_ATTRIBUTE = ".pdf,.png,.jpg,.jpeg"


def sniff_content_type(file):
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


def validate_upload(file):
    """Check one uploaded file and return its real content type; raise ValidationError otherwise."""
    if file.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("“%(name)s” is larger than 5 MB. Make it smaller or leave it out.") % {"name": file.name},
            code="too_large")
    content_type = sniff_content_type(file)
    if content_type is None:
        raise ValidationError(
            _("“%(name)s” is not a PDF, PNG or JPEG file. Only these types can be attached.")
            % {"name": file.name},
            code="wrong_type")
    return content_type
