"""Listing detail pages: who may see them, what they show, and that user text is escaped."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from opportunities.models import IPStatus, ListingAttachment, ListingKind, Stage, Status
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.factories import SectorFactory
from tests.opportunities.factories import (
    CooperationTypeFactory,
    ListingFactory,
    RegionFactory,
    SubFieldFactory,
    TechnologyKeywordFactory,
)

pytestmark = pytest.mark.django_db


def detail_url(listing, language="en"):
    return f"/{language}/opportunities/{listing.pk}/"


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_public_listing_is_visible_to_anyone(client, language):
    listing = ListingFactory(title="Tidal energy sensors")
    response = client.get(detail_url(listing, language))
    assert response.status_code == 200
    assert "Tidal energy sensors" in response.content.decode()


def test_missing_listing_is_not_found(client):
    assert client.get("/en/opportunities/999999/").status_code == 404


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.EXPIRED, Status.CLOSED])
def test_another_users_listing_that_is_not_public_is_not_found(client, status):
    listing = ListingFactory(status=status)
    client.force_login(UserFactory())
    assert client.get(detail_url(listing)).status_code == 404


def test_draft_is_not_found_for_visitors_who_are_not_signed_in(client):
    assert client.get(detail_url(ListingFactory(status=Status.DRAFT))).status_code == 404


def test_published_listing_past_its_deadline_is_not_found_for_others(client):
    listing = ListingFactory(deadline=timezone.localdate() - datetime.timedelta(days=1))
    assert client.get(detail_url(listing)).status_code == 404


def test_owner_sees_own_draft_with_its_status(client):
    listing = ListingFactory(status=Status.DRAFT, title="Unfinished idea")
    client.force_login(listing.owner)
    page = client.get(detail_url(listing)).content.decode()
    assert "Unfinished idea" in page
    assert "Only you can see this listing." in page
    assert "Status: Draft." in page


def test_owner_sees_why_a_listing_was_returned(client):
    listing = ListingFactory(status=Status.RETURNED, return_reason="Please add the budget.")
    client.force_login(listing.owner)
    page = client.get(detail_url(listing)).content.decode()
    assert "Status: Returned for changes." in page
    assert "Please add the budget." in page


def test_owner_notice_is_not_shown_on_a_public_listing(client):
    listing = ListingFactory()
    client.force_login(listing.owner)
    assert "Only you can see this listing." not in client.get(detail_url(listing)).content.decode()


def test_html_in_user_text_is_escaped(client):
    listing = ListingFactory(
        title="<b>Bold</b> offer",
        description="Line one\n<script>alert('x')</script>",
        organisation=OrganisationFactory(name="<i>Acme</i>"),
    )
    page = client.get(detail_url(listing)).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<b>Bold</b>" not in page and "<i>Acme</i>" not in page


def test_description_keeps_its_line_breaks(client):
    listing = ListingFactory(description="First paragraph.\n\nSecond paragraph.")
    page = client.get(detail_url(listing)).content.decode()
    assert "<p>First paragraph.</p>" in page and "<p>Second paragraph.</p>" in page


def test_detail_shows_every_vocabulary_and_fact(client):
    sector = SectorFactory(name_en="Digital economy")
    listing = ListingFactory(
        kind=ListingKind.TECHNOLOGY_REQUEST,
        sectors=[sector],
        subfields=[SubFieldFactory(sector=sector, name_en="Cloud computing")],
        keywords=[TechnologyKeywordFactory(name_en="Machine learning")],
        cooperation_types=[CooperationTypeFactory(name_en="Licence agreement")],
        target_regions=[RegionFactory(name_en="ASEAN")],
        stage=Stage.PILOT,
        ip_status=IPStatus.GRANTED,
    )
    page = client.get(detail_url(listing)).content.decode()
    for text in (
        "Technology request",
        "Digital economy",
        "Cloud computing",
        "Machine learning",
        "Licence agreement",
        "ASEAN",
        "Pilot or field tested",
        "Patent(s) granted",
    ):
        assert text in page


def test_vocabulary_is_shown_in_the_readers_language(client):
    listing = ListingFactory(
        cooperation_types=[CooperationTypeFactory(name_en="Joint venture", name_zh_hans="合资经营")]
    )
    assert "合资经营" in client.get(detail_url(listing, "zh-hans")).content.decode()


def test_budget_range_is_shown_with_its_currency(client):
    listing = ListingFactory(budget_min=500_000, budget_max=2_000_000, budget_currency="CNY")
    assert "CNY 500,000 – CNY 2,000,000" in client.get(detail_url(listing)).content.decode()


def test_budget_range_reads_in_yuan_in_chinese(client):
    listing = ListingFactory(budget_min=500_000, budget_max=2_000_000, budget_currency="CNY")
    assert "500,000 元 – 2,000,000 元" in client.get(detail_url(listing, "zh-hans")).content.decode()


def test_budget_with_only_an_upper_bound_reads_up_to(client):
    listing = ListingFactory(budget_max=300_000, budget_currency="USD")
    assert "up to USD 300,000" in client.get(detail_url(listing)).content.decode()


def test_budget_is_left_out_when_not_given(client):
    assert "Budget or amount" not in client.get(detail_url(ListingFactory())).content.decode()


def test_attachments_are_linked(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    listing = ListingFactory()
    attachment = ListingAttachment(
        listing=listing, original_name="brochure.pdf", content_type="application/pdf", size=4
    )
    attachment.file.save("brochure.pdf", ContentFile(b"%PDF-1.4"), save=True)
    page = client.get(detail_url(listing)).content.decode()
    assert f'href="{reverse("opportunities:attachment", args=[attachment.pk])}"' in page and "brochure.pdf" in page


def test_organisation_name_and_verified_badge_are_shown(client):
    listing = ListingFactory(organisation=OrganisationFactory(name="Blue Ocean Labs", is_verified=True))
    page = client.get(detail_url(listing)).content.decode()
    assert "Blue Ocean Labs" in page
    assert '<span class="badge">Verified</span>' in page


def test_anonymous_listing_hides_the_organisation(client):
    listing = ListingFactory(
        is_anonymous=True,
        organisation=OrganisationFactory(name="Hidden Robotics Ltd", country="FR", website="https://hidden.example"),
    )
    page = client.get(detail_url(listing)).content.decode()
    assert "Hidden Robotics Ltd" not in page
    assert "Anonymous organisation (Startup, France)" in page


def test_chinese_reader_sees_the_translation_with_the_original_on_request(client):
    listing = ListingFactory(
        original_language="en",
        title="Smart port sensors",
        translated_title="智慧港口传感器",
        translated_summary="用于港口的传感器。",
    )
    page = client.get(detail_url(listing, "zh-hans")).content.decode()
    assert '<h1 lang="zh-hans">智慧港口传感器</h1>' in page
    assert '<p lang="en"><strong>Smart port sensors</strong></p>' in page


def test_english_reader_sees_a_chinese_original_with_its_language_marked(client):
    listing = ListingFactory(original_language="zh-hans", title="海洋生物医药合作")
    page = client.get(detail_url(listing)).content.decode()
    assert '<h1 lang="zh-hans">海洋生物医药合作</h1>' in page
    assert "Original language: 简体中文" in page


def test_reader_of_the_original_language_sees_no_marker(client):
    listing = ListingFactory(original_language="zh-hans", title="海洋生物医药合作")
    assert "original-language" not in client.get(detail_url(listing, "zh-hans")).content.decode()
