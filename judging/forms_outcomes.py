"""The front-end form of judging's outcomes: the seeker or the winning team records what came of a deal."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from core.money import minor_units

from .models import Currency, DealOutcome

MAX_VALUE = Decimal("1000000000000")  # a trillion in major units: more is a typing slip


class MoneyField(forms.DecimalField):
    """An amount typed in major units ("1500.50"), cleaned to minor units (150050); None when left empty."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", Decimal("0.01"))
        kwargs.setdefault("max_value", MAX_VALUE)
        super().__init__(max_digits=15, decimal_places=2, **kwargs)

    def clean(self, value):
        amount = super().clean(value)
        return None if amount is None else minor_units(amount)


class DealOutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("What came of the introduction?"),
        choices=DealOutcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what came of the introduction.")},
    )
    value = MoneyField(
        label=_("Value"),
        required=False,
        help_text=_("Optional. The value of the pilot, licence, investment or contract, in whole units or with cents."),
    )
    currency = forms.ChoiceField(label=_("Currency"), choices=Currency.choices, initial=Currency.CNY)

    def __init__(self, *args, deal=None, **kwargs):
        if deal is not None and deal.outcome and "initial" not in kwargs:
            value = Decimal(deal.value) / 100 if deal.value else None
            kwargs["initial"] = {"outcome": deal.outcome, "value": value, "currency": deal.currency}
        super().__init__(*args, **kwargs)
