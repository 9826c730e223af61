"""The vocabularies of judging and awards; ``models`` re-exports them and forms and filters read them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from challenges.choices import Currency  # noqa: F401  (one list of currencies for awards and challenges)


class PhaseKind(models.TextChoices):
    """How a phase is judged: judges score written submissions, or a panel scores live pitches on the day."""

    REVIEW = "review", _("Written review")
    PITCH = "pitch", _("Pitch round")


class CriterionKind(models.TextChoices):
    SCALE = "scale", _("Numeric scale")
    RATING = "rating", _("Rating (1 to 5 stars)")
    YES_NO = "yes-no", _("Yes or no")


RATING_MAX = 5


class EntryStatus(models.TextChoices):
    """Where a sent submission stands in the evaluation, from screening to winner (``decisions.ALLOWED_FROM``)."""

    AWAITING_SCREENING = "awaiting-screening", _("Awaiting screening")
    ELIGIBLE = "eligible", _("Eligible")
    INELIGIBLE = "ineligible", _("Ineligible")
    NOT_SELECTED = "not-selected", _("Not selected")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    FINALIST = "finalist", _("Finalist")
    WINNER = "winner", _("Winner")


# The entries a phase judges: those at its ``entry_status`` and those that have since moved further on.
POOL_STATUSES = {
    EntryStatus.ELIGIBLE: (EntryStatus.ELIGIBLE, EntryStatus.SHORTLISTED, EntryStatus.FINALIST, EntryStatus.WINNER),
    EntryStatus.SHORTLISTED: (EntryStatus.SHORTLISTED, EntryStatus.FINALIST, EntryStatus.WINNER),
    EntryStatus.FINALIST: (EntryStatus.FINALIST, EntryStatus.WINNER),
}
POOL_CHOICES = [(status.value, status.label) for status in POOL_STATUSES]


class RecusalReason(models.TextChoices):
    SAME_ORGANISATION = "same-organisation", _("The judge belongs to the entrant's organisation")
    DECLARED_ORGANISATION = "declared-organisation", _("The judge declared a link with the entrant's organisation")
    DECLARED_ENTRANT = "declared-entrant", _("The judge declared a conflict with this entry")


class FeedbackReason(models.TextChoices):
    """Why a submission did not win (or that it did): the translated codes every entrant's feedback starts with."""

    SELECTED = "selected", _("Selected as a winner")
    OUT_OF_SCOPE = "out-of-scope", _("Outside the scope of the challenge")
    NOT_MATURE = "not-mature", _("Not mature enough yet")
    BENEFIT_UNCLEAR = "benefit-unclear", _("The benefit was not clear enough")
    COST = "cost", _("Too costly to adopt")
    IP_POSITION = "ip-position", _("The intellectual-property position was unclear")
    BETTER_ALTERNATIVES = "better-alternatives", _("Other submissions fitted the need better")
    INELIGIBLE = "ineligible", _("Did not meet the eligibility rules")
    OTHER = "other", _("Other reasons, explained below")


class AwardStatus(models.TextChoices):
    AWARDED = "awarded", _("Awarded")
    AGREEMENT_SIGNED = "agreement-signed", _("Agreement signed")
    PAID = "paid", _("Paid")


class DealOutcome(models.TextChoices):
    PILOT = "pilot", _("Pilot")
    LICENCE = "licence", _("Licence")
    INVESTMENT = "investment", _("Investment")
    CONTRACT = "contract", _("Contract")
