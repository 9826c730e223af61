"""A competition applicant from the application form to the published results, in headless Chromium
(issue 13's second journey).

An overseas founder applies on her phone (360 px): the form's eligibility rule refuses a one-person team
with the competition's own message, keeping everything she typed; with three founders the application is
sent. Applications close; staff screen both entries in. An English judge scores the business plans in the
online round at his desk. The two entries go on to the pitch round; staff give the applicant a slot on the
judging desk's pitch agenda (she is emailed when and where), and a Chinese judge scores the pitches on the
day from her phone, where the agenda's time and room head the entry. Once both rounds have closed, staff
move the applicant on to winner and publish the results from the competition's results desk: the public
results read in English and Chinese with her project first in the overseas track, and her application page
shows her place.
"""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from challenges.models import Challenge, Registration
from competitions import applications
from judging import decisions
from judging.models import EntryStatus, Evaluation, EvaluationPhase, JudgeAssignment, PhaseKind
from tests.browser.contexts import browser_context as _context
from tests.browser.texts import in_language as _in
from tests.challenges.factories import RegistrationFactory, UserFactory, make_member
from tests.competitions.factories import competition_with_form, valid_answers
from tests.judging.factories import CriterionFactory, EvaluationPhaseFactory, JudgeAssignmentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = "/tmp/brief/shots"
PHONE, DESK = 360, 1280
EN, ZH = "en", "zh-hans"
TITLE_EN, TITLE_ZH = "International Offshore Innovation & Entrepreneurship Competition", "国际离岸创新创业大赛"
PROJECT = "Reef-safe antifouling coatings"
RIVAL = "Tide-powered cold storage"
# (market, team) in the online round, then the pitch score: the applicant leads in both.
ONLINE = {PROJECT: (9, 8), RIVAL: (5, 6)}
PITCH = {PROJECT: 9, RIVAL: 6}


