"""Editing a published listing in real headless Chromium: it stays live until a moderator approves the change.

The owner (in English or Chinese, on a phone or a desktop) changes the title of a published listing and sees
that the change waits for review; an anonymous visitor still sees the old title on the listing and on the
browse page; a moderator compares both versions in the Wagtail admin (at desktop width) and approves; the
visitor then sees the new title.

Interface text is looked up with the site's own translation catalogue (``_in``), so the assertions hold
whether or not a string has been translated yet.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import translation

from tests.browser.contexts import browser_context as _context
from tests.browser.texts import in_language as _in
from tests.factories import SectorFactory
from tests.opportunities.factories import CooperationTypeFactory, ListingFactory, UserFactory, make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OLD_TITLE = "Tidal energy turbine for island grids"
NEW_TITLE = "Second-generation tidal turbine for island grids"
SHOTS = "/tmp/brief/shots"


def _url(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def _heading(page):
    return page.get_by_role("heading", level=1).inner_text().strip()


def _moderator():
    group, _ = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="opportunities", codename="change_listing"),
    )
    user = UserFactory()
    user.groups.add(group)
    return user


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_edited_listing_stays_live_until_a_moderator_approves(
    browser, live_server, settings, tmp_path, language, width
):
    settings.MEDIA_ROOT = tmp_path
    owner = make_member(language=language)
    listing = ListingFactory(
        owner=owner,
        organisation=owner.profile.organisation,
        title=OLD_TITLE,
        summary="Clean power from the tides for Hainan's islands.",
        sectors=[SectorFactory()],
        cooperation_types=[CooperationTypeFactory()],
    )
    base = live_server.url
    detail = base + _url(language, "opportunities:detail", listing.pk)
    shot = f"{SHOTS}/D-listing-edit-{language}-{width}"

    owner_context, owner_page = _context(browser, live_server, width, language, owner)
    visitor_context, visitor_page = _context(browser, live_server, width, language)
    try:
        owner_page.goto(base + _url(language, "opportunities:edit", listing.pk))
        owner_page.locator("#id_title").fill(NEW_TITLE)
        owner_page.get_by_role("button", name=_in(language, "Save and send for review")).click()
        owner_page.wait_for_load_state()
        errors = owner_page.locator(".field-error").all_inner_texts()
        assert _heading(owner_page) == _in(language, "My listings"), errors
        notice = _in(language, "Your changes are waiting for review; the current version stays public.")
        assert owner_page.get_by_text(notice).is_visible()
        owner_page.screenshot(path=f"{shot}-owner.png", full_page=True)

        visitor_page.goto(detail)
        assert _heading(visitor_page) == OLD_TITLE
        assert visitor_page.get_by_text(NEW_TITLE).count() == 0
        visitor_page.goto(base + _url(language, "opportunities:index"))
        assert visitor_page.get_by_role("link", name=OLD_TITLE).first.is_visible()

        _moderator_approves(browser, live_server, shot if width == 1280 else None)

        visitor_page.goto(detail)
        assert _heading(visitor_page) == NEW_TITLE
        visitor_page.screenshot(path=f"{shot}-visitor-after.png", full_page=True)
        owner_page.goto(detail)
        assert owner_page.get_by_text(notice).count() == 0
    finally:
        owner_context.close()
        visitor_context.close()


def _moderator_approves(browser, live_server, shot):
    context, page = _context(browser, live_server, 1280, "en-GB", _moderator())
    try:
        page.goto(live_server.url + reverse("listing_moderation:index"))
        assert _heading(page) == _in("en", "Listings to moderate")
        page.get_by_role("link", name=OLD_TITLE).click()
        page.wait_for_load_state()
        comparison = page.locator(".listing-change__row--title")
        assert OLD_TITLE in comparison.locator(".listing-change__published").inner_text()
        assert NEW_TITLE in comparison.locator(".listing-change__proposed").inner_text()
        if shot:
            page.screenshot(path=f"{shot}-moderator.png", full_page=True)
        page.get_by_role("button", name=_in("en", "Approve the changes")).click()
        page.wait_for_url(live_server.url + reverse("listing_moderation:index"))
        approved = _in("en", "The changes to “%(title)s” are public and its owner was told.") % {"title": OLD_TITLE}
        assert page.get_by_text(approved).is_visible()
    finally:
        context.close()
