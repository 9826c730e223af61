"""The one interface every search backend implements, and the values it passes around.

Views and the rest of the site never talk to a backend directly: they call the functions in
``search/selectors.py`` (query side) and ``search/indexing.py`` (write side), which pick the backend.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Facet names, in the order the results page shows them.
FACETS = ("content_type", "sector", "language", "date")


def date_buckets(today=None):
    """The values of the "date" facet: (key, label, first day, last day), None meaning open-ended.

    Every backend counts documents into these buckets, so the facet means the same whatever the engine.
    Choosing a bucket sets ``SearchQuery.date_from``/``date_to`` to its range.
    """
    today = today or timezone.localdate()
    days = datetime.timedelta
    return [
        ("upcoming", _("Upcoming"), today + days(days=1), None),
        ("month", _("Past month"), today - days(days=30), today),
        ("year", _("Past year"), today - days(days=365), today - days(days=31)),
        ("older", _("Older"), None, today - days(days=366)),
    ]


@dataclass(frozen=True)
class SearchDocument:
    """One searchable item in one language, flattened from a page, a listing or a service.

    ``doc_id`` is "<app_label>.<model>:<pk>:<language>", unique across the index. ``text`` is the body
    in plain text (no HTML). Chinese fields are segmented by the backend, not by the document.
    """

    doc_id: str
    content_type: str  # a key of search.documents.CONTENT_TYPES, e.g. "news", "policy", "listing"
    object_key: str  # "<app_label>.<model>:<pk>", the same for both languages of one item
    language: str  # "en" or "zh-hans": the language this text is written in
    title: str
    text: str
    url: str
    date: datetime.date | None = None
    sectors: tuple[str, ...] = ()  # sector codes
    keywords: tuple[str, ...] = ()  # vocabulary terms, offered by autocomplete too
    expires: datetime.date | None = None  # last day it may be found (a listing's deadline); None = no end


@dataclass
class SearchQuery:
    text: str
    language: str  # the reader's language: results in it rank first
    content_types: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    page: int = 1
    per_page: int = 10


@dataclass
class Hit:
    doc_id: str
    content_type: str
    language: str
    title: str
    url: str
    snippet: str  # safe HTML: escaped text with <mark> around matched terms
    date: datetime.date | None
    score: float
    title_language: str = ""  # the language of ``title`` and ``url`` when not ``language`` (see results_page)


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool = False


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int
    facets: dict[str, list[FacetValue]]
    backend: str  # "database" or "elasticsearch", for logs and the admin; never shown to readers
    exact_total: bool = True  # False when ``total`` is a lower bound (a very common word, counted in part)


@dataclass
class Suggestion:
    """One autocomplete entry: an item's title (with its URL) or a vocabulary term (searched for)."""

    text: str
    kind: str  # "title" or "term"
    url: str = ""
    language: str = ""
    content_type: str = ""


class SearchBackend:
    name = "base"

    def index_documents(self, documents):
        """Add or replace these documents (by doc_id)."""
        raise NotImplementedError

    def delete_object(self, object_key):
        """Remove every language of one item."""
        raise NotImplementedError

    def rebuild(self, documents):
        """Replace the whole index with ``documents`` (an iterable; may be large)."""
        raise NotImplementedError

    def search(self, query: SearchQuery) -> SearchResults:
        raise NotImplementedError

    def autocomplete(self, prefix, language, limit=8):
        """Titles and vocabulary terms starting with (or, for Chinese, containing) ``prefix``.

        Returns a list of ``Suggestion`` (plain strings are accepted too and treated as terms).
        """
        raise NotImplementedError

    def related(self, object_key, language, limit=5):
        """Items like this one ("more like this"), as Hits."""
        raise NotImplementedError
