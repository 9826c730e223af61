"""The partnering journey of issue 3, end to end in real headless Chromium.

A new visitor signs up in Chinese, verifies their email, creates an organisation, posts a technology
request written in Chinese, and, once a moderator has published it in the Wagtail admin and the
background worker has computed its matches, finds the demo's English AI-imaging offer among the
matches on their dashboard. They express interest; the offer's owner (who reads the site in English)
accepts, and only then do both see each other's contact details.

Interface text is looked up with the site's own translation catalogue (``_in``), so the assertions
hold whether or not a string has been translated yet; data (titles, names, emails) is asserted as is.
"""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from demo import marketplace
from demo.loader import load_demo_content
from tests.browser.texts import in_language as _in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ZH = "zh-hans"
EN = "en"

NEW_EMAIL = "lin.haiyan@zhiying-health.example.cn"
NEW_PASSWORD = "Haikou-partner-2026!"
ORGANISATION_NAME = "海口智影医疗科技有限公司"
REQUEST_TITLE = "寻求AI医学影像辅助诊断技术：肺结节与眼底筛查"
REQUEST_SUMMARY = (
    "海口智影医疗计划为海南基层医院引进人工智能医学影像辅助诊断软件，用于胸部CT肺结节筛查和糖尿病视网膜病变筛查。"
)
REQUEST_DESCRIPTION = (
    "我们为海南十余家基层医院提供远程影像服务，急需成熟的人工智能影像技术。\n\n"
    "需求：支持私有化部署，可通过DICOM对接PACS；已在海外完成临床验证。合作方式：技术许可或技术合作，"
    "欢迎东盟团队联系。"
)
INTEREST_MESSAGE = "您好！我们是海口的医疗影像服务商，希望许可贵司的肺结节与眼底筛查软件，并在海南开展本地验证。"


def _demo(key, items):
    return next(item for item in items if item["key"] == key)


def _verification_link(email):
    """The link in the newest email sent to ``email`` that leads to the confirmation page."""
    for message in reversed(mail.outbox):
        if email in message.to:
            found = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body)
            assert found, f"no confirmation link in the email {message.subject!r}:\n{message.body}"
            return found.group(0)
    raise AssertionError(f"no email was sent to {email}; outbox: {[m.to for m in mail.outbox]}")


def _new_page(browser, locale):
    context = browser.new_context(locale=locale)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


def _heading(page):
    return page.get_by_role("heading", level=1).inner_text().strip()


def _contact_heading(page, language):
    """The introduction's "Contact details" heading (inside <main>: the site footer has a "Contact" one)."""
    return page.get_by_role("main").get_by_role("heading", name=_in(language, "Contact details"), exact=True)


def _choose(page, field_name, label):
    """Tick the checkbox labelled ``label`` inside the group of checkboxes named ``field_name``."""
    page.get_by_label(label, exact=True).and_(page.locator(f"input[name='{field_name}']")).check()


def _sign_up_and_verify(page, base):
    page.goto(f"{base}/{ZH}/accounts/signup/")
    assert page.get_attribute("html", "lang") == ZH
    assert _heading(page) == _in(ZH, "Sign up")
    page.locator("input[name='full_name']").fill("张伟")
    page.locator("input[name='email']").fill(NEW_EMAIL)
    page.locator("input[name='password1']").fill(NEW_PASSWORD)
    page.locator("input[name='password2']").fill(NEW_PASSWORD)
    page.locator("input[name='consent']").check()
    page.locator("form").get_by_role("button", name=_in(ZH, "Sign up")).click()
    page.wait_for_load_state()
    assert _heading(page) == _in(ZH, "Verify Your Email Address")
    assert page.get_by_role("button", name=_in(ZH, "Log out")).count() == 0

    page.goto(_verification_link(NEW_EMAIL))
    assert _heading(page) == _in(ZH, "Confirm Email Address")
    assert page.get_by_role("link", name=NEW_EMAIL).is_visible()
    page.get_by_role("button", name=_in(ZH, "Confirm"), exact=True).click()
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == ZH
    assert page.get_by_role("button", name=_in(ZH, "Log out")).is_visible(), "not logged in after confirming"


def _create_organisation(page, base):
    page.goto(f"{base}/{ZH}/account/organisation/")
    assert _heading(page) == _in(ZH, "Add your organisation")
    page.locator("#id_name").fill(ORGANISATION_NAME)
    page.locator("#id_kind").select_option("sme")
    page.locator("#id_country").select_option("CN")
    page.locator("#id_city").fill("海口")
    _choose(page, "sectors", "数字经济")
    _choose(page, "sectors", "现代生物医药")
    page.get_by_role("button", name=_in(ZH, "Save organisation")).click()
    page.wait_for_load_state()
    assert _heading(page) == ORGANISATION_NAME
    assert page.get_by_text("海口").first.is_visible()


