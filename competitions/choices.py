"""The vocabularies of competitions: sections and kinds of application questions, and eligibility rules."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Section(models.TextChoices):
    """Where a question sits on the application form, in this order."""

    BUSINESS_PLAN = "business-plan", _("Business plan")
    TEAM = "team", _("Team")
    STAGE = "stage", _("Stage")
    FUNDING = "funding", _("Funding")
    OTHER = "other", _("Other")


class QuestionKind(models.TextChoices):
    SHORT_TEXT = "short-text", _("Short answer")
    LONG_TEXT = "long-text", _("Long answer")
    NUMBER = "number", _("Number")
    CHOICE = "choice", _("One of a list")
    YES_NO = "yes-no", _("Yes or no")


class RuleOperator(models.TextChoices):
    """How an answer is checked for eligibility; the rule's value is compared with the answer."""

    NONE = "", _("No rule")
    EQUALS = "equals", _("must be")
    NOT_EQUALS = "not-equals", _("must not be")
    AT_LEAST = "at-least", _("must be at least")
    AT_MOST = "at-most", _("must be at most")
    ONE_OF = "one-of", _("must be one of (one per line)")


YES, NO = "yes", "no"
