"""The embedded backend: full-text search in the site's own database (SQLite FTS5 or PostgreSQL).

A search costs the same few queries whatever the amount of data:

1. *Candidates*: the first ``CANDIDATE_LIMIT`` matching entries plus the first ``TITLE_CANDIDATES``
   entries whose title matches, ranked by full-text rank (title over keywords over body), with only
   the small columns facets need. Ranking reads each candidate's text vector, so a word found in half
   of 100,000 entries must not rank all of them; title matches, the best ones, are always in.
2. *The page*: title, URL and text of the ten or so entries shown, for their snippets.

Between the two, Python filters the candidates, keeps one entry per item (the reader's language when
the item matched in it), puts the reader's language first, and counts the facets. Each facet is
counted with every filter applied except its own, so a reader can add a second content type. Counts
are exact up to ``CANDIDATE_LIMIT`` matches; beyond that the total is a lower bound
(``SearchResults.exact_total`` is False). When no entry has every word, the query is run again
needing any word. Measured in ``bench/search.py``.
"""

import datetime
import re
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from core.text import Clause, Term, normalise, parse_query, tokens

from ..documents import chunked
from ..models import IndexEntry
from ..snippets import highlight
from ..vocabulary import matching_terms
from .base import FACETS, FacetValue, Hit, SearchBackend, SearchResults, Suggestion, date_buckets

CANDIDATE_LIMIT = 1000
TITLE_CANDIDATES = 200
AUTOCOMPLETE_CANDIDATES = 200
_COLUMNS = "e.id, e.object_key, e.content_type, e.language, e.date, e.sectors"
_ALIVE = "(e.expires IS NULL OR e.expires >= %s)"
WRITE_BATCH = 500
# Title, keywords, body: how much a match in each counts.
SQLITE_WEIGHTS = (10.0, 4.0, 1.0)
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@dataclass
class Candidate:
    id: int
    object_key: str
    content_type: str
    language: str
    date: object
    sectors: tuple
    score: float
    title: str = ""  # filled for autocomplete only
    url: str = ""


def _entry(document):
    return IndexEntry(
        doc_id=document.doc_id,
        object_key=document.object_key,
        content_type=document.content_type,
        language=document.language,
        title=document.title[:500],
        url=document.url[:500],
        date=document.date,
        expires=getattr(document, "expires", None),
        sectors=" ".join(document.sectors)[:500],
        keywords="\n".join(document.keywords),
        text=document.text,
        title_tokens=" ".join(tokens(document.title)),
        keyword_tokens=" ".join(token for keyword in document.keywords for token in tokens(keyword)),
        body_tokens=" ".join(tokens(document.text)),
    )


# ---------------------------------------------------------------------------------------------
# Full-text match expressions, one per database


def _postgres_term(term, weights=""):
    suffix = ("*" if term.prefix else "") + weights
    return f"'{term.token}'" + (f":{suffix}" if suffix else "")


def postgres_tsquery(clauses, require_all=True, weights=""):
    """A to_tsquery('simple', ...) string: clauses joined by & (or |), alternatives by |."""

    def alternative(terms):
        return "(" + " & ".join(_postgres_term(term, weights) for term in terms) + ")"

    return f" {'&' if require_all else '|'} ".join(
        "(" + " | ".join(alternative(alt) for alt in clause.alternatives) + ")" for clause in clauses
    )


def sqlite_match(clauses, require_all=True, column=None):
    """An FTS5 MATCH string: quoted tokens, ``*`` for prefixes, AND/OR, optionally one column."""

    def term(t):
        return f'"{t.token}"' + ("*" if t.prefix else "")

    def alternative(terms):
        return "(" + " AND ".join(term(t) for t in terms) + ")"

    expression = f" {'AND' if require_all else 'OR'} ".join(
        "(" + " OR ".join(alternative(alt) for alt in clause.alternatives) + ")" for clause in clauses
    )
    return f"{column} : ({expression})" if column else expression


_TOKEN = re.compile(r"[^\W_]+")


def _clean(clauses):
    """Keep only terms that are plain tokens, so nothing a reader types can break the match syntax."""
    safe = []
    for clause in clauses:
        alternatives = tuple(alt for alt in clause.alternatives if all(_TOKEN.fullmatch(t.token) for t in alt))
        if alternatives:
            safe.append(Clause(alternatives, clause.surface))
    return safe


