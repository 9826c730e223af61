"""Reconciling an outlier: a required note kept with who and when, and the choice to leave the review out of
the averages or count it again; the judge's scores stay as they gave them."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from judging.models import CriterionScore
from judging.reconciliation import reconcile
from judging.standings import phase_standings
from tests.challenges.factories import UserFactory
from tests.challenges.test_vetting import staff_user
from tests.judging.factories import CriterionFactory, EvaluationPhaseFactory, JudgeAssignmentFactory, entry
from tests.judging.test_standings import on_ten, scored

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff():
    return staff_user("change_challenge")


@pytest.fixture
def phase():
    phase = EvaluationPhaseFactory()
    CriterionFactory(phase=phase, scale_max=10)
    return phase


@pytest.fixture
def outlier(phase):
    """The third of three reviews of one entry: 10 against the others' 80."""
    submission = entry(phase.challenge)
    judges = JudgeAssignmentFactory.create_batch(3, phase=phase)
    scored(judges[0], submission, on_ten(phase, 80))
    scored(judges[1], submission, on_ten(phase, 80))
    return scored(judges[2], submission, on_ten(phase, 10))


def average(phase):
    (standing,) = phase_standings(phase).entries
    return standing.average


def test_the_note_is_kept_with_who_reconciled_and_when(staff, outlier):
    moment = timezone.now()

    reconcile(outlier, staff, "  Spoke to the judge: they read the old version.  ", now=moment)

    outlier.refresh_from_db()
    assert outlier.reconciliation_note == "Spoke to the judge: they read the old version."
    assert (outlier.reconciled_by, outlier.reconciled_at, outlier.excluded) == (staff, moment, False)


def test_an_excluded_review_is_left_out_of_the_average(staff, phase, outlier):
    reconcile(outlier, staff, "Scored the wrong entry.", exclude=True)

    assert average(phase) == pytest.approx(80.0)


def test_a_review_left_out_can_be_counted_again(staff, phase, outlier):
    reconcile(outlier, staff, "Scored the wrong entry.", exclude=True)

    reconcile(outlier, staff, "The judge confirmed the score after all.", exclude=False)

    assert average(phase) == pytest.approx(170 / 3)


def test_a_note_is_required(staff, outlier):
    with pytest.raises(ValidationError):
        reconcile(outlier, staff, "   ", exclude=True)

    outlier.refresh_from_db()
    assert (outlier.excluded, outlier.reconciled_at) == (False, None)


def test_reconciling_leaves_the_judges_scores_and_revision_time_as_they_were(staff, outlier):
    revised_at = outlier.updated_at

    reconcile(outlier, staff, "Checked with the judge.", exclude=True)

    outlier.refresh_from_db()
    assert list(CriterionScore.objects.filter(review=outlier).values_list("value", flat=True)) == [1]
    assert outlier.updated_at == revised_at


def test_someone_without_the_staff_permission_cannot_reconcile(outlier):
    with pytest.raises(PermissionDenied):
        reconcile(outlier, UserFactory(), "I think it is fine.")
