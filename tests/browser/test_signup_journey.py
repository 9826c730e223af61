"""A new visitor signs up with their name and consent, verifies the address and ends logged in with their name shown.

At 360 px and 1280 px, in English and Chinese. Interface text is looked up in the site's own catalogue
(``_in``), so the journey holds whether or not the Chinese of a new string has been merged yet.
"""

import re

import pytest
from django.core import mail

from accounts.models import ConsentKind, ConsentRecord, Profile
from tests.browser.texts import in_language as _in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Offshore-Haikou-2025"
NAMES = {"en": "Amelia Hart", "zh-hans": "王晓明"}


def _verification_link(email):
    for message in reversed(mail.outbox):
        if email in message.to:
            return re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)
    raise AssertionError(f"no email was sent to {email}")


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_sign_up_with_name_and_consent_ends_logged_in_with_the_name_shown(
    browser, live_server, legal_pages, language, width
):
    email = f"journey-{language}-{width}@example.com"
    context = browser.new_context(
        locale="zh-CN" if language == "zh-hans" else "en-GB", viewport={"width": width, "height": 800}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{live_server.url}/{language}/accounts/signup/")
        assert page.get_by_role("heading", level=1).inner_text().strip() == _in(language, "Sign up")
        form = page.locator("form.account-form")
        # The consent box links the live policies, with their versions.
        consent_row = form.locator(".form-field", has=page.locator("input[name='consent']"))
        assert consent_row.get_by_role("link").count() == 2
        assert "2026-12-01" in consent_row.inner_text()

        form.locator("input[name='full_name']").fill(NAMES[language])
        form.locator("input[name='email']").fill(email)
        form.locator("input[name='password1']").fill(PASSWORD)
        form.locator("input[name='password2']").fill(PASSWORD)
        form.get_by_role("button", name=_in(language, "Sign up")).click()
        page.wait_for_load_state()
        # Without the consent box ticked the form comes back, keeping the name.
        assert (
            _in(
                language, "Tick the box to agree to the privacy policy and terms of use; you cannot sign up without it."
            )
            in page.content()
        )
        assert page.locator("input[name='full_name']").input_value() == NAMES[language]
        page.screenshot(path=f"/tmp/brief/shots/B-signup-error-{language}-{width}.png", full_page=True)

        page.locator("input[name='password1']").fill(PASSWORD)
        page.locator("input[name='password2']").fill(PASSWORD)
        page.locator("input[name='consent']").check()
        page.locator("form.account-form").get_by_role("button", name=_in(language, "Sign up")).click()
        page.wait_for_load_state()
        assert page.get_by_role("heading", level=1).inner_text().strip() == _in(language, "Verify Your Email Address")
        assert page.get_by_role("button", name=_in(language, "Resend verification email")).is_visible()
        page.screenshot(path=f"/tmp/brief/shots/B-verify-{language}-{width}.png", full_page=True)

        page.goto(_verification_link(email))
        page.get_by_role("button", name=_in(language, "Confirm"), exact=True).click()
        page.wait_for_load_state()

        profile_url = f"{live_server.url}/{language}/account/profile/"
        page.goto(profile_url)
        assert page.url == profile_url  # not sent to the log-in page: the person is logged in
        assert page.locator("input[name='full_name']").input_value() == NAMES[language]
        assert page.locator("form.logout-form button").count() >= 1  # in the header (a menu at 360 px)
        page.screenshot(path=f"/tmp/brief/shots/B-profile-{language}-{width}.png", full_page=True)
    finally:
        context.close()

    profile = Profile.objects.get(user__email=email)
    assert profile.full_name == NAMES[language] and profile.preferred_language == language
    assert set(ConsentRecord.objects.filter(user=profile.user).values_list("kind", "version")) == {
        (ConsentKind.PRIVACY, "2026-12-01"),
        (ConsentKind.TERMS, "3.0"),
    }
