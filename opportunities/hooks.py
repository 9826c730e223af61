"""The opportunities app's extension points: apps above it add their numbers to the public impact page.

The impact page (``impact.py``, ``impact.html``) shows what the marketplace holds and what came of it.
An app in a higher layer (challenges) cannot be imported here; it registers a callable with
``hooks.register(IMPACT_SECTIONS, fn, order=N)`` in its own ``wagtail_hooks.py``, and the page runs them.
"""

from dataclasses import dataclass, field

from wagtail import hooks

IMPACT_SECTIONS = "opportunities_impact_sections"
"""Hook: ``fn()`` → an ``ImpactSection``: a template and its context, shown on the impact page below the
marketplace's own numbers, in ``order`` (challenges, order 10: challenges posted and open, registrants,
submissions, solver countries). Its reads must take a fixed number of queries."""


@dataclass
class ImpactSection:
    """A section of the impact page: ``template`` is included with ``section`` (this object) in its context."""

    template: str
    numbers: dict = field(default_factory=dict)


def impact_sections():
    """Every registered section, in hook order."""
    return [fn() for fn in hooks.get_hooks(IMPACT_SECTIONS)]
