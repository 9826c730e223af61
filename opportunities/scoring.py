"""Scoring: the best complementary public listings for a listing, with the reasons they match.

``matching`` stores the results, ``selectors`` reads them back, ``match_alerts`` announces them.

What counts is *specific fit*. Both listings are read as terms (``match_terms``: concepts from the
tags and the text, sectors, cooperation types, words), and each shared term weighs what it says:

* its rarity among the indexed public listings (inverse document frequency), so a shared "PBAT"
  weighs far more than a shared broad sector, "licence agreement" or "AI";
* its kind (``TERM_FACTORS``): a concept counts fully, a word a little less, a sector or a
  cooperation type little;
* a concept counts once, whether it was tagged as sector, sub-field or keyword or written in the
  text, in either language;
* close concepts in the vocabulary's hierarchy share part of their weight (``match_lexicon``).

The fit is the weighted overlap of the two term sets (Ochiai: shared weight over the geometric mean
of both sides' weights, 0–1), turned into a score from 0 to 100 by ``calibrated`` so that
``match_alerts.STRONG_MATCH`` means a partner worth an email. Conflicts then lower it: stages of
development that do not suit each other, organisations outside the other side's target regions,
budgets that do not overlap. Ties are broken by ``models.MATCH_ORDER``, the same everywhere.

Speed: candidates come from the inverted index (``match_index``) by the listing's rarest terms, so
an old listing is found as easily as a new one; only the best ``SHORTLIST`` are scored in full.
The number of queries does not depend on the amount of data (measured in ``bench/matching.py``).
"""

import math
from dataclasses import dataclass, field
from functools import lru_cache

from core.text import HAN

from .match_index import candidates_by_terms, listing_counts, terms_of
from .match_lexicon import lexicon as current_lexicon
from .match_terms import listing_terms
from .models import COMPLEMENTARY_KINDS, STAGE_ORDER, Listing

# How much a shared term of each kind weighs, times its rarity.
TERM_FACTORS = {"k": 1.0, "f": 1.0, "g": 1.0, "w": 0.6, "s": 0.25, "c": 0.2}
SHORTLIST = 50  # candidates scored in full
ROW_BUDGET = 10_000  # index rows the candidate lookup may read: the rarest terms come first
STAGE_PENALTY = 0.8
REGION_PENALTY = 0.8  # neither side's organisation is in the other's target regions (one side: half)
BUDGET_PENALTY = 0.85
# Words in a language the other side did not write in could never be shared: they count 0.6 in
# the total, so that texts in two languages are compared mostly through concepts.
UNCOMPARABLE = 0.6
MIN_SCORE = 20  # weaker candidates share only generic terms: they are not matches at all
CALIBRATION = 0.35  # the fit at which the score is 63: 100 × (1 − e^(−fit / CALIBRATION))


@dataclass
class MatchResult:
    """One scored candidate. ``codes`` is what is stored (``Match.reasons``)."""

    candidate: Listing
    score: int
    codes: dict = field(default_factory=dict, repr=False)


# ---------------------------------------------------------------------------------------------
# Conflicts


def _is_offer(kind):
    return kind.endswith("-offer")


def stage_fits(kind_a, stage_a, kind_b, stage_b):
    """Whether two listings' stages of development suit each other.

    Between an offer and a request, the offer must be at least as far along as the request's stage
    (which says what the requester is looking for). Between two requests (R&D partners) and between
    investment offers and requests, the stages must be at most one step apart.
    """
    rank_a, rank_b = STAGE_ORDER.index(stage_a), STAGE_ORDER.index(stage_b)
    if _is_offer(kind_a) != _is_offer(kind_b) and not kind_a.startswith("investment"):
        return rank_a >= rank_b if _is_offer(kind_a) else rank_b >= rank_a
    return abs(rank_a - rank_b) <= 1


def _fitting_region(regions, country):
    """The target region (a named one rather than a global one when both fit) containing ``country``."""
    fitting = sorted((region for region in regions if region.contains(country)), key=lambda region: region.is_global)
    return fitting[0].region if fitting else None


def region_fit(listing_regions, listing_country, candidate_regions, candidate_country):
    """``(share, Region or None)``: the share of sides with target regions whose regions hold the other
    side's country (``None`` when neither side has target regions), and a region that fits."""
    checks, region = [], None
    for regions, country in ((listing_regions, candidate_country), (candidate_regions, listing_country)):
        if regions:
            fitting = _fitting_region(regions, country)
            checks.append(fitting is not None)
            region = region or fitting
    if not checks:
        return None, None
    return sum(checks) / len(checks), region


def budgets_conflict(a, b):
    """Whether two stated budget ranges in one currency do not overlap (unstated or other currency: no)."""
    ranges = []
    for listing in (a, b):
        low, high = getattr(listing, "budget_min", None), getattr(listing, "budget_max", None)
        if low is None and high is None:
            return False
        ranges.append((low or 0, high if high is not None else math.inf))
    if getattr(a, "budget_currency", None) != getattr(b, "budget_currency", None):
        return False
    (low_a, high_a), (low_b, high_b) = ranges
    return high_a < low_b or high_b < low_a


