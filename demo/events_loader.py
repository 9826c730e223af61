"""Loads the event pages, scheduled relative to today so the demo always has past and upcoming events.
Data lives in ``events.py``.
"""

import datetime

from django.utils import timezone

from events.models import EventPage

from . import events as data
from .builders import page_or_new, paragraphs, publish, set_bilingual, set_sectors


def load_events(index):
    """Each demo event under ``index``, starting ``start_offset_days`` from today in the current time zone."""
    today = timezone.localdate()
    tz = timezone.get_current_timezone()
    for item in data.EVENTS:
        hour, minute = (int(part) for part in item["start_time"].split(":"))
        starts_at = datetime.datetime.combine(
            today + datetime.timedelta(days=item["start_offset_days"]), datetime.time(hour, minute), tzinfo=tz
        )
        page, is_new = page_or_new(
            index,
            EventPage,
            item,
            kind=item["kind"],
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(hours=item["duration_hours"]),
            is_online=item["is_online"],
            registration_url=item["registration_url"],
        )
        if not is_new:
            continue
        set_bilingual(page, "venue", item)
        set_bilingual(page, "organiser", item)
        set_bilingual(page, "intro", item)
        page.body_en = paragraphs(item["body_en"])
        page.body_zh_hans = paragraphs(item["body_zh"])
        set_sectors(page, item["sectors"])
        publish(index, page)
