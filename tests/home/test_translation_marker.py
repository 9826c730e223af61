"""A page shown in a language it has not been translated into says so near its title."""

from tests.factories import NewsPageFactory, PolicyPageFactory


def test_chinese_reader_of_an_english_only_page_is_told_it_is_english_only(client, site_tree):
    PolicyPageFactory(
        parent=site_tree["policies"],
        slug="grant",
        title_zh_hans="",
        applies_to_zh_hans="",
        issuing_authority_zh_hans="",
        summary_zh_hans="",
    )
    html = client.get("/zh-hans/policies/grant/").content.decode()
    assert '<p class="translation-marker" lang="zh-hans"><span class="badge badge-muted">' in html
    assert '<h1 lang="en">Policy' in html


def test_english_reader_of_an_english_only_page_sees_no_marker(client, site_tree):
    PolicyPageFactory(
        parent=site_tree["policies"],
        slug="grant",
        title_zh_hans="",
        applies_to_zh_hans="",
        issuing_authority_zh_hans="",
        summary_zh_hans="",
    )
    assert "translation-marker" not in client.get("/en/policies/grant/").content.decode()


def test_partly_translated_page_is_marked_as_partly_english(client, site_tree):
    PolicyPageFactory(parent=site_tree["policies"], slug="partial", summary_zh_hans="")
    assert "translation-marker" not in client.get("/en/policies/partial/").content.decode()
    html = client.get("/zh-hans/policies/partial/").content.decode()
    assert "translation-marker" in html
    assert "<h1>政策" in html  # the title is translated, so it keeps the page's language


def test_fully_translated_page_has_no_marker(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], slug="both")
    assert "translation-marker" not in client.get("/zh-hans/news/both/").content.decode()
    assert "translation-marker" not in client.get("/en/news/both/").content.decode()


def test_chinese_marker_reads_english_only_in_chinese(client, site_tree):
    """Needs the Chinese catalogue merge (仅有英文版)."""
    PolicyPageFactory(
        parent=site_tree["policies"],
        slug="grant",
        title_zh_hans="",
        applies_to_zh_hans="",
        issuing_authority_zh_hans="",
        summary_zh_hans="",
    )
    assert (
        '<span class="badge badge-muted">仅有英文版</span>' in client.get("/zh-hans/policies/grant/").content.decode()
    )
