from modeltranslation.translator import TranslationOptions, register

from .models import ProviderIndexPage, ProviderPage, ServiceFormField, ServiceIndexPage, ServicePage


@register(ServiceIndexPage)
class ServiceIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ServicePage)
class ServicePageTR(TranslationOptions):
    fields = ("summary", "included", "required_documents", "body", "form_intro")


@register(ServiceFormField)
class ServiceFormFieldTR(TranslationOptions):
    fields = ("label", "help_text", "choices")


@register(ProviderIndexPage)
class ProviderIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ProviderPage)
class ProviderPageTR(TranslationOptions):
    fields = ("intro", "address", "body")