def _post_request(page, base):
    page.goto(f"{base}/{ZH}/opportunities/new/")
    assert page.get_attribute("html", "lang") == ZH
    assert _heading(page) == _in(ZH, "Post a listing")
    page.locator("#id_kind").select_option("tech-request")
    page.locator("#id_title").fill(REQUEST_TITLE)
    page.locator("#id_summary").fill(REQUEST_SUMMARY)
    page.locator("#id_description").fill(REQUEST_DESCRIPTION)
    assert page.locator("#id_original_language").input_value() == ZH
    # The same codes as the demo's Singapore offer, ticked by their Chinese names.
    _choose(page, "sectors", "数字经济")
    _choose(page, "sectors", "现代生物医药")
    _choose(page, "subfields", "人工智能")
    _choose(page, "subfields", "高端医疗器械")
    for keyword in ("人工智能", "医学影像", "计算机视觉"):
        _choose(page, "keywords", keyword)
    for cooperation in ("许可", "技术合作"):
        _choose(page, "cooperation_types", cooperation)
    # Target regions are optional and folded away: open them as a person would, by their summary.
    regions = page.locator("details", has=page.locator("input[name='target_regions']"))
    regions.locator("summary").click()
    _choose(page, "target_regions", "东盟")
    page.locator("#id_stage").select_option("pilot")
    deadline = timezone.localdate() + datetime.timedelta(days=90)
    page.locator("#id_deadline").fill(deadline.isoformat())
    page.get_by_role("button", name=_in(ZH, "Save and submit for review")).click()
    page.wait_for_load_state()
    assert _heading(page) == _in(ZH, "My listings"), page.locator(".field-error").all_inner_texts()
    mine = page.locator(".my-listing", has=page.get_by_role("link", name=REQUEST_TITLE))
    assert mine.locator(".badge").inner_text().strip() == _in(ZH, "Awaiting moderation")


def _moderator_publishes(browser, base, password):
    context, page = _new_page(browser, "en-GB")
    try:
        page.goto(f"{base}/admin/login/")
        page.locator("#id_username").fill("moderator")
        page.locator("#id_password").fill(password)
        page.locator("form").get_by_role("button", name=_in(EN, "Sign in")).click()
        page.wait_for_load_state()
        page.goto(f"{base}/admin/moderation/listings/")
        assert _heading(page) == _in(EN, "Listings to moderate")
        page.get_by_role("link", name=REQUEST_TITLE).click()
        page.wait_for_load_state()
        assert page.get_by_text(REQUEST_SUMMARY).first.is_visible()
        page.get_by_role("button", name=_in(EN, "Publish"), exact=True).click()
        page.wait_for_url(f"{base}/admin/moderation/listings/")
        published = _in(EN, "“%(title)s” is published and its owner was told.") % {"title": REQUEST_TITLE}
        assert page.get_by_text(published).is_visible(), "no confirmation that the listing is published"
    finally:
        context.close()


