"""The page cache for anonymous visitors: what it keeps, what it never keeps, and what a change purges."""

import datetime

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.utils import timezone

from home.models import SiteSettings
from opportunities import lifecycle
from opportunities.models import Status
from tests.commits import run_pending_callbacks
from tests.factories import NewsCategoryFactory, NewsPageFactory, SectorFactory
from tests.opportunities.factories import ListingFactory, make_member

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def state(client, url, **extra):
    response = client.get(url, **extra)
    return response.status_code, response["X-Page-Cache"]


def test_an_anonymous_page_is_kept_once_and_shared_with_no_cookie_and_no_token(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], title_en="Port opens", title_zh_hans="港口开放")
    for url in ("/en/", "/zh-hans/", "/en/news/", "/zh-hans/news/"):
        first = client.get(url)
        assert first.status_code == 200 and first["X-Page-Cache"] == "miss", url
        assert not first.cookies and "csrfmiddlewaretoken" not in first.content.decode(), url
        assert "public" in first["Cache-Control"] and "s-maxage=" in first["Cache-Control"]
        assert "Cookie" in first["Vary"]
        second = client.get(url)
        assert second["X-Page-Cache"] == "hit" and second.content == first.content, url
        assert second["Content-Type"] == first["Content-Type"]


def test_the_two_languages_are_kept_apart(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], title_en="Port opens", title_zh_hans="港口开放")
    client.get("/en/news/")
    chinese = client.get("/zh-hans/news/").content.decode()
    assert "港口开放" in chinese and "Port opens" not in chinese


def test_a_signed_in_visitor_is_never_served_from_or_stored_in_the_cache(client, site_tree):
    member = make_member()
    member.first_name = "Quentin"
    member.save()
    client.get("/en/news/")  # an anonymous copy now exists
    client.force_login(member)
    response = client.get("/en/news/")
    assert response["X-Page-Cache"] == "pass" and "private" in response["Cache-Control"]
    client.logout()
    assert state(client, "/en/news/") == (200, "hit")


def test_a_page_with_a_form_for_anonymous_visitors_is_not_kept(client, site_tree):
    from home.models import ContactPage

    site_tree["home"].add_child(instance=ContactPage(title_en="Contact", title_zh_hans="联系", slug="contact"))
    first = client.get("/en/contact/")
    assert first["X-Page-Cache"] == "pass" and "private" in first["Cache-Control"]
    assert "csrfmiddlewaretoken" in first.content.decode()
    assert client.get("/en/contact/")["X-Page-Cache"] == "pass"


def test_a_visitor_with_a_message_waiting_sees_it_not_the_shared_copy(client, site_tree):
    client.get("/en/news/")
    client.cookies["messages"] = "anything"
    assert client.get("/en/news/")["X-Page-Cache"] == "pass"


def test_publishing_an_article_purges_it_its_index_and_the_home_page_in_both_languages(committed, client, site_tree):
    article = NewsPageFactory(parent=site_tree["news"], title_en="Port opens", title_zh_hans="港口开放")
    urls = ["/en/", "/zh-hans/", "/en/news/", "/zh-hans/news/", article.url, "/en/parks/", "/sitemap.xml"]
    urls += ["/sitemap-pages.xml", "/sitemap-pages.xml?p=1"]
    for url in urls:
        client.get(url)
    article.title_en = "Port opens early"
    article.title_zh_hans = "港口提前开放"
    with committed():
        article.save_revision().publish()
    assert "Port opens early" in client.get("/en/news/").content.decode()
    assert "港口提前开放" in client.get("/zh-hans/news/").content.decode()
    assert state(client, "/en/")[1] == "miss" and state(client, "/zh-hans/")[1] == "miss"
    assert state(client, "/sitemap.xml")[1] == "miss"
    assert state(client, "/sitemap-pages.xml")[1] == "miss" and state(client, "/sitemap-pages.xml?p=1")[1] == "miss"
    assert state(client, "/en/parks/") == (200, "hit")  # nothing there changed


def test_a_purge_takes_every_page_of_a_list_with_it(committed, client, site_tree):
    for _ in range(3):
        NewsPageFactory(parent=site_tree["news"])
    client.get("/en/news/?page=2")
    with committed():
        NewsPageFactory(parent=site_tree["news"], title_en="Fresh on top")
    assert state(client, "/en/news/?page=2")[1] == "miss"


