"""Extension points of the challenges app: Wagtail hooks that apps built on challenges register with.

A competition (``competitions``) is a challenge whose entrants apply through its own form: it registers
here so that the challenge page sends solvers to that form, and the challenge's plain submission form
refuses to take a submission that would skip the competition's eligibility rules.
"""

from dataclasses import dataclass

from wagtail import hooks

SUBMISSION_FORM_URL = "challenges_submission_form_url"
"""``fn(challenge)`` → a local path, or None: where a solver starts a submission to ``challenge`` instead
of the challenge's own form (competitions: the application form). The first path given wins, and
``challenges:submission_create`` redirects there."""

CHALLENGE_PAGE_LINKS = "challenges_page_links"
"""``fn(challenge)`` → an iterable of ``PageLink``: links the public challenge page shows under its facts
(competitions: "Tracks and how to apply", "Results")."""


@dataclass(frozen=True)
class PageLink:
    label: str
    url: str


def submission_form_url(challenge):
    """The path another app gives for starting a submission to ``challenge``, or None."""
    for fn in hooks.get_hooks(SUBMISSION_FORM_URL):
        url = fn(challenge)
        if url:
            return url
    return None


def page_links(challenge):
    return [link for fn in hooks.get_hooks(CHALLENGE_PAGE_LINKS) for link in fn(challenge)]
