"""An innovation challenge from posting to a team's submission, in real headless Chromium (issue 12's journey).

A Chinese enterprise posts a challenge through the real form, in Chinese, on a phone (360 px), and submits
it for review; staff add the English title and summary in the Wagtail admin and approve it; an
English-speaking solver finds it, registers (which unlocks the confidential details), asks a question and
reads the seeker's public answer in English; the solver forms a team (the invitee accepts from the email
link), sends a submission with a PDF before the deadline, and both members get the receipt with its
reference; an unrelated solver who opens the submission's address gets the "not found" page.

Interface text is looked up with the site's own translation catalogue (``_in``), so the assertions hold
whether or not a string has been translated yet.
"""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from challenges.forms import beijing_zone
from challenges.models import Challenge, Status, Submission, SubmissionStatus
from tests.browser.contexts import browser_context as _context
from tests.browser.texts import in_language as _in
from tests.challenges.factories import UserFactory, make_member
from tests.factories import SectorFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = "/tmp/brief/shots"
WIDTH = 360
SEEKER_LANGUAGE, SOLVER_LANGUAGE = "zh-hans", "en"

TITLE_ZH = "一个生长季内完全降解的可降解地膜"
TITLE_EN = "A mulch film that degrades within one growing season"
SUMMARY_ZH = "海南的瓜菜种植需要一种在一个生长季内完全降解、不留残膜的地膜。"
SUMMARY_EN = "Hainan's vegetable farms need a mulch film that fully degrades within one season."
PROBLEM_ZH = "塑料地膜在土壤中残留数十年，影响耕地质量。"
MUST_DO_ZH = "在热带土壤中120天内完全降解，成本不高于现有地膜的1.5倍。"
CONFIDENTIAL_ZH = "现有供应商地膜价格为每吨18000元。"
CONFIDENTIAL_EN = "Our current supplier's film costs 18,000 CNY per tonne."
QUESTION = "Can the film contain a small share of bio-based polyethylene?"
ANSWER = "No: the film must be fully biodegradable, with no polyethylene of any origin."
SUBMISSION_TITLE = "Starch-PBAT blend film tuned for tropical soils"
# A minimal, valid one-page PDF.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
    b"trailer<</Size 4/Root 1 0 R>>\nstartxref\n164\n%%EOF\n"
)


def _url(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def _heading(page):
    return page.get_by_role("heading", level=1).inner_text().strip()


def _errors(page):
    return page.locator(".field-error, .error-summary, .help-critical").all_inner_texts()


def _no_horizontal_scroll(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= WIDTH, f"{page.url} scrolls sideways: {width} px wide at {WIDTH} px"


def _staff():
    group, _ = Group.objects.get_or_create(name="Challenge staff")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="challenges", codename="change_challenge"),
    )
    user = UserFactory()
    user.groups.add(group)
    return user


def _emails_to(address, subject=None):
    return [m for m in mail.outbox if address in m.to and (subject is None or m.subject == subject)]


def _subject(language, template_text, **values):
    return _in(language, template_text) % values


