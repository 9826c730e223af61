"""Dates and times read the same way everywhere: one format per language, Beijing time, zone named."""

import datetime
import zoneinfo

from django.template import Context, Template
from django.utils import timezone, translation

from core import dates

MORNING_UTC = datetime.datetime(2027, 3, 31, 1, 30, tzinfo=datetime.UTC)  # 09:30 in Beijing


def test_english_dates_read_day_month_year():
    with translation.override("en"):
        assert (
            Template('{{ day|date:"DATE_FORMAT" }}').render(Context({"day": datetime.date(2027, 3, 31)}))
            == "31 March 2027"
        )


def test_english_short_dates_use_the_same_format():
    with translation.override("en"):
        assert (
            Template('{{ day|date:"SHORT_DATE_FORMAT" }}').render(Context({"day": datetime.date(2027, 3, 31)}))
            == "31 March 2027"
        )


def test_chinese_dates_read_year_month_day():
    with translation.override("zh-hans"):
        assert (
            Template('{{ day|date:"DATE_FORMAT" }}').render(Context({"day": datetime.date(2027, 3, 31)}))
            == "2027年3月31日"
        )


def test_times_are_shown_in_beijing_time_with_the_zone_named():
    with translation.override("en"):
        assert dates.datetime_with_zone(MORNING_UTC) == "31 March 2027, 09:30 Beijing time (UTC+8)"
        assert dates.time_with_zone(MORNING_UTC) == "09:30 Beijing time (UTC+8)"


def test_chinese_times_name_beijing_time_with_full_width_punctuation():
    with translation.override("zh-hans"):
        assert dates.datetime_with_zone(MORNING_UTC) == "2027年3月31日 09:30（北京时间，UTC+8）"


def test_the_date_filter_shows_a_plain_date_without_a_time():
    with translation.override("en"):
        rendered = Template("{% load portal_dates %}{{ day|datetime_with_zone }}|{{ none|datetime_with_zone }}").render(
            Context({"day": datetime.date(2027, 3, 31), "none": None})
        )
    assert rendered == "31 March 2027|"


def test_offsets_other_than_whole_hours_are_labelled():
    moment = datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30)))
    assert dates.utc_offset_label(moment) == "UTC+5:30"


def test_beijing_time_stays_beijing_time_whatever_zone_is_active():
    """Wagtail activates each admin user's own time zone; a time labelled Beijing time must not follow it."""
    with translation.override("en"), timezone.override(zoneinfo.ZoneInfo("Europe/London")):
        assert dates.datetime_with_zone(MORNING_UTC) == "31 March 2027, 09:30 Beijing time (UTC+8)"
        assert dates.beijing_time(datetime.datetime(2027, 3, 31, 9, 30)).hour == 9  # naive: read as Beijing time
