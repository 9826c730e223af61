"""Reads over listings and their stored matches, always through the visibility rules."""

from django.db.models import Exists, OuterRef, prefetch_related_objects
from django.http import Http404
from django.utils.translation import get_language

from core.cards import Drawn
from vocabulary.models import Region

from . import match_lexicon, match_reasons
from .models import MATCH_ORDER, FeedbackVerdict, Listing, ListingAttachment, Match, MatchFeedback

# Moderators review listings in the Wagtail admin with this permission (the Moderators group has it).
MODERATION_PERMISSION = "opportunities.change_listing"


def public_listings():
    """Published, unexpired listings with what cards show fetched up front."""
    return Listing.objects.public().select_related("organisation").prefetch_related("sectors")


LISTING_PAGE_RELATIONS = ("sectors", "subfields", "keywords", "cooperation_types", "target_regions")


def listing_page(user, pk):
    """``listing_visible_to``, and a ``core.cards.Drawn`` of it with what the page's facts list (sectors,
    sub-fields, keywords, cooperation types, regions): read only to draw the facts' card."""
    listing = listing_visible_to(user, pk)
    return listing, Drawn(lambda: _with_vocabularies(listing))


def _with_vocabularies(listing):
    prefetch_related_objects([listing], *LISTING_PAGE_RELATIONS)
    return listing


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

    Each match gets ``reasons_shown`` (what it rests on, strongest first) and ``cautions`` (its conflicts),
    both in the active language (``match_reasons``), and ``title``/``summary``/``is_original`` (the
    candidate as the reader sees it). One query for the regions, whatever the number of matches.
    """
    codes = {match.reasons.get("region") for match in matches} - {"", None}
    regions = {region.code: region for region in Region.objects.filter(code__in=codes)} if codes else {}
    lexicon = match_lexicon.lexicon() if matches else None
    for match in matches:
        match.reasons_shown, match.cautions = match_reasons.reasons(
            match.reasons, regions.get(match.reasons.get("region") or ""), lexicon
        )
        match.title, match.summary, match.is_original = match.candidate.shown_in(get_language())
    return matches


def hidden_candidates(listing_ids):
    """``{listing id: {candidate ids}}``: the matches the owner marked "not relevant", which are never shown."""
    hidden = {pk: set() for pk in listing_ids}
    rows = MatchFeedback.objects.filter(listing_id__in=listing_ids, verdict=FeedbackVerdict.NOT_RELEVANT)
    for listing_id, candidate_id in rows.values_list("listing_id", "candidate_id"):
        hidden[listing_id].add(candidate_id)
    return hidden


def public_matches():
    """Stored matches whose listing and candidate are both public and that the owner has not marked
    "not relevant", with what readers see fetched."""
    not_relevant = MatchFeedback.objects.filter(
        listing_id=OuterRef("listing_id"), candidate_id=OuterRef("candidate_id"), verdict=FeedbackVerdict.NOT_RELEVANT
    )
    return (
        Match.objects.filter(listing__in=Listing.objects.public(), candidate__in=Listing.objects.public())
        .exclude(Exists(not_relevant))
        .select_related("listing", "candidate", "candidate__organisation")
    )


def matches_for_user(user, limit=10):
    """The best stored matches for the user's public listings, each candidate public, with reasons attached."""
    return describe_matches(
        list(public_matches().filter(listing__owner_id=user.pk).order_by(*MATCH_ORDER, "-listing_id")[:limit])
    )
