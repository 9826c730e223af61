"""Directory of parks, incubators, offshore innovation stations and service centres."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageQuerySet

from core.blocks import ContentStreamBlock
from core.cards import Card, card_rows
from core.pagination import paginate, without_bodies
from search.page_context import DetailPageContext
from search.searchable import Searchable, text_search_fields

from .choices import ParkType
from .filters import ParkFilter
from .maps import map_config, map_markers, markers_outside, open_in_map_links, park_page_map, with_links

PARKS_PER_PAGE = 24  # the map shows every park that matches; the list below it, this many at a time


class ParkPageQuerySet(PageQuerySet):
    def in_index(self, index_page):
        """Live parks under ``index_page``, with their sectors, in tree order."""
        return without_bodies(self.live().descendant_of(index_page).prefetch_related("sectors").order_by("path"))


class ParkIndexPage(RoutablePageMixin, Page):
    """The parks directory, shown as a map with a plain list that works without map tiles."""

    intro = models.TextField(verbose_name=_("Intro"), blank=True, help_text=_("Shown above the map and list."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["parks.ParkPage"]
    max_count = 1

    class Meta:
        verbose_name = _("park index page")

    @path("")
    def park_list(self, request):
        park_filter = ParkFilter(request.GET, queryset=ParkPage.objects.in_index(self))
        parks = paginate(
            request,
            park_filter.qs,
            per_page=PARKS_PER_PAGE,
            rows=lambda page_of_parks: card_rows(page_of_parks, prepare=lambda found: with_links(found, request)),
        )
        config = map_config(map_markers(park_filter.qs, request))
        return self.render(
            request,
            context_overrides={
                "filter": park_filter,
                "parks": parks,
                "map_config": config,
                "markers_outside_view": markers_outside(config["markers"], config["bounds"]),
            },
        )


class ParkPage(Card, DetailPageContext, Searchable, Page):
    """One park, zone, incubator, station or service centre, with location and contact details."""

    search_kind = "park"
    search_text_fields = ["intro", "address", "facilities", "body"]
    search_sectors_field = "sectors"

    park_type = models.CharField(verbose_name=_("Type"), max_length=20, choices=ParkType.choices)
    sectors = ParentalManyToManyField(
        "sectors.Sector", verbose_name=_("Sectors"), blank=True, related_name="park_pages"
    )
    intro = models.TextField(verbose_name=_("Intro"), help_text=_("One-paragraph description shown in the directory."))
    address = models.CharField(verbose_name=_("Address"), max_length=300)
    latitude = models.DecimalField(
        verbose_name=_("Latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        verbose_name=_("Longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    contact_phone = models.CharField(verbose_name=_("Contact phone"), max_length=50, blank=True)
    contact_email = models.EmailField(verbose_name=_("Contact email"), blank=True)
    website = models.URLField(verbose_name=_("Website"), blank=True)
    facilities = models.TextField(
        verbose_name=_("Facilities"), blank=True, help_text=_("One facility per line, e.g. “Shared laboratories”.")
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("Body"), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("park_type"), FieldPanel("sectors")], heading=_("Classification")),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_phone"), FieldPanel("contact_email"), FieldPanel("website")], heading=_("Contact")
        ),
        FieldPanel("facilities"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + text_search_fields(search_text_fields)
    parent_page_types = ["parks.ParkIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(ParkPageQuerySet)()

    class Meta:
        verbose_name = _("park page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["map_config"] = park_page_map(self)
        context["map_links"] = open_in_map_links(self)
        return context

    @property
    def facility_list(self):
        return [line.strip() for line in self.facilities.splitlines() if line.strip()]
