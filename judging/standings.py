"""Where a phase's entries stand: progress, weighted averages, spread, outliers, ranking; and each judge's part.

Counted reviews: a review counts when its judge is ready (agreement and declaration done) and not recused
from the entry, and staff have not left it out (``Review.excluded``). A review's weighted score is
``sum(weight × criterion.normalised(value)) / sum(weight)`` over the criteria it scores, on 0–100; an
entry's average is the mean of its counted reviews' weighted scores.

Outliers: a counted review is flagged when its weighted score is more than ``OUTLIER_POINTS`` away from the
entry's *reference*: the median of all counted scores when there are three or more (so one wild score
does not drag the agreeing ones into the flag: 80, 80 and 10 flag only the 10), or the other judge's score
when there are exactly two (both are flagged when they differ by more than ``OUTLIER_POINTS``, since
nothing says which of the two is off and staff should look at both). A single review is never an outlier.

``phase_standings`` reads in a fixed number of queries, whatever the number of entries, judges and reviews.
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Avg, Count, Exists, OuterRef

from accounts.selectors import display_name
from challenges.choices import SubmissionStatus
from challenges.models import Submission

from .models import CriterionScore, Recusal, Review
from .scoring import weighted

OUTLIER_POINTS = 20


@dataclass
class ReviewStanding:
    review: Review
    weighted: float | None
    counted: bool  # False when excluded by staff
    values: dict = field(default_factory=dict)  # criterion pk → the judge's value
    reference: float | None = None  # the median of the entry's counted scores, or the other judge's score
    is_outlier: bool = False


@dataclass
class CriterionAverage:
    criterion: object
    average: float | None  # on the criterion's own scale (0–10, 1–5 stars, 0–1 for yes/no)
    normalised: float | None  # on 0–100
    count: int


@dataclass
class EntryStanding:
    submission: Submission
    judges: int  # ready judges not recused from the entry
    reviews: list = field(default_factory=list)  # ReviewStanding, counted or not
    criterion_averages: list = field(default_factory=list)
    average: float | None = None
    spread: float | None = None
    rank: int | None = None

    @property
    def scored(self):
        return len(self.reviews)

    @property
    def outliers(self):
        return [review for review in self.reviews if review.is_outlier]


@dataclass
class JudgeStanding:
    """A judge's part: their scores over every review they wrote in the phase, excluded ones too."""

    assignment: object
    pool: int  # entries the judge is to score
    scored: int
    mean: float | None
    spread: float | None


@dataclass
class PhaseStandings:
    phase: object
    criteria: list
    entries: list  # EntryStanding, ranked (unscored last)
    judges: list  # JudgeStanding, every assignment (those not ready yet have scored nothing)

    @property
    def expected(self):
        return sum(entry.judges for entry in self.entries)

    @property
    def scored(self):
        return sum(entry.scored for entry in self.entries)

    @property
    def outliers(self):
        return [review for entry in self.entries for review in entry.outliers]


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else None


def spread(values):
    values = list(values)
    return max(values) - min(values) if values else None


def entrant_name(submission):
    """The entry's team name and its registrant's name, as staff read it ("Team Blue (Li Wei)")."""
    registration = submission.registration
    name = display_name(registration.user)
    return f"{registration.team_name} ({name})" if registration.team_name else name


def flag_outliers(review_standings):
    """Mark counted reviews more than ``OUTLIER_POINTS`` from the entry's reference score (module docstring)."""
    scored = [item for item in review_standings if item.counted and item.weighted is not None]
    if len(scored) < 2:
        return
    middle = statistics.median(item.weighted for item in scored)
    for item in scored:
        if len(scored) == 2:
            item.reference = next(other.weighted for other in scored if other is not item)
        else:
            item.reference = middle
        item.is_outlier = abs(item.weighted - item.reference) > OUTLIER_POINTS


def valid_reviews():
    """Reviews by ready judges not recused from the entry (excluded ones included): the only ones that may count."""
    recused = Recusal.objects.filter(assignment=OuterRef("assignment"), submission=OuterRef("submission"))
    return Review.objects.filter(
        ~Exists(recused),
        assignment__agreement_accepted_at__isnull=False,
        assignment__conflicts_declared_at__isnull=False,
    )


def phase_reviews(phase):
    """Reviews of ``phase`` by ready judges not recused from the entry, excluded ones included."""
    return valid_reviews().filter(assignment__phase=phase)


def pool_entries(phase):
    return Submission.objects.filter(
        challenge_id=phase.challenge_id,
        status=SubmissionStatus.SUBMITTED,
        evaluation__status__in=phase.pool_statuses(),
    )


def ranks(averages):
    """Ranks for ``averages`` sorted best first: equal averages share a rank (1, 2, 2, 4); None has none."""
    result = []
    previous_average = previous_rank = None
    for position, average in enumerate(averages, start=1):
        rounded = round(average, 6) if average is not None else None
        rank = None if rounded is None else previous_rank if rounded == previous_average else position
        result.append(rank)
        previous_average, previous_rank = rounded, rank
    return result


