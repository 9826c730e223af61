from modeltranslation.translator import TranslationOptions, register

from .models import Sector, SectorIndexPage, SubField


@register(Sector)
class SectorTR(TranslationOptions):
    fields = ("name", "description")


@register(SubField)
class SubFieldTR(TranslationOptions):
    fields = ("name",)


@register(SectorIndexPage)
class SectorIndexPageTR(TranslationOptions):
    fields = ("intro",)
