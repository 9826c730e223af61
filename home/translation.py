from modeltranslation.translator import TranslationOptions, register

from .models import HomePage, SiteSettings, StandardPage


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("hero_heading", "hero_text", "body")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("tagline", "address")
