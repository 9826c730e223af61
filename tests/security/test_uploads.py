"""Uploads are stored under names we generate, typed by their content, images re-encoded without extras.

A PNG followed by HTML passes any check of the image (Pillow ignores trailing bytes); named ``x.html`` or
``x.svg`` it used to be stored and served as a page of this site. Each upload path is tried end to end:
the organisation logo, listing attachments and service-request attachments.
"""

import datetime
import importlib
import io
import os
import re

import pytest
from django.apps import apps
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from accounts.models import Organisation
from core import uploads
from core.storage import SanitisedUploadStorage, private_uploads, public_uploads
from opportunities.models import ListingAttachment
from services.models import RequestAttachment
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.factories import SectorFactory
from tests.opportunities.factories import CooperationTypeFactory, SubFieldFactory, make_member
from tests.services.conftest import free_service, provider, provider_index, service_index  # noqa: F401
from tests.services.factories import ServiceFormFieldFactory

pytestmark = pytest.mark.django_db

SCRIPT = b"<script>alert(document.cookie)</script>"
# Models that are Wagtail's own: its images and documents keep its own naming and checks, and what they
# serve goes through the media header policy (tests/security/test_media_serving.py).
WAGTAIL_OWN_FILE_MODELS = {
    "wagtailimages.Image",
    "wagtailimages.Rendition",
    "wagtaildocs.Document",
    "wagtailusers.UserProfile",
    "wagtailcore.UploadedFile",
}
STORED_PNG = re.compile(r"^[a-z-]+/(\d{4}/\d{2}/)?[A-Za-z0-9_-]{22}\.png$")


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def png_bytes(size=(8, 8), **save_options):
    buffer = io.BytesIO()
    Image.new("RGB", size, (11, 92, 173)).save(buffer, format="PNG", **save_options)
    return buffer.getvalue()


def polyglot_png():
    """A valid PNG with a script in a text chunk and an HTML page after its end."""
    info = PngInfo()
    info.add_text("Comment", SCRIPT.decode())
    return png_bytes(pnginfo=info) + b"<!doctype html><html><body>" + SCRIPT + b"</body></html>"


