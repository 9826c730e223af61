"""The home page, standard pages and editor-managed site settings."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import ContentStreamBlock

from .hooks import home_page_sections


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
        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_sections(self, request))
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


class LegalPage(Page):
    """A privacy policy, terms of use, cookie notice or accessibility statement, in both languages.

    Edited by the platform's legal and editors' team. The footer links each kind's live page; sign-up
    consent records the privacy policy's and terms' ``version``, so change it when the text changes materially.
    """

    class Kind(models.TextChoices):
        PRIVACY = "privacy", _("Privacy policy")
        TERMS = "terms", _("Terms of use")
        COOKIES = "cookies", _("Cookie notice")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")

    kind = models.CharField(
        verbose_name=_("Kind"),
        max_length=20,
        choices=Kind.choices,
        help_text=_("Which legal text this is. There is one page of each kind; the footer links to it."),
    )
    version = models.CharField(
        verbose_name=_("Version"),
        max_length=40,
        help_text=_(
            "For example 2026-12-01. Change it when the text changes materially: sign-up consent records "
            "the version a person agreed to."
        ),
    )
    effective_date = models.DateField(
        verbose_name=_("Effective date"), help_text=_("The date from which this text applies. Shown under the title.")
    )
    intro = models.TextField(
        verbose_name=_("Intro"), blank=True, help_text=_("Short summary shown under the title and in search results.")
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("Body"), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("version"), FieldPanel("effective_date")], heading=_("Legal text")
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("legal page")

    def clean(self):
        super().clean()
        # The platform runs one site, so one page per kind across the tree keeps the footer unambiguous.
        if self.kind and LegalPage.objects.filter(kind=self.kind).exclude(pk=self.pk).exists():
            raise ValidationError({"kind": _("There is already a page of this kind.")})


class ContactPage(Page):
    """The contact form, with the platform's address and office hours above it. Edited by the editors' team.

    The form's fields are fixed and validated on the server; messages are stored (Contact messages in
    the admin) and emailed to the contact address in the site settings.
    """

    intro = models.TextField(
        verbose_name=_("Intro"), blank=True, help_text=_("Short summary shown under the title and in search results.")
    )
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("Body"),
        blank=True,
        use_json_field=True,
        help_text=_("Address, phone and office hours, shown beside the form."),
    )
    thank_you_text = models.TextField(
        verbose_name=_("Thank-you text"),
        blank=True,
        help_text=_("Shown after a message is sent. Say when the sender can expect an answer."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body"), FieldPanel("thank_you_text")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("contact page")

    def serve(self, request, *args, **kwargs):
        from .views import serve_contact_page

        return serve_contact_page(self, request)


class ContactMessage(models.Model):
    """A message sent through the contact form; kept for the platform team to answer."""

    class Topic(models.TextChoices):
        GENERAL = "general", _("General enquiry")
        SERVICES = "services", _("Soft-landing services")
        PARTNERING = "partnering", _("Partnering and listings")
        EVENTS = "events", _("Events and competitions")
        MEDIA = "media", _("Press and media")
        PRIVACY = "privacy", _("Personal information and privacy")
        ACCESSIBILITY = "accessibility", _("Accessibility problem")

    name = models.CharField(verbose_name=_("Name"), max_length=120)
    email = models.EmailField(verbose_name=_("Email"))
    organisation = models.CharField(verbose_name=_("Organisation"), max_length=200, blank=True)
    topic = models.CharField(verbose_name=_("Topic"), max_length=20, choices=Topic.choices)
    message = models.TextField(verbose_name=_("Message"))
    language = models.CharField(verbose_name=_("Language"), max_length=10, choices=settings.LANGUAGES)
    privacy_version = models.CharField(
        verbose_name=_("Privacy policy version"),
        max_length=40,
        blank=True,
        help_text=_("The version of the privacy notice the sender accepted."),
    )
    created_at = models.DateTimeField(verbose_name=_("Sent at"), auto_now_add=True)
    handled = models.BooleanField(
        verbose_name=_("Handled"), default=False, help_text=_("Tick when the message has been answered.")
    )

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} · {self.get_topic_display()}"


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
    operator_name = models.CharField(
        verbose_name=_("Operated by"),
        max_length=200,
        blank=True,
        help_text=_(
            "The body that runs the platform (主办单位), as registered in its ICP filing. Shown in the footer "
            "and named as the personal information controller in the privacy policy."
        ),
    )
    icp_filing_number = models.CharField(
        verbose_name=_("ICP filing number"),
        max_length=60,
        blank=True,
        help_text=_(
            "The ICP filing number (ICP备案号) exactly as issued, e.g. 琼ICP备2026000000号-1. The footer "
            "links it to the MIIT filing system, as the rules require."
        ),
    )
    public_security_filing_number = models.CharField(
        verbose_name=_("Public security filing number"),
        max_length=60,
        blank=True,
        help_text=_(
            "The public security filing number (公安备案号) exactly as issued, e.g. 琼公网安备46010802000000号. "
            "The footer links it to the Ministry of Public Security's record for the digits in it."
        ),
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
        MultiFieldPanel(
            [FieldPanel("operator_name"), FieldPanel("icp_filing_number"), FieldPanel("public_security_filing_number")],
            heading=_("Operator and filings"),
            help_text=_("Shown at the foot of every page, as mainland Chinese websites must show them."),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    ICP_FILING_URL = "https://beian.miit.gov.cn/"
    PUBLIC_SECURITY_FILING_URL = "https://beian.mps.gov.cn/#/query/webSearch?code={code}"

    @property
    def public_security_filing_code(self):
        """The record code: the digits of the public security filing number."""
        return "".join(ch for ch in self.public_security_filing_number if ch.isdigit())

    @property
    def public_security_filing_url(self):
        code = self.public_security_filing_code
        return self.PUBLIC_SECURITY_FILING_URL.format(code=code) if code else ""


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
