"""A member posts a listing, forgets the title, and loses nothing: the error summary takes the focus, its link
leads to the field, the chosen attachment is kept, and sending the form again attaches it. Only the chosen
sector's sub-fields show, and the keyword filter narrows the list. In both languages, at 360 px and 1280 px."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from opportunities.models import Listing, ListingAttachment
from tests.browser.texts import in_language as _in
from tests.factories import SectorFactory
from tests.opportunities.factories import CooperationTypeFactory, SubFieldFactory, TechnologyKeywordFactory, make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.4\n" + b"0" * 5000 + b"\n%%EOF\n"


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def vocabulary():
    energy = SectorFactory(name_en="Energy", name_zh_hans="能源")
    health = SectorFactory(name_en="Health", name_zh_hans="健康")
    return {
        "energy": energy,
        "health": health,
        "solar": SubFieldFactory(sector=energy, name_en="Solar power", name_zh_hans="太阳能"),
        "devices": SubFieldFactory(sector=health, name_en="Medical devices", name_zh_hans="医疗器械"),
        "cooperation": CooperationTypeFactory(name_en="Licensing", name_zh_hans="技术许可"),
        "keywords": [
            TechnologyKeywordFactory(name_en=name, name_zh_hans=zh)
            for name, zh in [("Blockchain", "区块链"), ("Desalination", "海水淡化"), ("Robotics", "机器人")]
        ],
    }


def _signed_in_page(browser, live_server, user, width):
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_listing_form_with_an_error_keeps_its_attachment(browser, live_server, vocabulary, language, width):
    member = make_member(language=language)
    context, page = _signed_in_page(browser, live_server, member, width)
    page.goto(f"{live_server.url}/{language}/opportunities/new/")

    # Only the chosen sector's sub-fields are shown.
    solar = page.locator("label", has=page.locator(f"input[name='subfields'][value='{vocabulary['solar'].pk}']"))
    devices = page.locator("label", has=page.locator(f"input[name='subfields'][value='{vocabulary['devices'].pk}']"))
    assert not solar.is_visible() and not devices.is_visible()
    page.locator(f"input[name='sectors'][value='{vocabulary['energy'].pk}']").check()
    assert solar.is_visible() and not devices.is_visible()
    solar.locator("input").check()

    # The filter box narrows the keyword list.
    page.get_by_label(_in(language, "Filter the keywords")).fill("Blockch" if language == "en" else "区块")
    keyword_labels = page.locator("#id_keywords label")
    assert [label.inner_text().strip() for label in keyword_labels.all() if label.is_visible()] == [
        "Blockchain" if language == "en" else "区块链"
    ]
    keyword_labels.filter(has_text="Blockchain" if language == "en" else "区块链").locator("input").check()

    # Everything but the title, and an attachment.
    page.select_option("#id_kind", "tech-offer")
    page.fill("#id_summary", "Drinking water from sea water, powered by the sun.")
    page.fill("#id_description", "A containerised unit that turns sea water into drinking water.")
    page.locator(f"input[name='cooperation_types'][value='{vocabulary['cooperation'].pk}']").check()
    page.select_option("#id_stage", "prototype")
    page.fill("#id_deadline", (timezone.localdate() + datetime.timedelta(days=30)).isoformat())
    page.set_input_files("#id_new_attachments", {"name": "report.pdf", "mimeType": "application/pdf", "buffer": PDF})
    page.get_by_role("button", name=_in(language, "Save and submit for review")).click()
    page.wait_for_load_state()

    # The error summary is announced first, and says the file is kept.
    assert page.title().startswith(_in(language, "Error:"))
    summary = page.locator("[data-error-summary]")
    assert summary.evaluate("element => element === document.activeElement")
    assert summary.get_by_role("heading").inner_text() == _in(language, "There is a problem")
    kept = page.locator(".kept-upload")
    assert "report.pdf" in kept.inner_text()
    assert kept.is_visible()
    assert page.locator("#id_keywords input:checked").count() == 1  # nothing chosen was lost
    page.screenshot(path=f"/tmp/brief/shots/C-listing-error-{language}-{width}.png", full_page=True)

    # Its link moves the focus to the title, which the member now fills in.
    summary.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.id") == "id_title"
    page.keyboard.type("Solar desalination unit")
    page.get_by_role("button", name=_in(language, "Save and submit for review")).click()
    page.wait_for_url("**/opportunities/mine/")

    listing = Listing.objects.get(owner=member)
    assert listing.title == "Solar desalination unit"
    assert list(ListingAttachment.objects.filter(listing=listing).values_list("original_name", flat=True)) == [
        "report.pdf"
    ]
    context.close()
