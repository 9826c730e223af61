"""The home page, standard pages and editor-managed site settings."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import ContentStreamBlock


class HomePage(Page):
    """The site's front door: what the platform is, with live news, sectors, parks and events.

    Editors write the hero text; the lists below it fill themselves from published pages.
    """

    hero_heading = models.CharField(
        verbose_name=_("Hero heading"), max_length=200, help_text=_("Large heading at the top of the page.")
    )
    hero_text = models.TextField(
        verbose_name=_("Hero text"), blank=True, help_text=_("One or two sentences on what the platform does.")
    )
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("Body"),
        blank=True,
        use_json_field=True,
        help_text=_("Optional content shown below the live sections."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Hero")),
        FieldPanel("body"),
    ]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .selectors import home_page_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_sections(self))
        return context


class StandardPage(Page):
    """A plain content page: about, contact, FAQ. Edited by the editors' team."""

    intro = models.TextField(
        verbose_name=_("Intro"), blank=True, help_text=_("Short summary shown under the title and in search results.")
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("Body"), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    """Contact details, social links and footer links shown on every page."""

    tagline = models.CharField(
        verbose_name=_("Tagline"), max_length=200, blank=True, help_text=_("Shown in the footer under the site name.")
    )
    contact_email = models.EmailField(verbose_name=_("Contact email"), blank=True)
    contact_phone = models.CharField(verbose_name=_("Contact phone"), max_length=50, blank=True)
    address = models.CharField(
        verbose_name=_("Address"), max_length=300, blank=True, help_text=_("Postal address of the platform office.")
    )
    wechat_account = models.CharField(
        verbose_name=_("WeChat account"), max_length=100, blank=True, help_text=_("WeChat official account ID.")
    )
    linkedin_url = models.URLField(verbose_name=_("LinkedIn URL"), blank=True)
    weibo_url = models.URLField(verbose_name=_("Weibo URL"), blank=True)
    x_url = models.URLField(blank=True, verbose_name=_("X (Twitter) URL"))
    footer_links = StreamField(
        [("page", blocks.PageChooserBlock())],
        blank=True,
        use_json_field=True,
        help_text=_("Pages linked from the footer. Their titles are shown in the reader's language."),
    )

    panels = [
        FieldPanel("tagline"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("address")], heading=_("Contact")
        ),
        MultiFieldPanel(
            [FieldPanel("wechat_account"), FieldPanel("linkedin_url"), FieldPanel("weibo_url"), FieldPanel("x_url")],
            heading=_("Social"),
        ),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = _("site settings")


class PageTranslationState(models.Model):
    """When each language of a page's content last changed, recorded at every publish."""

    page = models.OneToOneField(Page, on_delete=models.CASCADE, related_name="translation_state")
    en_updated_at = models.DateTimeField(null=True, blank=True)
    zh_hans_updated_at = models.DateTimeField(null=True, blank=True)
    en_fingerprint = models.CharField(max_length=64, blank=True)
    zh_hans_fingerprint = models.CharField(max_length=64, blank=True)
    missing_languages = models.CharField(
        max_length=50, blank=True, help_text="Comma-separated language codes whose title or content is empty."
    )

    class Meta:
        verbose_name = _("page translation state")

    @property
    def missing_language_names(self):
        names = dict(settings.LANGUAGES)
        return [names.get(code, code) for code in self.missing_languages.split(",") if code]

    @property
    def stale_language_names(self):
        names = dict(settings.LANGUAGES)
        return [names.get(code, code) for code in self.stale_languages]

    @property
    def stale_languages(self):
        """Languages whose content is older than another language's latest change."""
        stamps = {"en": self.en_updated_at, "zh-hans": self.zh_hans_updated_at}
        newest = max((s for s in stamps.values() if s), default=None)
        return [lang for lang, stamp in stamps.items() if stamp and newest and stamp < newest]
