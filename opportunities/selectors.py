"""Reads over listings and their stored matches, always through the visibility rules."""

from django.http import Http404
from django.utils.translation import get_language

from vocabulary.models import Region

from .models import Listing, ListingAttachment, Match
from .scoring import VOCABULARIES

# Moderators review listings in the Wagtail admin with this permission (the Moderators group has it).
MODERATION_PERMISSION = "opportunities.change_listing"


def public_listings():
    """Published, unexpired listings with what cards show fetched up front."""
    return Listing.objects.public().select_related("organisation").prefetch_related("sectors")


def listing_visible_to(user, pk):
    """A listing its owner may always see; anyone else only while it is public. 404 otherwise."""
    listing = Listing.objects.select_related("organisation", "owner").filter(pk=pk).first()
    if listing is None:
        raise Http404
    if listing.is_public or (user.is_authenticated and listing.owner_id == user.pk):
        return listing
    raise Http404


def attachment_visible_to(user, pk):
    """An attachment anyone may fetch while its listing is public; otherwise only the listing's owner and
    moderators. 404 for everyone else, so a draft's files cannot be found by trying numbers."""
    attachment = ListingAttachment.objects.select_related("listing").filter(pk=pk).first()
    if attachment is None:
        raise Http404
    listing = attachment.listing
    # A file uploaded with a proposed change is not public until the change is approved.
    is_public = listing.is_public and attachment.change_id is None
    if is_public or (user.is_authenticated and (listing.owner_id == user.pk or user.has_perm(MODERATION_PERMISSION))):
        return attachment
    raise Http404


def owned_listing(user, pk):
    """The user's own listing, or 404: nobody edits another user's listing."""
    listing = Listing.objects.filter(pk=pk, owner_id=user.pk).select_related("organisation", "pending_change").first()
    if listing is None:
        raise Http404
    return listing


def listings_of(user):
    return (
        Listing.objects.filter(owner_id=user.pk)
        .select_related("organisation", "pending_change")
        .order_by("-updated_at")
    )


def describe_matches(matches):
    """Prepare stored matches for reading in the active language.

    Each match gets ``shared`` (its reasons as vocabulary objects, which print in the active
    language: sectors, subfields, keywords, cooperation, region, stage, and ``terms``, all shared
    terms in one list) and ``title``/``summary``/``is_original`` (the candidate as the reader sees
    it). One query per vocabulary, whatever the number of matches.
    """
    wanted = {key: set() for key in VOCABULARIES}
    regions = set()
    for match in matches:
        for key in VOCABULARIES:
            wanted[key].update(match.reasons.get(key, []))
        if match.reasons.get("region"):
            regions.add(match.reasons["region"])
    terms = {
        key: {term.code: term for term in model.objects.filter(code__in=wanted[key])} if wanted[key] else {}
        for key, (_field, model) in VOCABULARIES.items()
    }
    regions = {region.code: region for region in Region.objects.filter(code__in=regions)} if regions else {}
    for match in matches:
        shared = {
            key: [terms[key][code] for code in match.reasons.get(key, []) if code in terms[key]] for key in VOCABULARIES
        }
        # A keyword and a sub-field can share a name (AI, IoT...): list each name once.
        names = {}
        for key in VOCABULARIES:
            for term in shared[key]:
                names.setdefault(str(term), term)
        shared["terms"] = list(names.values())
        shared["region"] = regions.get(match.reasons.get("region") or "")
        shared["stage"] = bool(match.reasons.get("stage"))
        match.shared = shared
        match.title, match.summary, match.is_original = match.candidate.shown_in(get_language())
    return matches


def public_matches():
    """Stored matches whose listing and candidate are both public, with what readers see fetched."""
    return Match.objects.filter(
        listing__in=Listing.objects.public(), candidate__in=Listing.objects.public()
    ).select_related("listing", "candidate", "candidate__organisation")


def matches_for_user(user, limit=10):
    """The best stored matches for the user's public listings, each candidate public, with reasons attached."""
    return describe_matches(list(public_matches().filter(listing__owner_id=user.pk).order_by("-score", "-pk")[:limit]))