# ---------------------------------------------------------------------------------------------
# Weights and fit


def rarity(listings_holding, indexed):
    """Inverse document frequency (BM25's): a term every listing holds weighs nothing, a rare one a lot."""
    listings_holding = min(listings_holding, indexed)
    return math.log(1 + (indexed - listings_holding + 0.5) / (listings_holding + 0.5))


def term_weight(term, listings_holding, indexed):
    return TERM_FACTORS.get(term[0], 0.5) * rarity(listings_holding, indexed)


def calibrated(fit):
    """A fit (0–1) as a score (0–100)."""
    return round(100 * (1 - math.exp(-fit / CALIBRATION)))


@dataclass
class Fit:
    value: float  # 0–1
    contributions: list  # [(weight, own term, candidate term)] of what is shared, largest first


@lru_cache(maxsize=100_000)
def _script(term):
    """The script of a word term ("zh" or "en"); None for every other term."""
    if term[0] != "w":
        return None
    return "zh" if HAN.match(term, 2) else "en"


def _scripts(terms):
    scripts = set()
    for term in terms:
        if term[0] == "w":
            scripts.add(_script(term))
            if len(scripts) == 2:
                break
    return scripts


def _comparable(term, other_scripts):
    """Whether the other side wrote in the term's script (always, for terms that are not words)."""
    script = _script(term)
    return script is None or script in other_scripts


def _close_pairs(own, candidate, weights, neighbours):
    """Partial credit between close concepts that only one side holds, each concept used once.

    Pairs are taken best first, with ties broken by the pair's names in alphabetical order, so the
    credit is the same whichever side is "own": a match scores the same for both owners.
    """
    pairs = []
    for term, strength in own.items():
        if term in candidate or term not in neighbours:
            continue
        for other, credit in neighbours[term].items():
            if other in candidate and other not in own:
                weight = credit * min(weights[term], weights.get(other, 0.0)) * min(strength, candidate[other])
                pairs.append((-weight, min(term, other), max(term, other), term, other))
    pairs.sort()
    used, chosen = set(), []
    for negative, _low, _high, term, other in pairs:
        if term not in used and other not in used:
            used.update((term, other))
            chosen.append((-negative, term, other))
    return chosen


def fit_of(own, candidate, weights, neighbours, own_scripts=None, candidate_scripts=None):
    """How well two term sets (``{term: strength}``) fit, given each term's weight: the same both ways.

    The scripts each side's words are in may be passed when they are known already.
    """
    own_scripts = _scripts(own) if own_scripts is None else own_scripts
    candidate_scripts = _scripts(candidate) if candidate_scripts is None else candidate_scripts
    shared, total_own, total_candidate = [], 0.0, 0.0
    for term, strength in own.items():
        weight = weights[term] * strength
        total_own += weight if _comparable(term, candidate_scripts) else weight * UNCOMPARABLE
        held = candidate.get(term)
        if held is not None:
            shared.append((weights[term] * min(strength, held), term, term))
    shared.extend(_close_pairs(own, candidate, weights, neighbours))
    if not shared:
        return Fit(0.0, [])
    for term, strength in candidate.items():
        weight = weights.get(term, 0.0) * strength
        total_candidate += weight if _comparable(term, own_scripts) else weight * UNCOMPARABLE
    if not total_own or not total_candidate:
        return Fit(0.0, [])
    shared.sort(key=lambda item: (-item[0], min(item[1], item[2]), max(item[1], item[2])))
    value = sum(weight for weight, _a, _b in shared) / math.sqrt(total_own * total_candidate)
    return Fit(min(1.0, value), shared)


# ---------------------------------------------------------------------------------------------
# Candidates


def _lookup_terms(own, neighbours, weights, counts):
    """``{term: lookup weight}``: the own terms and their neighbours, rarest first, within ``ROW_BUDGET``."""
    wanted = {term: weights[term] * strength for term, strength in own.items()}
    for term in own:
        for other, credit in neighbours.get(term, {}).items():
            if other not in wanted:
                wanted[other] = credit * min(weights[term], weights[other])
    chosen, rows = {}, 0
    for term in sorted(wanted, key=lambda term: (counts.get(term, 0), term)):
        held = counts.get(term, 0)
        if not held:
            continue
        if chosen and rows + held > ROW_BUDGET:
            break
        chosen[term] = wanted[term]
        rows += held
    return chosen


def _regions_by_listing(listing_ids, lexicon):
    """``{listing id: [TargetRegion]}`` in one query (the regions themselves are in the lexicon)."""
    ids = [pk for pk in listing_ids if pk is not None]
    through = Listing.target_regions.through
    by_listing = {pk: [] for pk in listing_ids}
    for listing_id, region_id in through.objects.filter(listing_id__in=ids).values_list("listing_id", "region_id"):
        if region_id in lexicon.regions:
            by_listing[listing_id].append(lexicon.regions[region_id])
    return by_listing