# ---------------------------------------------------------------------------------------------
# Ranking and facets over the candidates


def _passes(candidate, query, skip=None):
    if skip != "content_type" and query.content_types and candidate.content_type not in query.content_types:
        return False
    if skip != "sector" and query.sectors and not set(query.sectors) & set(candidate.sectors):
        return False
    if skip != "language" and query.languages and candidate.language not in query.languages:
        return False
    if skip != "date" and (query.date_from or query.date_to):
        if candidate.date is None:
            return False
        if query.date_from and candidate.date < query.date_from:
            return False
        if query.date_to and candidate.date > query.date_to:
            return False
    return True


def one_per_item(candidates, language):
    """Each item once, in the reader's language when it matched in it; reader's language first."""
    best = {}
    for candidate in candidates:
        kept = best.get(candidate.object_key)
        if kept is None or (candidate.language == language, candidate.score) > (kept.language == language, kept.score):
            best[candidate.object_key] = candidate
    return sorted(best.values(), key=lambda c: (c.language != language, -c.score, c.id))


def _bucket(day, buckets):
    if day is None:
        return None
    for key, _label, start, end in buckets:
        if (start is None or day >= start) and (end is None or day <= end):
            return key
    return None


def _facet_values(facet, candidate, buckets):
    if facet == "content_type":
        return (candidate.content_type,)
    if facet == "sector":
        return candidate.sectors
    if facet == "language":
        return (candidate.language,)
    return (_bucket(candidate.date, buckets),)


def count_facets(candidates, query, matching=None, items=None):
    """Counts for every facet. ``matching`` (all filters applied) and ``items`` (those, one per item)
    may be passed when already computed: a facet without a filter of its own counts exactly those."""
    buckets = date_buckets()
    if matching is None:
        matching = [c for c in candidates if _passes(c, query)]
    if items is None:
        items = one_per_item(matching, query.language)
    facets = {}
    for facet in FACETS:
        selected = _selected(facet, query, buckets)
        if facet == "language":
            # Languages count entries (what choosing one shows); the other facets count items.
            counted = [c for c in candidates if _passes(c, query, skip=facet)] if selected else matching
        else:
            counted = (
                one_per_item([c for c in candidates if _passes(c, query, skip=facet)], query.language)
                if selected
                else items
            )
        counts = dict.fromkeys(selected, 0)
        for candidate in counted:
            for value in _facet_values(facet, candidate, buckets):
                if value:
                    counts[value] = counts.get(value, 0) + 1
        if facet == "date":
            order = [key for key, *_rest in buckets]
            values = sorted(counts, key=lambda v: order.index(v) if v in order else len(order))
        elif facet == "language":
            values = sorted(counts, key=lambda v: LANGUAGES.index(v) if v in LANGUAGES else len(LANGUAGES))
        else:
            values = sorted(counts, key=lambda v: (-counts[v], v))
        facets[facet] = [FacetValue(value, counts[value], value in selected) for value in values]
    return facets


def _selected(facet, query, buckets):
    if facet == "content_type":
        return set(query.content_types)
    if facet == "sector":
        return set(query.sectors)
    if facet == "language":
        return set(query.languages)
    return {key for key, _label, start, end in buckets if (start, end) == (query.date_from, query.date_to)}


# ---------------------------------------------------------------------------------------------
# The backend


