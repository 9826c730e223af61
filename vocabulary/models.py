"""Controlled, translated vocabularies shared by organisations and listings.

Listings in either language reference the same codes, which is what lets a Chinese request and
an English offer match each other. Sectors and sub-fields live in the ``sectors`` app.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modeltranslation.utils import build_localized_fieldname

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class VocabularyTerm(models.Model):
    code = models.SlugField(
        verbose_name=_("Code"), max_length=50, unique=True, help_text=_("Stable identifier used in URLs and filters.")
    )
    name = models.CharField(verbose_name=_("Name"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(verbose_name=_("Sort order"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.name


class CooperationType(VocabularyTerm):
    """Licence, joint venture, R&D cooperation, distribution, ..."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("cooperation type")
        verbose_name_plural = _("cooperation types")


class TechnologyKeyword(VocabularyTerm):
    """A controlled technology keyword, optionally tied to a sector."""

    sector = models.ForeignKey(
        "sectors.Sector",
        verbose_name=_("Sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="keywords",
    )
    subfield = models.ForeignKey(
        "sectors.SubField",
        verbose_name=_("Broader sub-field"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="keywords",
        help_text=_(
            "The sub-field this keyword is a narrower term of. Matching gives partial credit to keywords "
            "under one sub-field (bio-based polymers and biodegradable plastics)."
        ),
    )

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("technology keyword")
        verbose_name_plural = _("technology keywords")


class Region(VocabularyTerm):
    """A target market: a group of countries (ASEAN, EU...) or the whole world."""

    is_global = models.BooleanField(
        verbose_name=_("Worldwide"), default=False, help_text=_("Tick for “worldwide”: every country fits.")
    )
    countries = CountryField(multiple=True, blank=True, help_text=_("Countries in this region."))

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def contains(self, country_code):
        return self.is_global or country_code in {country.code for country in self.countries}


class GlossaryTerm(VocabularyTerm):
    """A bilingual term matching looks for in listings' titles and summaries (地膜 = mulch film).

    A listing written only in Chinese and one written only in English meet through the terms both
    texts contain. A term tied to a keyword counts as that keyword.
    """

    synonyms = models.TextField(
        verbose_name=_("Other wordings"),
        max_length=4000,
        blank=True,
        help_text=_("One per line, in either language: abbreviations, plurals, other spellings."),
    )
    keyword = models.ForeignKey(
        TechnologyKeyword,
        verbose_name=_("Same as keyword"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="glossary_terms",
    )

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def wordings(self):
        """Every wording of the term: its names in each language and its other wordings."""
        names = [getattr(self, build_localized_fieldname("name", code), "") for code in LANGUAGE_CODES]
        return [text.strip() for text in [*names, *self.synonyms.splitlines()] if text.strip()]
