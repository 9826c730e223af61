"""Upload checks: real image type (by content, not by name) and a size cap."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.uploads import sniff_content_type, validate_pixel_count

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_TYPES = {"image/png", "image/jpeg", "image/webp"}


def validate_logo(file):
    """Accept a PNG, JPEG or WebP image of at most 2 MB, judged by its content rather than its name."""
    if getattr(file, "_committed", False):
        return  # a logo already in storage was checked when it was uploaded
    if file.size > LOGO_MAX_BYTES:
        raise ValidationError(_("The logo must be 2 MB or smaller."), code="too_large")
    if sniff_content_type(file) not in LOGO_TYPES:
        raise ValidationError(_("Upload a PNG, JPEG or WebP image."), code="invalid_type")
    validate_pixel_count(file)
