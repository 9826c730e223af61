"""Registers the opportunities app with Wagtail and with other apps' hooks; the admin itself is in admin_views.py."""

from wagtail import hooks

from accounts.hooks import ACCOUNT_DELETION, ACCOUNT_DELETION_FORGET, PERSONAL_DATA_EXPORT
from core.hooks import DAILY_JOBS
from home.hooks import SITE_MAP_EXTRAS

from . import introduction_notices, lifecycle, personal_data, selectors, tasks

# ReturnReasonForm is imported for tests/accounts/test_signup_language.py, which builds it from this module.
from .admin_forms import ReturnReasonForm  # noqa: F401
from .admin_views import ListingsAwaitingModerationPanel, ModerationGroup


@hooks.register("register_admin_viewset")
def register_moderation():
    return ModerationGroup()


@hooks.register("construct_homepage_panels")
def add_listings_awaiting_moderation_panel(request, panels):
    if request.user.has_perm(selectors.MODERATION_PERMISSION):
        panels.append(ListingsAwaitingModerationPanel())


# A member's records in their data export and on account deletion (accounts.hooks), in today's order.
hooks.register(PERSONAL_DATA_EXPORT, personal_data.export_marketplace_records, order=10)
hooks.register(ACCOUNT_DELETION, personal_data.withdraw_listings, order=10)
hooks.register(ACCOUNT_DELETION, personal_data.delete_message_attachments, order=20)
hooks.register(ACCOUNT_DELETION, personal_data.unlink_match_feedback, order=30)
hooks.register(ACCOUNT_DELETION_FORGET, personal_data.forget_searches_and_notices, order=10)


@hooks.register(DAILY_JOBS, order=10)
def register_daily_tasks():
    """Expiry and reminders, match digests, saved-search digests, and introduction digests left unsent."""
    return [
        lifecycle.expire_and_remind,
        tasks.send_match_digests,
        tasks.send_saved_search_digests,
        introduction_notices.send_overdue_introduction_digests,
    ]


@hooks.register(SITE_MAP_EXTRAS)
def site_map_listing_count(request):
    """The HTML sitemap says how many listings are open."""
    return {"listing_count": selectors.public_listings().count()}