@dataclass
class _Candidate:
    """What scoring reads of a shortlisted listing (model instances are made for the winners only)."""

    pk: int
    kind: str
    stage: str
    country: str
    budget_min: int | None
    budget_max: int | None
    budget_currency: str


def _candidates(listing_ids):
    """The shortlisted listings that are still public (the index may briefly hold one that is not)."""
    rows = Listing.objects.public().filter(pk__in=listing_ids)
    fields = ("pk", "kind", "stage", "organisation__country", "budget_min", "budget_max", "budget_currency")
    return [_Candidate(*row) for row in rows.values_list(*fields)]


# ---------------------------------------------------------------------------------------------
# Computing matches


def compute_matches(listing, limit=10, exclude=()):
    """The best ``limit`` complementary public listings for ``listing`` (published or not), best first.

    ``exclude`` holds candidate ids never to return (matches the owner marked "not relevant").
    Something shaped like a listing may say which kinds it meets in ``candidate_kinds``.
    """
    lexicon = current_lexicon()
    own = listing_terms(listing, lexicon)
    if not own:
        return []
    neighbours = {term: lexicon.neighbours[term] for term in own if term in lexicon.neighbours}
    near = {other for links in neighbours.values() for other in links}
    indexed, counts = listing_counts(set(own) | near)
    weights = {term: term_weight(term, counts.get(term, 0), indexed) for term in set(own) | near}
    kinds = list(getattr(listing, "candidate_kinds", COMPLEMENTARY_KINDS[listing.kind]))
    lookup = _lookup_terms(own, neighbours, weights, counts)
    exclude = {pk for pk in (listing.pk, *exclude) if pk is not None}
    shortlist = candidates_by_terms(lookup, kinds, listing.organisation_id, sorted(exclude), SHORTLIST)
    if not shortlist:
        return []
    candidate_terms = terms_of(shortlist)
    unknown = {term for terms in candidate_terms.values() for term in terms} - set(weights)
    _indexed, more = listing_counts(unknown)
    weights.update({term: term_weight(term, more.get(term, 0), indexed) for term in unknown})
    candidates = _candidates(shortlist)
    regions = _regions_by_listing([listing.pk, *(candidate.pk for candidate in candidates)], lexicon)
    own_country = listing.organisation.country.code
    own_scripts = _scripts(own)

    results = []
    for candidate in candidates:
        terms = candidate_terms[candidate.pk]
        fit = fit_of(own, terms, weights, lexicon.neighbours, own_scripts, _scripts(terms))
        if not fit.value:
            continue
        factor, conflicts = 1.0, []
        stage_ok = stage_fits(listing.kind, listing.stage, candidate.kind, candidate.stage)
        if not stage_ok:
            factor *= STAGE_PENALTY
            conflicts.append("stage")
        share, region = region_fit(regions[listing.pk], own_country, regions[candidate.pk], candidate.country)
        if share is not None and share < 1:
            factor *= 1 - (1 - REGION_PENALTY) * (1 - share)
            conflicts.append("region")
        if budgets_conflict(listing, candidate):
            factor *= BUDGET_PENALTY
            conflicts.append("budget")
        score = calibrated(fit.value * factor)
        if score < MIN_SCORE:
            continue
        results.append(MatchResult(candidate, score, _codes(fit, region, stage_ok, conflicts)))
    results.sort(key=lambda result: (-result.score, -result.candidate.pk))
    results = results[:limit]
    winners = Listing.objects.select_related("organisation").in_bulk([result.candidate.pk for result in results])
    for result in results:
        result.candidate = winners[result.candidate.pk]
    return results


TOP_REASONS = 4  # stored; readers see the first three that read differently


def reversed_codes(codes):
    """The stored reasons of a match as the candidate's owner reads them: each pair of close terms the
    other way round ("yours" and "theirs" swap)."""
    return {**codes, "top": [[other, own] for own, other in codes.get("top", [])]}


def _codes(fit, region, stage_ok, conflicts):
    """What is stored of a match: its strongest reasons first, then region, stage and conflicts.

    ``top`` lists ``[own term, candidate term]`` pairs (equal unless the concepts are neighbours) of
    the shared concepts, sectors and cooperation types that weigh most; ``words`` is the share of the
    fit that comes from shared words of the texts.
    """
    total = sum(weight for weight, _a, _b in fit.contributions) or 1
    top = [[own, other] for _weight, own, other in fit.contributions if own[0] != "w"][:TOP_REASONS]
    words = sum(weight for weight, own, _b in fit.contributions if own[0] == "w") / total
    return {
        "top": top,
        "words": round(words, 2),
        "region": region.code if region else "",
        "stage": stage_ok,
        "conflicts": conflicts,
    }
