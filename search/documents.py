"""What gets searched: each live, public item flattened into one SearchDocument per language.

Pages carry their text in per-language columns (``title_en``, ``title_zh_hans``, ``intro_en``...), so
a page yields a document for each language whose title is filled in, linked to the page's URL in that
language. A listing is written in one language and may carry a translated title and summary, which
make a second, shorter document.
"""

import html
import itertools

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from .backends.base import SearchDocument

# The kinds of result a reader can filter by, in the order the facet lists them.
CONTENT_TYPES = {
    "news": _("News"),
    "policy": _("Policy"),
    "park": _("Park or zone"),
    "event": _("Event"),
    "service": _("Service"),
    "provider": _("Service provider"),
    "listing": _("Opportunity"),
}

LANGUAGES = [code for code, _name in settings.LANGUAGES]
BATCH_SIZE = 500


def page_object_key(page_id):
    """Every page is keyed on its Page row, so a deletion seen only as a ``Page`` still finds it."""
    return f"wagtailcore.page:{page_id}"


def listing_object_key(listing_id):
    return f"opportunities.listing:{listing_id}"


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


def _local_date(moment):
    return timezone.localtime(moment).date() if moment else None


def _sector_names(sectors, language):
    return tuple(_field(sector, "name", language) or sector.name_en for sector in sectors)


# ---------------------------------------------------------------------------------------------
# Pages


class PageKind:
    """How one page model becomes documents: its content type, text fields and date."""

    def __init__(self, content_type, model_path, text_fields, date=None, has_sectors=True):
        self.content_type = content_type
        self.model_path = model_path
        self.text_fields = text_fields  # translated fields, in the order they are read
        self.date = date or (lambda page: None)
        self.has_sectors = has_sectors

    @property
    def model(self):
        from django.apps import apps

        return apps.get_model(self.model_path)

    def extra_keywords(self, page, language):
        return ()

    def queryset(self):
        queryset = self.model.objects.live().public()
        return queryset.prefetch_related("sectors") if self.has_sectors else queryset


class NewsKind(PageKind):
    def extra_keywords(self, page, language):
        names = (_field(topic, "name", language) for topic in page.topics.all())
        return tuple(name for name in names if name)

    def queryset(self):
        return super().queryset().prefetch_related("topics")


PAGE_KINDS = [
    NewsKind("news", "news.NewsPage", ["intro", "body"], date=lambda page: page.date),
    PageKind("policy", "policies.PolicyPage", ["summary", "issuing_authority", "applies_to", "body"],
             date=lambda page: page.effective_date or _local_date(page.first_published_at)),
    PageKind("park", "parks.ParkPage", ["intro", "address", "facilities", "body"]),
    PageKind("event", "events.EventPage", ["intro", "venue", "organiser", "body"],
             date=lambda page: _local_date(page.starts_at)),
    PageKind("service", "services.ServicePage", ["summary", "included", "required_documents", "body"],
             has_sectors=False),
    PageKind("provider", "services.ProviderPage", ["intro", "languages", "address", "body"], has_sectors=False),
]


def kind_of_page(page):
    """The PageKind for a (specific) page, or None when pages of its type are not searched."""
    model_path = f"{page._meta.app_label}.{page._meta.object_name}"
    return next((kind for kind in PAGE_KINDS if kind.model_path.lower() == model_path.lower()), None)


def _text_value(page, name, language):
    value = getattr(page, build_localized_fieldname(name, language), None)
    if value is None:
        value = getattr(page, name, "")
    if hasattr(value, "raw_data") or isinstance(value, list):
        return stream_text(value)
    return str(value or "")


def page_documents(page, kind=None):
    """One document per language the page has a title in; none when the page has no URL."""
    kind = kind or kind_of_page(page)
    if kind is None:
        return []
    sectors = list(page.sectors.all()) if kind.has_sectors else []
    documents = []
    for language in LANGUAGES:
        title = _field(page, "title", language)
        if not title:
            continue
        with translation.override(language):
            url = page.get_url()
        if not url:
            continue
        documents.append(SearchDocument(
            doc_id=f"{page_object_key(page.pk)}:{language}",
            content_type=kind.content_type,
            object_key=page_object_key(page.pk),
            language=language,
            title=title,
            text=_join(*(_text_value(page, name, language) for name in kind.text_fields)),
            url=url,
            date=kind.date(page),
            sectors=tuple(sector.code for sector in sectors),
            keywords=_sector_names(sectors, language) + tuple(kind.extra_keywords(page, language)),
        ))
    return documents


# ---------------------------------------------------------------------------------------------
# Listings


def listing_queryset():
    from opportunities.selectors import public_listings

    return public_listings().prefetch_related("subfields", "keywords")


def listing_documents(listing):
    """The original text, and the translated title and summary when the owner gave one."""
    sectors = list(listing.sectors.all())
    terms = list(listing.subfields.all()) + list(listing.keywords.all())
    organisation = "" if listing.is_anonymous else listing.organisation.name
    versions = [(listing.original_language, listing.title,
                 _join(listing.summary, listing.description, organisation))]
    if listing.translated_title:
        other = next((code for code in LANGUAGES if code != listing.original_language), None)
        if other:
            versions.append((other, listing.translated_title,
                             _join(listing.translated_summary or listing.summary, organisation)))
    documents = []
    for language, title, text in versions:
        with translation.override(language):
            url = reverse("opportunities:detail", args=[listing.pk])
        documents.append(SearchDocument(
            doc_id=f"{listing_object_key(listing.pk)}:{language}",
            content_type="listing",
            object_key=listing_object_key(listing.pk),
            language=language,
            title=title,
            text=text,
            url=url,
            date=_local_date(listing.published_at),
            sectors=tuple(sector.code for sector in sectors),
            keywords=_sector_names(sectors, language)
            + tuple(_field(term, "name", language) or term.name_en for term in terms),
            expires=listing.deadline,
        ))
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
    for kind in PAGE_KINDS:
        for batch in _batches(kind.queryset(), batch_size):
            for page in batch:
                yield from page_documents(page, kind)
    for batch in _batches(listing_queryset(), batch_size):
        for listing in batch:
            yield from listing_documents(listing)


def chunked(iterable, size):
    iterator = iter(iterable)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
