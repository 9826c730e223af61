"""Links in pages, feeds and files point to PORTAL_BASE_URL, whatever Host and path a request was crafted with."""

import re
import xml.etree.ElementTree as ET

import pytest

from core.links import absolute_url
from tests.factories import EventPageFactory, NewsPageFactory

BASE = "https://offshore.example.cn"
EVIL_HOST = "evil.example"
CRAFTED_PATHS = ["//evil.example/en/", "/\\evil.example/en/", "/en//evil.example", "//evil.example/zh-hans/"]
ATTRIBUTE = re.compile(r'\b(?:href|src|content|action)="([^"]*)"')


@pytest.fixture(autouse=True)
def public_base_url(settings):
    settings.PORTAL_BASE_URL = BASE


def _get(client, path):
    """GET ``path`` exactly as written (the test client would read ``//host`` as a host) with a forged Host."""
    return client.get("/", PATH_INFO=path, headers={"host": EVIL_HOST})


def _absolute_links(html):
    """canonical, hreflang and og:url values."""
    return re.findall(r'<link rel="(?:canonical|alternate)"[^>]*href="([^"]*)"', html) + re.findall(
        r'<meta property="og:url" content="([^"]*)"', html
    )


@pytest.mark.parametrize("path", CRAFTED_PATHS)
def test_crafted_path_on_the_404_page_puts_no_foreign_host_in_any_link(client, site_tree, path):
    response = _get(client, path)
    assert response.status_code == 404
    html = response.content.decode()
    assert [value for value in ATTRIBUTE.findall(html) if EVIL_HOST in value] == []


@pytest.mark.parametrize("path", CRAFTED_PATHS)
def test_crafted_path_on_the_404_page_switches_to_the_other_languages_home_page(client, site_tree, path):
    html = _get(client, path).content.decode()
    switcher = re.search(r'<nav class="lang-switch".*?</nav>', html, re.S).group(0)
    assert set(re.findall(r'href="([^"]*)"', switcher)) <= {"/en/", "/zh-hans/"}
    assert re.findall(r'href="([^"]*)"', switcher)  # the other language is still offered


@pytest.mark.parametrize("path", CRAFTED_PATHS)
def test_crafted_path_on_the_404_page_keeps_absolute_links_on_the_public_site(client, site_tree, path):
    links = _absolute_links(_get(client, path).content.decode())
    assert links
    assert all(link.startswith(BASE + "/") for link in links), links


def test_a_missing_page_offers_the_other_languages_home_page(client, site_tree):
    html = client.get("/en/no-such-page/").content.decode()
    assert '<a href="/zh-hans/" hreflang="zh-hans" lang="zh-hans">' in html


def test_a_page_asked_for_with_a_forged_host_links_only_to_the_public_site(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], slug="tax-guide", slug_zh_hans="shuishou")
    response = client.get("/en/news/tax-guide/", headers={"host": EVIL_HOST})
    assert response.status_code == 200
    html = response.content.decode()
    assert [value for value in ATTRIBUTE.findall(html) if EVIL_HOST in value] == []
    assert f'<link rel="canonical" href="{BASE}/en/news/tax-guide/">' in html
    assert f'<link rel="alternate" hreflang="zh-hans" href="{BASE}/zh-hans/news/shuishou/">' in html
    assert f'<meta property="og:url" content="{BASE}/en/news/tax-guide/">' in html


def test_a_view_asked_for_with_a_forged_host_links_only_to_the_public_site(client, site_tree):
    html = client.get("/zh-hans/search/", headers={"host": EVIL_HOST}).content.decode()
    assert [value for value in ATTRIBUTE.findall(html) if EVIL_HOST in value] == []
    assert f'<link rel="canonical" href="{BASE}/zh-hans/search/">' in html
    assert all(link.startswith(BASE + "/") for link in _absolute_links(html))


def test_og_image_of_an_article_is_on_the_public_site(client, site_tree):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Harbour", file=get_test_image_file())
    NewsPageFactory(parent=site_tree["news"], slug="with-image", lead_image=image)
    html = client.get("/en/news/with-image/", headers={"host": EVIL_HOST}).content.decode()
    og_image = re.search(r'<meta property="og:image" content="([^"]*)"', html).group(1)
    assert og_image.startswith(f"{BASE}/media/images/")


def test_robots_txt_names_the_public_sitemap(client, db):
    body = client.get("/robots.txt", headers={"host": EVIL_HOST}).content.decode()
    assert f"Sitemap: {BASE}/sitemap.xml" in body
    assert EVIL_HOST not in body


def test_sitemap_lists_locations_on_the_public_site(client, site_tree):
    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = client.get("/sitemap.xml", headers={"host": EVIL_HOST}).content
    assert EVIL_HOST.encode() not in index
    files = [
        entry.findtext("s:loc", namespaces=namespaces)
        for entry in ET.fromstring(index).findall("s:sitemap", namespaces)
    ]
    assert files == [f"{BASE}/sitemap-pages.xml"]
    body = client.get("/sitemap-pages.xml", headers={"host": EVIL_HOST}).content
    assert EVIL_HOST.encode() not in body
    locations = [
        url.findtext("s:loc", namespaces=namespaces) for url in ET.fromstring(body).findall("s:url", namespaces)
    ]
    assert f"{BASE}/en/news/" in locations
    assert f"{BASE}/zh-hans/news/" in locations


def test_calendar_file_identifies_and_links_the_event_on_the_public_site(client, site_tree):
    EventPageFactory(parent=site_tree["events"], slug="demo-day")
    body = client.get("/en/events/demo-day/ics/", headers={"host": EVIL_HOST}).content.decode()
    assert EVIL_HOST not in body
    assert "@offshore.example.cn\r\n" in body
    assert f"URL:{BASE}/en/events/demo-day/\r\n" in body


@pytest.mark.parametrize(
    "path",
    [
        "//evil.example/",
        "/\\evil.example",
        "/\\/evil.example",
        "https://evil.example/",
        "/en//evil.example",
        "/\t/evil.example",
        "evil.example",
        "",
        None,
    ],
)
def test_absolute_url_never_leaves_the_public_site(settings, path):
    assert absolute_url(path) == f"{BASE}/"


def test_absolute_url_keeps_a_local_path_and_its_query(settings):
    assert absolute_url("/en/opportunities/?q=a//b") == f"{BASE}/en/opportunities/?q=a//b"
