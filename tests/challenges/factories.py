"""factory-boy factories for challenges: a published, open challenge by default, its registrations and submissions."""

import datetime

import factory
from django.utils import timezone

from challenges.models import (
    Challenge,
    ChallengeType,
    Entrant,
    IPModel,
    Registration,
    Status,
    Submission,
    SubmissionStatus,
    TeamInvitation,
)
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.accounts.factories import make_member as make_account_member
from tests.factories import SectorFactory

__all__ = [
    "ChallengeFactory",
    "OrganisationFactory",
    "RegistrationFactory",
    "SubmissionFactory",
    "TeamInvitationFactory",
    "UserFactory",
]


def make_member(user=None, organisation=None, language="en", **profile_fields):
    """A user acting for ``organisation`` (new ones if not given) who reads email in ``language``."""
    return make_account_member(user, organisation, preferred_language=language, **profile_fields)


class ChallengeFactory(factory.django.DjangoModelFactory):
    """An approved challenge, public since yesterday and open for 30 more days, written in both languages."""

    class Meta:
        model = Challenge
        skip_postgeneration_save = True

    owner = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    title_en = factory.Sequence(lambda n: f"Biodegradable mulch film {n}")
    title_zh_hans = factory.Sequence(lambda n: f"可降解地膜{n}")
    summary_en = "A mulch film that degrades within one growing season."
    summary_zh_hans = "一个生长季内可完全降解的地膜。"
    problem_en = "Plastic mulch film stays in the soil for decades."
    problem_zh_hans = "塑料地膜在土壤中残留数十年。"
    must_do_en = "Degrade within 120 days in tropical soil."
    must_do_zh_hans = "在热带土壤中120天内降解。"
    confidential_details_en = "Our current supplier's film costs 18,000 CNY per tonne."
    confidential_details_zh_hans = "现有供应商地膜价格为每吨18000元。"
    challenge_type = ChallengeType.TECHNICAL_PROPOSAL
    trl_wanted = 5
    award_amount = 200_000
    award_currency = "CNY"
    entrants = [Entrant.INDIVIDUALS, Entrant.TEAMS, Entrant.ORGANISATIONS]
    ip_model = IPModel.NON_EXCLUSIVE_LICENCE
    status = Status.APPROVED
    publish_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    submission_deadline = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    submitted_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=3))
    approved_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=2))

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create:
            self.sectors.set(extracted if extracted is not None else [SectorFactory()])


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    challenge = factory.SubFactory(ChallengeFactory)
    user = factory.SubFactory(UserFactory)
    agreement_version = factory.LazyAttribute(lambda o: o.challenge.agreement_version())
    accepted_at = factory.LazyFunction(timezone.now)


class SubmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Submission

    registration = factory.SubFactory(RegistrationFactory)
    challenge = factory.LazyAttribute(lambda o: o.registration.challenge)
    title = factory.Sequence(lambda n: f"Cassava-starch film {n}")
    abstract = "A film of cassava starch and PBAT that breaks down in 90 days."
    proposal = "Full technical proposal: materials, process, field-trial plan."
    status = SubmissionStatus.DRAFT


class TeamInvitationFactory(factory.django.DjangoModelFactory):
    """A pending invitation to the team of a registration, for 20 % of the award."""

    class Meta:
        model = TeamInvitation

    registration = factory.SubFactory(RegistrationFactory)
    email = factory.Sequence(lambda n: f"member{n}@example.com")
    award_share = 20
