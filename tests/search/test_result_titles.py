"""Results are titled and linked in the reader's language whenever the item has a version in it."""

import pytest

from search.backends.base import Hit
from search.results_page import in_readers_language
from tests.opportunities.factories import ListingFactory

pytestmark = pytest.mark.usefixtures("embedded_search")


def test_english_reader_searching_chinese_words_sees_the_english_title_and_page(client, platform_pages):
    html = client.get("/en/search/?q=离岸创新").content.decode()
    assert '<a href="/en/news/platform-live/">Offshore innovation platform goes live</a>' in html
    assert "海口国际离岸创新创业平台正式上线</a>" not in html


def test_the_snippet_keeps_the_language_it_matched_in(client, platform_pages):
    html = client.get("/en/search/?q=离岸创新").content.decode()
    assert '<li class="card result" lang="en">' in html
    assert '<p class="snippet" lang="zh-hans">' in html


def test_a_listing_without_an_english_version_keeps_its_chinese_title(client, db):
    ListingFactory(
        title="药谷共享实验室寻找合作伙伴",
        summary="共享实验室。",
        description="药谷共享实验室。",
        original_language="zh-hans",
    )
    html = client.get("/en/search/?q=药谷").content.decode()
    assert "药谷共享实验室寻找合作伙伴</a>" in html
    assert '<span class="badge badge-muted">简体中文</span>' in html


def test_a_listing_with_a_translated_title_is_shown_by_it(client, db):
    listing = ListingFactory(
        title="药谷共享实验室寻找合作伙伴",
        summary="共享实验室。",
        description="药谷共享实验室。",
        original_language="zh-hans",
        translated_title="Yaogu shared lab seeks partners",
    )
    html = client.get("/en/search/?q=药谷").content.decode()
    assert f'<a href="/en/opportunities/{listing.pk}/">Yaogu shared lab seeks partners</a>' in html


def test_hits_from_any_backend_get_the_readers_title(platform_pages):
    """Elasticsearch hits pass through the same presentation as the database backend's."""
    news = platform_pages["news"]
    hit = Hit(
        doc_id=f"wagtailcore.page:{news.pk}:zh-hans",
        content_type="news",
        language="zh-hans",
        title="海口国际离岸创新创业平台正式上线",
        url="/zh-hans/news/platform-live/",
        snippet="",
        date=None,
        score=1.0,
    )
    [shown] = in_readers_language([hit], "en")
    assert (shown.title, shown.url, shown.title_language) == (
        "Offshore innovation platform goes live",
        "/en/news/platform-live/",
        "en",
    )
