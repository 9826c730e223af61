from modeltranslation.translator import TranslationOptions, register

from .models import ContactPage, HomePage, LegalPage, SiteSettings, StandardPage


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("hero_heading", "hero_text", "body")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("tagline", "address", "operator_name")


@register(LegalPage)
class LegalPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(ContactPage)
class ContactPageTR(TranslationOptions):
    fields = ("intro", "body", "thank_you_text")
