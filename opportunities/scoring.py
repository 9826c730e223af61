"""Scoring: the best complementary public listings for a listing, with the reasons they match.

``matching`` stores the results, ``selectors`` reads them back, ``match_alerts`` announces them.

The score (0–100) is a transparent, weighted sum of what two listings share. Because sectors,
sub-fields, keywords, cooperation types and regions are shared codes, a Chinese request and an
English offer match as well as two listings in the same language:

=================  ==========================================================  ======
part               how it is counted                                           points
=================  ==========================================================  ======
sectors            10 per shared sector                                        ≤ 20
sub-fields         8 per shared sub-field                                      ≤ 15
keywords           10 per shared technology keyword                            ≤ 25
cooperation        8 per shared cooperation type                               ≤ 15
region             each side's organisation country inside the other side's    ≤ 10
                   target regions (a global region fits every country); a side
                   without target regions is neutral: 5 when neither side has
                   any, else the share of stated sides that fit times 10
stage              see ``stage_fits``                                          10
text               set overlap of title and summary words, both languages      ≤ 5
                   (jieba words for Chinese, lowercase words for English)
=================  ==========================================================  ======

Speed (100,000 listings): the database ranks candidates by the part of the score it can compute
from the many-to-many tables (shared codes and stage) in one grouped query, and only the best
``SHORTLIST`` are fetched and finished in Python (region and text). A candidate must share at least
one code. Candidates are drawn from the ``CANDIDATE_POOL`` most recently published complementary
listings, whose terms are looked up by listing id, so the cost stops growing with the marketplace.
The number of queries does not depend on the amount of data.
"""

import heapq
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import connection

from core.text import chinese_words as _chinese_words
from sectors.models import Sector, SubField
from vocabulary.models import CooperationType, Region, TechnologyKeyword

from .models import COMPLEMENTARY_KINDS, STAGE_ORDER, Listing

# (points per shared code, most points) for each vocabulary shared by codes.
CODE_WEIGHTS = {
    "sectors": (10, 20),
    "subfields": (8, 15),
    "keywords": (10, 25),
    "cooperation": (8, 15),
}
REGION_POINTS = 10
STAGE_POINTS = 10
TEXT_POINTS = 5

SHORTLIST = 200  # candidates the database hands over for the final scoring in Python
# Matching reads at most this many of the most recently published complementary listings, so its
# cost stops growing with the marketplace (measured in bench/matching.py).
CANDIDATE_POOL = 3_000

# Reason key → (Listing many-to-many field, vocabulary model).
VOCABULARIES = {
    "sectors": ("sectors", Sector),
    "subfields": ("subfields", SubField),
    "keywords": ("keywords", TechnologyKeyword),
    "cooperation": ("cooperation_types", CooperationType),
}


@dataclass
class MatchResult:
    """One scored candidate. ``reasons`` has names in the active language; ``codes`` is what is stored."""

    candidate: Listing
    score: int
    reasons: dict
    codes: dict = field(default_factory=dict, repr=False)


# ---------------------------------------------------------------------------------------------
# The parts of the score


def _code_points(key, shared_count):
    per_code, most = CODE_WEIGHTS[key]
    return min(most, per_code * shared_count)


def _is_offer(kind):
    return kind.endswith("-offer")


def stage_fits(kind_a, stage_a, kind_b, stage_b):
    """Whether two listings' stages of development suit each other.

    Between an offer and a request for technology or business, the offer must be at least as far
    along as the request's stage (which says what the requester is looking for). For R&D partner
    requests matched with each other and for investment offers and requests, the stages must be at
    most one step apart.
    """
    rank_a, rank_b = STAGE_ORDER.index(stage_a), STAGE_ORDER.index(stage_b)
    if _is_offer(kind_a) != _is_offer(kind_b) and not kind_a.startswith("investment"):
        return rank_a >= rank_b if _is_offer(kind_a) else rank_b >= rank_a
    return abs(rank_a - rank_b) <= 1


