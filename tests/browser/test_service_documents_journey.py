"""Documents after submission, end to end in headless Chromium, in both languages at 360 px and 1280 px.

A visitor requests a free legal consultation, then adds a passport scan in the request's message thread
(with the separate consent for sensitive personal information); a staff member opens the request in the
Wagtail admin, sees the document with the message and downloads it.

Interface text is looked up with the site's own translation catalogue (``_in``), so the assertions hold
whether or not a string has been translated yet.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from services.models import RequestAttachment, ServiceRequest
from tests.browser.texts import in_language as _in
from tests.services.conftest import free_service, provider, provider_index, service_index  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STAFF_PASSWORD = "Service-desk-2026!"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
SHOTS = "/tmp/brief/shots"


def _new_page(browser, width, locale):
    context = browser.new_context(locale=locale, viewport={"width": width, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


def _submit_request(page, base, language, email):
    page.goto(f"{base}/{language}/services/legal-consultation/request/")
    page.locator("#id_contact_name").fill("Amara Okafor")
    page.locator("#id_contact_email").fill(email)
    page.locator("#id_country").select_option("NG")
    page.locator("#id_details").fill("We need advice on a joint venture in Haikou.")
    page.locator("form.service-request-form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/{language}/service-requests/SR-\d{{4}}-\d{{6}}/$"))


def _add_document(page, language, tmp_path):
    scan = tmp_path / "passport-scan.pdf"
    scan.write_bytes(PDF)
    form = page.locator("form.message-form")
    form.locator("#id_body").fill("Here is the passport scan you asked for.")
    form.locator("#id_document").set_input_files(str(scan))
    form.locator("#id_sensitive_consent").check()
    form.get_by_role("button", name=_in(language, "Send message")).click()
    page.wait_for_load_state()


def _staff_downloads(browser, base, width, service_request, tmp_path):
    context, page = _new_page(browser, width, "en-GB")
    try:
        page.goto(f"{base}/admin/login/")
        page.locator("#id_username").fill("desk")
        page.locator("#id_password").fill(STAFF_PASSWORD)
        page.locator("form").get_by_role("button", name=_in("en", "Sign in")).click()
        page.wait_for_load_state()
        page.goto(f"{base}/admin/services/requests/{service_request.pk}/")
        thread = page.locator("ol.service-request__thread")
        assert "Here is the passport scan you asked for." in thread.inner_text()
        link = thread.get_by_role("link", name="passport-scan.pdf")
        assert link.is_visible()
        with page.expect_download() as download_info:
            link.click()
        saved = tmp_path / "downloaded.pdf"
        download_info.value.save_as(saved)
        assert saved.read_bytes() == PDF
        page.screenshot(path=f"{SHOTS}/E-staff-document-{width}.png", full_page=False)
    finally:
        context.close()


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_requester_adds_a_document_after_submission_and_staff_download_it(
    live_server, browser, free_service, tmp_path, language, width
):  # noqa: F811
    get_user_model().objects.create_superuser("desk", "desk@example.org", STAFF_PASSWORD)
    base = live_server.url
    email = f"amara.{width}@lagos-robotics.example.ng"
    context, page = _new_page(browser, width, "zh-CN" if language == "zh-hans" else "en-GB")
    try:
        _submit_request(page, base, language, email)
        service_request = ServiceRequest.objects.get(contact_email=email)
        mail.outbox.clear()

        _add_document(page, language, tmp_path)

        assert page.get_by_text(_in(language, "Your message was sent.")).is_visible()
        thread = page.locator("#messages ol.thread")
        document_link = thread.get_by_role("link", name="passport-scan.pdf")
        assert document_link.is_visible()
        page.locator("#messages").scroll_into_view_if_needed()
        page.screenshot(path=f"{SHOTS}/E-requester-document-{language}-{width}.png", full_page=False)
        # Nothing spills sideways on a phone.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert RequestAttachment.objects.filter(request=service_request, message__isnull=False).count() == 1
        # The desk hears about it.
        assert any("passport-scan.pdf" in message.body for message in mail.outbox)
    finally:
        context.close()

    _staff_downloads(browser, base, width, service_request, tmp_path)
