"""One review as one number: its scores normalised to 0–100 (``Criterion.normalised``) and weighted."""


def weighted_score(review):
    """The review's weighted score from 0 to 100, or None if it has no score with a weight.

    Reads ``review.scores`` and each score's criterion: prefetch ``scores__criterion`` for many reviews.
    """
    total = weights = 0
    for score in review.scores.all():
        criterion = score.criterion
        total += criterion.weight * criterion.normalised(score.value)
        weights += criterion.weight
    return total / weights if weights else None
