from io import StringIO

from django.core.management import call_command
from wagtail.models import Page

from challenges.models import Challenge, Registration, Submission, TeamInvitation
from events.models import EventPage
from news.models import NewsPage
from parks.models import ParkPage
from policies.models import PolicyPage
from sectors.models import Sector, SubField


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            NewsPage,
            PolicyPage,
            ParkPage,
            EventPage,
            Sector,
            SubField,
            Challenge,
            Registration,
            TeamInvitation,
            Submission,
        )
    }


def test_demo_command_loads_bilingual_content_and_prints_the_admin_login(db):
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert "username: admin" in out.getvalue() and "password: " in out.getvalue()
    counts = _counts()
    assert counts["Sector"] == 5
    assert counts["NewsPage"] >= 12 and counts["PolicyPage"] >= 8 and counts["EventPage"] >= 4
    assert ParkPage.objects.filter(title_zh_hans="药谷工业园").exists()
    assert all(page.title_zh_hans for page in NewsPage.objects.all())
    assert Challenge.objects.open_for_submissions().count() == 4 and "Innovation challenges: 4 open" in out.getvalue()
    assert Challenge.objects.closed_for_submissions().count() == 2  # the judged one and the competition, finished
    assert "/en/competitions/" in out.getvalue() and "/results/" in out.getvalue()


def test_demo_command_is_idempotent(db):
    call_command("load_demo_content", stdout=StringIO())
    before = _counts()
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert _counts() == before
    assert "password unchanged" in out.getvalue()


def test_demo_site_has_past_and_upcoming_events(client, db, demo_module):
    assert "No upcoming events" not in client.get("/en/events/").content.decode()
    assert "No past events yet." not in client.get("/en/events/past/").content.decode()


def test_every_demo_page_renders_in_both_languages(client, db, demo_module):
    pages = Page.objects.live().filter(depth__gt=2).specific()
    for page in pages:
        for language in ("en", "zh-hans"):
            from django.utils.translation import override

            with override(language):
                url = page.get_url()
            response = client.get(url)
            assert response.status_code == 200, url
