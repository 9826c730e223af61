"""Dates for templates and emails: ``{{ event.starts_at|datetime_with_zone }}``, ``|time_with_zone``.

Plain dates use Django's named formats (``|date:"DATE_FORMAT"``), set per language in portal/formats/.
"""

from django import template

from core import dates

register = template.Library()


@register.filter
def datetime_with_zone(value):
    """``31 March 2027, 09:30 Beijing time (UTC+8)``; a plain date is shown as a date; nothing for None."""
    return dates.datetime_with_zone(value) if value else ""


@register.filter
def time_with_zone(value):
    """``09:30 Beijing time (UTC+8)``; nothing for None."""
    return dates.time_with_zone(value) if value else ""