def _fitting_stages(listing, candidate_kind):
    return [stage for stage in STAGE_ORDER if stage_fits(listing.kind, listing.stage, candidate_kind, stage)]


@dataclass(frozen=True)
class TargetRegion:
    """A region with its countries read once (``Region.contains`` parses them on every call)."""

    region: Region
    is_global: bool
    countries: frozenset

    @classmethod
    def of(cls, region):
        return cls(region, region.is_global, frozenset(country.code for country in region.countries))

    def contains(self, country_code):
        return self.is_global or country_code in self.countries


def _fitting_region(regions, country):
    """The target region (a named one rather than a global one when both fit) containing ``country``."""
    fitting = [region for region in regions if region.contains(country)]
    fitting.sort(key=lambda region: region.is_global)
    return fitting[0].region if fitting else None


def region_fit(listing_regions, listing_country, candidate_regions, candidate_country):
    """``(points, Region or None)``: does each side's organisation sit in the other side's target regions?

    The regions are ``TargetRegion`` objects.
    """
    checks = []
    region = None
    for regions, country in ((listing_regions, candidate_country), (candidate_regions, listing_country)):
        if regions:
            fitting = _fitting_region(regions, country)
            checks.append(fitting is not None)
            region = region or fitting
    if not checks:
        return REGION_POINTS / 2, None
    return REGION_POINTS * sum(checks) / len(checks), region


_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"\w+")
STOP_WORDS = frozenset(
    "a an and are as at be by for from has have in into is it its of on or our that the their this to we "
    "with you your 的 了 和 与 及 在 是 为 对 等 我们 以及 或 一个 进行 提供 寻求 需要".split()
)


def text_tokens(listing):
    """The words of a listing's title and summary in both languages, lowercased, without stop words."""
    return _words(" ".join((listing.title, listing.summary, listing.translated_title, listing.translated_summary)))


@lru_cache(maxsize=2048)  # the same candidates come up again and again in one worker
def _words(text):
    words = (word.strip().lower() for word in (_chinese_words(text) if _HAN.search(text) else _WORD.findall(text)))
    return frozenset(
        word
        for word in words
        if word not in STOP_WORDS and _WORD.fullmatch(word) and (len(word) > 1 or _HAN.match(word))
    )  # single letters are noise, single 字 are not


def text_similarity(tokens_a, tokens_b):
    """Set overlap of two word sets (Ochiai coefficient, 0–1)."""
    if not tokens_a or not tokens_b:
        return 0.0
    return len(tokens_a & tokens_b) / math.sqrt(len(tokens_a) * len(tokens_b))


# ---------------------------------------------------------------------------------------------
# Computing matches


def _candidates(listing):
    """Public listings of the complementary kinds, from other organisations."""
    return (
        Listing.objects.public()
        .filter(kind__in=COMPLEMENTARY_KINDS[listing.kind])
        .exclude(organisation_id=listing.organisation_id)
        .exclude(pk=listing.pk)
    )


def _through(field_name):
    """``(table, listing column, term column)`` of a Listing many-to-many field's through table."""
    m2m = Listing._meta.get_field(field_name)
    through = m2m.remote_field.through
    return (
        through._meta.db_table,
        through._meta.get_field(m2m.m2m_field_name()).column,
        through._meta.get_field(m2m.m2m_reverse_field_name()).column,
    )


MAX_TERMS = 60  # a listing's terms per vocabulary that take part (each is one bit of a 64-bit sum)


