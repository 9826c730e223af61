"""Policies' registrations with the lower apps' hooks: sector pages list the policies tagged with them."""

from wagtail import hooks

from core.cards import card_rows
from sectors.hooks import SECTOR_PAGE_SECTIONS


@hooks.register(SECTOR_PAGE_SECTIONS, order=20)
def sector_policies(sector, limit):
    """The most recently effective first, as card rows (core.cards) of only what the list shows (title, link, type)."""
    policies = sector.policy_pages.live().order_by("-effective_date", "-pk")
    return {"policies": card_rows(policies.only("title", "url_path", "path", "depth", "policy_type")[:limit])}
