"""The sectors app's extension point: apps above it add their section to a sector's page.

Sectors sits below news, policies, parks and events, so it cannot import them; each registers a callable
with ``@hooks.register(SECTOR_PAGE_SECTIONS)`` in its own ``wagtail_hooks.py``, and the sector page runs them.
"""

from wagtail import hooks

SECTOR_PAGE_SECTIONS = "sector_page_sections"
"""Hook: ``fn(sector, limit)`` returns ``{key: list}`` with at most ``limit`` live items tagged with ``sector``
(news, policies, parks, events), read with what the section shows, so the template runs no query. Register
with ``order=`` to keep the sections in that order."""

SECTION_SIZE = 6


def sector_page_sections(sector, limit=SECTION_SIZE):
    """The sections every app registered for ``sector``'s page, as one dict of template context entries."""
    sections = {}
    for fn in hooks.get_hooks(SECTOR_PAGE_SECTIONS):
        sections.update(fn(sector, limit))
    return sections