def test_a_challenge_from_posting_to_a_teams_submission(browser, live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    base = live_server.url
    sector = SectorFactory(name_en="Agriculture", name_zh_hans="农业")
    seeker = make_member(language=SEEKER_LANGUAGE)
    solver = make_member(language=SOLVER_LANGUAGE)
    teammate = make_member(language=SOLVER_LANGUAGE)
    stranger = make_member(language=SOLVER_LANGUAGE)
    shot = f"{SHOTS}/C-challenge-journey-{WIDTH}"

    seeker_context, seeker_page = _context(browser, live_server, WIDTH, SEEKER_LANGUAGE, seeker)
    solver_context, solver_page = _context(browser, live_server, WIDTH, SOLVER_LANGUAGE, solver)
    try:
        # 1. The enterprise posts the challenge in Chinese, saves a draft, then submits it for review.
        seeker_page.goto(base + _url(SEEKER_LANGUAGE, "challenges:create"))
        assert _heading(seeker_page) == _in(SEEKER_LANGUAGE, "Post a challenge")
        _fill_challenge_form_in_chinese(seeker_page, sector)
        _no_horizontal_scroll(seeker_page)
        seeker_page.screenshot(path=f"{shot}-seeker-form.png", full_page=True)
        seeker_page.get_by_role("button", name=_in(SEEKER_LANGUAGE, "Save as draft")).click()
        seeker_page.wait_for_load_state()
        assert _heading(seeker_page) == _in(SEEKER_LANGUAGE, "My challenges"), _errors(seeker_page)
        challenge = Challenge.objects.get(title_zh_hans=TITLE_ZH)
        assert challenge.status == Status.DRAFT
        assert challenge.owner == seeker and challenge.organisation == seeker.profile.organisation
        seeker_page.get_by_role("button", name=_in(SEEKER_LANGUAGE, "Submit for review")).click()
        seeker_page.wait_for_load_state()
        sent = _in(
            SEEKER_LANGUAGE,
            "Your challenge was sent to the platform's staff for review. We will email you when it is approved.",
        )
        assert seeker_page.get_by_text(sent).is_visible()
        challenge.refresh_from_db()
        assert challenge.status == Status.SUBMITTED

        # 2. Staff add the English brief in the Wagtail admin and approve it for publication now.
        _staff_translate_and_approve(browser, live_server, challenge, f"{shot}-staff")
        challenge.refresh_from_db()
        assert challenge.status == Status.APPROVED and challenge.is_public
        approved = _emails_to(seeker.email)
        assert approved, [m.to for m in mail.outbox]
        with translation.override(SEEKER_LANGUAGE):
            assert TITLE_ZH in approved[-1].subject

        # 3. The English-speaking solver finds it, registers, and reads the confidential details.
        solver_page.goto(base + _url(SOLVER_LANGUAGE, "challenges:index"))
        solver_page.get_by_role("link", name=TITLE_EN).first.click()
        solver_page.wait_for_load_state()
        detail = base + _url(SOLVER_LANGUAGE, "challenges:detail", challenge.pk)
        assert solver_page.url == detail
        assert _heading(solver_page) == TITLE_EN
        assert solver_page.get_by_text(_in(SOLVER_LANGUAGE, "Register to see the confidential details.")).is_visible()
        assert solver_page.get_by_text(CONFIDENTIAL_EN).count() == 0
        assert solver_page.get_by_text(CONFIDENTIAL_ZH).count() == 0
        _no_horizontal_scroll(solver_page)
        solver_page.screenshot(path=f"{shot}-solver-before-registering.png", full_page=True)

        solver_page.get_by_role("link", name=_in(SOLVER_LANGUAGE, "Register for this challenge")).click()
        solver_page.wait_for_load_state()
        assert _heading(solver_page) == _in(SOLVER_LANGUAGE, "The challenge agreement")
        solver_page.get_by_label(_in(SOLVER_LANGUAGE, "I have read the agreement and I accept it")).check()
        solver_page.get_by_role("button", name=_in(SOLVER_LANGUAGE, "Accept and register")).click()
        solver_page.wait_for_url(detail)
        assert solver_page.locator(".challenge-confidential-text").inner_text().strip() == CONFIDENTIAL_EN
        assert solver_page.get_by_text(_in(SOLVER_LANGUAGE, "Register to see the confidential details.")).count() == 0
        _no_horizontal_scroll(solver_page)

        # ... asks a question; the seeker answers it publicly, in English; the solver reads the answer.
        solver_page.get_by_label(_in(SOLVER_LANGUAGE, "Your question")).fill(QUESTION)
        solver_page.get_by_role("button", name=_in(SOLVER_LANGUAGE, "Send the question")).click()
        solver_page.wait_for_load_state()
        asked = _in(SOLVER_LANGUAGE, "Your question was sent. We will show the answer under “Your questions”.")
        assert solver_page.get_by_text(asked).is_visible(), _errors(solver_page)

        mail.outbox.clear()
        seeker_page.goto(base + _url(SEEKER_LANGUAGE, "challenges:detail", challenge.pk))
        assert _heading(seeker_page) == TITLE_ZH
        _no_horizontal_scroll(seeker_page)
        seeker_page.get_by_role("link", name=_in(SEEKER_LANGUAGE, "Answer the questions")).click()
        seeker_page.wait_for_load_state()
        assert _heading(seeker_page) == _in(SEEKER_LANGUAGE, "Questions from solvers")
        question = seeker_page.locator(".challenge-qa > li").filter(has_text=QUESTION)
        question.get_by_label(_in(SEEKER_LANGUAGE, "Answer"), exact=True).fill(ANSWER)
        question.get_by_label(_in(SEEKER_LANGUAGE, "Public: every registrant sees it")).check()
        question.get_by_role("button", name=_in(SEEKER_LANGUAGE, "Answer"), exact=True).click()
        seeker_page.wait_for_load_state()
        published = _in(SEEKER_LANGUAGE, "Answer published. Every registrant is told by email.")
        assert seeker_page.get_by_text(published).is_visible(), _errors(seeker_page)
        seeker_page.screenshot(path=f"{shot}-seeker-answers.png", full_page=True)

        solver_page.goto(detail)
        public_qa = solver_page.locator("#questions .challenge-qa").first
        assert QUESTION in public_qa.inner_text() and ANSWER in public_qa.inner_text()
        answer_emails = _emails_to(
            solver.email, _subject(SOLVER_LANGUAGE, "New answer in the Q&A of “%(title)s”", title=TITLE_EN)
        )
        assert len(answer_emails) == 1, [(m.to, m.subject) for m in mail.outbox]
        assert ANSWER in answer_emails[0].body

        # 4. The solver invites a teammate with a 40 % share; the teammate accepts from the email's link.
        solver_page.get_by_role("link", name=_in(SOLVER_LANGUAGE, "Manage the team and invite members")).click()
        solver_page.wait_for_load_state()
        assert _heading(solver_page) == _in(SOLVER_LANGUAGE, "Your team")
        solver_page.locator("#id_email").fill(teammate.email)
        solver_page.locator("#id_award_share").fill("40")
        solver_page.get_by_role("button", name=_in(SOLVER_LANGUAGE, "Send the invitation")).click()
        solver_page.wait_for_load_state()
        invited = _in(SOLVER_LANGUAGE, "An invitation was sent to %(email)s.") % {"email": teammate.email}
        assert solver_page.get_by_text(invited).is_visible(), _errors(solver_page)
        members = solver_page.locator("table").inner_text()
        assert "60 %" in members and "40 %" in members
        invitation_link = _link_in_email(teammate.email, r"https?://\S+/challenges/team-invitations/\S+/")
        _teammate_accepts(browser, live_server, teammate, invitation_link)

        # ... writes the submission with a PDF and sends it before the deadline.
        solver_page.goto(detail)
        solver_page.get_by_role("link", name=_in(SOLVER_LANGUAGE, "New submission")).click()
        solver_page.wait_for_load_state()
        assert _heading(solver_page) == _in(SOLVER_LANGUAGE, "New submission")
        solver_page.locator("#id_title").fill(SUBMISSION_TITLE)
        solver_page.locator("#id_abstract").fill("A starch and PBAT blend that loses its strength after 90 days.")
        solver_page.locator("#id_proposal").fill(
            "We blend thermoplastic starch with PBAT and a tropical-soil enzyme package; field trials in Wenchang "
            "showed complete degradation within 110 days."
        )
        solver_page.locator("#id_new_attachments").set_input_files(
            {"name": "field-trials.pdf", "mimeType": "application/pdf", "buffer": PDF}
        )
        mail.outbox.clear()
        solver_page.get_by_role("button", name=_in(SOLVER_LANGUAGE, "Save and send")).click()
        solver_page.wait_for_load_state()
        submission = Submission.objects.filter(challenge=challenge).first()
        assert submission is not None, _errors(solver_page)
        assert submission.status == SubmissionStatus.SUBMITTED and submission.reference
        assert submission.submitted_at < challenge.submission_deadline
        assert solver_page.url == base + _url(SOLVER_LANGUAGE, "challenges:submission_detail", submission.pk)
        assert _heading(solver_page) == SUBMISSION_TITLE
        assert solver_page.get_by_text(submission.reference).first.is_visible()
        assert solver_page.get_by_role("link", name="field-trials.pdf").is_visible()
        _no_horizontal_scroll(solver_page)
        solver_page.screenshot(path=f"{shot}-solver-submission.png", full_page=True)
        for member in (solver, teammate):
            receipts = [m for m in _emails_to(member.email) if submission.reference in m.body]
            assert len(receipts) == 1, (member.email, [(m.to, m.subject) for m in mail.outbox])

        # 5. An unrelated solver who opens the submission's address gets the "not found" page.
        _stranger_gets_not_found(browser, live_server, stranger, solver_page.url)
    finally:
        seeker_context.close()
        solver_context.close()


def _fill_challenge_form_in_chinese(page, sector):
    page.locator("#id_title_zh_hans").fill(TITLE_ZH)
    page.locator("#id_summary_zh_hans").fill(SUMMARY_ZH)
    page.locator("#id_problem_zh_hans").fill(PROBLEM_ZH)
    page.locator("#id_must_do_zh_hans").fill(MUST_DO_ZH)
    page.locator("#id_confidential_details_zh_hans").fill(CONFIDENTIAL_ZH)
    page.get_by_label(_in(SEEKER_LANGUAGE, "Technical proposal"), exact=True).check()
    page.locator("#id_trl_wanted").select_option("5")
    page.get_by_label(sector.name_zh_hans, exact=True).check()
    page.locator("#id_award_amount").fill("200000")
    page.locator("#id_award_currency").select_option("CNY")
    page.get_by_label(_in(SEEKER_LANGUAGE, "Teams"), exact=True).check()
    page.get_by_label(_in(SEEKER_LANGUAGE, "Individuals"), exact=True).check()
    page.get_by_label(
        _in(SEEKER_LANGUAGE, "The solver keeps the IP and grants the seeker a non-exclusive licence"), exact=True
    ).check()
    deadline = timezone.localtime(timezone.now() + datetime.timedelta(days=10), beijing_zone())
    page.locator("#id_submission_deadline").fill(deadline.replace(hour=17, minute=0).strftime("%Y-%m-%dT%H:%M"))


def _staff_translate_and_approve(browser, live_server, challenge, shot):
    context, page = _context(browser, live_server, 1280, "en-GB", _staff())
    review = live_server.url + reverse("challenge_vetting:review", args=[challenge.pk])
    try:
        page.goto(review)
        missing = _in(
            "en",
            "Before approval, the title and public summary must be written in both languages. Add the "
            "translation with “Edit the brief”. Missing:",
        )
        assert page.get_by_text(missing).is_visible()
        page.get_by_role("link", name=_in("en", "Edit the brief")).click()
        page.wait_for_load_state()
        page.locator("#id_title_en").fill(TITLE_EN)
        page.locator("#id_summary_en").fill(SUMMARY_EN)
        page.locator("#id_problem_en").fill("Plastic mulch film stays in the soil for decades.")
        page.locator("#id_must_do_en").fill(
            "Degrade fully within 120 days in tropical soil, at most 1.5 times the cost."
        )
        page.locator("#id_confidential_details_en").fill(CONFIDENTIAL_EN)
        page.get_by_role("button", name=_in("en", "Save the brief")).click()
        page.wait_for_url(review)
        assert page.get_by_text(_in("en", "The brief was saved.")).is_visible()
        assert page.get_by_text(missing).count() == 0
        page.screenshot(path=f"{shot}-review.png", full_page=True)
        # The publication time is filled in with now: approving publishes at once.
        assert page.locator("#id_publish_at").input_value()
        page.get_by_role("button", name=_in("en", "Approve"), exact=True).click()
        page.wait_for_url(live_server.url + reverse("challenge_vetting:index"))
        approved = _in("en", "“%(title)s” is approved and its seeker was told.") % {"title": TITLE_EN}
        assert page.get_by_text(approved).is_visible()
    finally:
        context.close()


def _link_in_email(address, pattern):
    for message in reversed(mail.outbox):
        if address in message.to:
            found = re.search(pattern, message.body)
            assert found, f"no link in the email {message.subject!r}:\n{message.body}"
            return found.group(0)
    raise AssertionError(f"no email was sent to {address}; outbox: {[m.to for m in mail.outbox]}")


def _teammate_accepts(browser, live_server, teammate, link):
    context, page = _context(browser, live_server, WIDTH, SOLVER_LANGUAGE, teammate)
    try:
        page.goto(link)
        assert _heading(page) == _in(SOLVER_LANGUAGE, "Team invitation")
        assert "40 %" in page.locator("main").inner_text()
        page.get_by_role("button", name=_in(SOLVER_LANGUAGE, "Accept and join the team")).click()
        page.wait_for_load_state()
        joined = _in(SOLVER_LANGUAGE, "You have joined the team. The confidential details are now open to you.")
        assert page.get_by_text(joined).is_visible()
        assert page.locator(".challenge-confidential-text").inner_text().strip() == CONFIDENTIAL_EN
    finally:
        context.close()


def _stranger_gets_not_found(browser, live_server, stranger, url):
    context, page = _context(browser, live_server, WIDTH, SOLVER_LANGUAGE, stranger)
    try:
        response = page.goto(url)
        assert response.status == 404
        assert _heading(page) == _in(SOLVER_LANGUAGE, "Page not found")
        assert SUBMISSION_TITLE not in page.content()
    finally:
        context.close()
