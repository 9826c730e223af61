"""Showing amounts kept in minor units (fen, cents): integer arithmetic only, never floats."""

from django.utils.translation import gettext as _


def decimal_amount(amount):
    """``150000`` → ``"1500.00"``: minor units as a plain decimal string, for spreadsheets."""
    major, minor = divmod(int(amount), 100)
    return f"{major}.{minor:02d}"


def format_amount(amount, currency):
    """``150000, "CNY"`` → ``"CNY 1,500.00"``; 0 → “Free”. CNY and USD both have two minor digits."""
    if not amount:
        return _("Free")
    major, minor = divmod(int(amount), 100)
    return f"{currency} {major:,}.{minor:02d}"
