"""Decisions on entries: every sent submission gets an evaluation after the deadline, moves follow the one table
``ALLOWED_FROM``, each move is recorded with who, when and why, and bulk moves are all or nothing."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from challenges.models import SubmissionStatus
from judging.decisions import ALLOWED_FROM, decide, decide_many, ensure_evaluations, next_statuses
from judging.models import Decision, EntryStatus, Evaluation
from tests.challenges.factories import ChallengeFactory, RegistrationFactory, SubmissionFactory, UserFactory
from tests.challenges.test_vetting import staff_user
from tests.judging.factories import ClosedChallengeFactory, entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff():
    return staff_user("change_challenge")


def sent_without_evaluation(challenge, status=SubmissionStatus.SUBMITTED):
    registration = RegistrationFactory(challenge=challenge)
    return SubmissionFactory(
        challenge=challenge,
        registration=registration,
        status=status,
        submitted_at=challenge.submission_deadline - datetime.timedelta(days=2),
    )


def test_each_sent_submission_of_a_closed_challenge_gets_an_evaluation_awaiting_screening():
    challenge = ClosedChallengeFactory()
    sent = [sent_without_evaluation(challenge) for _ in range(2)]
    sent_without_evaluation(challenge, status=SubmissionStatus.DRAFT)
    sent_without_evaluation(challenge, status=SubmissionStatus.WITHDRAWN)

    ensure_evaluations(challenge)

    evaluations = Evaluation.objects.filter(submission__challenge=challenge)
    assert sorted(evaluation.submission_id for evaluation in evaluations) == sorted(item.pk for item in sent)
    assert {evaluation.status for evaluation in evaluations} == {EntryStatus.AWAITING_SCREENING}


def test_ensuring_evaluations_twice_creates_nothing_more(django_assert_num_queries):
    challenge = ClosedChallengeFactory()
    sent_without_evaluation(challenge)
    ensure_evaluations(challenge)

    with django_assert_num_queries(1):  # the look-up finds nothing missing
        created = ensure_evaluations(challenge)

    assert created == 0
    assert Evaluation.objects.filter(submission__challenge=challenge).count() == 1


def test_no_evaluation_is_created_before_the_deadline():
    challenge = ChallengeFactory()
    sent_without_evaluation(challenge)

    ensure_evaluations(challenge)

    assert not Evaluation.objects.filter(submission__challenge=challenge).exists()


def test_a_decision_is_recorded_with_from_to_reason_who_and_when(staff):
    evaluation = entry(ClosedChallengeFactory(), status=EntryStatus.AWAITING_SCREENING).evaluation
    moment = timezone.now()

    decide(evaluation, EntryStatus.ELIGIBLE, staff, reason="Meets every rule.", now=moment)

    decision = Decision.objects.get(evaluation=evaluation)
    assert (decision.from_status, decision.to_status, decision.reason) == (
        EntryStatus.AWAITING_SCREENING,
        EntryStatus.ELIGIBLE,
        "Meets every rule.",
    )
    assert (decision.decided_by, decision.decided_at) == (staff, moment)
    evaluation.refresh_from_db()
    assert evaluation.status == EntryStatus.ELIGIBLE


MOVES = [(source, target) for target, sources in ALLOWED_FROM.items() for source in sources]


@pytest.mark.parametrize(("source", "target"), MOVES)
def test_every_move_in_the_table_is_allowed(staff, source, target):
    evaluation = entry(ClosedChallengeFactory(), status=source).evaluation

    decide(evaluation, target, staff, reason="Reviewed by the panel.")

    evaluation.refresh_from_db()
    assert evaluation.status == target


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (EntryStatus.AWAITING_SCREENING, EntryStatus.WINNER),
        (EntryStatus.ELIGIBLE, EntryStatus.FINALIST),
        (EntryStatus.INELIGIBLE, EntryStatus.SHORTLISTED),
        (EntryStatus.WINNER, EntryStatus.NOT_SELECTED),
        (EntryStatus.SHORTLISTED, EntryStatus.SHORTLISTED),
    ],
)
def test_a_move_outside_the_table_is_refused_and_nothing_is_recorded(staff, source, target):
    evaluation = entry(ClosedChallengeFactory(), status=source).evaluation

    with pytest.raises(ValidationError):
        decide(evaluation, target, staff, reason="Skipping ahead.")

    evaluation.refresh_from_db()
    assert evaluation.status == source
    assert not Decision.objects.exists()


def test_an_unknown_status_is_refused(staff):
    evaluation = entry(ClosedChallengeFactory(), status=EntryStatus.ELIGIBLE).evaluation

    with pytest.raises(ValidationError):
        decide(evaluation, "champion", staff)


def test_an_entry_is_made_ineligible_only_with_a_reason(staff):
    evaluation = entry(ClosedChallengeFactory(), status=EntryStatus.AWAITING_SCREENING).evaluation

    with pytest.raises(ValidationError) as refused:
        decide(evaluation, EntryStatus.INELIGIBLE, staff, reason="   ")

    assert refused.value.error_list[0].code == "reason_required"
    assert not Decision.objects.exists()


def test_the_reason_for_ineligibility_is_kept_on_the_evaluation(staff):
    evaluation = entry(ClosedChallengeFactory(), status=EntryStatus.AWAITING_SCREENING).evaluation

    decide(evaluation, EntryStatus.INELIGIBLE, staff, reason="The team has no member in Hainan.")

    evaluation.refresh_from_db()
    assert (evaluation.status, evaluation.reason) == (EntryStatus.INELIGIBLE, "The team has no member in Hainan.")


def test_nobody_decides_before_the_submission_deadline(staff):
    evaluation = entry(ChallengeFactory(), status=EntryStatus.AWAITING_SCREENING).evaluation

    with pytest.raises(ValidationError) as refused:
        decide(evaluation, EntryStatus.ELIGIBLE, staff)

    assert refused.value.error_list[0].code == "before_deadline"
    evaluation.refresh_from_db()
    assert evaluation.status == EntryStatus.AWAITING_SCREENING


def test_a_withdrawn_submission_is_not_moved_on(staff):
    submission = entry(ClosedChallengeFactory(), status=EntryStatus.ELIGIBLE)
    submission.status = SubmissionStatus.WITHDRAWN
    submission.save(update_fields=["status"])

    with pytest.raises(ValidationError):
        decide(submission.evaluation, EntryStatus.SHORTLISTED, staff)


def test_someone_without_the_staff_permission_cannot_decide():
    evaluation = entry(ClosedChallengeFactory(), status=EntryStatus.AWAITING_SCREENING).evaluation

    with pytest.raises(PermissionDenied):
        decide(evaluation, EntryStatus.ELIGIBLE, UserFactory())


def test_the_next_statuses_are_those_the_table_allows():
    assert next_statuses(EntryStatus.AWAITING_SCREENING) == [EntryStatus.ELIGIBLE, EntryStatus.INELIGIBLE]
    assert next_statuses(EntryStatus.FINALIST) == [EntryStatus.NOT_SELECTED, EntryStatus.WINNER]
    assert next_statuses(EntryStatus.WINNER) == []


def test_a_bulk_decision_moves_every_entry_and_records_each_move(staff):
    challenge = ClosedChallengeFactory()
    evaluations = [entry(challenge, status=EntryStatus.ELIGIBLE).evaluation for _ in range(3)]

    decide_many(evaluations, EntryStatus.SHORTLISTED, staff, reason="Top third of the screening.")

    assert set(Evaluation.objects.values_list("status", flat=True)) == {EntryStatus.SHORTLISTED}
    assert Decision.objects.filter(decided_by=staff, to_status=EntryStatus.SHORTLISTED).count() == 3


def test_a_bulk_decision_moves_none_when_one_entry_cannot_make_the_move(staff):
    challenge = ClosedChallengeFactory()
    movable = entry(challenge, status=EntryStatus.ELIGIBLE).evaluation
    stuck = entry(challenge, status=EntryStatus.AWAITING_SCREENING).evaluation

    with pytest.raises(ValidationError) as refused:
        decide_many([movable, stuck], EntryStatus.SHORTLISTED, staff)

    assert stuck.submission.reference in " ".join(refused.value.messages)
    movable.refresh_from_db()
    assert movable.status == EntryStatus.ELIGIBLE
    assert not Decision.objects.exists()


def test_a_bulk_decision_runs_in_a_fixed_number_of_queries(staff, django_assert_max_num_queries):
    challenge = ClosedChallengeFactory()
    evaluations = [entry(challenge, status=EntryStatus.ELIGIBLE).evaluation for _ in range(10)]

    with django_assert_max_num_queries(8):
        decide_many(evaluations, EntryStatus.NOT_SELECTED, staff)
