"""Browser contexts for journeys: a viewport width, a locale and, when given, a signed-in user."""

from django.conf import settings
from django.test import Client


def browser_context(browser, live_server, width, locale, user=None):
    """A browser context ``width`` px wide, signed in as ``user`` (a session made by Django's test client)."""
    context = browser.new_context(locale=locale, viewport={"width": width, "height": 800})
    if user is not None:
        client = Client()
        client.force_login(user)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}])
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page
