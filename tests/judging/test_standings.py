"""Standings of a phase: who scored, weighted averages, per-criterion averages, spread, outliers and ranking;
each judge's part; and an entry's averages per criterion for its feedback."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from judging.models import CriterionKind, CriterionScore, EntryStatus, Recusal, RecusalReason, Review
from judging.standings import OUTLIER_POINTS, criterion_averages, phase_standings
from tests.judging.factories import CriterionFactory, EvaluationPhaseFactory, JudgeAssignmentFactory, entry

pytestmark = pytest.mark.django_db


def scored(assignment, submission, values, excluded=False, comment="Clear plan; the field trial is thin."):
    """``assignment``'s judge's review of ``submission``: ``values`` maps each criterion to its value."""
    review = Review.objects.create(
        assignment=assignment, submission=submission, comment=comment, submitted_at=timezone.now(), excluded=excluded
    )
    CriterionScore.objects.bulk_create(
        [CriterionScore(review=review, criterion=criterion, value=value) for criterion, value in values.items()]
    )
    return review


def on_ten(phase, score, criterion=None):
    """A review's values for a rubric of one 0–10 criterion giving ``score`` out of 100."""
    return {criterion or phase.criteria.get(): score // 10}


@pytest.fixture
def phase():
    phase = EvaluationPhaseFactory()
    CriterionFactory(phase=phase, scale_max=10, weight=1)
    return phase


def standing_of(phase, submission):
    return next(item for item in phase_standings(phase).entries if item.submission == submission)


def test_a_reviews_weighted_score_weighs_each_normalised_criterion():
    phase = EvaluationPhaseFactory()
    merit = CriterionFactory(phase=phase, scale_max=10, weight=3)
    pilot = CriterionFactory(phase=phase, kind=CriterionKind.YES_NO, weight=1)
    submission = entry(phase.challenge)
    scored(JudgeAssignmentFactory(phase=phase), submission, {merit: 10, pilot: 0})

    assert standing_of(phase, submission).average == pytest.approx(75.0)  # (3 × 100 + 1 × 0) / 4


def test_progress_counts_ready_judges_not_recused_and_those_who_scored(phase):
    submission = entry(phase.challenge)
    judges = JudgeAssignmentFactory.create_batch(3, phase=phase)
    JudgeAssignmentFactory(phase=phase, not_ready=True)
    recused = JudgeAssignmentFactory(phase=phase)
    Recusal.objects.create(assignment=recused, submission=submission, reason=RecusalReason.SAME_ORGANISATION)
    scored(judges[0], submission, on_ten(phase, 70))
    scored(judges[1], submission, on_ten(phase, 60))

    standing = standing_of(phase, submission)

    assert (standing.scored, standing.judges) == (2, 3)


def test_a_recused_judges_review_does_not_count(phase):
    submission = entry(phase.challenge)
    judge, conflicted = JudgeAssignmentFactory.create_batch(2, phase=phase)
    scored(judge, submission, on_ten(phase, 60))
    scored(conflicted, submission, on_ten(phase, 100))
    Recusal.objects.create(assignment=conflicted, submission=submission, reason=RecusalReason.DECLARED_ENTRANT)

    assert standing_of(phase, submission).average == pytest.approx(60.0)


def test_an_excluded_review_is_left_out_of_the_average_and_spread(phase):
    submission = entry(phase.challenge)
    first, second, third = JudgeAssignmentFactory.create_batch(3, phase=phase)
    scored(first, submission, on_ten(phase, 80))
    scored(second, submission, on_ten(phase, 60))
    scored(third, submission, on_ten(phase, 10), excluded=True)

    standing = standing_of(phase, submission)

    assert (standing.average, standing.spread) == (pytest.approx(70.0), pytest.approx(20.0))


def test_per_criterion_averages_are_on_each_criterions_own_scale():
    phase = EvaluationPhaseFactory()
    merit = CriterionFactory(phase=phase, scale_max=10, position=1)
    stars = CriterionFactory(phase=phase, kind=CriterionKind.RATING, position=2)
    submission = entry(phase.challenge)
    scored(JudgeAssignmentFactory(phase=phase), submission, {merit: 8, stars: 5})
    scored(JudgeAssignmentFactory(phase=phase), submission, {merit: 6, stars: 2})

    averages = standing_of(phase, submission).criterion_averages

    assert [(item.criterion, item.average) for item in averages] == [(merit, 7.0), (stars, 3.5)]


def test_a_review_far_from_the_other_judges_scores_is_flagged_as_an_outlier(phase):
    submission = entry(phase.challenge)
    judges = JudgeAssignmentFactory.create_batch(3, phase=phase)
    for judge, score in zip(judges, (80, 80, 50), strict=True):
        scored(judge, submission, on_ten(phase, score))

    outliers = standing_of(phase, submission).outliers

    assert [item.review.assignment for item in outliers] == [judges[2]]  # 30 points below the others' 80


def test_one_wild_score_among_three_flags_only_itself_not_the_two_that_agree(phase):
    submission = entry(phase.challenge)
    judges = JudgeAssignmentFactory.create_batch(3, phase=phase)
    for judge, score in zip(judges, (80, 80, 10), strict=True):
        scored(judge, submission, on_ten(phase, score))

    outliers = standing_of(phase, submission).outliers

    assert [item.review.assignment for item in outliers] == [judges[2]]


def test_a_review_within_the_limit_of_the_others_is_not_an_outlier(phase):
    submission = entry(phase.challenge)
    for judge, score in zip(JudgeAssignmentFactory.create_batch(3, phase=phase), (80, 70, 60), strict=True):
        scored(judge, submission, on_ten(phase, score))

    assert standing_of(phase, submission).outliers == []


def test_with_two_reviews_more_than_the_limit_apart_both_are_flagged(phase):
    submission = entry(phase.challenge)
    first, second = JudgeAssignmentFactory.create_batch(2, phase=phase)
    scored(first, submission, on_ten(phase, 90))
    scored(second, submission, on_ten(phase, 90 - OUTLIER_POINTS - 10))

    assert len(standing_of(phase, submission).outliers) == 2


def test_with_two_reviews_exactly_the_limit_apart_neither_is_flagged(phase):
    submission = entry(phase.challenge)
    first, second = JudgeAssignmentFactory.create_batch(2, phase=phase)
    scored(first, submission, on_ten(phase, 80))
    scored(second, submission, on_ten(phase, 80 - OUTLIER_POINTS))

    assert standing_of(phase, submission).outliers == []


def test_a_single_review_is_never_an_outlier(phase):
    submission = entry(phase.challenge)
    scored(JudgeAssignmentFactory(phase=phase), submission, on_ten(phase, 0))

    assert standing_of(phase, submission).outliers == []


def test_an_excluded_review_is_not_flagged_again(phase):
    submission = entry(phase.challenge)
    judges = JudgeAssignmentFactory.create_batch(3, phase=phase)
    scored(judges[0], submission, on_ten(phase, 80))
    scored(judges[1], submission, on_ten(phase, 80))
    scored(judges[2], submission, on_ten(phase, 10), excluded=True)

    assert standing_of(phase, submission).outliers == []


def test_entries_are_ranked_best_first_with_equal_averages_sharing_a_rank_and_unscored_last(phase):
    judge = JudgeAssignmentFactory(phase=phase)
    best, tied_one, tied_two, unscored = (entry(phase.challenge) for _ in range(4))
    scored(judge, best, on_ten(phase, 90))
    scored(judge, tied_one, on_ten(phase, 70))
    scored(judge, tied_two, on_ten(phase, 70))

    ranking = [(item.submission, item.rank) for item in phase_standings(phase).entries]

    assert ranking[0] == (best, 1)
    assert {ranking[1], ranking[2]} == {(tied_one, 2), (tied_two, 2)}
    assert ranking[3] == (unscored, None)


def test_the_standings_hold_only_the_entries_of_the_phases_pool(phase):
    shortlisted = entry(phase.challenge, status=EntryStatus.SHORTLISTED)
    entry(phase.challenge, status=EntryStatus.NOT_SELECTED)

    assert [item.submission for item in phase_standings(phase).entries] == [shortlisted]


def test_each_judge_has_their_progress_mean_and_spread(phase):
    judge = JudgeAssignmentFactory(phase=phase)
    first, second, _unscored = (entry(phase.challenge) for _ in range(3))
    scored(judge, first, on_ten(phase, 90))
    scored(judge, second, on_ten(phase, 50))

    (standing,) = phase_standings(phase).judges

    assert (standing.scored, standing.pool, standing.mean, standing.spread) == (2, 3, 70.0, 40.0)


def test_phase_progress_adds_up_every_entry(phase):
    first, second = JudgeAssignmentFactory.create_batch(2, phase=phase)
    submissions = [entry(phase.challenge) for _ in range(3)]
    scored(first, submissions[0], on_ten(phase, 50))
    scored(second, submissions[0], on_ten(phase, 60))
    scored(first, submissions[1], on_ten(phase, 50))

    standings = phase_standings(phase)

    assert (standings.scored, standings.expected) == (3, 6)


def fill(phase, judges, count):
    """``count`` more entries, each scored 90, 80 and 20 by the three ``judges``."""
    for _ in range(count):
        submission = entry(phase.challenge)
        for judge, score in zip(judges, (90, 80, 20), strict=True):
            scored(judge, submission, on_ten(phase, score))


def test_the_standings_read_in_the_same_number_of_queries_for_5_or_20_entries(phase):
    judges = JudgeAssignmentFactory.create_batch(3, phase=phase)
    fill(phase, judges, 5)
    with CaptureQueriesContext(connection) as few:
        phase_standings(phase)
    fill(phase, judges, 15)
    with CaptureQueriesContext(connection) as many:
        standings = phase_standings(phase)

    assert len(standings.entries) == 20
    assert len(many) == len(few)


def test_criterion_averages_for_feedback_leave_out_excluded_and_recused_reviews(phase):
    criterion = phase.criteria.get()
    submission = entry(phase.challenge)
    counted, excluded, recused = JudgeAssignmentFactory.create_batch(3, phase=phase)
    scored(counted, submission, {criterion: 8})
    scored(excluded, submission, {criterion: 0}, excluded=True)
    scored(recused, submission, {criterion: 2})
    Recusal.objects.create(assignment=recused, submission=submission, reason=RecusalReason.DECLARED_ENTRANT)

    (average,) = criterion_averages(submission, phase)

    assert (average.criterion, average.average, average.normalised, average.count) == (criterion, 8.0, 80.0, 1)


def test_criterion_averages_say_none_for_a_criterion_nobody_scored(phase):
    submission = entry(phase.challenge)

    (average,) = criterion_averages(submission, phase)

    assert (average.average, average.count) == (None, 0)
