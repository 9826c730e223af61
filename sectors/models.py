"""The shared sector vocabulary: the five key sectors of the plan and their sub-fields.

News, policies, parks, events and (later) listings reference these by foreign key, so a
Chinese page and an English page tagged with the same sector meet on the same code.
"""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from core import fragments

from .hooks import sector_page_sections


class SectorQuerySet(models.QuerySet):
    def with_subfields(self):
        """Each sector's sub-fields as ``sector.subfield_list`` (a list, so a sector can be cached)."""
        return self.prefetch_related(models.Prefetch("subfields", to_attr="subfield_list"))


class Sector(index.Indexed, ClusterableModel):
    code = models.SlugField(
        verbose_name=_("Code"),
        max_length=50,
        unique=True,
        help_text=_("Stable identifier used in URLs and filters, e.g. digital-economy."),
    )
    name = models.CharField(verbose_name=_("Name"), max_length=100)
    description = models.TextField(verbose_name=_("Description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(verbose_name=_("Sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        InlinePanel("subfields", label=_("Sub-fields")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    objects = SectorQuerySet.as_manager()

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return self.name


def sectors_with_subfields(request=None):
    """Every sector with its sub-fields, as a list: kept as a fragment, since a change to a snippet purges everything."""
    return fragments.cached(request, "sectors", lambda: list(Sector.objects.with_subfields()))


class SubField(Orderable):
    sector = ParentalKey(Sector, on_delete=models.CASCADE, related_name="subfields")
    code = models.SlugField(verbose_name=_("Code"), max_length=50, unique=True)
    name = models.CharField(verbose_name=_("Name"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("code")]

    class Meta(Orderable.Meta):
        verbose_name = _("sub-field")
        verbose_name_plural = _("sub-fields")

    def __str__(self):
        return self.name


class SectorIndexPage(RoutablePageMixin, Page):
    """Lists the key sectors; each sector's own page (a sub-route) shows everything tagged with it."""

    intro = models.TextField(verbose_name=_("Intro"), blank=True, help_text=_("Shown above the list of sectors."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    max_count = 1
    subpage_types = []
    purged_with_every_page = True  # a sector's page lists every kind of page (core/page_purge.py)

    class Meta:
        verbose_name = _("sector index page")

    def get_cached_paths(self):
        """The list and every sector's page, for the page caches' purges."""
        return ["/", *(f"/{code}/" for code in Sector.objects.values_list("code", flat=True))]

    @path("")
    def sector_list(self, request):
        return self.render(request, context_overrides={"sectors": sectors_with_subfields(request)})

    @path("<slug:code>/")
    def sector_detail(self, request, code):
        """One sector with the sections the apps above registered for it (news, policies, parks, events)."""
        sector = next((sector for sector in sectors_with_subfields(request) if sector.code == code), None)
        if sector is None:
            raise Http404
        return self.render(
            request,
            template="sectors/sector_detail.html",
            context_overrides={"sector": sector, **sector_page_sections(sector)},
        )

    def sector_url(self, sector):
        return self.url + self.reverse_subpage("sector_detail", kwargs={"code": sector.code})
