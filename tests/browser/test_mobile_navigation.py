"""Phones get a menu button, folded filters and big tap targets; wide screens keep the full header.

Each test runs at 360 px and 1280 px wide, in English and Chinese. The parks map is checked with its tile
server failing (this machine has no internet, and ``page.route`` makes the failure certain).
"""

from decimal import Decimal

import pytest
from django.conf import settings

from core.csp import origin
from tests.browser.texts import in_language as _in
from tests.factories import ParkPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORTS = {360: [640, 780], 1280: [800]}
LANGUAGES = ["en", "zh-hans"]
TAP = 44
MAP_NOTICE = (
    "The background map could not be loaded, so the markers show without streets. "
    "Every location is listed below with its address."
)
HEADER_TARGETS = ".site-header a, .site-header button, .site-header input, .site-header .lang-switch span"


@pytest.fixture
def open_page(browser, live_server):
    contexts = []

    def open_page(path, width, height=800, javascript=True):
        context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.route(f"{origin(settings.PARKS_MAP_TILES['url'])}/**", lambda route: route.abort())
        page.goto(f"{live_server.url}{path}")
        return page

    yield open_page
    for context in contexts:
        context.close()


def _small_targets(page):
    """Visible header controls smaller than 44×44 px, as (text, width, height)."""
    return page.evaluate(f"""() => Array.from(document.querySelectorAll({HEADER_TARGETS!r}))
        .filter(element => element.getClientRects().length && getComputedStyle(element).visibility !== "hidden")
        .map(element => [element.textContent.trim(), element.getBoundingClientRect()])
        .filter(([, box]) => box.width < {TAP} || box.height < {TAP})
        .map(([text, box]) => [text, Math.round(box.width), Math.round(box.height)])""")


def _menu_link(page, language):
    parks = "园区" if language == "zh-hans" else "Parks"  # the section's title in site_tree
    return page.get_by_role("navigation", name=_in(language, "Main menu")).get_by_role("link", name=parks, exact=True)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", VIEWPORTS)
def test_menu_button_appears_only_on_narrow_screens_and_toggles_the_menu(open_page, site_tree, language, width):
    page = open_page(f"/{language}/", width)
    menu_button = page.get_by_role("button", name=_in(language, "Menu"))
    if width >= 768:
        assert not menu_button.is_visible()
        assert _menu_link(page, language).is_visible()
        return
    assert menu_button.is_visible() and menu_button.get_attribute("aria-expanded") == "false"
    assert not _menu_link(page, language).is_visible()
    assert page.get_by_role("navigation", name=_in(language, "Language")).is_visible()  # never behind the button

    menu_button.click()
    assert menu_button.get_attribute("aria-expanded") == "true"
    assert _menu_link(page, language).is_visible()
    assert page.get_by_role("link", name=_in(language, "Log in")).is_visible()
    assert _small_targets(page) == []

    _menu_link(page, language).focus()
    page.keyboard.press("Escape")
    assert menu_button.get_attribute("aria-expanded") == "false"
    assert not _menu_link(page, language).is_visible()
    assert page.evaluate("document.activeElement.dataset.menuToggle") == ""  # focus back on the button


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", VIEWPORTS)
def test_header_links_are_big_enough_to_tap_and_leave_the_screen_to_the_page(open_page, site_tree, language, width):
    for height in VIEWPORTS[width]:
        page = open_page(f"/{language}/", width, height)
        assert _small_targets(page) == []
        header = page.locator("header.site-header").bounding_box()
        assert header["height"] < height / 4, f"header {header['height']} px of {height} px"


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_javascript_the_menu_stays_reachable(open_page, site_tree, language):
    page = open_page(f"/{language}/", 360, javascript=False)
    assert _menu_link(page, language).is_visible()
    assert not page.get_by_role("button", name=_in(language, "Menu")).is_visible()
    page = open_page(f"/{language}/parks/", 360, javascript=False)
    assert page.get_by_role("button", name=_in(language, "Apply filters")).is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", VIEWPORTS)
def test_filter_panel_is_folded_on_narrow_screens(open_page, site_tree, language, width):
    ParkPageFactory(parent=site_tree["parks"])
    page = open_page(f"/{language}/parks/", width)
    apply = page.get_by_role("button", name=_in(language, "Apply filters"))
    if width >= 768:
        assert apply.is_visible()
        return
    assert not apply.is_visible()
    page.locator("summary", has_text=_in(language, "Filters")).click()
    assert apply.is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", VIEWPORTS)
def test_parks_map_shows_markers_and_says_when_tiles_fail(open_page, site_tree, language, width):
    for number, (lat, lng) in enumerate(
        [
            ("20.0052", "110.2851"),
            ("20.0104", "110.2903"),
            ("19.9318", "110.2284"),
            ("20.0408", "110.4702"),
            ("1.2990", "103.7876"),
        ]
    ):
        ParkPageFactory(
            parent=site_tree["parks"],
            title_en=f"Park {number}",
            title_zh_hans=f"Park {number}",
            latitude=Decimal(lat),
            longitude=Decimal(lng),
        )
    page = open_page(f"/{language}/parks/", width)
    page.locator("#park-map").wait_for(state="visible")
    notice = page.locator("#map-notice")
    notice.wait_for(state="visible")
    assert notice.inner_text().strip() == _in(language, MAP_NOTICE)
    assert page.locator("#park-map .leaflet-marker-icon").count() >= 2  # markers and clusters
    assert page.get_by_role("heading", name="Park 4").is_visible()  # the list stays, abroad included

    park_page = open_page(page.locator(".card a").first.get_attribute("href"), width)
    park_page.locator("#park-map .leaflet-marker-icon").first.wait_for()
    assert park_page.locator("#park-map .leaflet-marker-icon").count() == 1
    park_page.locator("#map-notice").wait_for(state="visible")
