from wagtail.models import Page, PageViewRestriction, Site

from home.models import HomePage
from tests.factories import EventPageFactory, NewsPageFactory


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


# --- One look-up for the whole path (core.routing.route_for_request) ---


def test_an_article_is_served_in_both_languages_under_its_translated_index(client, site_tree):
    news = site_tree["news"]
    news.slug_zh_hans = "xinwen"
    news.save_revision().publish()
    NewsPageFactory(parent=news, slug="port-opens", slug_zh_hans="gangkou")
    assert client.get("/en/news/port-opens/").status_code == 200
    assert client.get("/zh-hans/xinwen/gangkou/").status_code == 200
    assert client.get("/zh-hans/news/gangkou/").status_code == 404


def test_a_draft_article_is_not_served(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], slug="not-yet", publish=False)
    assert client.get("/en/news/not-yet/").status_code == 404


def test_an_index_route_comes_before_a_child_page_with_the_same_slug(client, site_tree):
    EventPageFactory(parent=site_tree["events"], slug="past", title_en="An event slugged past")
    response = client.get("/en/events/past/")
    assert response.status_code == 200
    assert response.context["showing_past"] is True


def test_a_renamed_article_moves_to_its_new_address(client, site_tree):
    article = NewsPageFactory(parent=site_tree["news"], slug="old-name")
    assert client.get("/en/news/old-name/").status_code == 200
    article.slug_en = "new-name"
    article.save_revision().publish()
    assert client.get("/en/news/new-name/").status_code == 200
    assert client.get("/en/news/old-name/").status_code in (301, 302, 404)  # Wagtail may keep a redirect


def test_a_page_restricted_to_signed_in_readers_sends_others_to_log_in(client, site_tree, django_user_model):
    article = NewsPageFactory(parent=site_tree["news"], slug="members-only")
    assert client.get("/en/news/members-only/").status_code == 200  # seen while no page had a restriction
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/en/news/members-only/").status_code == 302
    client.force_login(django_user_model.objects.create_user("member", "member@example.com", "pw-for-tests-only"))
    assert client.get("/en/news/members-only/").status_code == 200


def test_a_restricted_section_keeps_its_pages_from_anonymous_readers(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], slug="inside")
    PageViewRestriction.objects.create(page=site_tree["news"], restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/en/news/inside/").status_code == 302
    assert client.get("/en/policies/").status_code == 200


def test_a_second_site_on_its_own_host_serves_its_own_pages(client, site_tree):
    root = Page.get_first_root_node()
    other_home = HomePage(title_en="Partner site", title_zh_hans="合作站", slug="partner", hero_heading_en="Partner")
    root.add_child(instance=other_home)
    other_home.save_revision().publish()
    assert client.get("/en/", HTTP_HOST="partner.example.com").context["page"].pk == site_tree["home"].pk
    Site.objects.create(hostname="partner.example.com", root_page=other_home)
    partner = client.get("/en/", HTTP_HOST="partner.example.com")
    assert partner.status_code == 200 and partner.context["page"].pk == other_home.pk
    assert client.get("/en/").context["page"].pk == site_tree["home"].pk  # the default site for other hosts
