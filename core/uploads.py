"""Uploaded files, judged by their bytes and stored under names we make.

The file name and the browser's declared type are never trusted. A PDF must start with the PDF
signature; an image must be one Pillow can open and verify. Before a file is stored (``sanitised``),
an image is decoded and encoded again: Pillow's ``Image.open`` ignores bytes after the image, so a PNG
with HTML appended passes a content check, and only re-encoding drops the tail and the metadata (EXIF,
text chunks, comments). ``core.storage`` runs this for every file field of ours.
"""

import io
import re
import secrets

from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# Decoding allocates width x height x 4 bytes: a small, very compressible file must not cost gigabytes.
MAX_IMAGE_PIXELS = 50_000_000
PDF_SIGNATURE = b"%PDF-"
IMAGE_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}
# Every type a file field of ours may store, with the extension its generated name gets.
EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}
# What listings and service requests accept as attachments.
ATTACHMENT_TYPES = {"application/pdf", "image/png", "image/jpeg"}
ACCEPT_ATTRIBUTE = ".pdf,.png,.jpg,.jpeg"
_ENCODER_OPTIONS = {"JPEG": {"quality": 90}, "WEBP": {"quality": 90}, "PNG": {}}
_PILLOW_ERRORS = (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError)


def _image_format(file, decode=True):
    """Pillow's name for the format of the image in ``file`` once its structure verifies and (``decode``) its
    pixels decode; decoding is not tried over MAX_IMAGE_PIXELS, which validation rejects anyway. None if not."""
    try:
        with Image.open(file) as image:
            image_format = image.format
            width, height = image.size
            image.verify()
        if decode and width * height <= MAX_IMAGE_PIXELS:
            # verify() reads the structure only; a truncated image fails when decoded, as storing it does.
            file.seek(0)
            with Image.open(file) as image:
                image.load()
    except _PILLOW_ERRORS:
        return None
    finally:
        file.seek(0)
    return image_format


def sniff_content_type(file, decode=True):
    """The real type of ``file`` from its bytes (a key of EXTENSIONS), or None when it is none of them.

    ``decode=False`` skips decoding the pixels, for callers that decode the image next anyway.
    """
    file.seek(0)
    head = file.read(1024)
    file.seek(0)
    if head.lstrip(b"\r\n\t ").startswith(PDF_SIGNATURE):
        return "application/pdf"
    return IMAGE_TYPES.get(_image_format(file, decode))


def has_too_many_pixels(file):
    """True for an image larger than MAX_IMAGE_PIXELS (judged from its header, before decoding)."""
    try:
        with Image.open(file) as image:
            width, height = image.size
    except _PILLOW_ERRORS:
        return False
    finally:
        file.seek(0)
    return width * height > MAX_IMAGE_PIXELS


def validate_upload(file):
    """Check one uploaded attachment and return its real content type; raise ValidationError otherwise."""
    if file.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("“%(name)s” is larger than 5 MB. Make it smaller or leave it out.") % {"name": file.name},
            code="too_large",
        )
    content_type = sniff_content_type(file)
    if content_type not in ATTACHMENT_TYPES:
        raise ValidationError(
            _("“%(name)s” is not a PDF, PNG or JPEG file. Only these types can be attached.") % {"name": file.name},
            code="wrong_type",
        )
    validate_pixel_count(file)
    return content_type


def validate_uploads(files):
    """Check every file of a multiple-file field; one ValidationError names each file that fails."""
    errors = []
    for file in files:
        try:
            validate_upload(file)
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationError(errors)


def validate_pixel_count(file):
    if has_too_many_pixels(file):
        raise ValidationError(
            _("“%(name)s” has more than 50 megapixels. Make the image smaller.") % {"name": file.name},
            code="too_many_pixels",
        )


def reencoded_image(file, content_type):
    """The image in ``file`` decoded and encoded again in its own format, without metadata or trailing bytes."""
    image_format = next(name for name, mime in IMAGE_TYPES.items() if mime == content_type)
    with Image.open(file) as image:
        image.load()
        # Turn the picture upright first: the EXIF orientation it relied on is about to be dropped.
        clean = ImageOps.exif_transpose(image)
    options = dict(_ENCODER_OPTIONS[image_format])
    if "transparency" in clean.info:  # a palette PNG's transparent colour is pixel data, not metadata
        options["transparency"] = clean.info["transparency"]
    clean.info = {}  # encoders fall back to info for ICC profiles, comments and text chunks
    output = io.BytesIO()
    clean.save(output, format=image_format, **options)
    file.seek(0)
    return output.getvalue()


def sanitised(file):
    """What to store for ``file``, and its real content type: images re-encoded, PDFs as they are.

    Raises SuspiciousFileOperation (a 400 if it reaches a request) for any other type: forms reject
    those with a clear message first, so reaching here means something skipped validation.
    """
    content_type = sniff_content_type(file, decode=False)  # re-encoding decodes it
    if content_type is None:
        raise SuspiciousFileOperation("Refusing to store a file that is not a PDF, PNG, JPEG or WebP.")
    if content_type == "application/pdf":
        file.seek(0)
        return file, content_type
    if has_too_many_pixels(file):
        raise SuspiciousFileOperation("Refusing to decode an image of more than MAX_IMAGE_PIXELS pixels.")
    try:
        return ContentFile(reencoded_image(file, content_type)), content_type
    except _PILLOW_ERRORS as error:
        raise SuspiciousFileOperation("The image could not be encoded again.") from error


# The shape of every name generated_name makes (core.media caches such files for good).
GENERATED_NAME = re.compile(r"^[A-Za-z0-9_-]{22}\.(?:pdf|png|jpg|webp)$")


def generated_name(content_type):
    """A random file name (128 bits, so unguessable and never reused) with the extension of ``content_type``."""
    return secrets.token_urlsafe(16) + EXTENSIONS[content_type]
