from modeltranslation.translator import TranslationOptions, register

from .models import Criterion, EvaluationPhase, WinnerAnnouncement


@register(EvaluationPhase)
class EvaluationPhaseTR(TranslationOptions):
    fields = ("name",)


@register(Criterion)
class CriterionTR(TranslationOptions):
    fields = ("name", "guidance")


@register(WinnerAnnouncement)
class WinnerAnnouncementTR(TranslationOptions):
    fields = ("seeker_statement",)
