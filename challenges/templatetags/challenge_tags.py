"""``{{ challenge|challenge_award }}``: a challenge's cash award and non-cash awards, as one line."""

from decimal import Decimal

from django import template
from django.utils.translation import gettext as _

from core.money import format_amount

register = template.Library()


@register.filter
def cash_award(challenge):
    """The cash award in whole units of its currency ("CNY 200,000" / "200,000 元"); "" when there is none."""
    if not challenge.award_amount:
        return ""
    return format_amount(Decimal(challenge.award_amount), challenge.award_currency)


@register.filter
def challenge_award(challenge):
    """The cash award, then the non-cash awards: "CNY 200,000 + Pilot contract"; "" when there is no award."""
    parts = [cash_award(challenge), *(str(label) for label in challenge.non_cash_award_labels())]
    return _(" + ").join(part for part in parts if part)
