"""Storing matches: each public listing keeps its best matches (``scoring``) in both directions.

``selectors.matches_for_user`` reads them for the dashboard and ``match_alerts`` announces the strong ones.
"""

from django.db import transaction

from .models import Match
from .scoring import compute_matches

STORED_MATCHES = 10  # matches kept per listing


@transaction.atomic
def refresh_matches(listing):
    """Store the listing's best matches in both directions and drop the ones no longer among them.

    Only public listings are matched: for any other listing every stored match involving it is
    deleted. New rows start with ``notified_at`` empty, so ``send_match_alerts`` announces the
    strong ones. Rows that point at this listing from a listing outside its new top list are left
    alone: they belong to that listing's own top list, refreshed when that listing is.
    """
    if not listing.is_public:
        Match.objects.filter(listing=listing).delete()
        Match.objects.filter(candidate=listing).delete()
        return []
    results = compute_matches(listing, limit=STORED_MATCHES)
    by_candidate = {result.candidate.pk: result for result in results}
    Match.objects.filter(listing=listing).exclude(candidate_id__in=by_candidate).delete()
    existing = {
        (match.listing_id, match.candidate_id): match
        for match in Match.objects.filter(listing=listing, candidate_id__in=by_candidate)
        | Match.objects.filter(candidate=listing, listing_id__in=by_candidate)
    }
    new, changed = [], []
    for result in results:
        for pair in ((listing.pk, result.candidate.pk), (result.candidate.pk, listing.pk)):
            match = existing.get(pair)
            if match is None:
                new.append(Match(listing_id=pair[0], candidate_id=pair[1], score=result.score, reasons=result.codes))
            elif (match.score, match.reasons) != (result.score, result.codes):
                match.score, match.reasons = result.score, result.codes
                changed.append(match)
    Match.objects.bulk_create(new)
    Match.objects.bulk_update(changed, ["score", "reasons"])
    return results