def test_chinese_request_meets_english_offer_and_both_sides_see_contacts_after_acceptance(live_server, browser):
    logins = load_demo_content()
    base = live_server.url
    offer = _demo("lumina-screening-offer", marketplace.LISTINGS)
    owner = _demo("lumina", marketplace.ORGANISATIONS)
    owner_contact = owner["contact"]

    requester_context, page = _new_page(browser, "zh-CN")
    try:
        _sign_up_and_verify(page, base)
        _create_organisation(page, base)
        _post_request(page, base)

        _moderator_publishes(browser, base, logins["password"])
        # The real worker, once over the queue. Options go as arguments: argparse checks the default
        # backend ("default", the immediate one) unless --backend is on the command line.
        call_command("db_worker", "--backend", "background", "--batch", "--no-startup-delay", verbosity=0)

        # Matches for the requester: the English offer, shown with its author's Chinese title, with reasons.
        page.goto(f"{base}/{ZH}/opportunities/dashboard/")
        assert page.get_attribute("html", "lang") == ZH
        matches = page.locator("section", has=page.get_by_role("heading", name=_in(ZH, "Matches for you")))
        match = matches.locator(".match", has=page.get_by_role("link", name=offer["translated_title"]))
        assert match.count() == 1, f"the English offer is not among the matches: {matches.inner_text()}"
        assert owner["name"] in match.inner_text()
        # The strongest reasons first, in Chinese with the English name beside it: shared concepts, not
        # "licence agreement".
        reasons = match.locator(".match-reasons li").all_inner_texts()
        both_about = _in(ZH, "Both about %(name)s").split("%")[0]
        assert reasons[0].startswith(both_about), reasons
        assert any(term in " · ".join(reasons[:3]) for term in ("医学影像", "计算机视觉")), reasons
        assert "Medical imaging" in " ".join(reasons) or "Computer vision" in " ".join(reasons), reasons

        # The requester says the match is useful, with a reason: it is kept, and the page says so.
        match.get_by_label(_in(ZH, "Why? (optional)")).select_option("good-fit")
        match.get_by_role("button", name=_in(ZH, "Useful")).click()
        page.wait_for_load_state()
        assert page.get_by_text(_in(ZH, "Marked useful. Thank you!")).is_visible()
        match = matches.locator(".match", has=page.get_by_role("link", name=offer["translated_title"]))
        assert match.get_by_text(_in(ZH, "You marked this useful.")).is_visible()

        match.get_by_role("link", name=offer["translated_title"]).click()
        page.wait_for_load_state()
        assert _heading(page) == offer["translated_title"]
        assert page.locator("[lang='en']", has_text=offer["title"]).count() == 1, "the English original is not shown"
        assert owner_contact["email"] not in page.content()

        page.get_by_role("link", name=_in(ZH, "Express interest")).click()
        page.wait_for_load_state()
        page.get_by_label(_in(ZH, "Your message to the listing's owner")).fill(INTEREST_MESSAGE)
        page.get_by_role("button", name=_in(ZH, "Send expression of interest")).click()
        page.wait_for_url(re.compile(r"/zh-hans/opportunities/introductions/\d+/$"))
        introduction_path = page.url.removeprefix(base).removeprefix(f"/{ZH}")
        assert _heading(page) == offer["translated_title"]
        assert page.get_by_text(_in(ZH, "Waiting for a reply")).first.is_visible()
        assert page.get_by_text(INTEREST_MESSAGE).is_visible()
        # Before acceptance the requester must not learn how to reach the owner.
        assert _contact_heading(page, ZH).count() == 0
        assert owner_contact["email"] not in page.content()
        assert owner_contact["phone"] not in page.content()

        # The owner signs in (in English), finds the introduction on the dashboard and accepts it.
        owner_context, owner_page = _new_page(browser, "en-GB")
        try:
            owner_page.goto(f"{base}/{EN}/accounts/login/")
            owner_page.locator("input[name='login']").fill(owner_contact["email"])
            owner_page.locator("input[name='password']").fill(logins["password"])
            owner_page.locator("form").get_by_role("button", name=_in(EN, "Log in")).click()
            owner_page.wait_for_load_state()
            owner_page.goto(f"{base}/{EN}/opportunities/dashboard/")
            assert owner_page.get_attribute("html", "lang") == EN
            received = owner_page.locator("div", has=owner_page.get_by_role("heading", name=_in(EN, "Received")))
            received.locator("li", has_text=ORGANISATION_NAME).get_by_role("link", name=offer["title"]).click()
            owner_page.wait_for_load_state()
            assert owner_page.url == f"{base}/{EN}{introduction_path}"
            assert _heading(owner_page) == offer["title"]
            assert owner_page.get_by_text(INTEREST_MESSAGE).is_visible()
            assert ORGANISATION_NAME in owner_page.content()
            assert NEW_EMAIL not in owner_page.content(), "the requester's email shows before acceptance"

            owner_page.get_by_role("button", name=_in(EN, "Accept and share contact details")).click()
            owner_page.wait_for_load_state()
            assert _contact_heading(owner_page, EN).is_visible()
            interested = owner_page.locator(
                ".card", has=owner_page.get_by_role("heading", name=_in(EN, "Interested party"))
            )
            assert interested.get_by_role("link", name=NEW_EMAIL).is_visible()
            assert ORGANISATION_NAME in interested.inner_text()
        finally:
            owner_context.close()

        # The requester reloads the introduction and now sees the owner's contact details.
        page.reload()
        assert page.get_attribute("html", "lang") == ZH
        assert _contact_heading(page, ZH).is_visible()
        listing_owner = page.locator(".card", has=page.get_by_role("heading", name=_in(ZH, "Listing owner")))
        assert listing_owner.get_by_role("link", name=owner_contact["email"]).is_visible()
        assert owner_contact["full_name"] in listing_owner.inner_text()
        assert owner_contact["phone"] in listing_owner.inner_text()
    finally:
        requester_context.close()
