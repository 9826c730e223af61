"""What moderators do besides publishing and returning: handle reports of spam or abuse."""

from django.db import transaction

from . import lifecycle
from .models import ListingReport, Status


def reports_queue():
    """Every report, unresolved first, with the listing and reporter fetched up front."""
    return (ListingReport.objects.select_related("listing", "listing__organisation", "reporter")
            .order_by("is_resolved", "-created_at"))


def resolve_report(report):
    """Mark a report as handled (the listing was fine, or has been dealt with)."""
    report.is_resolved = True
    report.save(update_fields=["is_resolved"])
    return report


@transaction.atomic
def close_reported_listing(report):
    """Take the reported listing down and resolve every open report about it.

    Closing goes through ``lifecycle.close_listing`` on the owner's behalf, so the same rules apply
    as when the owner closes it.
    """
    listing = report.listing
    if listing.status != Status.CLOSED:
        lifecycle.close_listing(listing, listing.owner)
    ListingReport.objects.filter(listing=listing, is_resolved=False).update(is_resolved=True)
    report.is_resolved = True
    return listing