def test_an_unpublished_article_is_gone_at_once(committed, client, site_tree):
    article = NewsPageFactory(parent=site_tree["news"], title_en="Port opens")
    url = article.url
    assert state(client, url) == (200, "miss")
    with committed():
        article.unpublish()
    assert client.get(url).status_code == 404
    assert "Port opens" not in client.get("/en/news/").content.decode()


def test_a_deleted_article_leaves_no_cached_copy(committed, client, site_tree):
    article = NewsPageFactory(parent=site_tree["news"], title_en="Port opens")
    url = article.url
    client.get(url)
    client.get("/zh-hans/news/")
    with committed():
        article.delete()
    assert client.get(url).status_code == 404
    assert state(client, "/zh-hans/news/")[1] == "miss"


def test_a_moved_page_leaves_its_old_address(committed, client, site_tree):
    article = NewsPageFactory(parent=site_tree["news"], slug="moved", title_en="Port opens")
    old_url = article.url
    client.get(old_url)
    with committed():
        article.move(site_tree["policies"], pos="last-child")
    assert client.get(old_url).status_code != 200
    assert "Port opens" not in client.get("/en/news/").content.decode()


def test_a_snippet_or_the_site_settings_changing_purges_everything(committed, client, site_tree):
    client.get("/en/parks/")
    with committed():
        NewsCategoryFactory(name_en="Trade")
    assert state(client, "/en/parks/")[1] == "miss"
    assert state(client, "/en/parks/")[1] == "hit"
    site_settings = SiteSettings.for_site(site_tree["home"].get_site())
    site_settings.icp_filing_number = "琼ICP备12345678号"
    with committed():
        site_settings.save()
    response = client.get("/zh-hans/parks/")
    assert response["X-Page-Cache"] == "miss" and "琼ICP备12345678号" in response.content.decode()


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_user("moderator@example.com", "moderator@example.com", is_staff=True)


@pytest.fixture
def sector_listing(site_tree):
    sector = SectorFactory(code="marine", name_en="Marine economy", name_zh_hans="海洋经济")
    listing = ListingFactory(status=Status.SUBMITTED, title="Underwater drones", sectors=[sector])
    run_pending_callbacks()  # a new sector purges everything: committed before the test's first request
    return sector, listing


def test_a_listing_opening_purges_the_browse_and_its_sector_pages_only(committed, client, sector_listing, staff_user):
    _sector, listing = sector_listing
    for url in ("/en/opportunities/", "/zh-hans/opportunities/", "/en/sectors/marine/", "/en/parks/"):
        client.get(url)
    with committed():
        lifecycle.publish_listing(listing, staff_user)
    assert "Underwater drones" in client.get("/en/opportunities/").content.decode()
    assert "Underwater drones" in client.get("/zh-hans/opportunities/").content.decode()
    assert state(client, "/en/sectors/marine/")[1] == "miss"
    assert state(client, "/en/parks/") == (200, "hit")


def test_a_listing_closing_or_expiring_leaves_the_browse_page(committed, client, sector_listing, staff_user):
    _sector, listing = sector_listing
    with committed():
        lifecycle.publish_listing(listing, staff_user)
    assert "Underwater drones" in client.get("/en/opportunities/").content.decode()
    with committed():
        lifecycle.close_listing(listing, listing.owner)
    assert "Underwater drones" not in client.get("/en/opportunities/").content.decode()

    with committed():
        other = ListingFactory(title="Tidal sensors", deadline=timezone.localdate() + datetime.timedelta(days=1))
    assert "Tidal sensors" in client.get("/en/opportunities/").content.decode()
    with committed():
        lifecycle.expire_due_listings(today=timezone.localdate() + datetime.timedelta(days=2))
    other.refresh_from_db()
    assert other.status == Status.EXPIRED
    assert state(client, "/en/opportunities/")[1] == "miss"


@override_settings(
    CACHES={
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "core.cache.BestEffortRedisCache", "LOCATION": "redis://127.0.0.1:1/0"},
    }
)
def test_with_the_page_cache_unreachable_pages_are_served_uncached(client, site_tree):
    caches["pages"].close()
    for _ in range(2):
        response = client.get("/en/news/")
        assert response.status_code == 200 and response["X-Page-Cache"] != "hit"
