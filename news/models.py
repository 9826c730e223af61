"""Offshore news and updates: an index page with filters and feeds, and article pages."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import ContentStreamBlock


class NewsCategory(models.Model):
    slug = models.SlugField(verbose_name=_("Slug"), max_length=50, unique=True, help_text=_("Used in filter URLs."))
    name = models.CharField(verbose_name=_("Name"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def __str__(self):
        return self.name


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsIndexPage(RoutablePageMixin, Page):
    """The offshore news section. Lists articles, filterable by category and sector, with RSS and Atom feeds."""

    intro = models.TextField(verbose_name=_("Intro"), blank=True, help_text=_("Shown above the list of articles."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index page")

    @path("")
    def article_list(self, request):
        from home.pagination import paginate

        from .filters import NewsFilter
        from .selectors import news_for_index

        news_filter = NewsFilter(request.GET, queryset=news_for_index(self))
        return self.render(
            request,
            context_overrides={
                "filter": news_filter,
                "articles": paginate(request, news_filter.qs),
            },
        )

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPage(Page):
    """One offshore news item or update, written by editors in English and Chinese."""

    date = models.DateField(
        verbose_name=_("Date"), default=timezone.localdate, help_text=_("Publication date shown to readers.")
    )
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("Category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_pages",
    )
    sectors = ParentalManyToManyField(
        "sectors.Sector", verbose_name=_("Sectors"), blank=True, related_name="news_pages"
    )
    tags = ClusterTaggableManager(verbose_name=_("Tags"), through=NewsPageTag, blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = models.TextField(
        verbose_name=_("Intro"), help_text=_("One-paragraph summary shown in lists, feeds and search results.")
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("Body"), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("category"), FieldPanel("sectors"), FieldPanel("tags")],
            heading=_("Classification"),
        ),
        FieldPanel("lead_image"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        ordering = ["-date"]
