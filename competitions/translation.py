from modeltranslation.translator import TranslationOptions, register

from .models import ApplicationQuestion, Competition, Track


@register(Competition)
class CompetitionTR(TranslationOptions):
    fields = ("results_note",)


@register(Track)
class TrackTR(TranslationOptions):
    fields = ("name", "description")


@register(ApplicationQuestion)
class ApplicationQuestionTR(TranslationOptions):
    fields = ("label", "help_text", "options", "rule_message")
