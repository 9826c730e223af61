import pytest

from demo.loader import load_demo_content

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_switches_to_chinese_and_reads_a_news_item(live_server, page):
    load_demo_content()
    page.goto(f"{live_server.url}/")
    assert page.url == f"{live_server.url}/en/"
    assert page.get_attribute("html", "lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Innovate from anywhere. Launch in Haikou."

    page.get_by_role("navigation", name="Language").get_by_role("link", name="简体中文").click()
    page.wait_for_url(f"{live_server.url}/zh-hans/")
    assert page.get_attribute("html", "lang") == "zh-hans"
    assert page.get_by_role("link", name="发布需求").is_visible()

    news_section = page.locator("section", has=page.get_by_role("heading", name="最新离岸资讯"))
    first_story = news_section.get_by_role("article").first.get_by_role("link").last
    title = first_story.inner_text()
    first_story.click()
    page.wait_for_load_state()
    assert "/zh-hans/news/" in page.url
    assert page.get_by_role("heading", level=1).inner_text() == title
    assert page.get_attribute("html", "lang") == "zh-hans"
    assert page.locator("link[hreflang='en']").count() == 1

    page.get_by_role("navigation", name="语言").get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert "/en/news/" in page.url
    assert page.get_attribute("html", "lang") == "en"


def test_home_page_fits_a_360px_phone(live_server, browser):
    load_demo_content()
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server.url}/zh-hans/")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert page.locator(".skip-link").is_visible()
    context.close()
