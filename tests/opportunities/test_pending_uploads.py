"""An attachment chosen on a listing form that fails validation is kept, and attached when the form is sent again."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from core import pending_uploads
from core.storage import private_uploads
from opportunities.models import Listing, ListingAttachment
from tests.opportunities.factories import ListingFactory, make_member
from tests.opportunities.test_manage import listing_data, png_bytes, vocabulary  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

KEPT_FIELD = "new_attachments-kept"


@pytest.fixture
def member(client):
    user = make_member()
    client.force_login(user)
    return user


def pdf_upload(name="report.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4\n" + b"0" * 2400 + b"\n%%EOF\n", content_type="application/pdf")


def kept_tokens(response):
    return re.findall(rf'name="{KEPT_FIELD}" value="([^"]+)"', response.content.decode())


def pending_files():
    try:
        return private_uploads.listdir(pending_uploads.PENDING_DIRECTORY)[1]
    except FileNotFoundError:
        return []


def post_with_an_error(client, vocabulary, **files):
    return client.post(reverse("opportunities:create"), {**listing_data(vocabulary, title=""), **files})


def test_a_valid_file_is_kept_when_another_field_has_an_error(client, member, vocabulary):
    response = post_with_an_error(client, vocabulary, new_attachments=pdf_upload())

    assert response.status_code == 200
    assert not Listing.objects.exists()
    assert len(kept_tokens(response)) == 1
    assert "You chose report.pdf (2.4\xa0KB) — it is kept; files you choose now are added to it." in (
        response.content.decode()
    )
    assert len(pending_files()) == 1


def test_resubmitting_attaches_the_kept_file_without_choosing_it_again(
    client, member, vocabulary, django_capture_on_commit_callbacks
):
    token = kept_tokens(post_with_an_error(client, vocabulary, new_attachments=pdf_upload()))[0]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("opportunities:create"), {**listing_data(vocabulary), KEPT_FIELD: token})

    assert response.status_code == 302
    attachment = ListingAttachment.objects.get()
    assert attachment.listing == Listing.objects.get()
    assert (attachment.original_name, attachment.content_type) == ("report.pdf", "application/pdf")
    assert attachment.file.read().startswith(b"%PDF-1.4")
    assert pending_files() == []  # the pending copy is gone once attached


def test_a_kept_image_is_attached_too(client, member, vocabulary):
    image = SimpleUploadedFile("diagram.png", png_bytes(), content_type="image/png")
    token = kept_tokens(post_with_an_error(client, vocabulary, new_attachments=image))[0]

    client.post(reverse("opportunities:create"), {**listing_data(vocabulary), KEPT_FIELD: token})

    assert ListingAttachment.objects.get().content_type == "image/png"


def test_ticking_remove_drops_the_kept_file(client, member, vocabulary):
    token = kept_tokens(post_with_an_error(client, vocabulary, new_attachments=pdf_upload()))[0]

    client.post(
        reverse("opportunities:create"), {**listing_data(vocabulary), KEPT_FIELD: token, "new_attachments-drop": token}
    )

    assert Listing.objects.exists()
    assert not ListingAttachment.objects.exists()


def test_choosing_another_attachment_adds_it_to_the_kept_one(client, member, vocabulary):
    token = kept_tokens(post_with_an_error(client, vocabulary, new_attachments=pdf_upload()))[0]

    client.post(
        reverse("opportunities:create"),
        {**listing_data(vocabulary), KEPT_FIELD: token, "new_attachments": pdf_upload("better.pdf")},
    )

    assert sorted(ListingAttachment.objects.values_list("original_name", flat=True)) == ["better.pdf", "report.pdf"]


def test_a_dropped_attachment_is_not_added_with_the_new_one(client, member, vocabulary):
    tokens = kept_tokens(
        post_with_an_error(client, vocabulary, new_attachments=[pdf_upload("one.pdf"), pdf_upload("two.pdf")])
    )

    client.post(
        reverse("opportunities:create"),
        {
            **listing_data(vocabulary),
            KEPT_FIELD: tokens,
            "new_attachments-drop": tokens[0],
            "new_attachments": pdf_upload("three.pdf"),
        },
    )

    assert sorted(ListingAttachment.objects.values_list("original_name", flat=True)) == ["three.pdf", "two.pdf"]


def test_kept_and_new_attachments_together_still_respect_the_limit(client, member, vocabulary):
    tokens = kept_tokens(
        post_with_an_error(client, vocabulary, new_attachments=[pdf_upload(f"{n}.pdf") for n in range(4)])
    )

    response = client.post(
        reverse("opportunities:create"),
        {
            **listing_data(vocabulary),
            KEPT_FIELD: tokens,
            "new_attachments": [pdf_upload("five.pdf"), pdf_upload("six.pdf")],
        },
    )

    assert response.status_code == 200
    assert not Listing.objects.exists()
    assert "A listing can have at most 5 attachments; this would make 6." in response.content.decode()
    assert kept_tokens(response) == tokens  # the four kept files are still offered


def test_another_users_token_is_rejected(client, member, vocabulary):
    token = kept_tokens(post_with_an_error(client, vocabulary, new_attachments=pdf_upload()))[0]
    intruder = make_member()
    client.force_login(intruder)

    response = client.post(reverse("opportunities:create"), {**listing_data(vocabulary), KEPT_FIELD: token})

    assert response.status_code == 302
    assert Listing.objects.get().owner == intruder
    assert not ListingAttachment.objects.exists()


def test_a_forged_token_is_ignored_and_the_page_asks_for_the_file_again(client, member, vocabulary):
    response = post_with_an_error(client, vocabulary, **{KEPT_FIELD: "not-a-token"})

    assert "The file you chose could not be kept. Please choose it again." in response.content.decode()


def test_an_expired_token_no_longer_attaches_its_file(client, member, vocabulary, monkeypatch):
    token = kept_tokens(post_with_an_error(client, vocabulary, new_attachments=pdf_upload()))[0]
    monkeypatch.setattr(pending_uploads, "MAX_AGE", datetime.timedelta(seconds=-1))

    client.post(reverse("opportunities:create"), {**listing_data(vocabulary), KEPT_FIELD: token})

    assert not ListingAttachment.objects.exists()


def test_abandoned_pending_files_are_cleaned_up(client, member, vocabulary):
    post_with_an_error(client, vocabulary, new_attachments=pdf_upload())
    assert len(pending_files()) == 1

    assert pending_uploads.remove_abandoned(now=timezone.now()) == 0  # still fresh
    assert len(pending_files()) == 1
    pending_uploads.remove_abandoned(now=timezone.now() + pending_uploads.MAX_AGE + datetime.timedelta(minutes=1))
    assert pending_files() == []


def test_the_cleanup_command_keeps_fresh_files(client, member, vocabulary):
    post_with_an_error(client, vocabulary, new_attachments=pdf_upload())

    call_command("clear_pending_uploads")

    assert len(pending_files()) == 1


def test_a_file_that_fails_its_checks_is_not_kept(client, member, vocabulary):
    bad = SimpleUploadedFile("notes.pdf", b"just text", content_type="application/pdf")

    response = post_with_an_error(client, vocabulary, new_attachments=bad)

    assert kept_tokens(response) == []
    assert pending_files() == []
    assert "is not a PDF, PNG or JPEG file" in response.content.decode()


def test_removing_an_attachment_asks_for_confirmation_first(client, member):
    listing = ListingFactory(owner=member, organisation=member.profile.organisation)
    attachment = ListingAttachment.objects.create(
        listing=listing, file=pdf_upload(), original_name="report.pdf", content_type="application/pdf", size=100
    )
    url = reverse("opportunities:attachment_delete", args=[attachment.pk])

    edit_page = client.get(reverse("opportunities:edit", args=[listing.pk])).content.decode()
    confirmation = client.get(url)

    assert f'href="{url}"' in edit_page
    assert confirmation.status_code == 200
    assert "Remove “report.pdf” from" in confirmation.content.decode()
    assert ListingAttachment.objects.filter(pk=attachment.pk).exists()
    client.post(url)
    assert not ListingAttachment.objects.filter(pk=attachment.pk).exists()


def test_another_user_cannot_reach_the_removal_page(client, member):
    listing = ListingFactory()
    attachment = ListingAttachment.objects.create(
        listing=listing, file=pdf_upload(), original_name="report.pdf", content_type="application/pdf", size=100
    )

    assert client.get(reverse("opportunities:attachment_delete", args=[attachment.pk])).status_code == 404
