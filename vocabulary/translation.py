from modeltranslation.translator import TranslationOptions, register

from .models import CooperationType, GlossaryTerm, Region, TechnologyKeyword


@register(CooperationType)
class CooperationTypeTR(TranslationOptions):
    fields = ("name",)


@register(TechnologyKeyword)
class TechnologyKeywordTR(TranslationOptions):
    fields = ("name",)


@register(Region)
class RegionTR(TranslationOptions):
    fields = ("name",)


@register(GlossaryTerm)
class GlossaryTermTR(TranslationOptions):
    fields = ("name",)
