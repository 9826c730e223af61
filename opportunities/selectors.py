"""Reads over listings, always through the visibility rules."""

from django.http import Http404

from .models import Listing, ListingAttachment

# Moderators review listings in the Wagtail admin with this permission (the Moderators group has it).
MODERATION_PERMISSION = "opportunities.change_listing"


def public_listings():
    """Published, unexpired listings with what cards show fetched up front."""
    return (Listing.objects.public()
            .select_related("organisation")
            .prefetch_related("sectors"))


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
    if is_public or (user.is_authenticated and (
            listing.owner_id == user.pk or user.has_perm(MODERATION_PERMISSION))):
        return attachment
    raise Http404


def owned_listing(user, pk):
    """The user's own listing, or 404: nobody edits another user's listing."""
    listing = (Listing.objects.filter(pk=pk, owner_id=user.pk)
               .select_related("organisation", "pending_change").first())
    if listing is None:
        raise Http404
    return listing


def listings_of(user):
    return (Listing.objects.filter(owner_id=user.pk).select_related("organisation", "pending_change")
            .order_by("-updated_at"))
