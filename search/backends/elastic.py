"""The Elasticsearch backend, used when ``ELASTICSEARCH_URL`` is set.

It behaves like the database backend: each item once (its entry in the reader's language when that
one matched), the reader's language first, facets counting items, expired listings left out, and a
second try needing any word when needing most words finds nothing.

Reads and writes go through an alias (``ELASTICSEARCH_INDEX``, "portal-search" by default).
``rebuild`` loads a new timestamped index and then swaps the alias in one atomic request, so
readers never see a missing or half-filled index. Errors are not caught here: connection and API
errors propagate (see ``ERRORS``) so the engine can fall back to the database backend.
"""

import contextlib
import datetime

from django.conf import settings
from django.utils import timezone
from elasticsearch import ApiError, Elasticsearch, TransportError
from elasticsearch.dsl import A, FacetedSearch, Q, Search, TermsFacet
from elasticsearch.dsl.faceted_search import RangeFacet
from elasticsearch.dsl.query import MatchAll, Range
from elasticsearch.helpers import BulkIndexError, bulk

from .base import FACETS, FacetValue, Hit, SearchBackend, SearchResults, Suggestion, date_buckets
from .elastic_mapping import (
    CHINESE_BIGRAM_FIELDS,
    CHINESE_WORD_FIELDS,
    ENGLISH_FIELDS,
    RELATED_FIELDS,
    SNIPPET_FIELDS,
    entry_for,
    index_definition,
    phrase_for_suggestion,
    segmented,
)

# What a caller catches to fall back: unreachable server, timeouts, API errors (e.g. no index yet)
# and rejected bulk items.
ERRORS = (TransportError, ApiError, BulkIndexError)

DEFAULT_ALIAS = "portal-search"
# A reader is waiting: fail fast and let the engine fall back rather than hang the page.
READ_TIMEOUT = 5
BULK_TIMEOUT = 120
# Each branch needs all of a one- or two-word query and three quarters of a longer one...
MOST_WORDS = "2<75%"
# ...and, when that finds nothing, any one word.
ANY_WORD = "1"
FACET_SIZE = 30
# Counts of distinct items are exact up to this many (Elasticsearch's maximum).
COUNT_PRECISION = 40_000
SNIPPET_LENGTH = 180
# Only what a result line shows comes back; highlighting still reads the full text.
DISPLAY_FIELDS = ["doc_id", "content_type", "language", "title", "url", "date"]
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _iso(day):
    return day.isoformat() if day else None


def _count_items():
    return A("cardinality", field="object_key", precision_threshold=COUNT_PRECISION)


class DateBucketFacet(RangeFacet):
    """Items per ``date_buckets`` bucket; filters by the reader's own span (date_from, date_to).

    The span comes from SearchQuery, so it need not be a bucket; a bucket shows as selected when it
    is exactly the reader's span.
    """

    def __init__(self, buckets, **kwargs):
        self._spans = {key: (first, last) for key, _label, first, last in buckets}
        ranges = [
            (key, (_iso(first), _iso(last and last + datetime.timedelta(days=1))))
            for key, _label, first, last in buckets
        ]
        super().__init__(ranges=ranges, metric=_count_items(), metric_sort="", **kwargs)

    def add_filter(self, filter_values):
        first, last = filter_values[0]
        limits = {bound: _iso(day) for bound, day in (("gte", first), ("lte", last)) if day}
        return Range(_expand__to_dot=False, **{self._params["field"]: limits})

    def is_filtered(self, key, filter_values):
        return bool(filter_values) and self._spans.get(key) == tuple(filter_values[0])


def text_query(text, minimum_should_match=MOST_WORDS):
    """Match ``text`` as English (stemmed), as Chinese words (jieba) and as Chinese bigrams."""

    def branch(query, fields):
        return Q(
            "multi_match", query=query, fields=fields, type="cross_fields", minimum_should_match=minimum_should_match
        )

    words = segmented(text)
    branches = [branch(text, ENGLISH_FIELDS)]
    if words:
        branches.append(branch(words, CHINESE_WORD_FIELDS))
    branches.append(branch(text, CHINESE_BIGRAM_FIELDS))
    return Q("bool", should=branches, minimum_should_match=1)


def findable_on(today):
    """Entries without an end date, or whose last day is not past (a listing's deadline)."""
    return Q(
        "bool",
        should=[Q("range", expires={"gte": today.isoformat()}), Q("bool", must_not=[Q("exists", field="expires")])],
        minimum_should_match=1,
    )


def readers_language_first(language):
    """Sort: entries in the reader's language, then the rest; best match first within each.

    A sort rather than a score boost, as in the database backend: scores from English and Chinese
    fields are not comparable, so no boost factor could promise the order.
    """
    return [
        {
            "_script": {
                "type": "number",
                "order": "asc",
                "script": {
                    "source": "doc['language'].value == params.language ? 0 : 1",
                    "params": {"language": language},
                },
            }
        },
        {"_score": {"order": "desc"}},
    ]


