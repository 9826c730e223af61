"""Listing attachments follow their listing's visibility: anyone while it is public; otherwise only its
owner and moderators. They live outside MEDIA_ROOT, so no /media/ address reaches them."""

import datetime
import importlib
import os

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from core.storage import private_media_root
from opportunities.models import ListingAttachment, Status
from tests.opportunities.factories import ListingFactory, UserFactory
from tests.opportunities.test_moderation_admin import staff_user

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 technical brochure"
YESTERDAY = timezone.localdate() - datetime.timedelta(days=1)


@pytest.fixture
def moderator():
    """A member of the Moderators group, which may review listings in the Wagtail admin."""
    return staff_user("Moderators", "change_listing")


def attach(listing):
    attachment = ListingAttachment(
        listing=listing, original_name="brochure.pdf", content_type="application/pdf", size=len(PDF)
    )
    attachment.file.save("brochure.pdf", ContentFile(PDF), save=True)
    return attachment


def download(client, attachment):
    return client.get(reverse("opportunities:attachment", args=[attachment.pk]))


NOT_PUBLIC = [
    pytest.param({"status": Status.DRAFT}, id="draft"),
    pytest.param({"status": Status.SUBMITTED}, id="submitted"),
    pytest.param({"status": Status.RETURNED}, id="returned"),
    pytest.param({"status": Status.CLOSED}, id="closed"),
    pytest.param({"status": Status.EXPIRED}, id="expired"),
    pytest.param({"status": Status.PUBLISHED, "deadline": YESTERDAY}, id="past-deadline"),
]


def test_anyone_downloads_the_attachment_of_a_public_listing(client):
    attachment = attach(ListingFactory())

    response = download(client, attachment)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"] == 'attachment; filename="brochure.pdf"'
    assert (response["Content-Type"], response["X-Content-Type-Options"]) == ("application/pdf", "nosniff")


@pytest.mark.parametrize("state", NOT_PUBLIC)
def test_attachment_of_a_listing_that_is_not_public_is_not_found_for_visitors(client, state):
    attachment = attach(ListingFactory(**state))

    assert download(client, attachment).status_code == 404


@pytest.mark.parametrize("state", NOT_PUBLIC)
def test_attachment_of_a_listing_that_is_not_public_is_not_found_for_another_member(client, state):
    attachment = attach(ListingFactory(**state))
    client.force_login(UserFactory())

    assert download(client, attachment).status_code == 404


@pytest.mark.parametrize("state", NOT_PUBLIC)
def test_owner_downloads_the_attachment_of_their_listing_that_is_not_public(client, state):
    listing = ListingFactory(**state)
    attachment = attach(listing)
    client.force_login(listing.owner)

    assert download(client, attachment).status_code == 200


@pytest.mark.parametrize("state", NOT_PUBLIC)
def test_moderator_downloads_the_attachment_of_a_listing_that_is_not_public(client, moderator, state):
    attachment = attach(ListingFactory(**state))
    client.force_login(moderator)

    assert download(client, attachment).status_code == 200


def test_unknown_attachment_is_not_found(client):
    assert client.get(reverse("opportunities:attachment", args=[999999])).status_code == 404


def test_attachment_whose_file_is_gone_is_not_found_rather_than_an_error(client):
    attachment = attach(ListingFactory())
    os.remove(attachment.file.path)

    assert download(client, attachment).status_code == 404


def test_attachment_has_no_address_under_media(client, media_in_tmp):
    attachment = attach(ListingFactory())

    assert not attachment.file.path.startswith(str(media_in_tmp) + os.sep)
    assert client.get(f"/media/{attachment.file.name}").status_code == 404
    with pytest.raises(ValueError):
        attachment.file.url


def test_listing_page_links_its_attachments_to_the_checked_download(client):
    listing = ListingFactory()
    attachment = attach(listing)

    page = client.get(reverse("opportunities:detail", args=[listing.pk])).content.decode()

    assert f'href="{reverse("opportunities:attachment", args=[attachment.pk])}"' in page


# Migration 0003: files stored under MEDIA_ROOT before move to the private root


def _to_private_root():
    importlib.import_module("opportunities.migrations.0003_private_attachments").to_private_root(apps, None)


def test_migration_moves_existing_attachments_out_of_media_root(media_in_tmp, django_capture_on_commit_callbacks):
    listing = ListingFactory()
    old_path = media_in_tmp / "listing-attachments/2026/01/old.pdf"
    old_path.parent.mkdir(parents=True)
    old_path.write_bytes(PDF)
    ListingAttachment.objects.create(
        listing=listing,
        file="listing-attachments/2026/01/old.pdf",
        original_name="old.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )

    with django_capture_on_commit_callbacks(execute=True):
        _to_private_root()

    assert not old_path.exists()
    with open(os.path.join(private_media_root(), "listing-attachments/2026/01/old.pdf"), "rb") as moved:
        assert moved.read() == PDF


def test_migration_skips_attachments_whose_file_is_missing(media_in_tmp, django_capture_on_commit_callbacks):
    ListingAttachment.objects.create(
        listing=ListingFactory(),
        file="listing-attachments/2026/01/gone.pdf",
        original_name="gone.pdf",
        content_type="application/pdf",
        size=1,
    )

    with django_capture_on_commit_callbacks(execute=True):
        _to_private_root()

    assert not os.path.exists(os.path.join(private_media_root(), "listing-attachments/2026/01/gone.pdf"))


def test_moderation_review_links_attachments_to_the_checked_download(client, moderator):
    listing = ListingFactory(status=Status.SUBMITTED)
    attachment = attach(listing)
    client.force_login(moderator)

    page = client.get(reverse("listing_moderation:review", args=[listing.pk])).content.decode()

    assert reverse("opportunities:attachment", args=[attachment.pk]) in page
