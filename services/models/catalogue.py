"""The service catalogue and the provider directory, edited by editors in the Wagtail admin.

A service page describes one service (what is included, documents, turnaround, price) and carries
its own extra request-form fields, defined by editors like a Wagtail form page's fields.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractFormField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index

from core.blocks import ContentStreamBlock
from core.cards import Card, card_rows
from core.pagination import paginate, without_bodies
from home.chrome import section_path
from policies.selectors import policies_for_service
from search.page_context import DetailPageContext, SectionLinkContext
from search.searchable import Searchable, text_search_fields

from .. import hooks
from ..choices import Currency, ProviderType, ServiceCategory
from ..filters import ProviderFilter, ServiceFilter

SERVICES_PER_PAGE = 24
PROVIDERS_PER_PAGE = 24


class ServicePageQuerySet(PageQuerySet):
    def in_index(self, index_page):
        """Live services of the catalogue, with their providers, in tree order."""
        return without_bodies(self.live().child_of(index_page).select_related("provider").order_by("path"))

    def delivered_by(self, provider):
        """The live services ``provider`` delivers."""
        return without_bodies(self.live().filter(provider=provider).select_related("provider").order_by("path"))


class ProviderPageQuerySet(PageQuerySet):
    def in_index(self, index_page):
        """Live providers of the directory, in tree order."""
        return without_bodies(self.live().child_of(index_page).order_by("path"))


def _lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


class ServiceIndexPage(RoutablePageMixin, Page):
    """The service catalogue: every soft-landing service, filterable by category and price."""

    intro = models.TextField(verbose_name=_("Intro"), blank=True, help_text=_("Shown above the catalogue."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["services.ServicePage", "services.ProviderIndexPage"]
    max_count = 1
    show_in_menus_default = True  # the catalogue belongs in the main menu

    class Meta:
        verbose_name = _("service index page")

    @path("")
    def catalogue(self, request):
        service_filter = ServiceFilter(request.GET, queryset=ServicePage.objects.in_index(self))
        return self.render(
            request,
            context_overrides={
                "filter": service_filter,
                "services": paginate(request, service_filter.qs, per_page=SERVICES_PER_PAGE, rows=card_rows),
                "provider_index_path": section_path(request, ProviderIndexPage),  # the site frame's cached sections
            },
        )


class ServicePage(Card, DetailPageContext, Searchable, RoutablePageMixin, Page):
    """One soft-landing service. Editors set its provider, contents, price and extra request-form fields;
    visitors request it at ``<page>/request/``."""

    card_key_fields = ("pk", "last_published_at", "provider__last_published_at", "provider__live")

    serve_select_related = ["provider"]  # the page links to its provider (core.routing)

    search_kind = "service"
    search_text_fields = ["summary", "included", "required_documents", "body"]

    category = models.CharField(verbose_name=_("Category"), max_length=30, choices=ServiceCategory.choices)
    provider = models.ForeignKey(
        "services.ProviderPage",
        verbose_name=_("Provider"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="services",
        help_text=_("Who delivers the service. Leave empty when the platform does."),
    )
    summary = models.TextField(verbose_name=_("Summary"), help_text=_("One or two sentences shown in the catalogue."))
    included = models.TextField(verbose_name=_("What is included"), blank=True, help_text=_("One item per line."))
    required_documents = models.TextField(
        verbose_name=_("Required documents"), blank=True, help_text=_("One document per line.")
    )
    turnaround_days = models.PositiveSmallIntegerField(
        verbose_name=_("Typical turnaround (days)"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("Calendar days from submission (or payment) to completion. Requests past it show as overdue."),
    )
    price_amount = models.PositiveIntegerField(
        verbose_name=_("Price in minor units"),
        default=0,
        help_text=_("0 means free. Otherwise in cents/fen: 150000 is 1,500.00."),
    )
    price_currency = models.CharField(
        verbose_name=_("Currency"), max_length=3, choices=Currency.choices, default=Currency.CNY
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("Body"), blank=True, use_json_field=True)
    form_intro = models.TextField(
        verbose_name=_("Request form intro"), blank=True, help_text=_("Shown above the request form.")
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("category"), FieldPanel("provider")], heading=_("Classification")),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("included"), FieldPanel("required_documents"), FieldPanel("turnaround_days")],
            heading=_("What the requester gets"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("price_amount"), FieldPanel("price_currency")])], heading=_("Price")
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("form_intro"), InlinePanel("form_fields", label=_("Extra request-form fields"))],
            heading=_("Request form"),
        ),
    ]
    search_fields = (
        Page.search_fields
        + text_search_fields(search_text_fields)
        + [
            index.FilterField("category"),
        ]
    )
    parent_page_types = ["services.ServiceIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(ServicePageQuerySet)()

    class Meta:
        verbose_name = _("service page")

    @property
    def is_paid(self):
        return self.price_amount > 0

    @property
    def included_list(self):
        return _lines(self.included)

    @property
    def required_document_list(self):
        return _lines(self.required_documents)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["online_payments"] = hooks.online_payment_available()
        context["policies"] = card_rows(policies_for_service(self))
        return context

    @path("")
    def service_detail(self, request):
        return self.render(request)

    @path("request/")
    def request_form(self, request):
        from .. import views

        return views.request_form(request, self)


SERVICE_FORM_FIELD_CHOICES = FORM_FIELD_CHOICES + (("file", _("File upload (PDF, PNG or JPEG)")),)


class ServiceFormField(AbstractFormField):
    """An extra question on a service's request form (text, choice, date, file upload...)."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(verbose_name=_("field type"), max_length=16, choices=SERVICE_FORM_FIELD_CHOICES)
    field_type.required_on_save = True