def _url(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def _heading(page):
    return page.get_by_role("heading", level=1).inner_text().strip()


def _no_horizontal_scroll(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE, f"{page.url} scrolls sideways: {width} px wide at {PHONE} px"


def _staff():
    group, _ = Group.objects.get_or_create(name="Competition and challenge staff")
    for app_label, codename in (
        ("wagtailadmin", "access_admin"),
        ("challenges", "change_challenge"),
        ("competitions", "change_competition"),
    ):
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    user = UserFactory()
    user.groups.add(group)
    return user


@pytest.fixture
def story():
    seeker = make_member(language=ZH, full_name="郑雅文")
    competition, tracks, questions = competition_with_form(
        owner=seeker, organisation=seeker.profile.organisation, title_en=TITLE_EN, title_zh_hans=TITLE_ZH
    )
    challenge = competition.challenge
    applicant = make_member(language=EN, full_name="Ingrid Berg")
    RegistrationFactory(challenge=challenge, user=applicant, team_name="Fjord Coatings")
    rival = RegistrationFactory(challenge=challenge, team_name="Tidal Cold")
    fields = {"title": RIVAL, "abstract": "Cold rooms run on tides.", "proposal": "Plan.", "abstract_is_public": True}
    applications.apply(rival, rival.user, tracks["overseas"], valid_answers(questions), fields)
    online = EvaluationPhaseFactory(
        challenge=challenge,
        name_en="Online round",
        name_zh_hans="网上初评",
        kind=PhaseKind.REVIEW,
        entry_status=EntryStatus.ELIGIBLE,
        position=1,
    )
    CriterionFactory(phase=online, name_en="Market", name_zh_hans="市场", weight=2, position=1)
    CriterionFactory(phase=online, name_en="Team", name_zh_hans="团队", weight=1, position=2)
    pitch = EvaluationPhaseFactory(
        challenge=challenge,
        name_en="Pitch round",
        name_zh_hans="路演决赛",
        kind=PhaseKind.PITCH,
        entry_status=EntryStatus.FINALIST,
        position=2,
    )
    CriterionFactory(phase=pitch, name_en="Pitch", name_zh_hans="路演表现", position=1)
    judges = {
        "online": make_member(language=EN, full_name="David Lee"),
        "pitch": make_member(language=ZH, full_name="黄志远"),
    }
    JudgeAssignmentFactory(phase=online, judge=judges["online"], not_ready=True)
    JudgeAssignmentFactory(phase=pitch, judge=judges["pitch"], not_ready=True)
    return {
        "competition": competition,
        "challenge": challenge,
        "tracks": tracks,
        "applicant": applicant,
        "online": online,
        "pitch": pitch,
        "judges": judges,
        "staff": _staff(),
    }


def test_an_applicant_applies_is_scored_in_both_rounds_and_appears_in_the_published_results(
    browser, live_server, story
):
    s = story
    _apply_on_a_phone(browser, live_server, s)
    submission = applications.application_of(s["applicant"], s["competition"]).submission

    # Applications close; staff screen both entries in.
    Challenge.objects.filter(pk=s["challenge"].pk).update(
        submission_deadline=timezone.now() - datetime.timedelta(minutes=1)
    )
    decisions.ensure_evaluations(Challenge.objects.get(pk=s["challenge"].pk))
    evaluations = list(Evaluation.objects.filter(submission__challenge=s["challenge"]))
    assert len(evaluations) == 2
    decisions.decide_many(evaluations, EntryStatus.ELIGIBLE, s["staff"])

    # The online round: the English judge scores both business plans at his desk.
    _judge_scores(browser, live_server, s["judges"]["online"], s["online"], EN, DESK, ONLINE)

    # Both go on to the pitch round; staff give the applicant her slot on the pitch agenda.
    for status in (EntryStatus.SHORTLISTED, EntryStatus.FINALIST):
        decisions.decide_many(list(Evaluation.objects.filter(submission__challenge=s["challenge"])), status, s["staff"])
    mail.outbox.clear()
    _schedule_the_pitch(browser, live_server, s, submission)
    (slot_email,) = [m for m in mail.outbox if s["applicant"].email in m.to]
    assert "Haikou Fortune Plaza, Room 3" in slot_email.body and "UTC+8" in slot_email.body

    # The pitch round: the Chinese judge scores on the day from her phone, in agenda order.
    _judge_scores(browser, live_server, s["judges"]["pitch"], s["pitch"], ZH, PHONE, PITCH, agenda_first=PROJECT)

    # Both rounds close; staff name the winner and publish the results from the results desk.
    EvaluationPhase.objects.filter(challenge=s["challenge"]).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    decisions.decide(Evaluation.objects.get(submission=submission), EntryStatus.WINNER, s["staff"])
    staff_context, staff = _context(browser, live_server, DESK, "en-GB", s["staff"])
    try:
        staff.goto(live_server.url + reverse("wagtailadmin_home"))
        staff.locator("#wagtail-sidebar").get_by_role("link", name=_in(EN, "Competitions"), exact=True).click()
        staff.get_by_role("link", name=re.compile(re.escape(TITLE_EN))).first.wait_for()  # listed
        staff.goto(live_server.url + reverse("competition_admin:results", args=[s["competition"].pk]))
        staff.get_by_role("button", name=_in(EN, "Publish results")).click()
        staff.get_by_text(_in(EN, "The results are published on the competition's page.")).wait_for()
        staff.screenshot(path=f"{SHOTS}/K-competition-journey-results-desk.png", full_page=True)
    finally:
        staff_context.close()

    _results_read_in_both_languages(browser, live_server, s)

    context, page = _context(browser, live_server, PHONE, EN, s["applicant"])
    try:
        page.goto(live_server.url + _url(EN, "competitions:application", s["competition"].pk))
        place = _in(EN, "Place %(place)s in the %(track)s track") % {"place": 1, "track": "Overseas"}
        assert place in page.locator("main").inner_text()
        _no_horizontal_scroll(page)
    finally:
        context.close()


def _apply_on_a_phone(browser, live_server, s):
    context, page = _context(browser, live_server, PHONE, EN, s["applicant"])
    try:
        page.goto(live_server.url + _url(EN, "competitions:detail", s["competition"].pk))
        assert _heading(page) == TITLE_EN
        page.get_by_role("link", name=_in(EN, "Fill in the application form")).click()
        page.get_by_label("Overseas").check()
        page.get_by_label(_in(EN, "Project name")).fill(PROJECT)
        page.get_by_label(_in(EN, "Summary"), exact=True).fill("Copper-free coatings that keep hulls clean.")
        page.get_by_label(_in(EN, "Business plan")).fill("Market: 4,000 hulls a year in Hainan. Team, finance...")
        page.get_by_label("How many people are in your team?").fill("1")
        page.get_by_role("group", name="Stage").get_by_label("Seed").check()
        china = page.get_by_role("group", name="Is your company registered in mainland China?")
        china.get_by_label(_in(EN, "No"), exact=True).check()
        page.get_by_label("Funding sought (CNY)").fill("2000000")
        _no_horizontal_scroll(page)
        page.get_by_role("button", name=_in(EN, "Send the application")).click()

        # The rule refuses a one-person team with its own message; what she typed is kept.
        summary = page.locator(".error-summary")
        summary.wait_for()
        assert "Teams need at least two founders." in summary.inner_text()
        assert page.get_by_label(_in(EN, "Project name")).input_value() == PROJECT
        assert page.get_by_label("Funding sought (CNY)").input_value() == "2000000"
        assert not Registration.objects.get(user=s["applicant"]).submissions.exists()
        _no_horizontal_scroll(page)
        page.screenshot(path=f"{SHOTS}/K-competition-journey-refused-{PHONE}.png", full_page=True)

        page.get_by_label("How many people are in your team?").fill("3")
        page.get_by_role("button", name=_in(EN, "Send the application")).click()
        page.get_by_role("heading", level=1, name=_in(EN, "Your application")).wait_for()
        main = page.locator("main").inner_text()
        assert re.search(r"HIC-\d{4}-\d{6}", main) and "Overseas" in main
        _no_horizontal_scroll(page)
    finally:
        context.close()


def _judge_scores(browser, live_server, judge, phase, language, width, scores, agenda_first=None):
    """The judge accepts the agreement, declares no links, and scores every entry of the round."""
    context, page = _context(browser, live_server, width, language, judge)
    try:
        page.goto(live_server.url + _url(language, "judging:my_assignments"))
        page.get_by_role("link", name=_in(language, "Read the agreement and declare")).click()
        page.get_by_label(_in(language, "I have read the confidentiality agreement and I accept it")).check()
        page.get_by_role("button", name=_in(language, "Accept and declare")).click()
        page.get_by_role("heading", level=1, name=phase.name_zh_hans if language == ZH else phase.name_en).wait_for()
        if agenda_first:  # a pitch round: the agenda's first slot heads the list, with its time and room
            first = page.locator(".judge-list li").first.inner_text()
            assert agenda_first in first and "Haikou Fortune Plaza, Room 3" in first and "UTC+8" in first
        phase_url = page.url
        criteria = list(phase.criteria.order_by("position"))
        for title, values in scores.items():
            values = values if isinstance(values, tuple) else (values,)
            page.get_by_role("link", name=re.compile(re.escape(title))).click()
            page.get_by_role("heading", level=1, name=title).wait_for()
            for criterion, value in zip(criteria, values, strict=True):
                page.get_by_label(criterion.name_zh_hans if language == ZH else criterion.name_en).fill(str(value))
            page.get_by_label(_in(language, "Your comments")).fill(f"{judge.profile.full_name}: {values}.")
            if width == PHONE:
                _no_horizontal_scroll(page)
                page.screenshot(path=f"{SHOTS}/K-competition-journey-pitch-{PHONE}.png", full_page=True)
            page.get_by_role("button", name=_in(language, "Save my scores")).click()
            page.wait_for_url(phase_url)
        progress = _in(language, "%(scored)s of %(total)s scored") % {"scored": len(scores), "total": len(scores)}
        assert page.locator(".judge-progress").inner_text().strip() == progress
        assert JudgeAssignment.objects.get(phase=phase, judge=judge).reviews.count() == len(scores)
    finally:
        context.close()


def _schedule_the_pitch(browser, live_server, s, submission):
    context, staff = _context(browser, live_server, DESK, "en-GB", s["staff"])
    try:
        staff.goto(live_server.url + reverse("judging_desk:challenge", args=[s["challenge"].pk]))
        staff.get_by_role("link", name=_in(EN, "Pitch agenda")).click()
        article = staff.locator(f"#entry-{submission.pk}")
        day = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
        article.get_by_label(_in(EN, "Starts (Beijing time, UTC+8)")).fill(f"{day}T09:30")
        article.get_by_label(_in(EN, "Ends (Beijing time, UTC+8)")).fill(f"{day}T09:50")
        article.get_by_label(_in(EN, "Room")).fill("Haikou Fortune Plaza, Room 3")
        article.get_by_role("button", name=re.compile(re.escape(_in(EN, "Give this slot")))).click()
        done = _in(EN, "“%(title)s” has its slot; its team lead was emailed when and where they pitch.")
        staff.get_by_text(done % {"title": PROJECT}).wait_for()
    finally:
        context.close()


def _results_read_in_both_languages(browser, live_server, s):
    context, page = _context(browser, live_server, PHONE, ZH)
    try:
        for language, title, track in ((EN, TITLE_EN, "Overseas"), (ZH, TITLE_ZH, "海外赛区")):
            page.goto(live_server.url + _url(language, "competitions:results", s["competition"].pk))
            main = page.locator("main")
            assert title in main.inner_text() and track in main.inner_text()
            first = main.locator("tbody tr").first.inner_text()
            assert PROJECT in first and "Fjord Coatings" in first and _in(language, "Winner") in first
            _no_horizontal_scroll(page)
            page.screenshot(path=f"{SHOTS}/K-competition-journey-results-{language}.png", full_page=True)
    finally:
        context.close()
