"""Dates and times as readers see them: in Beijing time (settings.TIME_ZONE), with the zone named.

Each language has one date format (portal/formats/<language>/formats.py); these functions add the
wall-clock time and "Beijing time (UTC+8)" so that nobody has to guess which zone a time is in.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext


def beijing_zone():
    return ZoneInfo(settings.TIME_ZONE)


def beijing_time(moment):
    """``moment`` (aware, or naive in Beijing time) as an aware datetime in settings.TIME_ZONE.

    Whatever zone is active: Wagtail activates each admin user's own, and a time labelled "Beijing time"
    must not follow it.
    """
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, beijing_zone())
    return timezone.localtime(moment, beijing_zone())


def utc_offset_label(moment):
    """``UTC+8`` (or ``UTC+5:30``) for the offset of an aware datetime."""
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def time_with_zone(moment):
    """``09:30 Beijing time (UTC+8)`` / ``09:30（北京时间，UTC+8）``."""
    local = beijing_time(moment)
    return gettext("%(time)s Beijing time (%(offset)s)") % {
        "time": date_format(local, "TIME_FORMAT"),
        "offset": utc_offset_label(local),
    }


def datetime_with_zone(moment):
    """``31 March 2027, 09:30 Beijing time (UTC+8)`` / ``2027年3月31日 09:30（北京时间，UTC+8）``."""
    if not isinstance(moment, datetime.datetime):
        return date_format(moment, "DATE_FORMAT") if moment else ""
    local = beijing_time(moment)
    return gettext("%(date)s, %(time)s Beijing time (%(offset)s)") % {
        "date": date_format(local, "DATE_FORMAT"),
        "time": date_format(local, "TIME_FORMAT"),
        "offset": utc_offset_label(local),
    }
