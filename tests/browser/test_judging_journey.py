"""A closed challenge from its shortlist to a winner, feedback, a paid award and a deal, in headless Chromium
(issue 13's first journey).

Staff open "Judging" in the Wagtail admin and assign an English-speaking judge, who works at 1280 px; a
second judge works in Chinese on a phone (360 px). Each accepts the confidentiality agreement; the Chinese
judge is recused automatically from the entry sent by a colleague of her organisation: it is not in her
list, and its address gives her the "not found" page. Both judges score the shortlist; they disagree on one
entry, and staff reconcile the outlier (the Chinese judge's review is left out), which puts that entry
first; staff move it on to winner on the entries page. Staff write feedback for every entrant and send it:
each entrant gets it in their own language. Staff make the award and publish the winners' page, which reads
in English and in Chinese; they mark the award's agreement signed, then paid, and introduce the winner to
the seeker: both get the other's contacts by email, and the winner opens the deal's page.

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

from judging.models import Award, AwardStatus, CriterionKind, EntryStatus, FeedbackReason, JudgeAssignment, Review
from tests.browser.contexts import browser_context as _context
from tests.browser.texts import in_language as _in
from tests.challenges.factories import UserFactory, make_member
from tests.judging.factories import (
    ClosedChallengeFactory,
    CriterionFactory,
    EvaluationPhaseFactory,
    JudgeAssignmentFactory,
    entry,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = "/tmp/brief/shots"
PHONE, DESK = 360, 1280
EN, ZH = "en", "zh-hans"
TITLE_EN, TITLE_ZH = "A mulch film that degrades within one growing season", "一个生长季内完全降解的可降解地膜"
MERIT_EN, MERIT_ZH = "Technical merit", "技术水平"
TRIAL_EN, TRIAL_ZH = "Ready for a field trial", "可进行田间试验"
STATEMENT_EN = "The cassava film passed our own field trial in Wenchang."
STATEMENT_ZH = "木薯淀粉地膜通过了我们在文昌的田间试验。"
# The judges' scores: (technical merit out of 10, ready for a field trial). They disagree on the cassava film.
EN_SCORES = {"starch": (9, True), "cassava": (10, True), "seaweed": (6, False)}
ZH_SCORES = {"starch": (8, True), "cassava": (2, False)}


def _url(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def _plural_in(language, singular, plural, count, **values):
    with translation.override(language):
        return translation.ngettext(singular, plural, count) % {"count": count, "counter": count, **values}


def _label(language, choice):
    with translation.override(language):
        return str(choice.label)


def _heading(page):
    return page.get_by_role("heading", level=1).inner_text().strip()


def _wait_for_heading(page, text):
    """Wait until the page that a click leads to has loaded, by its main heading."""
    page.get_by_role("heading", level=1, name=text, exact=True).wait_for()


def _no_horizontal_scroll(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE, f"{page.url} scrolls sideways: {width} px wide at {PHONE} px"


def _emails_to(user, subject):
    return [m for m in mail.outbox if user.email in m.to and m.subject == subject]


def _link_in_email(user, pattern):
    for message in reversed(mail.outbox):
        if user.email in message.to and (found := re.search(pattern, message.body)):
            return found.group(0)
    raise AssertionError(f"no link {pattern} in an email to {user.email}: {[m.subject for m in mail.outbox]}")


def _staff():
    group, _ = Group.objects.get_or_create(name="Challenge staff")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="challenges", codename="change_challenge"),
    )
    user = UserFactory()
    user.groups.add(group)
    return user


@pytest.fixture
def story():
    seeker = make_member(language=ZH, full_name="陈海")
    challenge = ClosedChallengeFactory(
        owner=seeker, organisation=seeker.profile.organisation, title_en=TITLE_EN, title_zh_hans=TITLE_ZH
    )
    phase = EvaluationPhaseFactory(challenge=challenge)
    CriterionFactory(phase=phase, name_en=MERIT_EN, name_zh_hans=MERIT_ZH, weight=2, position=1)
    CriterionFactory(phase=phase, name_en=TRIAL_EN, name_zh_hans=TRIAL_ZH, kind=CriterionKind.YES_NO, position=2)
    judge_zh = make_member(language=ZH, full_name="王芳")
    solvers = {
        "starch": make_member(language=EN, full_name="Alice Tan"),
        "cassava": make_member(language=ZH, full_name="李明"),
        "seaweed": make_member(organisation=judge_zh.profile.organisation, language=ZH, full_name="张伟"),
    }
    titles = {"starch": "Starch-PBAT blend film", "cassava": "木薯淀粉地膜", "seaweed": "海藻基地膜"}
    entries = {key: entry(challenge, user=solvers[key], title=titles[key]) for key in solvers}
    JudgeAssignmentFactory(phase=phase, judge=judge_zh, not_ready=True)
    return {
        "seeker": seeker,
        "challenge": challenge,
        "phase": phase,
        "judge_zh": judge_zh,
        "judge_en": make_member(language=EN, full_name="David Lee"),
        "solvers": solvers,
        "entries": entries,
        "staff": _staff(),
    }


def test_a_shortlist_from_judging_to_a_paid_award_and_a_deal(browser, live_server, story):
    base, s = live_server.url, story
    staff_context, staff = _context(browser, live_server, DESK, "en-GB", s["staff"])
    try:
        # 1. Staff open "Judging" in the admin menu and assign the English judge; he is emailed a link to begin.
        staff.goto(base + reverse("wagtailadmin_home"))
        staff.locator("#wagtail-sidebar").get_by_role("link", name=_in(EN, "Judging"), exact=True).click()
        staff.get_by_role("link", name=TITLE_EN).click()
        staff.get_by_role("link", name=_in(EN, "Judges"), exact=True).click()
        staff.get_by_label(_in(EN, "The judge's email address")).fill(s["judge_en"].email)
        staff.get_by_role("button", name=_in(EN, "Assign and email the judge")).click()
        assigned = _in(EN, "%(email)s is a judge of this phase and was emailed a link to begin.")
        staff.get_by_text(assigned % {"email": s["judge_en"].email}).wait_for()
        link = _link_in_email(s["judge_en"], r"https?://\S+/judging/\d+/declaration/")

        # 2. The Chinese judge declares on her phone, is recused from her colleague's entry and scores the rest.
        _judge_scores(browser, live_server, s, s["judge_zh"], ZH, PHONE, ZH_SCORES)
        # ... and the English judge, from the email's link, scores the whole shortlist at his desk.
        _judge_scores(browser, live_server, s, s["judge_en"], EN, DESK, EN_SCORES, link)

        # 3. The standings flag the outlier; staff leave the Chinese judge's review of it out of the averages.
        staff.goto(base + reverse("judging_desk:standings", args=[s["challenge"].pk, s["phase"].pk]))
        assert "5 of 5" in staff.locator(".judging-progress").inner_text()
        outlier = Review.objects.get(submission=s["entries"]["cassava"], assignment__judge=s["judge_zh"])
        article = staff.locator(f"#review-{outlier.pk}")
        assert _in(EN, "Outlier") in article.text_content()
        article.get_by_label(_in(EN, "Reconciliation note")).fill("Wang Fang misread the cost table; she agrees.")
        article.get_by_label(_in(EN, "Leave this review out of the averages")).check()
        article.get_by_role("button", name=_in(EN, "Save the reconciliation")).click()
        staff.get_by_text(_in(EN, "The note was saved and the review is left out of the averages.")).wait_for()
        first = staff.get_by_role("table").first.locator("tbody tr").first
        assert s["entries"]["cassava"].reference in first.inner_text() and "100.0" in first.inner_text()
        staff.screenshot(path=f"{SHOTS}/J-judging-journey-standings.png", full_page=True)

        # 4. On the entries page staff move the cassava film on to finalist, then winner; the others are not selected.
        staff.goto(base + reverse("judging_desk:entries", args=[s["challenge"].pk]))
        winner = s["entries"]["cassava"]
        _decide(staff, [winner], EntryStatus.FINALIST)
        _decide(staff, [winner], EntryStatus.WINNER)
        _decide(staff, [s["entries"]["starch"], s["entries"]["seaweed"]], EntryStatus.NOT_SELECTED)
        winner.evaluation.refresh_from_db()
        assert winner.evaluation.status == EntryStatus.WINNER
        assert [d.decided_by for d in winner.evaluation.decisions.all()] == [s["staff"], s["staff"]]

        # 5. Staff write feedback for every entrant and send it; each entrant reads it in their language.
        _write_and_send_feedback(staff, live_server, s)

        # 6. Staff make the award and publish the winners' page; it reads in both languages.
        staff.goto(base + reverse("awards:announcement", args=[s["challenge"].pk]))
        award_form = staff.locator(f"#winner-{winner.pk}")
        award_form.get_by_label(_in(EN, "Cash award")).fill("200000")
        due_on = timezone.localdate() + datetime.timedelta(days=30)
        award_form.get_by_label(_in(EN, "To be paid by")).fill(due_on.isoformat())
        award_form.get_by_role("button", name=re.compile(re.escape(_in(EN, "Make the award")))).click()
        made = _in(EN, "The award to %(entry)s is made; the team and the seeker are told, with the due date.")
        staff.get_by_text(made % {"entry": winner.reference}).wait_for()
        staff.get_by_label(_in(EN, "The seeker's statement (English)")).fill(STATEMENT_EN)
        staff.get_by_label(_in(EN, "The seeker's statement (中文)")).fill(STATEMENT_ZH)
        staff.get_by_role("button", name=_in(EN, "Publish the winners' page")).click()
        staff.get_by_text(_in(EN, "The winners' page is published.")).wait_for()
        _winners_page_reads_in_both_languages(browser, live_server, s)

        # 7. On the award's page staff mark the agreement signed, then paid, and introduce winner and seeker.
        staff.get_by_role("link", name=_in(EN, "The award's page: agreement, payment, introduction")).click()
        for button, status in (
            ("Mark the agreement signed", AwardStatus.AGREEMENT_SIGNED),
            ("Mark paid", AwardStatus.PAID),
        ):
            staff.get_by_role("button", name=_in(EN, button)).click()
            done = _in(EN, "The award is now “%(status)s”.") % {"status": _label(EN, status)}
            staff.get_by_text(done).wait_for()
        award = Award.objects.get(submission=winner)
        assert award.status == AwardStatus.PAID and award.agreement_signed_at and award.paid_at
        mail.outbox.clear()
        staff.get_by_role("button", name=_in(EN, "Introduce to the seeker")).click()
        introduced = _in(EN, "The winner and the seeker are introduced; both have the other's contacts.")
        staff.get_by_text(introduced).wait_for()
        staff.screenshot(path=f"{SHOTS}/J-judging-journey-award.png", full_page=True)
    finally:
        staff_context.close()

    # 8. Both sides get the other's contacts in their language; the winner opens the deal's page on her phone.
    seeker, lead = s["seeker"], s["solvers"]["cassava"]
    subject = _in(ZH, "An introduction after “%(title)s”") % {"title": TITLE_ZH}
    (to_seeker,), (to_winner,) = _emails_to(seeker, subject), _emails_to(lead, subject)
    assert lead.email in to_seeker.body and seeker.email in to_winner.body
    deal_link = _link_in_email(lead, r"https?://\S+/judging/deals/\d+/")
    context, page = _context(browser, live_server, PHONE, ZH, lead)
    try:
        page.goto(deal_link)
        organisation = seeker.profile.organisation.name
        assert _heading(page) == _in(ZH, "%(winner)s and %(organisation)s") % {
            "winner": "李明",
            "organisation": organisation,
        }
        assert page.get_by_role("link", name=seeker.email).is_visible()
        _no_horizontal_scroll(page)
        page.screenshot(path=f"{SHOTS}/J-judging-journey-deal-{PHONE}.png", full_page=True)
    finally:
        context.close()


def _judge_scores(browser, live_server, s, judge, language, width, scores, start=None):
    """The judge accepts the agreement, declares no links, and scores each entry left to them."""
    context, page = _context(browser, live_server, width, language, judge)
    try:
        if start is None:
            page.goto(live_server.url + _url(language, "judging:my_assignments"))
            assert _heading(page) == _in(language, "Judging")
            page.get_by_role("link", name=_in(language, "Read the agreement and declare")).click()
        else:
            page.goto(start)
        _wait_for_heading(page, _in(language, "Confidentiality and conflicts of interest"))
        if width == PHONE:
            _no_horizontal_scroll(page)
        page.get_by_label(_in(language, "I have read the confidentiality agreement and I accept it")).check()
        page.get_by_role("button", name=_in(language, "Accept and declare")).click()
        page.get_by_text(
            _in(language, "Thank you. Your declaration is recorded, and the entries are open to you.")
        ).wait_for()
        assert _heading(page) == (s["phase"].name_zh_hans if language == ZH else s["phase"].name_en)
        assignment = JudgeAssignment.objects.get(phase=s["phase"], judge=judge)
        recused = len(EN_SCORES) - len(scores)
        if recused:
            text = "Because of your links, you were recused from %(count)d entry."
            page.get_by_text(_plural_in(language, text, text.replace("entry.", "entries."), recused)).wait_for()
        phase_url = page.url
        for key, (merit, ready) in scores.items():
            submission = s["entries"][key]
            page.get_by_role("link", name=re.compile(re.escape(submission.title))).click()
            _wait_for_heading(page, submission.title)
            page.get_by_label(MERIT_ZH if language == ZH else MERIT_EN).fill(str(merit))
            trial = page.get_by_role("group", name=TRIAL_ZH if language == ZH else TRIAL_EN)
            trial.get_by_label(_in(language, "Yes" if ready else "No"), exact=True).check()
            page.get_by_label(_in(language, "Your comments")).fill(f"{judge.profile.full_name}: {merit}/10.")
            if width == PHONE:
                _no_horizontal_scroll(page)
                page.screenshot(path=f"{SHOTS}/J-judging-journey-score-{PHONE}.png", full_page=True)
            page.get_by_role("button", name=_in(language, "Save my scores")).click()
            page.wait_for_url(phase_url)
        progress = _in(language, "%(scored)s of %(total)s scored") % {"scored": len(scores), "total": len(scores)}
        assert page.locator(".judge-progress").inner_text().strip() == progress
        listed = page.locator(".judge-list").inner_text()
        assert all((s["entries"][key].title in listed) == (key in scores) for key in EN_SCORES)
        if recused:  # the colleague's entry: not listed, and its address is "not found"
            hidden = s["entries"]["seaweed"]
            response = page.goto(live_server.url + _url(language, "judging:entry", assignment.pk, hidden.pk))
            assert response.status == 404 and _heading(page) == _in(language, "Page not found")
            assert hidden.title not in page.content()
            assert assignment.recusals.get().submission == hidden
        if width == PHONE:
            _no_horizontal_scroll(page)
    finally:
        context.close()


def _decide(staff, submissions, to_status):
    for submission in submissions:
        staff.locator(f"#entry-{submission.pk}").check()
    staff.get_by_label(_in(EN, "Move the ticked entries to")).select_option(to_status.value)
    staff.get_by_role("button", name=_in(EN, "Apply to the ticked entries")).click()
    singular, plural = "%(count)d entry is now “%(status)s”.", "%(count)d entries are now “%(status)s”."
    status = _label(EN, to_status)
    staff.get_by_text(_plural_in(EN, singular, plural, len(submissions), status=status)).wait_for()


def _write_and_send_feedback(staff, live_server, s):
    reasons = {"starch": "better-alternatives", "cassava": "selected", "seaweed": "not-mature"}
    staff.goto(live_server.url + reverse("awards:feedback", args=[s["challenge"].pk]))
    for key, reason in reasons.items():
        submission = s["entries"][key]
        section = staff.locator(f"#entry-{submission.pk}")
        section.get_by_label(_in(EN, "Reason")).select_option(reason)
        section.get_by_label(_in(EN, "Feedback"), exact=True).fill(f"Thank you for {submission.title}.")
        section.get_by_role("button", name=re.compile(re.escape(_in(EN, "Save the feedback")))).click()
        saved = _in(EN, "Feedback for %(entry)s is saved.") % {"entry": submission.reference}
        staff.get_by_text(saved).wait_for()
    mail.outbox.clear()
    send = "Send feedback to the %(counter)s entrant"
    staff.get_by_role("button", name=_plural_in(EN, send, "Send feedback to all %(counter)s entrants", 3)).click()
    sent = "Feedback was sent to %(count)d entrant, in their language."
    sent_plural = "Feedback was sent to %(count)d entrants, each in their language."
    staff.get_by_text(_plural_in(EN, sent, sent_plural, 3)).wait_for()
    for key, reason in reasons.items():
        solver = s["solvers"][key]
        language = solver.profile.preferred_language
        title = TITLE_ZH if language == ZH else TITLE_EN
        subject = _in(language, "Feedback on your submission to “%(title)s”") % {"title": title}
        (message,) = _emails_to(solver, subject)
        assert _label(language, FeedbackReason(reason)) in message.body
        assert f"Thank you for {s['entries'][key].title}." in message.body


def _winners_page_reads_in_both_languages(browser, live_server, s):
    context, page = _context(browser, live_server, PHONE, ZH)
    try:
        for language, title, statement in ((EN, TITLE_EN, STATEMENT_EN), (ZH, TITLE_ZH, STATEMENT_ZH)):
            page.goto(live_server.url + _url(language, "judging:winners", s["challenge"].pk))
            assert _heading(page) == _in(language, "Winners of %(title)s") % {"title": title}
            main = page.locator("main").inner_text()
            assert statement in main and "李明" in main and "木薯淀粉地膜" in main
            _no_horizontal_scroll(page)
            page.screenshot(path=f"{SHOTS}/J-judging-journey-winners-{language}.png", full_page=True)
    finally:
        context.close()
