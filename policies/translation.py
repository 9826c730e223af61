from modeltranslation.translator import TranslationOptions, register

from .models import PolicyIndexPage, PolicyPage


@register(PolicyIndexPage)
class PolicyIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(PolicyPage)
class PolicyPageTR(TranslationOptions):
    fields = ("issuing_authority", "applies_to", "summary", "body")
