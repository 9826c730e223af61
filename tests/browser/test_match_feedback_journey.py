"""Matches on a phone: an English owner reads why each match fits, hides one as not relevant and brings it
back; a Chinese owner reads the reasons in Chinese. Real Chromium, 360 px wide, on the demo marketplace."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation

from demo import marketplace
from demo.loader import load_demo_content
from tests.browser.contexts import browser_context

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = 360


def _in(language, text):
    with translation.override(language):
        return translation.gettext(text)


def _owner(organisation_key):
    contact = next(item for item in marketplace.ORGANISATIONS if item["key"] == organisation_key)["contact"]
    return get_user_model().objects.get(email=contact["email"])


def _fits_the_width(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_owner_hides_a_match_as_not_relevant_and_brings_it_back(live_server, browser, tmp_path):
    load_demo_content()
    context, page = browser_context(browser, live_server, PHONE, "en-GB", _owner("biopoly"))
    try:
        page.goto(f"{live_server.url}/en/opportunities/dashboard/")
        section = page.locator("section", has=page.get_by_role("heading", name="Matches for you"))
        first = section.locator(".match").first
        title = first.get_by_role("heading").get_by_role("link").inner_text()
        reasons = first.locator(".match-reasons li").all_inner_texts()
        assert reasons and reasons[0].startswith("Both about "), reasons
        assert _fits_the_width(page), "the dashboard scrolls sideways at 360 px"
        page.screenshot(path=str(tmp_path / "dashboard-en-360.png"), full_page=True)

        first.get_by_label("Why? (optional)").select_option("wrong-field")
        first.get_by_role("button", name="Not relevant").click()
        page.wait_for_load_state()
        assert page.get_by_text("Thanks — this match is no longer shown.").is_visible()
        assert section.get_by_role("link", name=title, exact=True).count() == 0

        page.get_by_role("button", name="Show it again").click()
        page.wait_for_load_state()
        assert page.get_by_text("The match is shown again.").is_visible()
        assert section.get_by_role("link", name=title, exact=True).count() == 1
    finally:
        context.close()

    context, page = browser_context(browser, live_server, PHONE, "zh-CN", _owner("lvyuan"))
    try:
        page.goto(f"{live_server.url}/zh-hans/opportunities/dashboard/")
        section = page.locator("section", has=page.get_by_role("heading", name=_in("zh-hans", "Matches for you")))
        reasons = section.locator(".match").first.locator(".match-reasons li").all_inner_texts()
        assert reasons[0].startswith(_in("zh-hans", "Both about %(name)s").split("%")[0]), reasons
        assert _fits_the_width(page), "the Chinese dashboard scrolls sideways at 360 px"
        page.screenshot(path=str(tmp_path / "dashboard-zh-360.png"), full_page=True)
    finally:
        context.close()
