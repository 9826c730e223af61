"""Owners write and manage their listings: validation, attachments, ownership and the posting limit."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from opportunities.attachments import MAX_ATTACHMENT_BYTES
from opportunities.models import Listing, ListingAttachment, Status
from opportunities.posting import DAILY_POSTING_LIMIT
from tests.factories import SectorFactory
from tests.opportunities.factories import (
    CooperationTypeFactory,
    ListingFactory,
    SubFieldFactory,
    UserFactory,
    make_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def vocabulary():
    sector = SectorFactory()
    return {"sector": sector, "subfield": SubFieldFactory(sector=sector), "cooperation": CooperationTypeFactory()}


@pytest.fixture
def member(client):
    user = make_member()
    client.force_login(user)
    return user


def listing_data(vocabulary, **overrides):
    data = {
        "kind": "tech-offer",
        "title": "Solar desalination unit",
        "summary": "Drinking water from sea water.",
        "description": "A containerised unit that turns sea water into drinking water with solar power.",
        "original_language": "en",
        "sectors": [vocabulary["sector"].pk],
        "subfields": [vocabulary["subfield"].pk],
        "cooperation_types": [vocabulary["cooperation"].pk],
        "stage": "prototype",
        "ip_status": "none",
        "budget_currency": "CNY",
        "deadline": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "action": "submit",
    }
    data.update(overrides)
    return data


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def create_url():
    return reverse("opportunities:create")


def test_member_posts_a_listing_that_waits_for_moderation(client, member, vocabulary):
    response = client.post(create_url(), listing_data(vocabulary))

    listing = Listing.objects.get()
    assert response.status_code == 302
    assert listing.owner == member
    assert listing.organisation == member.profile.organisation
    assert listing.status == Status.SUBMITTED
    assert list(listing.subfields.all()) == [vocabulary["subfield"]]


def test_saving_as_draft_does_not_submit(client, member, vocabulary):
    client.post(create_url(), listing_data(vocabulary, action="save"))

    assert Listing.objects.get().status == Status.DRAFT


def test_form_starts_in_the_readers_language(client, member):
    response = client.get(reverse("opportunities:create").replace("/en/", "/zh-hans/"))

    assert response.context["form"]["original_language"].value() == "zh-hans"


def test_user_without_an_organisation_is_sent_to_the_organisation_page(client):
    client.force_login(UserFactory())

    response = client.get(create_url())

    assert response.status_code == 302
    assert response.url == reverse("accounts:organisation")


def test_anonymous_visitor_must_log_in_to_post(client):
    response = client.get(create_url())

    assert response.status_code == 302
    assert "login" in response.url


def test_missing_fields_are_reported_and_nothing_is_saved(client, member, vocabulary):
    response = client.post(create_url(), listing_data(vocabulary, title="", sectors=[]))

    assert response.status_code == 200
    assert response.context["form"].errors.keys() >= {"title", "sectors"}
    assert not Listing.objects.exists()


def test_past_deadline_is_rejected(client, member, vocabulary):
    yesterday = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()

    response = client.post(create_url(), listing_data(vocabulary, deadline=yesterday))

    assert "deadline" in response.context["form"].errors
    assert not Listing.objects.exists()


def test_deadline_more_than_a_year_ahead_is_rejected(client, member, vocabulary):
    far = (timezone.localdate() + datetime.timedelta(days=400)).isoformat()

    response = client.post(create_url(), listing_data(vocabulary, deadline=far))

    assert "deadline" in response.context["form"].errors


def test_budget_minimum_above_maximum_is_rejected(client, member, vocabulary):
    response = client.post(create_url(), listing_data(vocabulary, budget_min=500, budget_max=100))

    assert "budget_max" in response.context["form"].errors
    assert not Listing.objects.exists()


def test_sub_field_outside_the_chosen_sectors_is_rejected(client, member, vocabulary):
    other_subfield = SubFieldFactory(sector=SectorFactory())

    response = client.post(create_url(), listing_data(vocabulary, subfields=[other_subfield.pk]))

    assert "subfields" in response.context["form"].errors
    assert not Listing.objects.exists()


def test_pdf_and_png_attachments_are_stored_with_their_real_type(client, member, vocabulary):
    files = [
        SimpleUploadedFile("brochure.pdf", b"%PDF-1.4\n% test\n", content_type="application/pdf"),
        SimpleUploadedFile("photo.png", png_bytes(), content_type="image/png"),
    ]

    client.post(create_url(), listing_data(vocabulary, new_attachments=files))

    types = sorted(ListingAttachment.objects.values_list("content_type", flat=True))
    assert types == ["application/pdf", "image/png"]


def test_attachment_is_stored_under_a_random_name_but_shown_with_its_own(client, member, vocabulary):
    upload = SimpleUploadedFile("brochure.pdf", b"%PDF-1.4\n", content_type="application/pdf")

    client.post(create_url(), listing_data(vocabulary, new_attachments=[upload]))

    attachment = ListingAttachment.objects.get()
    assert attachment.original_name == "brochure.pdf"
    assert "brochure" not in attachment.file.name
    assert attachment.file.name.endswith(".pdf")


def test_text_file_renamed_to_pdf_is_rejected_and_nothing_is_saved(client, member, vocabulary):
    fake = SimpleUploadedFile("brochure.pdf", b"just some text pretending", content_type="application/pdf")

    response = client.post(create_url(), listing_data(vocabulary, new_attachments=[fake]))

    assert "new_attachments" in response.context["form"].errors
    assert not Listing.objects.exists()
    assert not ListingAttachment.objects.exists()


def test_attachment_over_5_mb_is_rejected(client, member, vocabulary):
    big = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * MAX_ATTACHMENT_BYTES, content_type="application/pdf")

    response = client.post(create_url(), listing_data(vocabulary, new_attachments=[big]))

    assert "new_attachments" in response.context["form"].errors
    assert not Listing.objects.exists()


def test_more_than_five_attachments_are_rejected(client, member, vocabulary):
    files = [SimpleUploadedFile(f"doc{n}.pdf", b"%PDF-1.4\n", content_type="application/pdf") for n in range(6)]

    response = client.post(create_url(), listing_data(vocabulary, new_attachments=files))

    assert "new_attachments" in response.context["form"].errors
    assert not ListingAttachment.objects.exists()


def test_eleventh_listing_in_a_day_is_refused(client, member, vocabulary):
    ListingFactory.create_batch(
        DAILY_POSTING_LIMIT, owner=member, organisation=member.profile.organisation, status=Status.DRAFT
    )

    response = client.post(create_url(), listing_data(vocabulary))

    assert response.status_code == 200
    assert "Please try again tomorrow" in " ".join(response.context["form"].non_field_errors())
    assert Listing.objects.count() == DAILY_POSTING_LIMIT


def test_listings_from_yesterday_do_not_count_against_the_limit(client, member, vocabulary):
    ListingFactory.create_batch(DAILY_POSTING_LIMIT, owner=member, organisation=member.profile.organisation)
    Listing.objects.update(created_at=timezone.now() - datetime.timedelta(days=1, minutes=1))

    client.post(create_url(), listing_data(vocabulary))

    assert Listing.objects.count() == DAILY_POSTING_LIMIT + 1


def test_owner_edits_a_draft_and_it_stays_a_draft(client, member, vocabulary):
    listing = ListingFactory(owner=member, organisation=member.profile.organisation, status=Status.DRAFT)

    client.post(
        reverse("opportunities:edit", args=[listing.pk]), listing_data(vocabulary, title="Better title", action="save")
    )

    listing.refresh_from_db()
    assert listing.title == "Better title"
    assert listing.status == Status.DRAFT


def test_editing_a_published_listing_keeps_it_public_until_the_change_is_approved(client, member, vocabulary):
    listing = ListingFactory(
        owner=member, organisation=member.profile.organisation, status=Status.PUBLISHED, title="Published title"
    )

    client.post(reverse("opportunities:edit", args=[listing.pk]), listing_data(vocabulary, title="Changed"))

    listing.refresh_from_db()
    assert listing.status == Status.PUBLISHED
    assert listing.title == "Published title"
    assert Listing.objects.public().filter(pk=listing.pk).exists()


def test_editing_an_expired_listing_sends_it_back_to_moderation(client, member, vocabulary):
    listing = ListingFactory(owner=member, organisation=member.profile.organisation, status=Status.EXPIRED)

    client.post(reverse("opportunities:edit", args=[listing.pk]), listing_data(vocabulary, title="Changed"))

    listing.refresh_from_db()
    assert listing.status == Status.SUBMITTED
    assert listing.title == "Changed"


def test_edit_page_of_a_published_listing_says_the_current_version_stays_public(client, member):
    listing = ListingFactory(owner=member, organisation=member.profile.organisation, status=Status.PUBLISHED)

    response = client.get(reverse("opportunities:edit", args=[listing.pk]))

    assert "the current version stays public until they approve them" in response.content.decode()


def test_another_users_listing_cannot_be_edited(client, member, vocabulary):
    listing = ListingFactory(status=Status.DRAFT, title="Not yours")

    get = client.get(reverse("opportunities:edit", args=[listing.pk]))
    post = client.post(reverse("opportunities:edit", args=[listing.pk]), listing_data(vocabulary, title="Hacked"))

    listing.refresh_from_db()
    assert (get.status_code, post.status_code) == (404, 404)
    assert listing.title == "Not yours"


def test_another_users_listing_cannot_be_closed(client, member):
    listing = ListingFactory(status=Status.PUBLISHED)

    response = client.post(reverse("opportunities:close", args=[listing.pk]))

    listing.refresh_from_db()
    assert response.status_code == 404
    assert listing.status == Status.PUBLISHED


def test_owner_closes_after_confirming(client, member):
    listing = ListingFactory(owner=member, organisation=member.profile.organisation)

    confirm_page = client.get(reverse("opportunities:close", args=[listing.pk]))
    listing.refresh_from_db()
    assert listing.status == Status.PUBLISHED
    assert "Yes, close it" in confirm_page.content.decode()

    client.post(reverse("opportunities:close", args=[listing.pk]))
    listing.refresh_from_db()
    assert listing.status == Status.CLOSED


def test_owner_removes_an_attachment(client, member):
    listing = ListingFactory(owner=member, organisation=member.profile.organisation)
    attachment = ListingAttachment.objects.create(
        listing=listing,
        file=SimpleUploadedFile("a.pdf", b"%PDF-1.4\n"),
        original_name="a.pdf",
        content_type="application/pdf",
        size=9,
    )

    client.post(reverse("opportunities:attachment_delete", args=[attachment.pk]))

    assert not ListingAttachment.objects.exists()


def test_another_users_attachment_cannot_be_removed(client, member):
    attachment = ListingAttachment.objects.create(
        listing=ListingFactory(),
        file=SimpleUploadedFile("a.pdf", b"%PDF-1.4\n"),
        original_name="a.pdf",
        content_type="application/pdf",
        size=9,
    )

    response = client.post(reverse("opportunities:attachment_delete", args=[attachment.pk]))

    assert response.status_code == 404
    assert ListingAttachment.objects.filter(pk=attachment.pk).exists()


def test_my_listings_shows_own_listings_only(client, member):
    ListingFactory(
        owner=member,
        organisation=member.profile.organisation,
        title="Mine",
        status=Status.RETURNED,
        return_reason="Add a budget.",
    )
    ListingFactory(title="Somebody else's")

    page = client.get(reverse("opportunities:my_listings")).content.decode()

    assert "Mine" in page
    assert "Add a budget." in page
    assert "Somebody else&#x27;s" not in page and "Somebody else's" not in page


def test_my_listings_runs_the_same_queries_for_more_listings(client, member):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            client.get(reverse("opportunities:my_listings"))
        return len(queries)

    sectors = [SectorFactory(), SectorFactory()]
    client.get(reverse("opportunities:my_listings"))  # warm per-site caches (settings, menus)
    ListingFactory.create_batch(2, owner=member, organisation=member.profile.organisation, sectors=sectors)
    few = count_queries()
    ListingFactory.create_batch(8, owner=member, organisation=member.profile.organisation, sectors=sectors)

    assert count_queries() == few


def test_pages_work_in_chinese(client, member):
    listing = ListingFactory(owner=member, organisation=member.profile.organisation)

    for name, args in (
        ("create", []),
        ("my_listings", []),
        ("edit", [listing.pk]),
        ("close", [listing.pk]),
        ("renew", [listing.renewal_token]),
    ):
        url = reverse(f"opportunities:{name}", args=args).replace("/en/", "/zh-hans/", 1)
        assert client.get(url).status_code == 200, url