def _shared_code_rows(term_ids):
    """SQL selecting ``(listing_id, vocabulary, bit)`` for every through-table row using one of ``term_ids``.

    ``bit`` is 2 ** (the term's position in the listing's own list), so summing a candidate's bits
    says exactly which terms it shares (a listing has each term at most once). Ids are integers
    from the database, written into the SQL as numbers.
    """
    parts = []
    for number, key in enumerate(VOCABULARIES):
        ids = [int(term_id) for term_id in term_ids[key]]
        if not ids:
            continue
        table, listing_column, term_column = (
            connection.ops.quote_name(name) for name in _through(VOCABULARIES[key][0])
        )
        bits = " ".join(f"WHEN {term_id} THEN {1 << position}" for position, term_id in enumerate(ids))
        parts.append(
            f"SELECT {listing_column} AS listing_id, {number} AS vocabulary, "
            f"CASE {term_column} {bits} ELSE 0 END AS bit "
            f"FROM {table} WHERE {term_column} IN ({', '.join(map(str, ids))}) "
            f"AND {listing_column} IN (SELECT id FROM pool)"
        )
    return " UNION ALL ".join(parts)


def _shortlist(listing, term_ids, size):
    """The ``size`` candidates with the best score the database can compute (shared codes and stage).

    One query: the through tables are filtered by the listing's own terms, joined to the public
    complementary listings, grouped per candidate and ranked; the winners' text and country are
    joined on afterwards. Returns ``_Candidate`` objects, best first.
    """
    shared_sql = _shared_code_rows(term_ids)
    if not shared_sql:
        return []
    pool = _candidates(listing).order_by("-published_at", "-pk").values("id", "kind", "stage", "published_at")
    candidates_sql, candidates_params = pool[:CANDIDATE_POOL].query.sql_with_params()
    points, masks, points_params = [], [], []
    for number, key in enumerate(VOCABULARIES):
        masks.append(f"SUM(CASE WHEN shared.vocabulary = {number} THEN shared.bit ELSE 0 END) AS mask{number}")
        if term_ids[key]:
            per_code, most = CODE_WEIGHTS[key]
            count = f"SUM(CASE WHEN shared.vocabulary = {number} THEN 1 ELSE 0 END)"
            points.append(f"CASE WHEN {count} * {per_code} > {most} THEN {most} ELSE {count} * {per_code} END")
    stage_conditions = []
    for kind in COMPLEMENTARY_KINDS[listing.kind]:
        stages = _fitting_stages(listing, kind)
        if stages:
            stage_conditions.append(f"(candidate.kind = %s AND candidate.stage IN ({', '.join(['%s'] * len(stages))}))")
            points_params.extend([kind, *stages])
    if stage_conditions:
        points.append(f"CASE WHEN {' OR '.join(stage_conditions)} THEN {STAGE_POINTS} ELSE 0 END")
    listing_table = connection.ops.quote_name(Listing._meta.db_table)
    organisation_table = connection.ops.quote_name(Listing._meta.get_field("organisation").related_model._meta.db_table)
    ranked = (
        f"SELECT candidate.id, candidate.published_at, {' + '.join(points)} AS points, {', '.join(masks)} "
        f"FROM ({shared_sql}) shared INNER JOIN pool candidate ON candidate.id = shared.listing_id "
        f"GROUP BY candidate.id, candidate.kind, candidate.stage, candidate.published_at "
        f"ORDER BY points DESC, candidate.published_at DESC, candidate.id DESC LIMIT %s"
    )
    sql = (
        f"WITH pool AS ({candidates_sql}) "
        f"SELECT listing.id, listing.kind, listing.stage, organisation.country, listing.title, listing.summary, "
        f"listing.translated_title, listing.translated_summary, ranked.mask0, ranked.mask1, ranked.mask2, "
        f"ranked.mask3 FROM ({ranked}) ranked "
        f"INNER JOIN {listing_table} listing ON listing.id = ranked.id "
        f"INNER JOIN {organisation_table} organisation ON organisation.id = listing.organisation_id "
        f"ORDER BY ranked.points DESC, ranked.published_at DESC, ranked.id DESC"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*candidates_params, *points_params, size])  # in SQL text order
        return [_Candidate(*row[:8], masks=tuple(int(mask or 0) for mask in row[8:])) for row in cursor.fetchall()]