class ProviderIndexPage(SectionLinkContext, RoutablePageMixin, Page):
    """The directory of service providers: law firms, agencies and service centres."""

    intro = models.TextField(verbose_name=_("Intro"), blank=True, help_text=_("Shown above the directory."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["services.ServiceIndexPage"]
    subpage_types = ["services.ProviderPage"]
    max_count = 1

    class Meta:
        verbose_name = _("provider index page")

    @path("")
    def provider_list(self, request):
        provider_filter = ProviderFilter(request.GET, queryset=ProviderPage.objects.in_index(self))
        return self.render(
            request,
            context_overrides={
                "filter": provider_filter,
                "providers": paginate(request, provider_filter.qs, per_page=PROVIDERS_PER_PAGE),
            },
        )


class ProviderPage(SectionLinkContext, Searchable, Page):
    """One service provider, with its contact details and the services it delivers."""

    search_kind = "provider"
    search_text_fields = ["intro", "languages", "address", "body"]

    provider_type = models.CharField(verbose_name=_("Type"), max_length=30, choices=ProviderType.choices)
    intro = models.TextField(verbose_name=_("Intro"), help_text=_("One paragraph shown in the directory."))
    languages = models.CharField(
        verbose_name=_("Working languages"), max_length=200, blank=True, help_text=_("E.g. “English, 中文”.")
    )
    address = models.CharField(verbose_name=_("Address"), max_length=300, blank=True)
    contact_email = models.EmailField(
        verbose_name=_("Contact email"),
        blank=True,
        help_text=_("Receives a notice when a request is assigned to this provider."),
    )
    notification_language = models.CharField(
        verbose_name=_("Language of notices"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_(
            "The language of the emails sent to the contact email. Leave empty to send both languages, Chinese first."
        ),
    )
    contact_phone = models.CharField(verbose_name=_("Contact phone"), max_length=50, blank=True)
    website = models.URLField(verbose_name=_("Website"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("Body"), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [
        FieldPanel("provider_type"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("address"),
                FieldPanel("contact_email"),
                FieldPanel("notification_language"),
                FieldPanel("contact_phone"),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + text_search_fields(search_text_fields)
    parent_page_types = ["services.ProviderIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(ProviderPageQuerySet)()

    class Meta:
        verbose_name = _("provider page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["services"] = card_rows(ServicePage.objects.delivered_by(self))
        return context
