"""A reader goes from a policy to the service that acts on it and back, and reads an event's time."""

import pytest

from demo.loader import load_demo_content

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

POLICY = {
    "en": "Foreigners' Work Permit Facilitation in the Hainan Free Trade Port",
    "zh-hans": "外国人来琼工作许可便利化措施",
}


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_reader_follows_a_policy_to_its_service_and_back(live_server, browser, language, width):
    load_demo_content()
    page = browser.new_context(viewport={"width": width, "height": 800}).new_page()
    page.goto(f"{live_server.url}/{language}/policies/foreigners-work-permit-service-zone/")
    assert page.get_by_role("heading", level=1).inner_text() == POLICY[language]

    services = page.locator("section[aria-labelledby='policy-services-heading']")
    services.scroll_into_view_if_needed()
    assert services.is_visible()
    services.get_by_role("link").first.click()
    page.wait_for_load_state()
    assert f"/{language}/services/work-permit-and-visa/" in page.url

    policies = page.locator("section[aria-labelledby='service-policies-heading']")
    assert policies.get_by_role("link", name=POLICY[language]).is_visible()
    policies.get_by_role("link", name=POLICY[language]).click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == POLICY[language]


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_event_time_is_shown_in_beijing_time(live_server, browser, language, width):
    load_demo_content()
    page = browser.new_context(viewport={"width": width, "height": 800}).new_page()
    page.goto(f"{live_server.url}/{language}/events/soft-landing-bootcamp-foreign-founders/")
    starts = page.locator("dl.facts time").first.inner_text()
    assert "09:30" in starts and "UTC+8" in starts
    assert ("Beijing time" in starts) if language == "en" else ("年" in starts)
