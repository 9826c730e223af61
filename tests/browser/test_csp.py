"""The pages that run scripts still work in real Chromium under the Content-Security-Policy.

The policy lives in the base settings, so these tests run under the headers production sends. Each test
fails if Chromium reports a policy violation, a Permissions-Policy header error or a script error.
Map tiles come from the internet, so the tile server is answered by the browser itself (``page.route``):
Chromium only asks for a tile when the policy allows its host.
"""

import base64
import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from core.csp import origin
from tests.browser.test_service_payment_journey import _in, _status_badge, _type_card
from tests.factories import NewsPageFactory, ParkPageFactory
from tests.payments.conftest import awaiting_request  # noqa: F401
from tests.services.conftest import paid_service, provider, provider_index, service_index  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REPORT_VIOLATIONS = """document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline code"}`);
});"""
PROBLEM_MARKERS = ("CSP violation", "Content Security Policy", "Permissions-Policy")
ONE_PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)
EDITOR_PASSWORD = "Preview-desk-2026!"


@pytest.fixture
def problems(page):
    """What Chromium reports against the page: policy violations, header errors and uncaught script errors."""
    reported = []
    page.add_init_script(REPORT_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            reported.append(message.text) if any(marker in message.text for marker in PROBLEM_MARKERS) else None
        ),
    )
    page.on("pageerror", lambda error: reported.append(f"script error: {error}"))
    return reported


def test_parks_map_shows_markers_and_tiles(live_server, page, problems, site_tree):
    ParkPageFactory(parent=site_tree["parks"], title_en="Haikou National High-tech Zone")
    ParkPageFactory(
        parent=site_tree["parks"],
        title_en="Yaogu Industrial Park",
        latitude=Decimal("19.985000"),
        longitude=Decimal("110.215000"),
    )
    tiles = []

    def serve_tile(route):
        tiles.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=ONE_PIXEL_PNG)

    page.route(f"{origin(settings.PARKS_MAP_TILES['url'])}/**", serve_tile)
    page.goto(f"{live_server.url}/en/parks/")

    page.locator("#park-map").wait_for(state="visible")  # hidden unless Leaflet started
    assert page.get_by_role("button", name="Haikou National High-tech Zone").is_visible()
    assert page.get_by_role("button", name="Yaogu Industrial Park").is_visible()
    page.locator("img.leaflet-tile-loaded").first.wait_for()
    assert tiles
    page.get_by_role("button", name="Yaogu Industrial Park").click()
    assert page.locator(".leaflet-popup").get_by_role("link", name="Yaogu Industrial Park").is_visible()
    assert problems == []


def test_card_payment_goes_through_under_the_policy(live_server, page, problems, awaiting_request):  # noqa: F811
    base = live_server.url
    page.goto(f"{base}{reverse('services:track', args=[awaiting_request.access_token])}")
    page.goto(f"{base}{reverse('payments:pay', args=[awaiting_request.reference])}")
    assert page.get_by_role("heading", level=1).inner_text().strip() == _in("en", "Pay by card")

    _type_card(page, "4242424242424242")
    page.get_by_role("button", name=re.compile(r"CNY 1,500\b")).click()
    page.wait_for_url(f"{base}/en/service-requests/{awaiting_request.reference}/")
    assert _status_badge(page) == _in("en", "Paid")
    assert problems == []


def test_editor_previews_a_page_in_the_wagtail_admin(live_server, page, problems, site_tree):
    story = NewsPageFactory(parent=site_tree["news"], title_en="Seaweed farm opens in Wenchang")
    get_user_model().objects.create_superuser("editor", "editor@example.org", EDITOR_PASSWORD)
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("#id_username").fill("editor")
    page.locator("#id_password").fill(EDITOR_PASSWORD)
    page.locator("form").get_by_role("button", name=_in("en", "Sign in")).click()
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/pages/{story.pk}/edit/")
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("#w-preview-iframe")
    preview.get_by_role("heading", level=1, name="Seaweed farm opens in Wenchang").wait_for()
    assert problems == []