def _terms_of(listing):
    """The listing's own vocabulary terms by reason key (uses prefetched ones when present)."""
    return {
        key: list(getattr(listing, field_name).all())[:MAX_TERMS] for key, (field_name, _model) in VOCABULARIES.items()
    }


def _regions_by_listing(listing_ids):
    """``{listing id: [TargetRegion]}`` in two queries (the region table is small)."""
    pairs = list(
        Listing.target_regions.through.objects.filter(listing_id__in=listing_ids).values_list("listing_id", "region_id")
    )
    regions = (
        {
            region.pk: TargetRegion.of(region)
            for region in Region.objects.filter(pk__in={region_id for _pk, region_id in pairs})
        }
        if pairs
        else {}
    )
    by_listing = {pk: [] for pk in listing_ids}
    for listing_id, region_id in pairs:
        by_listing[listing_id].append(regions[region_id])
    return by_listing


@dataclass
class _Candidate:
    """What scoring reads of a shortlisted listing (model instances are made for the winners only)."""

    pk: int
    kind: str
    stage: str
    country: str
    title: str
    summary: str
    translated_title: str
    translated_summary: str
    masks: tuple  # per vocabulary, bit i set when the listing's own term i is shared


def compute_matches(listing, limit=10):
    """The best ``limit`` complementary public listings for ``listing`` (published or not), best first."""
    own_terms = _terms_of(listing)
    term_ids = {key: [term.pk for term in terms] for key, terms in own_terms.items()}
    candidates = _shortlist(listing, term_ids, SHORTLIST)
    if not candidates:
        return []
    regions = _regions_by_listing([listing.pk, *(candidate.pk for candidate in candidates)])
    own_regions = regions[listing.pk]
    own_country = listing.organisation.country.code

    scored = []
    for candidate in candidates:
        shared = {
            key: [term for position, term in enumerate(own_terms[key]) if mask >> position & 1]
            for key, mask in zip(VOCABULARIES, candidate.masks, strict=True)
        }
        points = sum(_code_points(key, len(terms)) for key, terms in shared.items())
        region_points, region = region_fit(own_regions, own_country, regions[candidate.pk], candidate.country)
        stage_ok = stage_fits(listing.kind, listing.stage, candidate.kind, candidate.stage)
        points += region_points + (STAGE_POINTS if stage_ok else 0)
        scored.append((points, candidate, shared, region, stage_ok))

    # Text adds at most TEXT_POINTS: once the candidates left cannot reach the current top ``limit``
    # even with identical text, they are not read.
    scored.sort(key=lambda item: -item[0])
    own_tokens = text_tokens(listing)
    results, top_scores = [], []
    for points, candidate, shared, region, stage_ok in scored:
        if len(top_scores) == limit and points + TEXT_POINTS + 1 < top_scores[0]:  # + 1: rounding
            break
        similarity = text_similarity(own_tokens, text_tokens(candidate))
        score = max(0, min(100, round(points + TEXT_POINTS * similarity)))
        results.append(_result(candidate, score, shared, region, stage_ok, similarity))
        heapq.heappush(top_scores, score)
        if len(top_scores) > limit:
            heapq.heappop(top_scores)
    rank = {candidate.pk: position for position, candidate in enumerate(candidates)}
    results.sort(key=lambda result: (-result.score, rank[result.candidate.pk]))
    results = results[:limit]
    winners = Listing.objects.select_related("organisation").in_bulk([result.candidate.pk for result in results])
    for result in results:
        result.candidate = winners[result.candidate.pk]
    return results


def _result(candidate, score, shared, region, stage_ok, similarity):
    similarity = round(similarity, 2)
    reasons = {key: [str(term) for term in terms] for key, terms in shared.items()}
    reasons.update(region=str(region) if region else "", stage=stage_ok, text=similarity)
    codes = {key: [term.code for term in terms] for key, terms in shared.items()}
    codes.update(region=region.code if region else "", stage=stage_ok, text=similarity)
    return MatchResult(candidate=candidate, score=score, reasons=reasons, codes=codes)
