"""Registers the judging app with Wagtail and with other apps' hooks; the admin itself is in admin_views/."""

from wagtail import hooks

from accounts.hooks import ACCOUNT_DELETION, PERSONAL_DATA_EXPORT
from core.hooks import DAILY_JOBS
from opportunities.hooks import IMPACT_SECTIONS, ImpactSection

from . import personal_data, selectors, tasks
from .access import is_judging_staff
from .admin_views import desk, outcomes


@hooks.register("register_admin_viewset")
def register_judging_desk():
    """Staff's judging desk: challenges to judge, phases and rubrics, judges, standings, decisions, exports."""
    return desk.JudgingDeskViewSet()


@hooks.register("register_admin_viewset")
def register_awards():
    """Awards tracked to payment, winners' announcements and deals."""
    return outcomes.AwardViewSet()


@hooks.register(DAILY_JOBS, order=40)
def register_daily_tasks():
    """Overdue awards, flagged to challenge staff once a day."""
    return [tasks.flag_overdue_awards]


@hooks.register(IMPACT_SECTIONS, order=20)
def impact_outcomes():
    """Challenges solved, deals signed with winners and their value, on the impact page."""
    return ImpactSection("judging/includes/impact_section.html", selectors.impact_numbers())


# --- Personal data (PIPL): the export and account deletion, in personal_data.py ---

hooks.register(PERSONAL_DATA_EXPORT, personal_data.export_judging_records, order=40)
hooks.register(ACCOUNT_DELETION, personal_data.anonymise_award_shares, order=50)


# --- The judging desk's panel on the admin home page ---


@hooks.register("construct_homepage_panels")
def add_entries_awaiting_screening_panel(request, panels):
    """How many entries of closed challenges wait for screening, linking to the judging desk."""
    if is_judging_staff(request.user):
        panels.append(desk.EntriesAwaitingScreeningPanel())
