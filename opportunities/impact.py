"""The public impact numbers: what the marketplace holds and what came of it.

Four aggregate queries whatever the amount of data: listings by sector, listings by country,
and one for introductions made and agreements reported; then the sections other apps add
through ``hooks.IMPACT_SECTIONS`` (challenges), each a fixed number of queries too.
"""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone
from django_countries import countries

from sectors.models import Sector

from .hooks import impact_sections
from .models import ExpressionOfInterest, InterestStatus, Listing, Outcome, Status


@dataclass
class Bar:
    """One row of a bar chart: a label, its count and its width as a share of the largest row."""

    label: str
    count: int
    percent: int


def _bars(rows):
    """``rows`` is (label, count) pairs, largest first; widths are relative to the first."""
    largest = max((count for _, count in rows), default=0)
    return [
        Bar(label=label, count=count, percent=round(100 * count / largest) if largest else 0) for label, count in rows
    ]


def listings_by_sector():
    """Public listings per sector, in the reader's language, largest first."""
    public = Q(listings__status=Status.PUBLISHED, listings__deadline__gte=timezone.localdate())
    sectors = (
        Sector.objects.annotate(listing_count=Count("listings", filter=public, distinct=True))
        .filter(listing_count__gt=0)
        .order_by("-listing_count", "sort_order", "code")
    )
    return _bars([(sector.name, sector.listing_count) for sector in sectors])


def listings_by_country():
    """Public listings per country of the posting organisation, country names in the reader's language."""
    rows = Listing.objects.public().order_by().values("organisation__country").annotate(listing_count=Count("pk"))
    named = sorted(
        (
            (countries.name(row["organisation__country"]) or row["organisation__country"], row["listing_count"])
            for row in rows
        ),
        key=lambda pair: (-pair[1], pair[0]),
    )
    return _bars(named)


def introduction_totals():
    """Introductions made (accepted interests) and agreements reported, in one query."""
    return ExpressionOfInterest.objects.aggregate(
        introductions=Count("pk", filter=Q(status=InterestStatus.ACCEPTED)),
        agreements=Count("pk", filter=Q(status=InterestStatus.ACCEPTED, outcome=Outcome.AGREEMENT)),
    )


def impact_numbers():
    """Everything the impact page shows."""
    by_country = listings_by_country()
    return {
        "by_sector": listings_by_sector(),
        "by_country": by_country,
        "published_listings": sum(bar.count for bar in by_country),
        **introduction_totals(),
        "sections": impact_sections(),
    }
