"""Real headless Chromium (Debian's package) driven by Playwright, against pytest-django's live server."""

import os

import pytest

# Playwright's sync API keeps an event loop running in this thread; the ORM calls made by
# fixtures in the same thread are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture(autouse=True)
def public_base_url_is_the_live_server(request, settings):
    """Links in emails lead to the public base URL: in a browser journey that is the live server."""
    if "live_server" in request.fixturenames:
        live_server = request.getfixturevalue("live_server")
        settings.PORTAL_BASE_URL = settings.WAGTAILADMIN_BASE_URL = live_server.url