def rank(entries):
    """Sort by average, best first (unscored last), and number them."""
    entries.sort(key=lambda entry: (entry.average is None, -(entry.average or 0), entry.submission.reference or ""))
    for entry, position in zip(entries, ranks(entry.average for entry in entries), strict=True):
        entry.rank = position
    return entries


def _review_standings(phase, pool_ids, criteria, assignments):
    """Submission pk → its ``ReviewStanding`` list; two queries.

    Scores are read as plain rows and each review's assignment (with its judge) is the one already read:
    with thousands of scores, building a model object per score was most of the page's time.
    """
    criteria_by_pk = {criterion.pk: criterion for criterion in criteria}
    assignments_by_pk = {assignment.pk: assignment for assignment in assignments}
    reviews = list(phase_reviews(phase).filter(submission_id__in=pool_ids).select_related("reconciled_by"))
    values_by_review = defaultdict(dict)
    rows = CriterionScore.objects.filter(
        review__assignment__phase=phase, review__submission_id__in=pool_ids, criterion__phase=phase
    )
    for review_id, criterion_id, value in rows.values_list("review_id", "criterion_id", "value"):
        values_by_review[review_id][criterion_id] = value  # a review not counted (recused) is simply not read
    by_entry = defaultdict(list)
    for review in reviews:
        review.assignment = assignments_by_pk[review.assignment_id]
        values = values_by_review[review.pk]
        score = weighted((criteria_by_pk[pk], value) for pk, value in values.items())
        by_entry[review.submission_id].append(ReviewStanding(review, score, counted=not review.excluded, values=values))
    return by_entry


def _entry_standing(submission, judges, reviews, criteria):
    standing = EntryStanding(submission, judges, reviews)
    flag_outliers(reviews)
    counted = [item for item in reviews if item.counted and item.weighted is not None]
    standing.average = mean(item.weighted for item in counted)
    standing.spread = spread(item.weighted for item in counted)
    for criterion in criteria:
        values = [item.values[criterion.pk] for item in counted if criterion.pk in item.values]
        average = mean(values)
        normalised = criterion.normalised(average) if average is not None else None
        standing.criterion_averages.append(CriterionAverage(criterion, average, normalised, len(values)))
    return standing


def phase_standings(phase, entries=None):
    """Everything staff read about a phase's scoring, in a fixed number of queries (see module docstring).

    ``entries`` (a Submission queryset) replaces the phase's current pool: published results stand every
    entry that was scored, including those since not selected.
    """
    criteria = list(phase.criteria.all())
    submissions = list(
        (pool_entries(phase) if entries is None else entries)
        .select_related("evaluation", "registration__user__profile")
        .order_by("reference", "pk")
    )
    assignments = list(phase.assignments.select_related("judge__profile"))
    recused = set(Recusal.objects.filter(assignment__phase=phase).values_list("assignment_id", "submission_id"))
    reviews = _review_standings(phase, [submission.pk for submission in submissions], criteria, assignments)

    def not_recused(assignments, submissions):
        return sum(
            (assignment.pk, submission.pk) not in recused for assignment in assignments for submission in submissions
        )

    ready = [assignment for assignment in assignments if assignment.is_ready]
    entries = [
        _entry_standing(submission, not_recused(ready, [submission]), reviews[submission.pk], criteria)
        for submission in submissions
    ]
    by_judge = defaultdict(list)
    for entry in entries:
        for item in entry.reviews:
            by_judge[item.review.assignment_id].append(item.weighted)
    judges = []
    for assignment in assignments:
        scores = [value for value in by_judge[assignment.pk] if value is not None]
        pool = not_recused([assignment], submissions)
        judges.append(JudgeStanding(assignment, pool, len(by_judge[assignment.pk]), mean(scores), spread(scores)))
    return PhaseStandings(phase, criteria, rank(entries), judges)


def criterion_averages(submission, phase):
    """``submission``'s average on each of ``phase``'s criteria over its counted reviews (for feedback).

    A list of ``CriterionAverage`` in the rubric's order; ``average`` is None for a criterion nobody scored.
    Two queries.
    """
    rows = (
        CriterionScore.objects.filter(
            review__in=phase_reviews(phase).filter(submission=submission, excluded=False),
            criterion__phase=phase,
        )
        .values("criterion_id")
        .annotate(average=Avg("value"), count=Count("pk"))
        .values_list("criterion_id", "average", "count")
    )
    found = {criterion_id: (float(average), count) for criterion_id, average, count in rows}
    averages = []
    for criterion in phase.criteria.all():
        average, count = found.get(criterion.pk, (None, 0))
        normalised = criterion.normalised(average) if average is not None else None
        averages.append(CriterionAverage(criterion, average, normalised, count))
    return averages
