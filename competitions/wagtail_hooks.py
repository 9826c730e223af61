"""Registers the competitions app with Wagtail and with other apps' hooks; the admin itself is in admin_views.py."""

from wagtail import hooks

from accounts.hooks import ACCOUNT_DELETION, PERSONAL_DATA_EXPORT
from challenges.hooks import CHALLENGE_PAGE_LINKS, SUBMISSION_FORM_URL
from services.hooks import REQUEST_PREFILL

from . import invitations, personal_data, selectors
from .admin_views import editing

hooks.register(REQUEST_PREFILL, invitations.prefill_for_request)
hooks.register(SUBMISSION_FORM_URL, selectors.application_form_url)
hooks.register(CHALLENGE_PAGE_LINKS, selectors.challenge_page_links)
hooks.register(PERSONAL_DATA_EXPORT, personal_data.export_applications, order=50)
hooks.register(ACCOUNT_DELETION, personal_data.forget_names_in_results, order=60)


@hooks.register("register_admin_viewset")
def register_competitions_admin():
    """Staff edit competitions (tracks, application form) and run each one's results desk."""
    return editing.CompetitionViewSet()
