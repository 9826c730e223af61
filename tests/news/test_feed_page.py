"""The "RSS" link leads to an explained feed page in the site's design; the XML feeds stay where they were."""

import re


def test_news_index_links_to_the_feed_page_not_to_raw_xml(client, site_tree):
    html = client.get("/en/news/").content.decode()
    assert '<a href="/en/news/feed/">' in html
    assert not re.search(r'<a href="[^"]*feed/rss/"', html)
    assert 'type="application/rss+xml"' in html  # readers that discover feeds still find them


def test_feed_page_explains_feeds_and_gives_both_addresses(client, site_tree, settings):
    settings.PORTAL_BASE_URL = "https://offshore.example.cn"
    response = client.get("/en/news/feed/")
    html = response.content.decode()
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    assert "What is a feed?" in html and "Copy one of the addresses below into your feed reader" in html
    assert 'value="https://offshore.example.cn/en/news/feed/rss/" readonly' in html
    assert 'value="https://offshore.example.cn/en/news/feed/atom/" readonly' in html
    assert "Both feeds carry the same 20 latest articles in English" in html
    assert html.count("data-copy-target=") == 2


def test_feed_page_gives_the_chinese_feeds_to_chinese_readers(client, site_tree, settings):
    settings.PORTAL_BASE_URL = "https://offshore.example.cn"
    html = client.get("/zh-hans/news/feed/").content.decode()
    assert 'value="https://offshore.example.cn/zh-hans/news/feed/rss/"' in html
    assert 'value="https://offshore.example.cn/zh-hans/news/feed/atom/"' in html


def test_xml_feeds_stay_at_their_addresses(client, site_tree):
    assert client.get("/en/news/feed/rss/")["Content-Type"].startswith("application/rss+xml")
    assert client.get("/zh-hans/news/feed/atom/")["Content-Type"].startswith("application/atom+xml")
