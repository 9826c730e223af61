"""What gets searched: each live, public item flattened into one SearchDocument per language.

Pages carry their text in per-language columns (``title_en``, ``title_zh_hans``, ``intro_en``...), so
a page yields a document for each language whose title is filled in, linked to the page's URL in that
language. A listing is written in one language and may carry a translated title and summary, which
make a second, shorter document. What is searched is declared on the models themselves, through the
``Searchable`` mixin (``searchable.py``); this module finds them with ``apps.get_models()``.
"""

import html
import itertools

from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from .backends.base import SearchDocument
from .searchable import Searchable

# The kinds of result a reader can filter by, in the order the facet lists them.
CONTENT_TYPES = {
    "news": _("News"),
    "policy": _("Policy"),
    "park": _("Park or zone"),
    "event": _("Event"),
    "service": _("Service"),
    "provider": _("Service provider"),
    "listing": _("Opportunity"),
    "challenge": _("Innovation challenge"),
}

LANGUAGES = [code for code, _name in settings.LANGUAGES]
BATCH_SIZE = 500


def page_object_key(page_id):
    """Every page is keyed on its Page row, so a deletion seen only as a ``Page`` still finds it."""
    return f"wagtailcore.page:{page_id}"


def _field(obj, name, language):
    """The value stored for ``language``, without modeltranslation's fallback to English."""
    return getattr(obj, build_localized_fieldname(name, language), "") or ""


def _stream_strings(value):
    """Every piece of text in a StreamField's raw data (headings, paragraphs, quotes, FAQ answers)."""
    if isinstance(value, str):
        if value.startswith(("http://", "https://", "mailto:")):
            return
        yield html.unescape(strip_tags(value))
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("type", "id", "url", "image", "page"):
                yield from _stream_strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _stream_strings(item)


def stream_text(stream):
    raw = getattr(stream, "raw_data", stream) or []
    return " ".join(text.strip() for text in _stream_strings(list(raw)) if text.strip())


def _join(*parts):
    return "\n".join(part.strip() for part in parts if part and part.strip())


def _sector_names(sectors, language):
    return tuple(_field(sector, "name", language) or sector.name_en for sector in sectors)


# ---------------------------------------------------------------------------------------------
# What is searched: every model carrying the Searchable mixin


def searchable_models():
    """Every concrete model that carries the mixin, pages first, in a stable order."""
    models = [model for model in apps.get_models() if issubclass(model, Searchable) and model.search_kind]
    return sorted(models, key=lambda model: (not issubclass(model, Page), model._meta.label_lower))


def is_searchable(obj):
    return isinstance(obj, Searchable) and bool(obj.search_kind)


def object_key(obj):
    """Pages are keyed on their Page row (a deletion seen only as a ``Page`` still finds them)."""
    return page_object_key(obj.pk) if isinstance(obj, Page) else f"{obj._meta.label_lower}:{obj.pk}"


def documents_for(obj):
    """The documents of one item as it is now, whether or not readers may find it."""
    return page_documents(obj) if isinstance(obj, Page) else record_documents(obj)


def _keywords(sectors, terms, language, english_fallback):
    """Sector names, then term names; a listing's terms fall back to English, a page's topics do not."""
    names = (_field(term, "name", language) or (term.name_en if english_fallback else "") for term in terms)
    return _sector_names(sectors, language) + tuple(name for name in names if name)


# ---------------------------------------------------------------------------------------------
# Pages


def _text_value(page, name, language):
    value = getattr(page, build_localized_fieldname(name, language), None)
    if value is None:
        value = getattr(page, name, "")
    if hasattr(value, "raw_data") or isinstance(value, list):
        return stream_text(value)
    return str(value or "")


def page_documents(page):
    """One document per language the page has a title in; none when the page has no URL or is not searched."""
    if not is_searchable(page):
        return []
    sectors, terms = page.search_sectors(), page.search_terms()
    documents = []
    for language in LANGUAGES:
        title = _field(page, "title", language)
        if not title:
            continue
        with translation.override(language):
            url = page.get_url()
        if not url:
            continue
        documents.append(
            SearchDocument(
                doc_id=f"{page_object_key(page.pk)}:{language}",
                content_type=page.search_kind,
                object_key=page_object_key(page.pk),
                language=language,
                title=title,
                text=_join(*(_text_value(page, name, language) for name in page.search_text_fields)),
                url=url,
                date=page.search_date(),
                sectors=tuple(sector.code for sector in sectors),
                keywords=_keywords(sectors, terms, language, english_fallback=False),
            )
        )
    return documents


# ---------------------------------------------------------------------------------------------
# Items that are not pages (listings)


def record_documents(record):
    """One document per language the item gives its text in (``search_versions``)."""
    sectors, terms = record.search_sectors(), record.search_terms()
    expires = getattr(record, record.search_expiry_field) if record.search_expiry_field else None
    documents = []
    for language, title, parts in record.search_versions():
        with translation.override(language):
            url = reverse(record.search_url_name, args=[record.pk])
        documents.append(
            SearchDocument(
                doc_id=f"{object_key(record)}:{language}",
                content_type=record.search_kind,
                object_key=object_key(record),
                language=language,
                title=title,
                text=_join(*parts),
                url=url,
                date=record.search_date(),
                sectors=tuple(sector.code for sector in sectors),
                keywords=_keywords(sectors, terms, language, english_fallback=True),
                expires=expires,
            )
        )
    return documents


# ---------------------------------------------------------------------------------------------
# Everything


def _batches(queryset, size):
    """The queryset in primary-key order, ``size`` rows at a time (never all rows in memory)."""
    last_pk = None
    while True:
        batch_queryset = queryset.order_by("pk")
        if last_pk is not None:
            batch_queryset = batch_queryset.filter(pk__gt=last_pk)
        batch = list(batch_queryset[:size])
        if not batch:
            return
        yield batch
        last_pk = batch[-1].pk


def all_documents(batch_size=BATCH_SIZE):
    """Every document of every searchable item, streamed batch by batch (memory-safe for 100k items)."""
    for model in searchable_models():
        for batch in _batches(model.search_rows(), batch_size):
            for item in batch:
                yield from documents_for(item)


def chunked(iterable, size):
    iterator = iter(iterable)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
