"""The frame every page shares (menu, footer, the sections' addresses) is cached, and a change to it shows at once.

The page cache is off here (as in every test that does not turn it on), so what these tests see is the frame's
fragments: they must never show one visitor's links to another, and must give way when the settings, a snippet
or a page the frame shows changes (each purges everything after commit).
"""

import pytest

from home.models import SiteSettings
from sectors.models import Sector
from tests.factories import NewsPageFactory, SectorFactory

pytestmark = pytest.mark.django_db


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def menu(page_html):
    return page_html[page_html.index('id="main-menu"') : page_html.index("</nav>", page_html.index('id="main-menu"'))]


def test_the_menu_marks_the_section_and_the_page_the_reader_is_on(client, site_tree):
    NewsPageFactory(parent=site_tree["news"], slug="port-opens")
    assert '<a href="/en/news/" aria-current="page">News</a>' in menu(html(client, "/en/news/"))
    in_section = menu(html(client, "/en/news/port-opens/"))
    assert '<a href="/en/news/" aria-current="true">News</a>' in in_section
    assert 'aria-current="true">Policies' not in in_section
    assert "aria-current" not in menu(html(client, "/en/"))


def test_the_menu_and_footer_are_in_the_readers_language(client, site_tree):
    html(client, "/en/")
    chinese = html(client, "/zh-hans/")
    assert '<a href="/zh-hans/news/">新闻</a>' in menu(chinese)
    assert '<a href="/zh-hans/sitemap/">' in chinese[chinese.index('class="site-footer"') :]


def test_a_signed_in_visitor_sees_their_own_account_links_after_an_anonymous_one(client, site_tree, django_user_model):
    assert "Log in" in html(client, "/en/")
    user = django_user_model.objects.create_user("reader", "reader@example.com", "pw-for-tests-only")
    client.force_login(user)
    signed_in = html(client, "/en/")
    assert "Log out" in signed_in and "Log in" not in signed_in
    client.logout()
    assert "Log out" not in html(client, "/en/")


def test_the_footer_shows_new_site_settings_once_saved(committed, client, site_tree):
    assert "Building 5, Haikou" not in html(client, "/en/")
    settings = SiteSettings.for_site(site_tree["home"].get_site())
    with committed():
        settings.address_en = "Building 5, Haikou"
        settings.save()
    assert "Building 5, Haikou" in html(client, "/en/")
    assert "Building 5, Haikou" in html(client, "/en/news/")


def test_a_renamed_section_shows_in_the_menu_once_published(committed, client, site_tree):
    assert ">News</a>" in menu(html(client, "/en/policies/"))
    news = site_tree["news"]
    with committed():
        news.title_en = "Offshore news"
        news.save_revision().publish()
    assert ">Offshore news</a>" in menu(html(client, "/en/policies/"))


def test_a_section_moved_to_a_new_address_is_linked_there_from_every_page(committed, client, site_tree):
    sectors = site_tree["sectors"]
    SectorFactory(code="digital-economy", name_en="Digital economy")
    assert 'href="/en/sectors/digital-economy/"' in html(client, "/en/")
    with committed():
        sectors.slug_en = "key-sectors"
        sectors.save_revision().publish()
    home = html(client, "/en/")
    assert 'href="/en/key-sectors/digital-economy/"' in home
    assert 'href="/en/sectors/' not in home


def test_a_new_legal_page_is_linked_from_every_footer(committed, client, site_tree, legal_pages):
    # legal_pages published before the first request (its purge ran with the fixtures' commits)
    assert "Privacy policy" in html(client, "/en/news/")
    privacy = legal_pages["privacy"]
    with committed():
        privacy.title_en = "Your privacy"
        privacy.save_revision().publish()
    assert "Your privacy" in html(client, "/en/news/")


def test_a_renamed_sector_shows_on_the_home_page(committed, client, site_tree):
    SectorFactory(code="marine", name_en="Marine economy")
    assert "Marine economy" in html(client, "/en/")
    with committed():
        sector = Sector.objects.get(code="marine")
        sector.name_en = "Blue economy"
        sector.save()
    home = html(client, "/en/")
    assert "Blue economy" in home and "Marine economy" not in home
