"""The matching index: every public listing's terms (``match_terms``), looked up by term.

``scoring`` finds candidates here by the terms they share with a listing, whatever their age
(``candidates_by_terms``), reads their terms (``terms_of``) and how rare each term is
(``listing_counts``, from ``MatchTermStat``). A listing is indexed when it becomes public or changes
(``matching.refresh_matches``), and removed when it stops being public (closed, returned, expired)
or is deleted. ``rebuild`` (``manage.py rebuild_match_index``, and the task that follows a vocabulary
change) starts again from the listings.
"""

from django.db import connection, transaction
from django.db.models import Case, F, Value, When

from .match_lexicon import VERSION_TERM, current_version
from .match_lexicon import lexicon as current_lexicon
from .match_terms import join_text, listing_terms, tag_ids_of, terms_from
from .models import Listing, MatchTerm, MatchTermStat

LISTINGS = "*"  # the MatchTermStat row counting indexed listings
INDEXED_VERSION = "~indexed"  # the MatchTermStat row holding the vocabulary version of the last rebuild
BOOKKEEPING = (VERSION_TERM, INDEXED_VERSION)
BATCH = 2_000  # listings read at a time by rebuild


def _count(added, removed):
    """Add one to the listing count of the ``added`` terms and take one from the ``removed`` ones.

    One UPDATE for both, so that concurrent writers lock the rows in the same order.
    """
    if added:
        MatchTermStat.objects.bulk_create([MatchTermStat(term=term) for term in added], ignore_conflicts=True)
    if added or removed:
        MatchTermStat.objects.filter(term__in=[*added, *removed]).update(
            listings=F("listings") + Case(When(term__in=added, then=Value(1)), default=Value(-1))
        )


def _rows(listing_id, kind, organisation_id, terms):
    return [
        MatchTerm(listing_id=listing_id, term=term, weight=weight, kind=kind, organisation_id=organisation_id)
        for term, weight in terms.items()
    ]


@transaction.atomic
def index_listing(listing):
    """Index a public listing (its rows replaced), or remove one that is not public.

    The listing's row is locked and read again first, so that a close racing a re-index cannot
    leave a closed listing in the index or count it twice.
    """
    current = Listing.objects.select_for_update().filter(pk=listing.pk).first()
    terms = listing_terms(current) if current is not None and current.is_public else {}
    if not terms:
        remove_listings([listing.pk])
        return
    old = set(MatchTerm.objects.filter(listing_id=listing.pk).values_list("term", flat=True))
    MatchTerm.objects.filter(listing_id=listing.pk).delete()
    MatchTerm.objects.bulk_create(_rows(listing.pk, current.kind, current.organisation_id, terms))
    new = set(terms)
    _count(sorted(new - old | ({LISTINGS} if not old else set())), sorted(old - new))


@transaction.atomic
def remove_listings(listing_ids):
    """Take listings out of the index (nothing happens for ones that are not in it)."""
    rows = list(MatchTerm.objects.filter(listing_id__in=listing_ids).values_list("listing_id", "term"))
    if not rows:
        return
    removed = {}
    for _listing_id, term in rows:
        removed[term] = removed.get(term, 0) + 1
    removed[LISTINGS] = len({listing_id for listing_id, _term in rows})
    MatchTerm.objects.filter(listing_id__in=listing_ids).delete()
    for count in sorted(set(removed.values())):
        terms = sorted(term for term, times in removed.items() if times == count)
        MatchTermStat.objects.filter(term__in=terms).update(listings=F("listings") - count)
    MatchTermStat.objects.filter(listings__lte=0).exclude(term__in=BOOKKEEPING).delete()


def listing_deleted(instance, **_kwargs):
    """``pre_delete`` receiver: a deleted listing leaves the index and its counts."""
    remove_listings([instance.pk])


