"""factory-boy factories for judging: a closed challenge with sent entries, a phase with a rubric, judges."""

import datetime

import factory
from django.utils import timezone

from challenges.models import SubmissionStatus
from judging.conflicts import AGREEMENT_VERSION
from judging.models import (
    Criterion,
    CriterionKind,
    EntryStatus,
    Evaluation,
    EvaluationPhase,
    JudgeAssignment,
    JudgingOptions,
)
from tests.challenges.factories import ChallengeFactory, RegistrationFactory, SubmissionFactory, UserFactory

__all__ = [
    "ClosedChallengeFactory",
    "CriterionFactory",
    "EvaluationPhaseFactory",
    "JudgeAssignmentFactory",
    "JudgingOptionsFactory",
    "entry",
]


class ClosedChallengeFactory(ChallengeFactory):
    """A public challenge whose submission deadline passed yesterday: judging can begin."""

    publish_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=40))
    submission_deadline = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))


class JudgingOptionsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JudgingOptions

    challenge = factory.SubFactory(ClosedChallengeFactory)


class EvaluationPhaseFactory(factory.django.DjangoModelFactory):
    """A written-review phase judging the shortlist, open for scoring for 14 more days."""

    class Meta:
        model = EvaluationPhase

    challenge = factory.SubFactory(ClosedChallengeFactory)
    name_en = "Expert review"
    name_zh_hans = "专家评审"
    entry_status = EntryStatus.SHORTLISTED
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))


class CriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Criterion

    phase = factory.SubFactory(EvaluationPhaseFactory)
    name_en = factory.Sequence(lambda n: f"Technical merit {n}")
    name_zh_hans = factory.Sequence(lambda n: f"技术水平{n}")
    kind = CriterionKind.SCALE
    scale_max = 10
    weight = 1


class JudgeAssignmentFactory(factory.django.DjangoModelFactory):
    """A judge assigned to a phase who has accepted the agreement and declared no conflicts (ready)."""

    class Meta:
        model = JudgeAssignment

    phase = factory.SubFactory(EvaluationPhaseFactory)
    judge = factory.SubFactory(UserFactory)
    agreement_version = AGREEMENT_VERSION
    agreement_accepted_at = factory.LazyFunction(timezone.now)
    conflicts_declared_at = factory.LazyFunction(timezone.now)

    class Params:
        not_ready = factory.Trait(agreement_version="", agreement_accepted_at=None, conflicts_declared_at=None)


def entry(challenge, status=EntryStatus.SHORTLISTED, user=None, **submission_fields):
    """A sent submission to ``challenge`` by ``user`` (a new solver if not given), standing at ``status``."""
    registration = RegistrationFactory(challenge=challenge, **({"user": user} if user else {}))
    submission = SubmissionFactory(
        challenge=challenge,
        registration=registration,
        status=SubmissionStatus.SUBMITTED,
        submitted_at=challenge.submission_deadline - datetime.timedelta(days=2),
        **submission_fields,
    )
    if not submission.reference:
        submission.reference = f"HIC-{submission.submitted_at.year}-{submission.pk:06d}"
        submission.save(update_fields=["reference"])
    Evaluation.objects.create(submission=submission, status=status)
    return submission
