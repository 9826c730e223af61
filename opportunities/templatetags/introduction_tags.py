"""Template tags for the listing page's introduction actions (express interest, report)."""

from django import template

from ..introductions import listing_actions_for as actions_for

register = template.Library()


@register.simple_tag(takes_context=True)
def listing_actions_for(context, listing):
    """What the current reader may do on ``listing``: see ``introductions.ListingActions``."""
    return actions_for(context["request"].user, listing)
