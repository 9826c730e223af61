"""Upload checks: real image type (by content, not by name) and a size cap."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_FORMATS = {"PNG", "JPEG", "WEBP"}


def validate_logo(file):
    """Accept a PNG, JPEG or WebP image of at most 2 MB, judged by its content rather than its name."""
    if getattr(file, "_committed", False):
        return  # a logo already in storage was checked when it was uploaded
    if file.size > LOGO_MAX_BYTES:
        raise ValidationError(_("The logo must be 2 MB or smaller."), code="too_large")
    from PIL import Image, UnidentifiedImageError

    try:
        position = file.tell()
        with Image.open(file) as image:
            image_format = image.format
        file.seek(position)
    except (UnidentifiedImageError, OSError):
        raise ValidationError(_("Upload a PNG, JPEG or WebP image."), code="invalid_type")
    if image_format not in LOGO_FORMATS:
        raise ValidationError(_("Upload a PNG, JPEG or WebP image."), code="invalid_type")