def _one_per_item(search, language):
    """Each item once: sorted so that the collapse keeps the reader's-language entry of each."""
    return search.sort(*readers_language_first(language)).collapse("object_key").extra(track_scores=True)


class PortalFacetedSearch(FacetedSearch):
    """Full-text search with the four facets; each facet counts under every filter but its own."""

    fields = SNIPPET_FIELDS  # FacetedSearch highlights only when fields are set

    def __init__(self, query, *, index, client, today, minimum_should_match=MOST_WORDS):
        self.index, self.using = index, client
        self.reader_language, self.today, self.minimum_should_match = query.language, today, minimum_should_match
        # Languages count entries (what choosing one shows); the others count items.
        self.facets = {
            "content_type": TermsFacet(field="content_type", size=FACET_SIZE, metric=_count_items()),
            "sector": TermsFacet(field="sectors", size=FACET_SIZE, metric=_count_items()),
            "language": TermsFacet(field="language", size=FACET_SIZE),
            "date": DateBucketFacet(date_buckets(today), field="date"),
        }
        filters = {
            "content_type": query.content_types,
            "sector": query.sectors,
            "language": query.languages,
            "date": [(query.date_from, query.date_to)] if query.date_from or query.date_to else [],
        }
        super().__init__(query.text.strip(), filters={name: values for name, values in filters.items() if values})
        first = (max(query.page, 1) - 1) * query.per_page
        self._s = self._s[first : first + query.per_page]

    def to_dict(self):
        """The request body."""
        return self._s.to_dict()

    def search(self):
        return _one_per_item(super().search().source(DISPLAY_FIELDS), self.reader_language)

    def query(self, search, query):
        matches = text_query(query, self.minimum_should_match) if query else Q("match_all")
        return search.query(Q("bool", must=[matches], filter=[findable_on(self.today)]))

    def highlight(self, search):
        return search.highlight_options(
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            encoder="html",  # the text is escaped, so a snippet is safe HTML
            fragment_size=SNIPPET_LENGTH,
            number_of_fragments=1,
            no_match_size=SNIPPET_LENGTH,  # a title-only match still gets the text's opening
        ).highlight(*SNIPPET_FIELDS)

    def aggregate(self, search):
        super().aggregate(search)
        # The total counts items, not entries, under every filter (hits.total counts entries).
        every_filter = MatchAll()
        for query in self._filters.values():
            every_filter &= query
        search.aggs.bucket("_items", "filter", filter=every_filter).metric("count", _count_items())


