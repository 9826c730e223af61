import xml.etree.ElementTree as ET

import pytest
from django.test import override_settings

from home.sitemaps import PageSitemap
from tests.factories import NewsPageFactory

SITE = "http://127.0.0.1:8000"  # PORTAL_BASE_URL in tests: links never use the request's host (testserver)
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@override_settings(PORTAL_BASE_URL=SITE)
def test_sitemap_lists_every_live_page_in_both_languages_with_alternates(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], slug="live-story", slug_zh_hans="xin-wen")
    NewsPageFactory(parent=site_tree["news"], slug="draft-story", publish=False)
    index = ET.fromstring(client.get("/sitemap.xml").content)
    files = [entry.findtext("s:loc", namespaces=SITEMAP_NS) for entry in index.findall("s:sitemap", SITEMAP_NS)]
    assert files == [f"{SITE}/sitemap-pages.xml"]
    root = ET.fromstring(client.get("/sitemap-pages.xml").content)
    locations = [url.findtext("s:loc", namespaces=SITEMAP_NS) for url in root.findall("s:url", SITEMAP_NS)]
    assert f"{SITE}/en/news/live-story/" in locations
    assert f"{SITE}/zh-hans/news/xin-wen/" in locations
    assert not any("draft-story" in loc for loc in locations)
    assert len(locations) == 2 * 7  # home, five sections and the story, each in two languages
    entry = next(
        url
        for url in root.findall("s:url", SITEMAP_NS)
        if url.findtext("s:loc", namespaces=SITEMAP_NS) == f"{SITE}/en/news/live-story/"
    )
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", SITEMAP_NS)}
    assert alternates["zh-hans"] == f"{SITE}/zh-hans/news/xin-wen/"
    assert alternates["x-default"] == f"{SITE}/en/news/live-story/"


@override_settings(PORTAL_BASE_URL=SITE)
def test_a_large_site_is_split_into_sitemap_files_each_address_in_one_of_them(client, site_tree, monkeypatch):
    monkeypatch.setattr(PageSitemap, "limit", 4)  # 1000 in production: 500 pages in two languages
    for number in range(3):
        NewsPageFactory(parent=site_tree["news"], slug=f"story-{number}")
    index = ET.fromstring(client.get("/sitemap.xml").content)
    files = [entry.findtext("s:loc", namespaces=SITEMAP_NS) for entry in index.findall("s:sitemap", SITEMAP_NS)]
    # home, five sections and three stories in two languages: 18 addresses, four to a file
    assert files == [f"{SITE}/sitemap-pages.xml"] + [f"{SITE}/sitemap-pages.xml?p={number}" for number in (2, 3, 4, 5)]
    locations = []
    for file in files:
        root = ET.fromstring(client.get(file.removeprefix(SITE)).content)
        locations += [url.findtext("s:loc", namespaces=SITEMAP_NS) for url in root.findall("s:url", SITEMAP_NS)]
    assert len(locations) == len(set(locations)) == 18
    assert f"{SITE}/zh-hans/news/story-2/" in locations
    assert client.get("/sitemap-pages.xml?p=6").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


@override_settings(PORTAL_BASE_URL=SITE)
def test_robots_txt_points_to_the_sitemap_and_hides_the_admin(client, db):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert f"Sitemap: {SITE}/sitemap.xml" in body


@pytest.mark.parametrize(
    ("url", "text"), [("/en/no-such-page/", "Page not found"), ("/zh-hans/no-such-page/", "页面未找到")]
)
def test_404_page_speaks_the_readers_language(client, site_tree, url, text):
    response = client.get(url)
    assert response.status_code == 404
    assert text in response.content.decode()


@override_settings(ROOT_URLCONF="tests.home.urls_with_error")
@pytest.mark.parametrize(("url", "text"), [("/en/boom/", "Something went wrong"), ("/zh-hans/boom/", "出错")])
def test_500_page_speaks_the_readers_language(client, db, url, text):
    client.raise_request_exception = False
    response = client.get(url)
    assert response.status_code == 500
    assert text in response.content.decode()


@override_settings(PORTAL_BASE_URL=SITE)
def test_pages_carry_open_graph_and_description_tags(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], slug="og", title_en="OG story", intro_en="Short summary for sharing.")
    html = client.get("/en/news/og/").content.decode()
    assert '<meta property="og:title" content="OG story">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta name="description" content="Short summary for sharing.">' in html
    assert f'<link rel="canonical" href="{SITE}/en/news/og/">' in html
