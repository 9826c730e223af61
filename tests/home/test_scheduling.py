import datetime

from django.core.management import call_command
from django.utils import timezone

from news.models import NewsPage
from tests.factories import NewsPageFactory


def test_scheduled_article_goes_live_when_publish_scheduled_runs(client, site_tree):
    article = NewsPageFactory(parent=site_tree["news"], slug="embargoed", publish=False)
    article.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    article.save_revision().publish()  # publishing with a future go_live_at schedules it
    assert client.get("/en/news/embargoed/").status_code == 404

    # Move the schedule into the past, as if the hour had gone by.
    past = timezone.now() - datetime.timedelta(minutes=1)
    NewsPage.objects.filter(pk=article.pk).update(go_live_at=past)
    revision = article.latest_revision
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert client.get("/en/news/embargoed/").status_code == 200
