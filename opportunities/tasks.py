"""Background work for the marketplace, run by `manage.py db_worker --backend background`.

Tasks that belong to one write module sit beside it (``lifecycle.expire_and_remind``,
``introduction_notices.send_introduction_digest``), so that no write module and this one import each other.
`manage.py run_daily_jobs` (cron, once a day) enqueues the daily ones, listed in wagtail_hooks.py.
"""

from django.db import transaction
from django_tasks import task

from . import match_index, match_lexicon
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
def send_match_digests():
    """At most one email a day per user about strong new matches."""
    return send_match_alerts()


@task(backend="background")
def send_saved_search_digests():
    """Daily digest of new listings for each saved search."""
    return send_digests()


@task(backend="background")
def rebuild_match_index():
    """Re-read every public listing after a vocabulary change (skipped when another run did it already)."""
    if match_index.index_is_current():
        return 0
    return match_index.rebuild()


def vocabulary_changed(**_kwargs):
    """Signal receiver for every vocabulary model: a new version for every process, then one rebuild."""
    match_lexicon.bump_version()
    transaction.on_commit(rebuild_match_index.enqueue)