class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, url=None, *, alias=None, client=None):
        self.alias = alias or getattr(settings, "ELASTICSEARCH_INDEX", "") or DEFAULT_ALIAS
        self.client = client or Elasticsearch(
            url or settings.ELASTICSEARCH_URL, request_timeout=READ_TIMEOUT, max_retries=1, retry_on_timeout=False
        )

    # -- writes ------------------------------------------------------------------------------

    def index_documents(self, documents):
        actions = [self._action(document, self.alias) for document in documents]
        if actions:
            # require_alias: before the first rebuild, fail rather than auto-create an index with a guessed mapping.
            bulk(self.client, actions, require_alias=True, refresh="wait_for")

    def delete_object(self, object_key):
        # Refresh at once: an unpublished item must not linger in results.
        self.client.delete_by_query(
            index=self.alias, query={"term": {"object_key": object_key}}, refresh=True, conflicts="proceed"
        )

    def rebuild(self, documents):
        """Load ``documents`` into a new index, then point the alias at it and drop the old one.

        Returns the number of documents indexed. If loading fails, the new index is deleted and the
        alias keeps serving the old one.
        """
        new_index = f"{self.alias}-{timezone.now():%Y%m%d%H%M%S%f}"
        index_definition(new_index).create(using=self.client)
        try:
            actions = (self._action(document, new_index) for document in documents)
            indexed, _errors = bulk(self.client.options(request_timeout=BULK_TIMEOUT), actions, chunk_size=500)
            self.client.indices.refresh(index=new_index)
            old_indices = self._indices_behind_alias()
            # One request: readers see either the old index or the full new one, never neither.
            self.client.indices.update_aliases(
                actions=[{"add": {"index": new_index, "alias": self.alias}}]
                + [{"remove_index": {"index": old}} for old in old_indices if old != new_index]
            )
        except BaseException:
            # Tidy up if the server still answers; the original error is the one to report.
            with contextlib.suppress(*ERRORS):
                self.client.indices.delete(index=new_index, ignore_unavailable=True)
            raise
        return indexed

    def _indices_behind_alias(self):
        if not self.client.indices.exists_alias(name=self.alias):
            return []
        return sorted(self.client.indices.get_alias(name=self.alias))

    def _action(self, document, index):
        action = entry_for(document).to_dict(include_meta=True)
        action["_index"] = index
        return action

    # -- reads -------------------------------------------------------------------------------

    def faceted_search(self, query, today=None, minimum_should_match=MOST_WORDS):
        """The FacetedSearch for ``query`` (its ``to_dict()`` is the request body)."""
        return PortalFacetedSearch(
            query,
            index=self.alias,
            client=self.client,
            today=today or timezone.localdate(),
            minimum_should_match=minimum_should_match,
        )

    def search(self, query):
        response = self.faceted_search(query).execute()
        if not response.hits and len(segmented(query.text).split()) > 1:
            response = self.faceted_search(query, minimum_should_match=ANY_WORD).execute()
        total = response.aggregations._items.count.value
        return SearchResults(
            hits=[_hit(hit) for hit in response.hits],
            total=total,
            facets={name: _facet_values(name, response.facets[name], query) for name in FACETS},
            backend=self.name,
            exact_total=total < COUNT_PRECISION,
        )

    def autocomplete_search(self, prefix, language, limit=8):
        """The completion request: titles and vocabulary terms, the reader's language boosted."""
        contexts = [
            {"context": code, "boost": 2 if code == language else 1}
            for code in [language] + [code for code in LANGUAGES if code != language]
        ]
        return (
            Search(using=self.client, index=self.alias)
            .source(["title", "keywords", "url", "language", "content_type", "expires"])
            .suggest(
                "titles_and_terms",
                prefix,
                # Twice the limit: some options are expired listings or repeat a term.
                completion={
                    "field": "suggest",
                    "size": limit * 2,
                    "skip_duplicates": True,
                    "contexts": {"language": contexts},
                },
            )
            .extra(size=0)
        )

    def autocomplete(self, prefix, language, limit=8):
        """Vocabulary terms first (up to half the list), then titles, as the database backend does."""
        prefix = prefix.strip()[:100]
        if not prefix:
            return []
        today = timezone.localdate().isoformat()
        terms, titles = {}, {}
        for option in self.autocomplete_search(prefix, language, limit).execute().suggest.titles_and_terms[0].options:
            source = option._source.to_dict()
            if source.get("expires", today) < today:
                continue
            phrase = phrase_for_suggestion(option.text, source["title"], source.get("keywords", []))
            if phrase == source["title"]:
                titles.setdefault(
                    phrase,
                    Suggestion(
                        text=phrase,
                        kind="title",
                        url=source["url"],
                        language=source["language"],
                        content_type=source["content_type"],
                    ),
                )
            else:
                terms.setdefault(phrase, Suggestion(text=phrase, kind="term"))
        chosen = list(terms.values())[: limit // 2]
        return (chosen + list(titles.values()))[:limit]

    def related_search(self, object_key, language, limit=5, today=None):
        """The "more like this" request: like every language of the item, excluding the item itself."""
        like = [{"_index": self.alias, "_id": f"{object_key}:{code}"} for code in LANGUAGES]
        similar = Q(
            "bool",
            must=[Q("more_like_this", fields=RELATED_FIELDS, like=like, min_term_freq=1, min_doc_freq=2)],
            must_not=[Q("term", object_key=object_key)],
            filter=[findable_on(today or timezone.localdate())],
        )
        search = Search(using=self.client, index=self.alias).query(similar).source(DISPLAY_FIELDS)[:limit]
        return _one_per_item(search, language)

    def related(self, object_key, language, limit=5):
        return [_hit(hit) for hit in self.related_search(object_key, language, limit).execute().hits]


def _facet_values(name, buckets, query):
    """Facet values ordered as the database backend orders them; chosen values kept even at zero."""
    values = [FacetValue(str(value), int(count), selected) for value, count, selected in buckets if count or selected]
    chosen = {"content_type": query.content_types, "sector": query.sectors, "language": query.languages}.get(name, [])
    shown = {value.value for value in values}
    values += [FacetValue(value, 0, True) for value in chosen if value not in shown]
    if name == "language":
        values.sort(key=lambda v: LANGUAGES.index(v.value) if v.value in LANGUAGES else len(LANGUAGES))
    elif name != "date":  # date buckets keep their own order
        values.sort(key=lambda v: (-v.count, v.value))
    return values


def _hit(hit):
    source = hit.to_dict()
    highlight = hit.meta.to_dict().get("highlight", {})
    fragments = [fragment for field in SNIPPET_FIELDS for fragment in highlight.get(field, [])]
    return Hit(
        doc_id=source["doc_id"],
        content_type=source["content_type"],
        language=source["language"],
        title=source["title"],
        url=source["url"],
        snippet=fragments[0] if fragments else "",
        date=datetime.date.fromisoformat(source["date"]) if source.get("date") else None,
        score=hit.meta.score or 0.0,
    )
