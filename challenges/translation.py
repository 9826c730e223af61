from modeltranslation.translator import TranslationOptions, register

from .models import BRIEF_FIELDS, Challenge, ChallengeAmendment, ChallengePhase


@register(Challenge)
class ChallengeTR(TranslationOptions):
    fields = BRIEF_FIELDS


@register(ChallengePhase)
class ChallengePhaseTR(TranslationOptions):
    fields = ("name",)


@register(ChallengeAmendment)
class ChallengeAmendmentTR(TranslationOptions):
    fields = ("note",)
