"""Background work for the marketplace, run by `manage.py db_worker --backend background`.

`manage.py run_daily_jobs` (cron, once a day) enqueues the daily ones.
"""

from django_tasks import task

from .match_alerts import send_match_alerts
from .matching import refresh_matches
from .models import Listing
from .saved_searches import send_saved_search_digests as send_digests


@task(backend="background")
def refresh_listing_matches(listing_id):
    """Score a newly published listing against its complementary listings and store the best matches."""
    listing = Listing.objects.filter(pk=listing_id).first()
    if listing is not None:
        refresh_matches(listing)


@task(backend="background")
def expire_and_remind():
    """Expire listings past their deadline; remind owners 14 and 3 days ahead."""
    # lifecycle and introduction_notices enqueue tasks from this module, so they are imported when run.
    from .lifecycle import expire_due_listings, send_expiry_reminders

    return {"expired": expire_due_listings(), "reminders": send_expiry_reminders()}


@task(backend="background")
def send_match_digests():
    """At most one email a day per user about strong new matches."""
    return send_match_alerts()


@task(backend="background")
def send_saved_search_digests():
    """Daily digest of new listings for each saved search."""
    return send_digests()


@task(backend="background")
def send_introduction_digest(recipient_id, interest_id, kind):
    """One email with everything that happened on an introduction thread since its last email."""
    from .introduction_notices import send_digest  # it imports this module: see expire_and_remind

    return send_digest(recipient_id, interest_id, kind)


@task(backend="background")
def send_overdue_introduction_digests():
    """Digests whose own task failed or never ran: nothing said on an introduction goes unsent."""
    from .introduction_notices import send_overdue_digests  # see expire_and_remind

    return send_overdue_digests()


DAILY_TASKS = [expire_and_remind, send_match_digests, send_saved_search_digests, send_overdue_introduction_digests]
