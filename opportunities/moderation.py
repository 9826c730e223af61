"""What moderators do besides publishing and returning: see what waits for them, handle reports of spam or abuse."""

from django.db import transaction
from django.db.models import Q

from . import lifecycle
from .models import Listing, ListingChangeStatus, ListingReport, Status

# The queue's default filter value: new listings and changes to published ones, both awaiting a decision.
AWAITING = "awaiting"


def awaiting_moderation(listings=None):
    """Listings a moderator must decide on: submitted ones, and published ones with changes pending."""
    listings = Listing.objects.all() if listings is None else listings
    return listings.filter(Q(status=Status.SUBMITTED) | Q(pending_change__status=ListingChangeStatus.PENDING))


def reports_queue():
    """Every report, unresolved first, with the listing and reporter fetched up front."""
    return ListingReport.objects.select_related("listing", "listing__organisation", "reporter").order_by(
        "is_resolved", "-created_at"
    )


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
