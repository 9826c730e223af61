"""Reads over the sector vocabulary and the content tagged with it."""

from .hooks import SECTION_SIZE, sector_page_sections


def content_for_sector(sector, limit=SECTION_SIZE):
    """The latest live news, policies, parks and upcoming events tagged with ``sector``.

    Each section comes from the app that owns it, through the ``sector_page_sections`` hook.
    """
    return sector_page_sections(sector, limit)
