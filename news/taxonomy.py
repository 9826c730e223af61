"""The vocabularies news articles are classified by: categories and topics (snippets editors manage).

Kept apart from the page models so ``filters.py`` can import them while ``models.py`` imports the filters.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


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
