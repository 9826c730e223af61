from modeltranslation.translator import TranslationOptions, register

from .models import NewsCategory, NewsIndexPage, NewsPage, NewsTopic


@register(NewsCategory)
class NewsCategoryTR(TranslationOptions):
    fields = ("name",)


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(NewsTopic)
class NewsTopicTR(TranslationOptions):
    fields = ("name",)
