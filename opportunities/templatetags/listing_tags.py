"""Template filters for showing a listing's facts in the reader's language, and the owner's actions on it."""

from django import template

from core.money import format_amount_range

from .. import lifecycle

register = template.Library()


@register.filter
def listing_budget(listing):
    """The listing's budget range in the reader's language ("" when it gives none)."""
    return format_amount_range(listing.budget_min, listing.budget_max, listing.budget_currency)


@register.simple_tag
def owner_actions(listing, user):
    """``lifecycle.owner_actions``, for ``opportunities/includes/owner_actions.html``."""
    return lifecycle.owner_actions(listing, user)
