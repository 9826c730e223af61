"""Policies' registrations with the lower apps' hooks: sector pages list the policies tagged with them."""

from wagtail import hooks

from sectors.hooks import SECTOR_PAGE_SECTIONS


@hooks.register(SECTOR_PAGE_SECTIONS, order=20)
def sector_policies(sector, limit):
    """The most recently effective first."""
    return {"policies": sector.policy_pages.live().order_by("-effective_date", "-pk")[:limit]}
