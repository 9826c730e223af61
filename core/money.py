"""Showing amounts kept in minor units (fen, cents): integer arithmetic only, never floats.

One convention per language. English puts the ISO code first: "CNY 3,800", "USD 12.50". Chinese puts
the currency's name after the number, as Chinese price labels do: "3,800 元", "12.50 美元". Whole
amounts show no ".00"; cents show when there are any.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

# How a Chinese reader names each currency after the number; other codes keep the code.
CHINESE_CURRENCY_NAMES = {"CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元"}


def decimal_amount(amount):
    """``150000`` → ``"1500.00"``: minor units as a plain decimal string, for spreadsheets."""
    major, minor = divmod(int(amount), 100)
    return f"{major}.{minor:02d}"


def minor_units(amount):
    """An int is already in minor units; a Decimal is in major units (``Decimal("3800.5")`` → 380050)."""
    if isinstance(amount, Decimal):
        return int((amount * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    return int(amount)


def format_amount(amount, currency, language=None):
    """``150000, "CNY"`` → "CNY 1,500" in English, "1,500 元" in Chinese; 0 → “Free”.

    ``amount`` is in minor units (an int) or major units (a Decimal). ``language`` defaults to the
    active one. CNY and USD both have two minor digits.
    """
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        cents = minor_units(amount or 0)
        if not cents:
            return _("Free")
        return _amount_text(cents, currency, language)


def _amount_text(cents, currency, language):
    sign = "-" if cents < 0 else ""
    major, minor = divmod(abs(cents), 100)
    number = f"{sign}{major:,}" + (f".{minor:02d}" if minor else "")
    if language.startswith("zh"):
        return f"{number} {CHINESE_CURRENCY_NAMES.get(currency, currency)}"
    return f"{currency} {number}"


def format_amount_range(low, high, currency, language=None):
    """Whole-unit bounds, either may be None: "CNY 500,000 – CNY 2,000,000", "from CNY 500,000";
    in Chinese "500,000 元 – 2,000,000 元", "500,000 元起". Empty when both are None.
    """
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        low_text, high_text = (
            None if bound is None else _amount_text(minor_units(Decimal(bound)), currency, language)
            for bound in (low, high)
        )
        if low_text and high_text:
            return _("%(low)s – %(high)s") % {"low": low_text, "high": high_text}
        if low_text:
            return _("from %(amount)s") % {"amount": low_text}
        if high_text:
            return _("up to %(amount)s") % {"amount": high_text}
        return ""
