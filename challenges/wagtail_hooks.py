"""Registers the challenges app with Wagtail and with other apps' hooks; the admin itself is in admin_views.py."""

from wagtail import hooks

from accounts.hooks import ACCOUNT_DELETION, ACCOUNT_DELETION_FORGET, PERSONAL_DATA_EXPORT
from core.cards import card_rows
from core.hooks import DAILY_JOBS
from opportunities.hooks import IMPACT_SECTIONS, ImpactSection
from sectors.hooks import SECTOR_PAGE_SECTIONS

from . import access, personal_data, search_index, selectors, tasks
from .admin_views import ChallengesAwaitingReviewPanel, ChallengeVettingViewSet


@hooks.register("register_admin_viewset")
def register_challenge_vetting():
    return ChallengeVettingViewSet()


@hooks.register("construct_homepage_panels")
def add_challenges_awaiting_review_panel(request, panels):
    if access.is_challenge_staff(request.user):
        panels.append(ChallengesAwaitingReviewPanel())


@hooks.register(DAILY_JOBS, order=30)
def register_daily_tasks():
    """Scheduled challenges into the search index, solver invitations, deadline reminders, weekly digests."""
    return [
        search_index.index_scheduled_challenges,
        tasks.invite_solvers,
        tasks.send_deadline_reminders,
        tasks.send_weekly_digests,
    ]


# --- Sector pages and the impact page ---


@hooks.register(SECTOR_PAGE_SECTIONS, order=50)
def sector_challenges(sector, limit):
    """A sector's page lists its challenges open for submissions, the soonest deadline first."""
    return {"challenges": card_rows(selectors.open_challenges_in_sector(sector, limit))}


@hooks.register(IMPACT_SECTIONS, order=10)
def impact_challenges():
    """Challenges posted and open, registrants, submissions and solver countries on the impact page."""
    return ImpactSection("challenges/includes/impact_section.html", selectors.challenge_statistics())


# --- Personal data (PIPL): the export and account deletion, in personal_data.py ---

hooks.register(PERSONAL_DATA_EXPORT, personal_data.export_challenge_records, order=30)
hooks.register(ACCOUNT_DELETION, personal_data.withdraw_challenge_records, order=40)
hooks.register(ACCOUNT_DELETION_FORGET, personal_data.forget_follows_and_invitations, order=30)
