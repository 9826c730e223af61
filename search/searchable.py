"""The mixin a model carries to be searched: the one place that says what of it is searchable.

A page (``news.NewsPage``...) names its kind, its text fields, its date and its sectors; ``documents.py``
turns every live, public page of every model carrying the mixin into documents, one per language. A
model that is not a page (``opportunities.Listing``) also says which rows are public and gives its
text per language itself (``search_versions``).
"""

import datetime

from django.utils import timezone
from wagtail.search import index


class Searchable:
    """What of a model the site's own search index holds (see ``search/README.md``)."""

    search_kind = ""  # a key of ``documents.CONTENT_TYPES``: what readers filter by
    search_text_fields = ()  # translated (or plain) fields, in the order they are read
    search_date_field = None  # a date or datetime field: the result's date and the date facet
    search_sectors_field = None  # a many-to-many to ``sectors.Sector``: the sector facet
    search_keyword_fields = ()  # many-to-manys to named terms (``name_en``/``name_zh_hans``), matched as keywords
    # Not pages only:
    search_url_name = None  # the URL name of the detail view, given the primary key
    search_expiry_field = None  # a date after which the item is no longer found
    search_unsearched_fields = frozenset()  # saving only these fields changes nothing a reader can search

    @classmethod
    def search_rows(cls):
        """The rows readers may find (pages: live and public), with what indexing reads fetched up front."""
        rows = cls.objects.live().public()
        return cls.search_prefetch(rows)

    @classmethod
    def search_prefetch(cls, rows):
        related = [name for name in (cls.search_sectors_field, *cls.search_keyword_fields) if name]
        return rows.prefetch_related(*related) if related else rows

    def search_is_public(self):
        """Whether readers may find this row now (pages: live and without a view restriction)."""
        return self.live and not self.get_view_restrictions().exists()

    def search_date(self):
        value = getattr(self, self.search_date_field) if self.search_date_field else None
        if isinstance(value, datetime.datetime):
            return timezone.localtime(value).date()
        return value

    def search_sectors(self):
        return list(getattr(self, self.search_sectors_field).all()) if self.search_sectors_field else []

    def search_terms(self):
        """The named terms (topics, sub-fields, keywords) whose names are matched as keywords."""
        return [term for name in self.search_keyword_fields for term in getattr(self, name).all()]

    def search_versions(self):
        """Not pages only: ``(language, title, [text parts])`` for each language the item is written in."""
        raise NotImplementedError


def text_search_fields(names):
    """Wagtail ``SearchField``s for ``names``, so the admin's search reads the same text as the site's."""
    return [index.SearchField(name) for name in names]
