"""factory-boy factories for the marketplace: vocabulary terms, listings and their owners.

Users and organisations come from ``tests/accounts/factories.py``.
"""

import datetime

import factory
from django.utils import timezone

from opportunities.match_index import index_listing
from opportunities.models import Listing, ListingKind, ListingReport, ReportReason, Stage, Status
from sectors.models import SubField
from tests.accounts.factories import OrganisationFactory, UserFactory
from tests.accounts.factories import make_member as make_account_member
from tests.factories import SectorFactory
from vocabulary.models import CooperationType, Region, TechnologyKeyword

__all__ = [
    "CooperationTypeFactory",
    "ListingFactory",
    "ListingReportFactory",
    "OrganisationFactory",
    "RegionFactory",
    "SubFieldFactory",
    "TechnologyKeywordFactory",
    "UserFactory",
    "make_member",
]


def make_member(user=None, organisation=None, language="en", **profile_fields):
    """A user acting for ``organisation`` (new ones if not given) who reads email in ``language``."""
    return make_account_member(user, organisation, preferred_language=language, **profile_fields)


class CooperationTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CooperationType
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"cooperation-{n}")
    name_en = factory.Sequence(lambda n: f"Cooperation {n}")
    name_zh_hans = factory.Sequence(lambda n: f"合作方式{n}")


class TechnologyKeywordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TechnologyKeyword
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"keyword-{n}")
    name_en = factory.Sequence(lambda n: f"Keyword {n}")
    name_zh_hans = factory.Sequence(lambda n: f"关键词{n}")


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"region-{n}")
    name_en = factory.Sequence(lambda n: f"Region {n}")
    name_zh_hans = factory.Sequence(lambda n: f"地区{n}")


class SubFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SubField
        django_get_or_create = ("code",)

    sector = factory.SubFactory(SectorFactory)
    code = factory.Sequence(lambda n: f"subfield-{n}")
    name_en = factory.Sequence(lambda n: f"Sub-field {n}")
    name_zh_hans = factory.Sequence(lambda n: f"细分领域{n}")


class ListingFactory(factory.django.DjangoModelFactory):
    """A published listing 60 days from its deadline, owned by a member of its organisation.

    Pass ``sectors=[...]``, ``subfields=[...]``, ``keywords=[...]``, ``cooperation_types=[...]`` and
    ``target_regions=[...]`` to set the vocabularies; ``status="draft"`` etc. for other states. A public
    listing is put in the matching index once its vocabularies are set.
    """

    class Meta:
        model = Listing
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    owner = factory.LazyAttribute(lambda o: make_member(organisation=o.organisation))
    kind = ListingKind.TECHNOLOGY_OFFER
    title = factory.Sequence(lambda n: f"Offshore technology {n}")
    summary = "A short summary of what is offered or sought."
    description = "A longer description of the technology, the partner sought and the terms."
    original_language = "en"
    deadline = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=60))
    stage = Stage.PROTOTYPE
    status = Status.PUBLISHED
    submitted_at = factory.LazyAttribute(lambda o: timezone.now() if o.status != Status.DRAFT else None)
    published_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.status in (Status.PUBLISHED, Status.EXPIRED, Status.CLOSED) else None
    )

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.sectors.set(extracted)

    @factory.post_generation
    def subfields(self, create, extracted, **kwargs):
        if create and extracted:
            self.subfields.set(extracted)

    @factory.post_generation
    def keywords(self, create, extracted, **kwargs):
        if create and extracted:
            self.keywords.set(extracted)

    @factory.post_generation
    def cooperation_types(self, create, extracted, **kwargs):
        if create and extracted:
            self.cooperation_types.set(extracted)

    @factory.post_generation
    def target_regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_regions.set(extracted)

    @factory.post_generation
    def indexed(self, create, extracted, **kwargs):
        """A public listing is in the matching index, as publishing puts it (``indexed=False`` leaves it out)."""
        if create and extracted is not False:
            index_listing(self)


class ListingReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ListingReport

    listing = factory.SubFactory(ListingFactory)
    reporter = factory.SubFactory(UserFactory)
    reason = ReportReason.SPAM
    details = "Looks like advertising."
