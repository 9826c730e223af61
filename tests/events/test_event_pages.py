import datetime

from django.utils import timezone

from tests.factories import EventPageFactory


def test_upcoming_and_past_events_are_split(client, site_tree):
    now = timezone.now()
    EventPageFactory(
        parent=site_tree["events"],
        title_en="Demo day",
        starts_at=now + datetime.timedelta(days=5),
        ends_at=now + datetime.timedelta(days=5, hours=4),
    )
    EventPageFactory(
        parent=site_tree["events"],
        title_en="Last year's summit",
        starts_at=now - datetime.timedelta(days=40),
        ends_at=now - datetime.timedelta(days=39),
    )
    upcoming = client.get("/en/events/").content.decode()
    past = client.get("/en/events/past/").content.decode()
    assert "Demo day" in upcoming and "Last year&#x27;s summit" not in upcoming
    assert "Last year&#x27;s summit" in past and "Demo day" not in past


def test_ics_download_describes_the_event(client, site_tree):
    starts = datetime.datetime(2030, 3, 1, 9, 30, tzinfo=datetime.UTC)
    EventPageFactory(
        parent=site_tree["events"],
        slug="founders-camp",
        title_en="Founders camp; Haikou",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=8),
        venue_en="Fuxing City",
    )
    response = client.get("/en/events/founders-camp/ics/")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="founders-camp.ics"' in response["Content-Disposition"]
    body = response.content.decode()
    assert "DTSTART:20300301T093000Z\r\n" in body
    assert "DTEND:20300301T173000Z\r\n" in body
    assert "SUMMARY:Founders camp\\; Haikou\r\n" in body
    assert "LOCATION:Fuxing City\r\n" in body


def test_ics_uses_the_readers_language(client, site_tree):
    EventPageFactory(parent=site_tree["events"], slug="camp", title_zh_hans="创业营")
    assert "SUMMARY:创业营" in client.get("/zh-hans/events/camp/ics/").content.decode()


def test_event_cannot_end_before_it_starts(site_tree):
    import pytest
    from django.core.exceptions import ValidationError

    from events.models import EventPage

    now = timezone.now()
    event = EventPage(
        title="Backwards",
        slug="backwards",
        organiser="x",
        intro="x",
        starts_at=now,
        ends_at=now - datetime.timedelta(hours=1),
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "ends_at" in error.value.message_dict


def test_past_event_page_says_it_has_ended(client, site_tree):
    now = timezone.now()
    EventPageFactory(
        parent=site_tree["events"],
        slug="old",
        registration_url="https://example.org/register",
        starts_at=now - datetime.timedelta(days=3),
        ends_at=now - datetime.timedelta(days=2),
    )
    html = client.get("/en/events/old/").content.decode()
    assert "This event has ended" in html
    assert "https://example.org/register" not in html


def test_event_page_and_ics_give_the_same_beijing_time(client, site_tree):
    import re

    from django.utils import timezone as django_timezone

    starts = datetime.datetime(2030, 3, 1, 1, 30, tzinfo=datetime.UTC)
    EventPageFactory(
        parent=site_tree["events"], slug="demo-day", starts_at=starts, ends_at=starts + datetime.timedelta(hours=2)
    )
    ics = client.get("/en/events/demo-day/ics/").content.decode()
    dtstart = re.search(r"^DTSTART:(\d{8}T\d{6}Z)\r$", ics, re.MULTILINE).group(1)
    from_ics = datetime.datetime.strptime(dtstart, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.UTC)
    in_beijing = django_timezone.localtime(from_ics)
    html = client.get("/en/events/demo-day/").content.decode()
    assert f"{in_beijing.day} March 2030, {in_beijing:%H:%M} Beijing time (UTC+8)" in html
    assert "1 March 2030, 09:30 Beijing time (UTC+8)" in html


def test_event_page_names_beijing_time_in_chinese(client, site_tree):
    starts = datetime.datetime(2030, 3, 1, 1, 30, tzinfo=datetime.UTC)
    EventPageFactory(
        parent=site_tree["events"],
        slug="demo-day",
        title_zh_hans="路演日",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
    )
    html = client.get("/zh-hans/events/demo-day/").content.decode()
    assert "2030年3月1日 09:30（北京时间，UTC+8）" in html  # needs the Chinese catalogue merge