@transaction.atomic
def rebuild():
    """Index every public listing from scratch; returns how many were indexed.

    Reads listings as rows, a batch at a time, so that a million listings fit in memory, and
    records the vocabulary version it used (``index_is_current``).
    """
    version = current_version()
    lexicon = current_lexicon()
    MatchTerm.objects.all().delete()
    MatchTermStat.objects.exclude(term__in=BOOKKEEPING).delete()
    counts, indexed = {}, 0
    fields = ("pk", "kind", "organisation_id", "title", "summary", "translated_title", "translated_summary")
    ids = list(Listing.objects.public().order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        tags = tag_ids_of(batch)
        rows = []
        for pk, kind, organisation_id, *texts in Listing.objects.filter(pk__in=batch).values_list(*fields):
            terms = terms_from(join_text(*texts), tags[pk], lexicon)
            if not terms:
                continue
            for term in terms:
                counts[term] = counts.get(term, 0) + 1
            rows.extend(_rows(pk, kind, organisation_id, terms))
            indexed += 1
        MatchTerm.objects.bulk_create(rows, batch_size=5_000)
    counts[LISTINGS] = indexed
    counts[INDEXED_VERSION] = version
    MatchTermStat.objects.bulk_create(
        [MatchTermStat(term=term, listings=count) for term, count in counts.items()],
        batch_size=5_000,
        update_conflicts=True,  # a worker may have created a row meanwhile: this count is the right one
        unique_fields=["term"],
        update_fields=["listings"],
    )
    return indexed


def index_is_current():
    """Whether the last rebuild used the current vocabulary."""
    stamps = dict(MatchTermStat.objects.filter(term__in=BOOKKEEPING).values_list("term", "listings"))
    return stamps.get(INDEXED_VERSION, -1) == stamps.get(VERSION_TERM, 0)


# ---------------------------------------------------------------------------------------------
# Reading (plain SQL: these read thousands of rows per match)


def _placeholders(values):
    return ", ".join(["%s"] * len(values))


def listing_counts(terms):
    """``(indexed listings, {term: listings holding it})`` in one query."""
    terms = [LISTINGS, *terms]
    table = connection.ops.quote_name(MatchTermStat._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT term, listings FROM {table} WHERE term IN ({_placeholders(terms)})", terms)
        counts = dict(cursor.fetchall())
    return max(counts.pop(LISTINGS, 0), 0), counts


def candidates_by_terms(lookup, kinds, organisation_id, exclude, limit):
    """The ``limit`` indexed listings of ``kinds`` with the most ``lookup`` weight (``{term: weight}``),
    leaving out ``organisation_id``'s listings and the ids in ``exclude``; best first, newer first on ties."""
    if not lookup or not kinds:
        return []
    table = connection.ops.quote_name(MatchTerm._meta.db_table)
    cases = " ".join("WHEN %s THEN %s" for _term in lookup)
    exclude = list(exclude)
    sql = (
        f"SELECT listing_id, SUM(CASE term {cases} ELSE 0 END * weight) AS relevance FROM {table} "
        f"WHERE term IN ({_placeholders(lookup)}) AND kind IN ({_placeholders(kinds)}) AND organisation_id <> %s"
        + (f" AND listing_id NOT IN ({_placeholders(exclude)})" if exclude else "")
        + " GROUP BY listing_id ORDER BY relevance DESC, listing_id DESC LIMIT %s"
    )
    params = [value for term, weight in lookup.items() for value in (term, weight)]
    params += [*lookup, *kinds, organisation_id or 0, *exclude, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def terms_of(listing_ids):
    """``{listing id: {term: strength}}`` from the index."""
    terms = {pk: {} for pk in listing_ids}
    if not terms:
        return terms
    table = connection.ops.quote_name(MatchTerm._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT listing_id, term, weight FROM {table} WHERE listing_id IN ({_placeholders(terms)})", list(terms)
        )
        for listing_id, term, weight in cursor.fetchall():
            terms[listing_id][term] = weight
    return terms
