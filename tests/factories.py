"""factory-boy factories for pages and vocabulary. Pages are added under a given parent and published."""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone, translation

from events.models import EventPage
from news.models import NewsCategory, NewsPage
from parks.models import ParkPage
from policies.models import PolicyPage
from sectors.models import Sector


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"sector-{n}")
    name_en = factory.Sequence(lambda n: f"Sector {n}")
    name_zh_hans = factory.Sequence(lambda n: f"行业{n}")


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsCategory
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"category-{n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")
    name_zh_hans = factory.Sequence(lambda n: f"类别{n}")


class PageFactory(factory.Factory):
    """Builds a page, adds it under ``parent`` and publishes a revision, as an editor would."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, parent, sectors=(), publish=True, **kwargs):
        with translation.override("en"):
            return cls._add_page(model_class, parent, sectors, publish, **kwargs)

    @staticmethod
    def _add_page(model_class, parent, sectors, publish, **kwargs):
        page = model_class(**kwargs)
        if sectors:
            page.sectors = list(sectors)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        else:
            page.live = False
            page.save(update_fields=["live"])
        return page


class NewsPageFactory(PageFactory):
    class Meta:
        model = NewsPage

    title_en = factory.Sequence(lambda n: f"Offshore update {n}")
    title_zh_hans = factory.Sequence(lambda n: f"离岸动态{n}")
    slug = factory.Sequence(lambda n: f"offshore-update-{n}")
    intro_en = "An update for founders coming to Haikou."
    intro_zh_hans = "面向来海口创业者的最新动态。"
    date = factory.LazyFunction(timezone.localdate)


class PolicyPageFactory(PageFactory):
    class Meta:
        model = PolicyPage

    title_en = factory.Sequence(lambda n: f"Policy {n}")
    title_zh_hans = factory.Sequence(lambda n: f"政策{n}")
    slug = factory.Sequence(lambda n: f"policy-{n}")
    issuing_authority_en = "Hainan Provincial Government"
    issuing_authority_zh_hans = "海南省人民政府"
    policy_type = "tax"
    applies_to_en = "Startups in Haikou"
    applies_to_zh_hans = "海口初创企业"
    summary_en = "A summary of the policy."
    summary_zh_hans = "政策摘要。"
    effective_date = datetime.date(2025, 1, 1)


class ParkPageFactory(PageFactory):
    class Meta:
        model = ParkPage

    title_en = factory.Sequence(lambda n: f"Park {n}")
    title_zh_hans = factory.Sequence(lambda n: f"园区{n}")
    slug = factory.Sequence(lambda n: f"park-{n}")
    park_type = "park"
    intro_en = "An industrial park in Haikou."
    intro_zh_hans = "海口的一个产业园区。"
    address_en = "1 Park Road, Haikou"
    address_zh_hans = "海口市园区路1号"
    latitude = Decimal("20.020000")
    longitude = Decimal("110.330000")


class EventPageFactory(PageFactory):
    class Meta:
        model = EventPage

    title_en = factory.Sequence(lambda n: f"Event {n}")
    title_zh_hans = factory.Sequence(lambda n: f"活动{n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    organiser_en = "Haikou Hi-tech Zone"
    organiser_zh_hans = "海口高新区"
    intro_en = "A meet-up for founders."
    intro_zh_hans = "创业者交流会。"
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=3))