class DatabaseBackend(SearchBackend):
    name = "database"

    # Writing

    def index_documents(self, documents):
        for batch in chunked(documents, WRITE_BATCH):
            with transaction.atomic():
                IndexEntry.objects.filter(doc_id__in=[document.doc_id for document in batch]).delete()
                IndexEntry.objects.bulk_create([_entry(document) for document in batch])

    def delete_object(self, object_key):
        IndexEntry.objects.filter(object_key=object_key).delete()

    def rebuild(self, documents):
        """Replace everything in one transaction: readers see the old index until it commits."""
        count = 0
        with transaction.atomic():
            IndexEntry.objects.all().delete()
            for batch in chunked(documents, WRITE_BATCH):
                IndexEntry.objects.bulk_create([_entry(document) for document in batch])
                count += len(batch)
        return count

    # Reading

    def _candidates(self, clauses, require_all=True, limit=None, titles_only=False):
        """Matching entries with their rank (higher is better), at most ``limit`` (``CANDIDATE_LIMIT``).

        ``titles_only`` matches titles alone and leaves the order to the caller (autocomplete).
        """
        limit = limit or CANDIDATE_LIMIT
        clauses = _clean(clauses)
        if not clauses:
            return []
        if connection.vendor == "postgresql":
            rows = self._postgres_candidates(postgres_tsquery(clauses, require_all), limit, titles_only)
        else:
            rows = self._sqlite_candidates(clauses, require_all, limit, titles_only)
        return [
            Candidate(
                row[0], row[1], row[2], row[3], _as_date(row[4]), tuple((row[5] or "").split()), float(row[6]), *row[7:]
            )
            for row in rows
        ]

    def _postgres_candidates(self, tsquery, limit, titles_only):
        today = timezone.localdate()
        if titles_only:
            sql = (
                f"SELECT {_COLUMNS}, 0, e.title, e.url FROM search_indexentry e"
                f" WHERE e.title_vector @@ to_tsquery('simple', %s) AND {_ALIVE} LIMIT %s"
            )
            params = [tsquery, today, limit]
        else:
            # The first TITLE_CANDIDATES title matches and the first ``limit`` matches, each ranked as
            # it is read (the scan stops at the limit); Python keeps each entry's best score.
            # ts_rank weighs a word in the title (A) only 2.5 times one in the body (C), and favours
            # words close together, so a long text can outrank a title saying exactly what was asked:
            # an entry whose title alone matches the query gets one more point.
            part = (
                f"(SELECT {_COLUMNS}, ts_rank(e.search_vector, q, 1) + (e.title_vector @@ q)::int"
                " FROM search_indexentry e, to_tsquery('simple', %s) q WHERE e.{vector} @@ q"
                f" AND {_ALIVE} LIMIT %s)"
            )
            sql = part.format(vector="title_vector") + " UNION ALL " + part.format(vector="search_vector")
            params = [tsquery, today, TITLE_CANDIDATES, tsquery, today, limit]
        with transaction.atomic(), connection.cursor() as cursor:
            # The planner's estimate for prefix terms (regist:*) is poor and it may pick a sequential
            # scan, which reads every row's vector: hundreds of milliseconds at 100,000 entries. The
            # GIN index is always the better plan here.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return rows if titles_only else _best_first(rows)

    def _sqlite_candidates(self, clauses, require_all, limit, titles_only):
        today = timezone.localdate()
        titles = sqlite_match(clauses, require_all, "title_tokens")
        if titles_only:
            sql = (
                f"SELECT {_COLUMNS}, 0, e.title, e.url FROM search_indexentry_fts JOIN search_indexentry e"
                f" ON e.id = search_indexentry_fts.rowid WHERE search_indexentry_fts MATCH %s AND {_ALIVE}"
                " LIMIT %s"
            )
            params = [titles, today, limit]
        else:
            # As on PostgreSQL: the first ``limit`` matches and the first title matches. Each part is
            # ranked as it is read and stops at its limit; Python keeps each entry's best score.
            weights = ", ".join(str(weight) for weight in SQLITE_WEIGHTS)
            part = (
                f"SELECT * FROM (SELECT {_COLUMNS}, -bm25(search_indexentry_fts, {weights})"
                " FROM search_indexentry_fts JOIN search_indexentry e ON e.id = search_indexentry_fts.rowid"
                f" WHERE search_indexentry_fts MATCH %s AND {_ALIVE} LIMIT %s)"
            )
            sql = f"{part} UNION ALL {part}"
            params = [titles, today, TITLE_CANDIDATES, sqlite_match(clauses, require_all), today, limit]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return rows if titles_only else _best_first(rows)

    def search(self, query):
        clauses = parse_query(query.text)
        candidates = self._candidates(clauses) if clauses else []
        if not candidates and len(clauses) > 1:
            candidates = self._candidates(clauses, require_all=False)
        capped = len(candidates) >= CANDIDATE_LIMIT
        matching = [c for c in candidates if _passes(c, query)]
        results = one_per_item(matching, query.language)
        facets = count_facets(candidates, query, matching, results)
        start = max(query.page - 1, 0) * query.per_page
        shown = results[start : start + query.per_page]
        return SearchResults(
            hits=self._hits(shown, clauses),
            total=len(results),
            facets=facets,
            backend=self.name,
            exact_total=not capped,
        )

    def _hits(self, candidates, clauses):
        entries = IndexEntry.objects.only(
            "id", "title", "url", "text", "date", "content_type", "language", "doc_id"
        ).in_bulk([c.id for c in candidates])
        hits = []
        for candidate in candidates:
            entry = entries.get(candidate.id)
            if entry is None:
                continue
            hits.append(
                Hit(
                    doc_id=entry.doc_id,
                    content_type=entry.content_type,
                    language=entry.language,
                    title=entry.title,
                    url=entry.url,
                    snippet=highlight(entry.text, clauses),
                    date=entry.date,
                    score=candidate.score,
                )
            )
        return hits

    def autocomplete(self, prefix, language, limit=8):
        prefix = prefix.strip()
        if not prefix:
            return []
        terms = [Suggestion(text=name, kind="term") for name in matching_terms(prefix, language, limit=limit // 2)]
        typed = normalise(prefix).lower()

        def order(candidate):  # the reader's language, then titles starting with what was typed, then short
            return (
                candidate.language != language,
                not normalise(candidate.title).lower().startswith(typed),
                len(candidate.title),
                candidate.id,
            )

        titles = {}
        for candidate in sorted(
            self._candidates(parse_query(prefix, last_is_prefix=True), limit=AUTOCOMPLETE_CANDIDATES, titles_only=True),
            key=order,
        ):
            titles.setdefault(candidate.object_key, candidate)  # each item once, its best title
        titles = titles.values()
        suggestions = terms + [
            Suggestion(text=c.title, kind="title", url=c.url, language=c.language, content_type=c.content_type)
            for c in titles
        ]
        return suggestions[:limit]

    def _entries(self, ids, fields=("id", "title", "url", "language", "content_type", "doc_id", "date")):
        found = IndexEntry.objects.only(*fields).in_bulk(ids)
        return [found[pk] for pk in ids if pk in found]

    def related(self, object_key, language, limit=5):
        """Items sharing this one's keywords, sectors and title words; shared sectors count extra."""
        sources = list(
            IndexEntry.objects.filter(object_key=object_key).only(
                "language", "title_tokens", "keyword_tokens", "sectors"
            )
        )
        if not sources:
            return []
        source = next((entry for entry in sources if entry.language == language), sources[0])
        words = []
        for token in (source.keyword_tokens + " " + source.title_tokens).split():
            if token not in words and len(token) > 1:
                words.append(token)
        clauses = [Clause(((Term(word),),), word) for word in words[:16]]
        candidates = [c for c in self._candidates(clauses, require_all=False, limit=200) if c.object_key != object_key]
        if not candidates:
            return []
        top = max(c.score for c in candidates) or 1.0
        sectors = set(source.sectors.split())
        for candidate in candidates:
            candidate.score = candidate.score / top + 0.5 * len(sectors & set(candidate.sectors))
        chosen = one_per_item(candidates, language)[:limit]
        entries = {entry.id: entry for entry in self._entries([c.id for c in chosen])}
        return [
            Hit(
                doc_id=entries[c.id].doc_id,
                content_type=c.content_type,
                language=c.language,
                title=entries[c.id].title,
                url=entries[c.id].url,
                snippet="",
                date=c.date,
                score=c.score,
            )
            for c in chosen
            if c.id in entries
        ]


def _best_first(rows):
    """Candidate rows (id first, score seventh) once each with their best score, best first."""
    best = {}
    for row in rows:
        if row[0] not in best or row[6] > best[row[0]][6]:
            best[row[0]] = row
    return sorted(best.values(), key=lambda row: (-row[6], row[0]))


def _as_date(value):
    if value is None or hasattr(value, "year"):
        return value
    return datetime.date.fromisoformat(str(value)[:10])
