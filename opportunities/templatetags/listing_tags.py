"""Template filters for showing a listing's facts in the reader's language."""

from django import template

from core.money import format_amount_range

register = template.Library()


@register.filter
def listing_budget(listing):
    """The listing's budget range in the reader's language ("" when it gives none)."""
    return format_amount_range(listing.budget_min, listing.budget_max, listing.budget_currency)
