"""Offshore news and updates: an index page with filters and feeds, and article pages."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index

from core.blocks import ContentStreamBlock
from core.cards import Card, card_rows
from core.i18n import current_language_code
from core.pagination import paginate, without_bodies
from core.renditions import attach_renditions, with_renditions
from search.page_context import DetailPageContext
from search.searchable import Searchable, text_search_fields

from .feeds import FEED_SIZE, NewsAtomFeed, NewsRssFeed, feed_addresses
from .filters import NewsFilter
from .taxonomy import NewsCategory, NewsTopic

CARD_RENDITION = "fill-480x270"
# What of a lead image its card shows: the file and the crop.
IMAGE_KEY_FIELDS = ("file_hash", "focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height")
ARTICLE_RENDITIONS = ("fill-900x506", "fill-1200x630")  # the article's image, and its preview on social networks


class NewsPageQuerySet(PageQuerySet):
    def with_card_data(self):
        """Fetch what a news card shows (its category and lead image) in the same query; see ``cards``."""
        return without_bodies(self.select_related("category", "lead_image"))

    def newest_first(self):
        """Live articles with their card data, newest first."""
        return self.live().with_card_data().order_by("-date", "-pk")

    def in_index(self, index_page):
        """Live articles under ``index_page``, newest first."""
        return self.descendant_of(index_page).newest_first()


def cards(articles):
    """``articles`` (a queryset, sliced or not) as card rows (core.cards); when the cards are drawn, each lead
    image comes with its card rendition (core.renditions: one cache read)."""
    return card_rows(articles, prepare=lambda pages: with_renditions(pages, "lead_image", CARD_RENDITION))


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
        news_filter = NewsFilter(request.GET, queryset=NewsPage.objects.in_index(self))
        articles = paginate(request, news_filter.qs, rows=cards)
        return self.render(request, context_overrides={"filter": news_filter, "articles": articles})

    @path("feed/", name="feeds")
    def feed_page(self, request):
        """Explains the feeds and gives their addresses; the "RSS" link leads here, not to raw XML."""
        return self.render(
            request,
            template="news/feed_page.html",
            context_overrides={"feeds": feed_addresses(self, request), "feed_size": FEED_SIZE},
        )

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return NewsRssFeed(self, NewsPage.objects.in_index(self), request)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return NewsAtomFeed(self, NewsPage.objects.in_index(self), request)(request)


class NewsPage(Card, DetailPageContext, Searchable, Page):
    """One offshore news item or update, written by editors in English and Chinese."""

    card_key_fields = ("pk", "last_published_at", *(f"lead_image__{name}" for name in IMAGE_KEY_FIELDS))

    search_kind = "news"
    search_text_fields = ["intro", "body"]
    search_date_field = "date"
    search_sectors_field = "sectors"
    search_keyword_fields = ["topics"]

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
    topics = ParentalManyToManyField(
        NewsTopic,
        verbose_name=_("Topics"),
        blank=True,
        related_name="news_pages",
        help_text=_("Shown under the article and used to find related news. Add new topics under Snippets."),
    )
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
            [FieldPanel("date"), FieldPanel("category"), FieldPanel("sectors"), FieldPanel("topics")],
            heading=_("Classification"),
        ),
        FieldPanel("lead_image"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = (
        Page.search_fields
        + text_search_fields(search_text_fields)
        + [
            index.FilterField("date"),
        ]
    )
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    objects = PageManager.from_queryset(NewsPageQuerySet)()
    serve_select_related = ["category", "lead_image"]  # the article shows both (core.routing)

    class Meta:
        verbose_name = _("news page")
        ordering = ["-date"]

    def get_context(self, request, *args, **kwargs):
        """What the article shows besides ``DetailPageContext``'s, fetched here rather than in the template: its
        topics and images."""
        context = super().get_context(request, *args, **kwargs)
        attach_renditions([self.lead_image], *ARTICLE_RENDITIONS)
        context["topics"] = self.topics_in(current_language_code())
        return context

    def topics_in(self, language):
        """The article's topics that have a name in ``language``, in slug order."""
        return [topic for topic in self.topics.all() if topic.has_name_in(language)]
