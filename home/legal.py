"""Reads for the legal pages (privacy policy, terms, cookies, accessibility) that other apps link or record."""

from .models import LegalPage


def current_legal_page(kind):
    """The live legal page of ``kind`` (a ``LegalPage.Kind`` value), or None when there is none."""
    return LegalPage.objects.live().filter(kind=kind).order_by("path").first()


def footer_legal_pages():
    """The live legal pages in the footer's order (privacy, terms, cookies, accessibility), one per kind."""
    order = [kind.value for kind in LegalPage.Kind]
    pages = {}
    for page in LegalPage.objects.live().order_by("-path"):
        pages[page.kind] = page  # reverse tree order: the first page of a kind in tree order wins
    return [pages[kind] for kind in order if kind in pages]


def legal_versions():
    """``{"privacy": version, "terms": version}`` for the live privacy policy and terms of use.

    A kind without a live page is left out, so callers can tell "no policy yet" from a version.
    """
    pages = LegalPage.objects.live().filter(kind__in=[LegalPage.Kind.PRIVACY, LegalPage.Kind.TERMS])
    versions = {}
    # Reverse tree order, so the first page in tree order wins, as in current_legal_page.
    for kind, version in pages.order_by("-path").values_list("kind", "version"):
        versions[str(kind)] = version
    return versions