def jpeg_with_exif(orientation=1):
    image = Image.new("RGB", (40, 20), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = orientation  # Orientation
    exif[0x010F] = "Secret Camera Co"  # Make
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def stored_bytes(field_file):
    with field_file.open("rb") as stored:
        return stored.read()


# The one mechanism


def test_every_file_field_of_ours_stores_through_the_sanitising_storage():
    fields = {
        f"{model._meta.label}.{field.name}": field
        for model in apps.get_models()
        if model._meta.label not in WAGTAIL_OWN_FILE_MODELS
        for field in model._meta.get_fields()
        if isinstance(field, models.FileField)
    }

    assert {
        "accounts.Organisation.logo",
        "opportunities.ListingAttachment.file",
        "services.RequestAttachment.file",
    } <= set(fields)
    assert [name for name, field in fields.items() if not isinstance(field.storage, SanitisedUploadStorage)] == []


def test_generated_names_have_the_shape_media_serving_caches_for_good():
    assert all(
        uploads.GENERATED_NAME.match(uploads.generated_name(content_type)) for content_type in uploads.EXTENSIONS
    )


def test_storage_names_a_file_by_its_content_whatever_name_it_came_with():
    name = public_uploads.save("logos/report.html", ContentFile(png_bytes()))

    assert STORED_PNG.match(name)


def test_storage_refuses_a_file_that_is_no_allowed_type():
    with pytest.raises(SuspiciousFileOperation):
        private_uploads.save("listing-attachments/page.html", ContentFile(b"<html>" + SCRIPT))


def test_re_encoding_drops_trailing_bytes_and_text_chunks():
    name = public_uploads.save("logos/x.png", ContentFile(polyglot_png()))

    with public_uploads.open(name) as stored:
        data = stored.read()
    assert b"<script" not in data and b"<html" not in data
    assert Image.open(io.BytesIO(data)).size == (8, 8)


def test_jpeg_metadata_is_stripped():
    name = public_uploads.save("logos/photo.jpg", ContentFile(jpeg_with_exif()))

    with public_uploads.open(name) as stored:
        data = stored.read()
    assert b"Secret Camera Co" not in data
    assert dict(Image.open(io.BytesIO(data)).getexif()) == {}


def test_a_rotated_photo_stays_upright_once_its_orientation_tag_is_gone():
    name = public_uploads.save("logos/photo.jpg", ContentFile(jpeg_with_exif(orientation=6)))  # 90° clockwise

    with public_uploads.open(name) as stored:
        assert Image.open(stored).size == (20, 40)


def test_image_over_50_megapixels_is_refused_before_it_is_decoded():
    huge = io.BytesIO()
    Image.new("1", (8000, 7000)).save(huge, format="PNG")  # 56 MP, a few kB on disk
    upload = SimpleUploadedFile("huge.png", huge.getvalue())

    with pytest.raises(ValidationError) as error:
        uploads.validate_upload(upload)
    assert error.value.code == "too_many_pixels"


def test_truncated_image_is_rejected_as_not_an_image():
    truncated = jpeg_with_exif()[:-200]

    with pytest.raises(ValidationError) as error:
        uploads.validate_upload(SimpleUploadedFile("photo.jpg", truncated))
    assert error.value.code == "wrong_type"


# Each upload path, with a PNG+HTML polyglot named as a page


@pytest.mark.parametrize("client_name", ["x.html", "x.svg"])
def test_polyglot_logo_is_stored_and_served_as_a_clean_png(client, client_name):
    user = UserFactory()
    client.force_login(user)

    client.post(
        "/en/account/organisation/",
        {
            "name": "Blue Reef Robotics",
            "kind": "startup",
            "country": "SG",
            "city": "Singapore",
            "logo": SimpleUploadedFile(client_name, polyglot_png(), content_type="text/html"),
        },
    )

    logo = Organisation.objects.get().logo
    response = client.get(logo.url)
    assert STORED_PNG.match(logo.name)
    assert SCRIPT not in stored_bytes(logo)
    assert (response.status_code, response["Content-Type"], response["X-Content-Type-Options"]) == (
        200,
        "image/png",
        "nosniff",
    )


@pytest.mark.parametrize("client_name", ["x.html", "x.svg"])
def test_polyglot_listing_attachment_is_stored_and_served_as_a_clean_png(client, client_name):
    owner = make_member()
    client.force_login(owner)
    sector = SectorFactory()
    upload = SimpleUploadedFile(client_name, polyglot_png(), content_type="text/html")

    client.post(
        reverse("opportunities:create"),
        {
            "kind": "tech-offer",
            "title": "Solar desalination unit",
            "summary": "Drinking water from sea water.",
            "description": "A containerised unit that turns sea water into drinking water.",
            "original_language": "en",
            "sectors": [sector.pk],
            "subfields": [SubFieldFactory(sector=sector).pk],
            "cooperation_types": [CooperationTypeFactory().pk],
            "stage": "prototype",
            "ip_status": "none",
            "budget_currency": "CNY",
            "deadline": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
            "action": "save",
            "new_attachments": [upload],
        },
    )

    attachment = ListingAttachment.objects.get()
    response = client.get(reverse("opportunities:attachment", args=[attachment.pk]))
    assert STORED_PNG.match(attachment.file.name)
    assert attachment.original_name == client_name
    assert SCRIPT not in stored_bytes(attachment.file)
    assert (response.status_code, response["Content-Type"], response["X-Content-Type-Options"]) == (
        200,
        "image/png",
        "nosniff",
    )


@pytest.mark.parametrize("client_name", ["x.html", "x.svg"])
def test_polyglot_service_request_attachment_is_stored_and_served_as_a_clean_png(
    client,
    free_service,  # noqa: F811
    client_name,
):
    ServiceFormFieldFactory(page=free_service, label_en="Passport scan", label_zh_hans="护照扫描件", field_type="file")

    client.post(
        "/en/services/legal-consultation/request/",
        {
            "contact_name": "Ada Lovelace",
            "contact_email": "ada@example.com",
            "organisation_name": "Engines Ltd",
            "country": "GB",
            "preferred_language": "en",
            "details": "We plan to open an R&D office.",
            "extra-sensitive_consent": "on",
            "extra-passport_scan": SimpleUploadedFile(client_name, polyglot_png(), content_type="text/html"),
        },
    )

    attachment = RequestAttachment.objects.get()
    response = client.get(reverse("services:attachment", args=[attachment.request.reference, attachment.pk]))
    assert STORED_PNG.match(attachment.file.name)
    assert SCRIPT not in stored_bytes(attachment.file)
    assert (response.status_code, response["Content-Type"], response["X-Content-Type-Options"]) == (
        200,
        "image/png",
        "nosniff",
    )


# Logos stored before this mechanism existed


def _restore_logos():
    importlib.import_module("accounts.migrations.0002_logo_generated_names").restore_logos(apps, None)


def _legacy_logo(name, content):
    """A logo saved the old way: the client's name, the bytes as they came."""
    organisation = OrganisationFactory()
    path = public_uploads.path(f"logos/{name}")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as legacy:
        legacy.write(content)
    Organisation.objects.filter(pk=organisation.pk).update(logo=f"logos/{name}")
    return organisation, path


def test_migration_stores_an_old_polyglot_logo_again_as_a_clean_png(django_capture_on_commit_callbacks):
    organisation, old_path = _legacy_logo("x.html", polyglot_png())

    with django_capture_on_commit_callbacks(execute=True):
        _restore_logos()

    organisation.refresh_from_db()
    assert STORED_PNG.match(organisation.logo.name)
    assert SCRIPT not in stored_bytes(organisation.logo)
    assert not os.path.exists(old_path)


def test_migration_drops_an_old_logo_that_is_not_an_image(django_capture_on_commit_callbacks):
    organisation, _ = _legacy_logo("x.html", b"<html>" + SCRIPT)

    with django_capture_on_commit_callbacks(execute=True):
        _restore_logos()

    organisation.refresh_from_db()
    assert organisation.logo.name == ""


def test_migration_leaves_a_logo_whose_file_is_missing_alone():
    organisation = OrganisationFactory()
    Organisation.objects.filter(pk=organisation.pk).update(logo="logos/gone.png")

    _restore_logos()

    organisation.refresh_from_db()
    assert organisation.logo.name == "logos/gone.png"
