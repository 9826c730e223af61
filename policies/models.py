"""The offshore innovation policy guidance directory (离岸创新创业政策指导目录)."""

from django import forms
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index

from core.blocks import ContentStreamBlock
from core.cards import Card, card_rows
from core.pagination import paginate, without_bodies
from search.page_context import DetailPageContext
from search.searchable import Searchable, text_search_fields

from .choices import PolicyType
from .filters import PolicyFilter


class PolicyPageQuerySet(PageQuerySet):
    def in_index(self, index_page):
        """Live policies under ``index_page``, with their sectors, newest in effect first."""
        in_order = self.live().descendant_of(index_page).prefetch_related("sectors").order_by("-effective_date", "-pk")
        return without_bodies(in_order)

    def in_force(self):
        """Policies in effect today: started (or no start date) and not expired (or no end date)."""
        today = timezone.localdate()
        return self.filter(Q(effective_date__isnull=True) | Q(effective_date__lte=today)).filter(
            Q(expiry_date__isnull=True) | Q(expiry_date__gte=today)
        )

    def expired(self):
        return self.filter(expiry_date__lt=timezone.localdate())


class PolicyIndexPage(RoutablePageMixin, Page):
    """The policy guide: a filterable directory of policies for offshore innovation."""

    intro = models.TextField(verbose_name=_("Intro"), blank=True, help_text=_("Shown above the directory."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["policies.PolicyPage"]
    max_count = 1

    class Meta:
        verbose_name = _("policy index page")

    @path("")
    def policy_list(self, request):
        policy_filter = PolicyFilter(request.GET, queryset=PolicyPage.objects.in_index(self))
        return self.render(
            request,
            context_overrides={
                "filter": policy_filter,
                "policies": paginate(request, policy_filter.qs, per_page=20, rows=card_rows),
            },
        )


class PolicyPage(Card, DetailPageContext, Searchable, Page):
    """One policy: who issued it, what kind it is, who it applies to, when it is in force."""

    search_kind = "policy"
    search_text_fields = ["summary", "issuing_authority", "applies_to", "body"]
    search_sectors_field = "sectors"

    issuing_authority = models.CharField(
        verbose_name=_("Issuing authority"),
        max_length=200,
        help_text=_("e.g. Hainan Provincial Department of Finance."),
    )
    policy_type = models.CharField(verbose_name=_("Policy type"), max_length=20, choices=PolicyType.choices)
    applies_to = models.CharField(
        verbose_name=_("Applies to"),
        max_length=300,
        help_text=_("Who can use it, e.g. “Foreign-invested startups in Haikou”."),
    )
    effective_date = models.DateField(verbose_name=_("Effective date"), null=True, blank=True)
    expiry_date = models.DateField(
        verbose_name=_("Expiry date"), null=True, blank=True, help_text=_("Leave empty if the policy has no end date.")
    )
    sectors = ParentalManyToManyField(
        "sectors.Sector", verbose_name=_("Sectors"), blank=True, related_name="policy_pages"
    )
    official_url = models.URLField(
        verbose_name=_("Official text URL"), blank=True, help_text=_("Link to the official text.")
    )
    related_services = ParentalManyToManyField(
        "services.ServicePage",
        verbose_name=_("Services that help with this policy"),
        blank=True,
        related_name="related_policies",
        help_text=_(
            "Services that act on this policy, e.g. the work-permit service for a work-permit policy. "
            "Shown on both pages."
        ),
    )
    summary = models.TextField(verbose_name=_("Summary"), help_text=_("Plain-language summary shown in the directory."))
    body = StreamField(ContentStreamBlock(), verbose_name=_("Body"), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("issuing_authority"),
                FieldPanel("policy_type"),
                FieldPanel("applies_to"),
                FieldRowPanel([FieldPanel("effective_date"), FieldPanel("expiry_date")]),
                FieldPanel("sectors"),
                FieldPanel("official_url"),
            ],
            heading=_("Policy facts"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("related_services", widget=forms.CheckboxSelectMultiple, heading=_("Related services")),
    ]
    search_fields = (
        Page.search_fields
        + text_search_fields(search_text_fields)
        + [
            index.FilterField("policy_type"),
        ]
    )
    parent_page_types = ["policies.PolicyIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(PolicyPageQuerySet)()

    class Meta:
        verbose_name = _("policy page")

    def get_context(self, request, *args, **kwargs):
        """Besides ``DetailPageContext``'s: "Services that help with this policy"."""
        from .selectors import services_for_policy  # the selectors read this module's models

        context = super().get_context(request, *args, **kwargs)
        context["services"] = card_rows(services_for_policy(self))
        return context

    def search_date(self):
        """In force since, or else first published."""
        return self.effective_date or (
            timezone.localtime(self.first_published_at).date() if self.first_published_at else None
        )

    @property
    def is_in_force(self):
        today = timezone.localdate()
        started = self.effective_date is None or self.effective_date <= today
        return started and (self.expiry_date is None or self.expiry_date >= today)
