import re

import pytest

from tests.factories import NewsPageFactory


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("zh-CN,zh;q=0.9,en;q=0.5", "/zh-hans/"),
        ("zh-Hans", "/zh-hans/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("fr-FR,fr;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, site_tree, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_pages_declare_their_language_in_the_html_tag(client, site_tree):
    assert '<html lang="en">' in client.get("/en/").content.decode()
    assert '<html lang="zh-hans">' in client.get("/zh-hans/").content.decode()


def test_switcher_links_to_the_same_article_in_the_other_language(client, site_tree):
    article = NewsPageFactory(
        parent=site_tree["news"],
        title_en="Hainan tax guide",
        title_zh_hans="海南税收指南",
        slug_en="hainan-tax-guide",
        slug_zh_hans="hainan-shuishou",
    )
    html = client.get("/en/news/hainan-tax-guide/").content.decode()
    assert '<a href="/zh-hans/news/hainan-shuishou/" hreflang="zh-hans" lang="zh-hans">' in html
    chinese = client.get("/zh-hans/news/hainan-shuishou/")
    assert chinese.status_code == 200
    assert "海南税收指南" in chinese.content.decode()
    assert article.pk == chinese.context["page"].pk


def test_switcher_keeps_the_filter_query(client, site_tree):
    html = client.get("/en/news/?sector=digital-economy").content.decode()
    assert 'href="/zh-hans/news/?sector=digital-economy"' in html


def test_every_page_carries_hreflang_alternates_and_x_default(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], slug="tax")
    for url in ("/en/", "/zh-hans/news/", "/en/news/tax/", "/en/events/past/", "/zh-hans/search/"):
        html = client.get(url).content.decode()
        langs = set(re.findall(r'<link rel="alternate" hreflang="([^"]+)"', html))
        assert langs == {"en", "zh-hans", "x-default"}, url
        assert '<link rel="canonical"' in html


def test_english_is_the_fallback_when_a_translation_is_empty(client, site_tree):
    NewsPageFactory(
        parent=site_tree["news"],
        slug="untranslated",
        title_en="Only in English",
        title_zh_hans="",
        intro_en="English intro",
        intro_zh_hans="",
    )
    html = client.get("/zh-hans/news/untranslated/").content.decode()
    assert "Only in English" in html
    assert "English intro" in html


def test_interface_text_is_translated(client, site_tree):
    html = client.get("/zh-hans/").content.decode()
    assert "发布需求" in html
    assert "Post a need" not in html
