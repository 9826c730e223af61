import datetime
import xml.etree.ElementTree as ET

from django.utils import timezone

from tests.factories import NewsCategoryFactory, NewsPageFactory, SectorFactory


def test_article_renders_in_both_languages(client, site_tree):
    NewsPageFactory(
        parent=site_tree["news"],
        slug="ai-clinic",
        title_en="AI clinic opens",
        title_zh_hans="人工智能诊所开业",
        intro_en="A new clinic.",
        intro_zh_hans="一家新诊所。",
    )
    english = client.get("/en/news/ai-clinic/").content.decode()
    chinese = client.get("/zh-hans/news/ai-clinic/").content.decode()
    assert "AI clinic opens" in english and "A new clinic." in english
    assert "人工智能诊所开业" in chinese and "一家新诊所。" in chinese


def test_index_filters_by_category(client, site_tree):
    policy = NewsCategoryFactory(slug="policy-updates")
    parks = NewsCategoryFactory(slug="park-news")
    NewsPageFactory(parent=site_tree["news"], title_en="Tax relief extended", category=policy)
    NewsPageFactory(parent=site_tree["news"], title_en="Park opens lab", category=parks)
    html = client.get("/en/news/?category=policy-updates").content.decode()
    assert "Tax relief extended" in html
    assert "Park opens lab" not in html


def test_index_filters_by_sector(client, site_tree):
    digital = SectorFactory(code="digital-economy")
    bio = SectorFactory(code="biomedicine")
    NewsPageFactory(parent=site_tree["news"], title_en="Blockchain pilot", sectors=[digital])
    NewsPageFactory(parent=site_tree["news"], title_en="Vaccine plant", sectors=[bio])
    html = client.get("/en/news/?sector=biomedicine").content.decode()
    assert "Vaccine plant" in html
    assert "Blockchain pilot" not in html


def test_unknown_filter_value_shows_an_error_not_a_crash(client, site_tree):
    response = client.get("/en/news/?sector=no-such-sector")
    assert response.status_code == 200
    assert 'class="field-error"' in response.content.decode()


def test_index_is_paginated_newest_first(client, site_tree):
    today = timezone.localdate()
    for days in range(14):
        NewsPageFactory(
            parent=site_tree["news"], title_en=f"Story {days:02d}", date=today - datetime.timedelta(days=days)
        )
    first = client.get("/en/news/").content.decode()
    second = client.get("/en/news/?page=2").content.decode()
    assert "Story 00" in first and "Story 11" in first and "Story 12" not in first
    assert "Story 12" in second and "Story 13" in second
    assert "Page 2 of 2" in second


def test_unpublished_articles_are_not_listed(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], title_en="Draft story", slug="draft", publish=False)
    assert "Draft story" not in client.get("/en/news/").content.decode()
    assert client.get("/en/news/draft/").status_code == 404


def test_empty_index_says_so(client, site_tree):
    assert "No articles match these filters." in client.get("/en/news/").content.decode()


def test_rss_feed_is_per_language(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], title_en="Offshore station opens", title_zh_hans="离岸驿站启用")
    english = ET.fromstring(client.get("/en/news/feed/rss/").content)
    chinese = ET.fromstring(client.get("/zh-hans/news/feed/rss/").content)
    assert [item.findtext("title") for item in english.iter("item")] == ["Offshore station opens"]
    assert [item.findtext("title") for item in chinese.iter("item")] == ["离岸驿站启用"]
    assert chinese.find("channel").findtext("language") == "zh-hans"
    assert "/zh-hans/news/" in chinese.find("channel/item").findtext("link")


def test_atom_feed_lists_articles(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], title_en="Atom story")
    response = client.get("/en/news/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert [e.findtext("a:title", namespaces=ns) for e in root.findall("a:entry", ns)] == ["Atom story"]
