"""Offshore news and updates: an index page with filters and feeds, and article pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import ContentStreamBlock


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


class NewsTopic(models.Model):
    """A topic articles are tagged with ("Tax", "Talent"), named in both languages.

    A translated vocabulary rather than free-form tags, so a Chinese article never shows an English
    tag: readers see the topic's name in their language, and topics without one are not shown.
    """

    slug = models.SlugField(verbose_name=_("Slug"), max_length=50, unique=True, help_text=_("Used in filter URLs."))
    name = models.CharField(verbose_name=_("Name"), max_length=60)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.name_en and not self.name_zh_hans or self.name_zh_hans and not self.name_en:
            raise ValidationError(_("Give the topic a name in both English and Chinese."))

    def has_name_in(self, language):
        """True when editors named the topic in ``language`` (no fallback to the other language)."""
        return bool(getattr(self, f"name_{language.replace('-', '_')}", ""))


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
        from core.pagination import paginate

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

    @path("feed/", name="feeds")
    def feed_page(self, request):
        """Explains the feeds and gives their addresses; the "RSS" link leads here, not to raw XML."""
        from .feeds import FEED_SIZE, feed_addresses

        return self.render(
            request,
            template="news/feed_page.html",
            context_overrides={"feeds": feed_addresses(self, request), "feed_size": FEED_SIZE},
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
    topics = ParentalManyToManyField(
        NewsTopic, verbose_name=_("Topics"), blank=True, related_name="news_pages",
        help_text=_("Shown under the article and used to find related news. Add new topics under Snippets."))
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

    def topics_in(self, language):
        """The article's topics that have a name in ``language``, in slug order."""
        return [topic for topic in self.topics.all() if topic.has_name_in(language)]
