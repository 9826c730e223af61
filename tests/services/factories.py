"""factory-boy factories for the service catalogue (pages, extra form fields) and service requests.

Pages are added under a given ``parent`` and published, like the other page factories. Other helpers
(admin, payments) reuse these: only add to this module, keep the names stable.
"""

import datetime

import factory
from django.utils import timezone

from services.models import (
    Currency,
    ProviderIndexPage,
    ProviderPage,
    ProviderType,
    RequestMessage,
    RequestStatus,
    ServiceCategory,
    ServiceFormField,
    ServiceIndexPage,
    ServicePage,
    ServiceRequest,
    StatusChange,
)
from services.submission import reference_for
from tests.factories import PageFactory

__all__ = [
    "ProviderIndexPageFactory",
    "ProviderPageFactory",
    "RequestMessageFactory",
    "ServiceFormFieldFactory",
    "ServiceIndexPageFactory",
    "ServicePageFactory",
    "ServiceRequestFactory",
    "StatusChangeFactory",
]


class ServiceIndexPageFactory(PageFactory):
    class Meta:
        model = ServiceIndexPage

    title_en = "Services"
    title_zh_hans = "服务"
    slug = "services"
    intro_en = "Soft-landing services for teams coming to Haikou."
    intro_zh_hans = "为来海口的团队提供落地服务。"
    show_in_menus = True


class ProviderIndexPageFactory(PageFactory):
    class Meta:
        model = ProviderIndexPage

    title_en = "Providers"
    title_zh_hans = "服务机构"
    slug = "providers"
    intro_en = "Law firms, agencies and service centres."
    intro_zh_hans = "律师事务所、代理机构和服务中心。"


class ProviderPageFactory(PageFactory):
    class Meta:
        model = ProviderPage

    title_en = factory.Sequence(lambda n: f"Provider {n}")
    title_zh_hans = factory.Sequence(lambda n: f"服务机构{n}")
    slug = factory.Sequence(lambda n: f"provider-{n}")
    provider_type = ProviderType.LAW_FIRM
    intro_en = "A law firm serving overseas teams."
    intro_zh_hans = "服务海外团队的律师事务所。"
    languages = "English, 中文"
    contact_email = factory.Sequence(lambda n: f"provider{n}@example.com")


class ServicePageFactory(PageFactory):
    """A published service. ``form_fields=[ServiceFormField(...), ...]`` adds extra request-form fields."""

    class Meta:
        model = ServicePage

    title_en = factory.Sequence(lambda n: f"Service {n}")
    title_zh_hans = factory.Sequence(lambda n: f"服务{n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    category = ServiceCategory.LEGAL
    summary_en = "Help from people who know Haikou."
    summary_zh_hans = "熟悉海口的专业人士为您提供帮助。"
    included_en = "A first call\nA written summary"
    included_zh_hans = "一次初步沟通\n一份书面总结"
    required_documents_en = "Passport copy"
    required_documents_zh_hans = "护照复印件"
    turnaround_days = 10
    price_amount = 0
    price_currency = Currency.CNY


class ServiceFormFieldFactory(factory.django.DjangoModelFactory):
    """An extra question on ``page``'s request form (pass ``page=``, ``label_en=``, ``field_type=``)."""

    class Meta:
        model = ServiceFormField

    label_en = factory.Sequence(lambda n: f"Question {n}")
    label_zh_hans = factory.Sequence(lambda n: f"问题{n}")
    field_type = "singleline"
    required = True
    sort_order = factory.Sequence(lambda n: n)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # clean_name comes from the English label, as when an editor saves in the English admin.
        from django.utils import translation

        with translation.override("en"):
            return super()._create(model_class, *args, **kwargs)


class ServiceRequestFactory(factory.django.DjangoModelFactory):
    """A submitted request. Pass ``service=`` to snapshot its title and price, ``requester=`` for an account.

    The reference is set after saving (``SR-<year>-<pk>``) as submission does.
    """

    class Meta:
        model = ServiceRequest

    service = None
    service_title = factory.LazyAttribute(lambda o: o.service.title if o.service else "Legal consultation")
    requester = None
    contact_name = factory.Sequence(lambda n: f"Requester {n}")
    contact_email = factory.Sequence(lambda n: f"requester{n}@example.com")
    contact_phone = "+65 6000 0000"
    organisation_name = "Example Pte Ltd"
    country = "SG"
    preferred_language = "en"
    details = "We want to open an office in Haikou."
    answers = factory.LazyFunction(list)
    status = RequestStatus.SUBMITTED
    amount = factory.LazyAttribute(lambda o: o.service.price_amount if o.service else 0)
    currency = factory.LazyAttribute(lambda o: o.service.price_currency if o.service and o.amount else "")
    payment_method = ""
    due_on = factory.LazyAttribute(
        lambda o: timezone.localdate() + datetime.timedelta(days=o.service.turnaround_days if o.service else 10)
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        service_request = super()._create(model_class, *args, **kwargs)
        service_request.reference = reference_for(service_request)
        service_request.save(update_fields=["reference"])
        return service_request


class StatusChangeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StatusChange

    request = factory.SubFactory(ServiceRequestFactory)
    from_status = ""
    to_status = factory.LazyAttribute(lambda o: o.request.status)
    note = ""


class RequestMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RequestMessage

    request = factory.SubFactory(ServiceRequestFactory)
    from_staff = False
    body = "Could you tell us more about the documents?"
