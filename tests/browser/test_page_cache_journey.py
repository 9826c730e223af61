"""A reader in Chromium with the page cache on: shared pages for visitors, never someone else's page."""

import pytest
from allauth.account.models import EmailAddress

from home.models import SiteSettings
from tests.factories import NewsPageFactory
from tests.opportunities.factories import make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "harbour-lights-2026"


@pytest.fixture
def member():
    user = make_member(language="zh-hans")
    user.first_name, user.last_name = "Mei", "Lin"
    user.set_password(PASSWORD)
    user.save()
    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
    return user


def cache_state(page, url):
    response = page.goto(url)
    assert response.status == 200
    return response.headers["x-page-cache"]


def test_visitors_share_cached_pages_and_a_signed_in_reader_always_gets_their_own(
    live_server, browser, site_tree, member, settings
):
    settings.PAGE_CACHE_ENABLED = True
    SiteSettings.for_site(site_tree["home"].get_site())  # made on first use, which purges everything
    NewsPageFactory(parent=site_tree["news"], title_en="Port opens", title_zh_hans="港口开放")
    visitor = browser.new_context(locale="en-GB")
    page = visitor.new_page()
    assert cache_state(page, f"{live_server.url}/en/news/") == "miss"
    assert cache_state(page, f"{live_server.url}/en/news/") == "hit"
    assert page.get_by_role("link", name="Port opens").is_visible()
    assert not visitor.cookies()  # a shared page gives a visitor nothing of their own

    reader = browser.new_context(locale="zh-CN")
    mine = reader.new_page()
    mine.goto(f"{live_server.url}/zh-hans/accounts/login/")
    form = mine.locator("form", has=mine.locator("input[name='password']"))
    form.locator("input[name='login']").fill(member.email)
    form.locator("input[name='password']").fill(PASSWORD)
    form.locator("button[type='submit']").click()
    mine.wait_for_load_state()
    assert cache_state(mine, f"{live_server.url}/zh-hans/news/") == "pass"
    assert mine.get_by_role("link", name="港口开放").is_visible()
    assert mine.get_by_role("button", name="退出登录").count() == 1  # their own account menu

    # The anonymous copy of the same page never shows the reader's menu, in either language.
    assert cache_state(page, f"{live_server.url}/zh-hans/news/") == "miss"
    assert cache_state(page, f"{live_server.url}/zh-hans/news/") == "hit"
    assert page.get_by_role("button", name="退出登录").count() == 0
    assert cache_state(mine, f"{live_server.url}/zh-hans/news/") == "pass"
    visitor.close()
    reader.close()
