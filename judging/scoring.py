"""One review as one number: its scores normalised to 0–100 (``Criterion.normalised``) and weighted."""


def weighted(pairs):
    """The weighted 0–100 score of ``(criterion, value)`` pairs, or None if no pair has a weight."""
    total = weights = 0
    for criterion, value in pairs:
        total += criterion.weight * criterion.normalised(value)
        weights += criterion.weight
    return total / weights if weights else None


def weighted_score(review):
    """The review's weighted score from 0 to 100, or None if it has no score with a weight.

    Reads ``review.scores`` and each score's criterion: prefetch ``scores__criterion`` for many reviews.
    """
    return weighted((score.criterion, score.value) for score in review.scores.all())
