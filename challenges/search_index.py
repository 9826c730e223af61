"""Keeping the site search in step with challenges whose publication was scheduled.

Saves, deletions and sector or keyword changes reindex a challenge by themselves (``search.signals``
follows every ``Searchable`` model). But a challenge approved for a later date becomes public when that
time comes, with no save: the daily job below indexes every public challenge the index does not hold
yet, so a scheduled challenge is found from the first daily run after its publication.
"""

from django_tasks import task

from search.indexing import index_record
from search.models import IndexEntry

from .models import Challenge


def index_newly_public_challenges(now=None):
    """Index the public challenges missing from the index. Returns how many were indexed."""
    prefix = f"{Challenge._meta.label_lower}:"
    indexed = set(
        IndexEntry.objects.filter(object_key__startswith=prefix).values_list("object_key", flat=True).distinct()
    )
    public_pks = Challenge.objects.public(now).values_list("pk", flat=True)
    missing_pks = [pk for pk in public_pks if f"{prefix}{pk}" not in indexed]
    missing = Challenge.search_prefetch(Challenge.objects.filter(pk__in=missing_pks).select_related("organisation"))
    for challenge in missing:
        index_record(challenge)
    return len(missing_pks)


@task(backend="background")
def index_scheduled_challenges():
    """Daily: challenges whose scheduled publication time has passed become searchable."""
    return index_newly_public_challenges()
