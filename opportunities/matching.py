"""Storing matches: each public listing keeps its best matches (``scoring``) in both directions.

``selectors.matches_for_user`` reads them for the dashboard and ``match_alerts`` announces the strong ones.
"""

from django.db import transaction

from .match_index import index_listing
from .models import Match
from .scoring import compute_matches, reversed_codes
from .selectors import hidden_candidates

STORED_MATCHES = 10  # matches kept per listing


def refresh_matches(listing):
    """Store the listing's best matches in both directions and drop the ones no longer among them.

    The listing is (re)indexed first (``match_index``), or taken out of the index. Only public
    listings are matched: for any other listing every stored match involving it is deleted. A
    candidate the owner marked "not relevant" is skipped, so the next one takes its place. Both rows
    of a pair have the same score; the candidate's row has the reasons the other way round. New
    rows start with ``notified_at`` empty, so ``send_match_alerts`` announces the strong ones. Rows
    that point at this listing from a listing outside its new top list are left alone: they belong
    to that listing's own top list, refreshed when that listing is.
    """
    index_listing(listing)  # its own short transaction: the index's counts are not locked while scoring
    if not listing.is_public:
        with transaction.atomic():
            Match.objects.filter(listing=listing).delete()
            Match.objects.filter(candidate=listing).delete()
        return []
    hidden = hidden_candidates([listing.pk])[listing.pk]
    results = compute_matches(listing, limit=STORED_MATCHES, exclude=hidden)
    with transaction.atomic():
        _store(listing, results)
    return results


def _store(listing, results):
    """Write the listing's new top list in both directions, dropping what fell out of it."""
    by_candidate = {result.candidate.pk: result for result in results}
    Match.objects.filter(listing=listing).exclude(candidate_id__in=by_candidate).delete()
    existing = {
        (match.listing_id, match.candidate_id): match
        for match in Match.objects.filter(listing=listing, candidate_id__in=by_candidate)
        | Match.objects.filter(candidate=listing, listing_id__in=by_candidate)
    }
    new, changed = [], []
    for result in results:
        for pair, codes in (
            ((listing.pk, result.candidate.pk), result.codes),
            ((result.candidate.pk, listing.pk), reversed_codes(result.codes)),
        ):
            match = existing.get(pair)
            if match is None:
                new.append(Match(listing_id=pair[0], candidate_id=pair[1], score=result.score, reasons=codes))
            elif (match.score, match.reasons) != (result.score, codes):
                match.score, match.reasons = result.score, codes
                changed.append(match)
    Match.objects.bulk_create(new)
    Match.objects.bulk_update(changed, ["score", "reasons"])
