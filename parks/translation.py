from modeltranslation.translator import TranslationOptions, register

from .models import ParkIndexPage, ParkPage


@register(ParkIndexPage)
class ParkIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ParkPage)
class ParkPageTR(TranslationOptions):
    fields = ("intro", "address", "facilities", "body")
