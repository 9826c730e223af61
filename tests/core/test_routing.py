from tests.factories import NewsPageFactory


def test_chinese_slug_serves_the_chinese_url_and_not_the_english_one(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], slug="tax-guide", slug_zh_hans="shuishou-zhinan")
    assert client.get("/zh-hans/news/shuishou-zhinan/").status_code == 200
    assert client.get("/en/news/tax-guide/").status_code == 200
    assert client.get("/en/news/shuishou-zhinan/").status_code == 404


def test_english_slug_serves_chinese_readers_when_no_chinese_slug_is_set(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], slug="only-english-slug", slug_zh_hans="")
    assert client.get("/zh-hans/news/only-english-slug/").status_code == 200


def test_unknown_child_is_404(client, site_tree):
    assert client.get("/en/news/nothing-here/").status_code == 404
