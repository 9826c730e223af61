"""Pages must not run more database queries as the data grows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from core import fragments
from news.models import NewsTopic
from tests.factories import (
    EventPageFactory,
    NewsCategoryFactory,
    NewsPageFactory,
    ParkPageFactory,
    PolicyPageFactory,
    SectorFactory,
)


def _add_content(site_tree, count, sectors, category):
    for _ in range(count):
        image = Image.objects.create(title="Lead", file=get_test_image_file())
        NewsPageFactory(parent=site_tree["news"], sectors=sectors, category=category, lead_image=image)
        PolicyPageFactory(parent=site_tree["policies"], sectors=sectors)
        ParkPageFactory(parent=site_tree["parks"], sectors=sectors)
        EventPageFactory(parent=site_tree["events"], sectors=sectors)


def _queries(client, url):
    client.get(url)  # warm caches (site root paths, settings) as a live server would have them
    fragments.forget_memory()  # but render every card again, as after a publish: a card's own queries count
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/zh-hans/",
        "/en/news/",
        "/zh-hans/news/",
        "/en/news/?sector=s-a",
        "/en/policies/",
        "/en/parks/",
        "/en/events/",
        "/en/sectors/s-a/",
        "/en/sectors/",
        "/en/news/feed/rss/",
        "/en/sitemap/",
        "/sitemap.xml",
        "/sitemap-pages.xml",
    ],
)
def test_query_count_does_not_grow_with_content(client, site_tree, url):
    sectors = [SectorFactory(code="s-a"), SectorFactory(code="s-b")]
    category = NewsCategoryFactory()
    _add_content(site_tree, 2, sectors, category)
    small = _queries(client, url)
    _add_content(site_tree, 14, sectors, category)
    large = _queries(client, url)
    assert large == small, f"{url}: {small} queries with little content, {large} with more"


def test_article_page_query_count_does_not_grow_with_sectors(client, site_tree):
    few = NewsPageFactory(parent=site_tree["news"], slug="few", sectors=[SectorFactory()])
    many = NewsPageFactory(parent=site_tree["news"], slug="many", sectors=[SectorFactory() for _ in range(5)])
    many.topics = [NewsTopic.objects.create(slug=slug, name_en=slug, name_zh_hans=slug) for slug in ("ai", "tax", "x")]
    many.save_revision().publish()
    few.topics = [NewsTopic.objects.get(slug="ai")]
    few.save_revision().publish()
    assert _queries(client, "/en/news/many/") == _queries(client, "/en/news/few/")


def test_article_page_query_count_does_not_grow_with_its_siblings(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], slug="target", slug_zh_hans="mubiao")
    for _ in range(2):
        NewsPageFactory(parent=site_tree["news"])
    small = _queries(client, "/zh-hans/news/mubiao/")
    for _ in range(15):
        NewsPageFactory(parent=site_tree["news"])
    assert _queries(client, "/zh-hans/news/mubiao/") == small


DETAIL_FACTORIES = {
    "news": NewsPageFactory,
    "policies": PolicyPageFactory,
    "parks": ParkPageFactory,
    "events": EventPageFactory,
}


@pytest.mark.parametrize("section", list(DETAIL_FACTORIES))
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_detail_page_query_count_does_not_grow_with_its_section_or_its_sectors(client, site_tree, section, language):
    factory = DETAIL_FACTORIES[section]
    shared = SectorFactory()
    page = factory(parent=site_tree[section], slug="target", sectors=[shared])
    for _ in range(2):  # something related from the start, so both counts include the related items
        factory(parent=site_tree[section], sectors=[shared])
    url = f"/{language}/{section}/target/"
    small = _queries(client, url)
    for _ in range(12):
        factory(parent=site_tree[section], sectors=[shared, SectorFactory()])
    page.sectors = [shared, *(SectorFactory() for _ in range(5))]
    page.save_revision().publish()
    large = _queries(client, url)
    assert large == small, f"{url}: {small} queries in a small section, {large} in a large one"
