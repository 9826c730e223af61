"""The footer's "Sitemap" is an HTML page of every section and its pages; /sitemap.xml stays for search engines."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.selectors import SITEMAP_PAGES_PER_SECTION
from tests.factories import NewsPageFactory, ParkPageFactory, PolicyPageFactory


def _section(html, heading_text):
    sections = re.findall(r'<section class="sitemap-section".*?</section>', html, re.S)
    return next(section for section in sections if f">{heading_text}</a></h2>" in section)


def test_footer_sitemap_link_opens_the_html_sitemap(client, site_tree):
    html = client.get("/en/").content.decode()
    assert '<a href="/en/sitemap/">Sitemap</a>' in html
    assert client.get("/en/sitemap/")["Content-Type"].startswith("text/html")


def test_sitemap_lists_each_section_with_its_live_pages(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], title_en="Seaweed farm opens")
    ParkPageFactory(parent=site_tree["parks"], title_en="Yaogu Industrial Park")
    draft = PolicyPageFactory(parent=site_tree["policies"], title_en="Draft policy")
    draft.unpublish()
    html = client.get("/en/sitemap/").content.decode()
    assert "Seaweed farm opens" in _section(html, "News")
    assert "Yaogu Industrial Park" in _section(html, "Parks")
    assert "Draft policy" not in html
    assert '<a href="/en/opportunities/">Opportunities</a>' in html


def test_sitemap_is_in_the_readers_language(client, site_tree):
    ParkPageFactory(parent=site_tree["parks"], title_en="Yaogu Industrial Park", title_zh_hans="药谷产业园")
    html = client.get("/zh-hans/sitemap/").content.decode()
    assert "药谷产业园" in _section(html, "园区") and "Yaogu Industrial Park" not in html


def test_long_section_shows_a_bounded_list_and_links_to_the_rest(client, site_tree):
    for number in range(SITEMAP_PAGES_PER_SECTION + 3):
        ParkPageFactory(parent=site_tree["parks"], title_en=f"Park number {number}")
    section = _section(client.get("/en/sitemap/").content.decode(), "Parks")
    assert section.count("Park number") == SITEMAP_PAGES_PER_SECTION
    assert f"{SITEMAP_PAGES_PER_SECTION + 3} pages" in section
    assert '<a href="/en/parks/">3 more pages: see all in Parks</a>' in section


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_sitemap_queries_do_not_grow_with_the_number_of_pages(client, site_tree):
    NewsPageFactory(parent=site_tree["news"])
    few = _queries(client, "/en/sitemap/")
    for _ in range(15):
        NewsPageFactory(parent=site_tree["news"])
        ParkPageFactory(parent=site_tree["parks"])
        PolicyPageFactory(parent=site_tree["policies"])
    assert _queries(client, "/en/sitemap/") == few


def test_xml_sitemap_stays_for_search_engines(client, site_tree):
    index = client.get("/sitemap.xml")
    assert index.status_code == 200 and b"<sitemapindex" in index.content and b"/sitemap-pages.xml" in index.content
    response = client.get("/sitemap-pages.xml")
    assert response.status_code == 200 and b"<urlset" in response.content
