"""A visitor writes to the platform team: a mistake is pointed out with their text kept, then the message goes.

At 360 px and 1280 px, in English and Chinese. The header shows the bilingual wordmark; the footer the
legal pages and filing numbers.
"""

import pytest
from django.core import mail
from wagtail.models import Site

from home.models import ContactMessage, SiteSettings
from tests.browser.texts import in_language as _in
from tests.home.test_contact_form import ContactPageFactory
from tests.home.test_legal_pages import legal_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAMES = {"en": "Haikou International Offshore Innovation Platform", "zh-hans": "海口国际离岸创新创业平台"}


@pytest.fixture
def contact_site(site_tree):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "hello@offshore-haikou.example.cn"
    settings.icp_filing_number = "琼ICP备2026000000号-1"
    settings.public_security_filing_number = "琼公网安备46010802000000号"
    settings.save()
    legal_page(site_tree, "privacy")
    ContactPageFactory(parent=site_tree["home"])
    return site_tree


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_visitor_fixes_a_mistake_and_sends_a_message(browser, live_server, contact_site, language, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{live_server.url}/{language}/contact/")
        brand = page.locator("a.brand")
        assert brand.inner_text().splitlines()[0].strip() == NAMES[language]  # the reader's language first
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

        page.get_by_label(_in(language, "Name"), exact=True).fill("Amelia Hart")
        page.get_by_label(_in(language, "Email address")).fill("amelia@example")
        page.locator("#id_message").fill("We would like to register a company in Haikou.")
        page.get_by_role("button", name=_in(language, "Send message")).click()

        summary = page.get_by_role("alert")
        assert _in(language, "There is a problem") in summary.inner_text()
        assert page.get_by_label(_in(language, "Name"), exact=True).input_value() == "Amelia Hart"
        assert page.locator("#id_message").input_value() == "We would like to register a company in Haikou."
        summary.get_by_role("link", name=_in(language, "Choose what your message is about.")).click()

        page.get_by_label(_in(language, "Email address")).fill("amelia@example.com")
        page.locator("#id_topic").select_option("services")
        page.locator("#id_privacy_consent").check()
        page.get_by_role("button", name=_in(language, "Send message")).click()

        page.get_by_role("status").filter(has_text=_in(language, "Thank you, your message has been sent")).wait_for()
        assert ContactMessage.objects.get().language == language
        assert {email.to[0] for email in mail.outbox} == {"hello@offshore-haikou.example.cn", "amelia@example.com"}

        footer = page.locator("footer")
        assert (
            footer.get_by_role("link", name="琼ICP备2026000000号-1").get_attribute("href")
            == "https://beian.miit.gov.cn/"
        )
        assert (
            footer.get_by_role("link", name="琼公网安备46010802000000号")
            .get_attribute("href")
            .endswith("code=46010802000000")
        )
    finally:
        context.close()
