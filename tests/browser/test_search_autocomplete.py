"""The header search box in real Chromium: suggestions as you type, chosen with the keyboard."""

import pytest

from tests.factories import NewsPageFactory

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def embedded_search(settings):
    """Suggestions come from the database backend, whatever the environment configures."""
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture
def seaweed_site(site_tree):
    NewsPageFactory(parent=site_tree["news"], slug="seaweed-farm", title_en="Seaweed farm opens in Wenchang")
    NewsPageFactory(parent=site_tree["news"], slug="seaweed-exports", title_en="Seaweed exports grow")


def _type_in_header(tab, live_server, text):
    tab.goto(f"{live_server.url}/en/")
    box = tab.locator("#site-search")
    box.click()
    box.press_sequentially(text, delay=30)
    tab.locator("#site-search-suggestions").wait_for(state="visible")
    return box


def test_arrow_down_and_enter_open_the_suggested_page(page, live_server, seaweed_site):
    box = _type_in_header(page, live_server, "seawe")
    assert box.get_attribute("role") == "combobox" and box.get_attribute("aria-expanded") == "true"
    assert page.locator("#site-search-suggestions [role=option]").count() == 2
    box.press("ArrowDown")
    active = page.locator(f"#{box.get_attribute('aria-activedescendant')}")
    assert active.get_attribute("aria-selected") == "true"
    chosen = active.inner_text()
    box.press("Enter")
    page.wait_for_url("**/en/news/seaweed-*/")
    assert page.locator("h1").inner_text() == chosen


def test_escape_closes_the_suggestions_and_enter_then_searches(page, live_server, seaweed_site):
    box = _type_in_header(page, live_server, "seaweed")
    box.press("Escape")
    assert page.locator("#site-search-suggestions").is_hidden()
    assert box.get_attribute("aria-expanded") == "false"
    box.press("Enter")
    page.wait_for_url("**/en/search/?q=seaweed")
    assert "2 results for “seaweed”" in page.locator(".results-count").inner_text()
