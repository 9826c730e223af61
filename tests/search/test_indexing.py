"""The index follows the content: publishing, unpublishing, deleting, moving, and listings opening and closing."""

import logging

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from opportunities.lifecycle import close_listing, publish_listing
from search import engine
from search.backends.base import SearchQuery
from search.models import IndexEntry
from tests.factories import NewsPageFactory
from tests.opportunities.factories import ListingFactory, UserFactory

pytestmark = pytest.mark.usefixtures("embedded_search")


def _found(text, language="en"):
    results = engine.search(SearchQuery(text=text, language=language))
    return [hit.title for hit in results.hits]


def test_published_page_is_found_in_both_languages(site_tree):
    NewsPageFactory(parent=site_tree["news"], title_en="Seaweed farm opens", title_zh_hans="海藻养殖场开业")
    assert _found("seaweed") == ["Seaweed farm opens"]
    assert _found("海藻", "zh-hans") == ["海藻养殖场开业"]


def test_a_page_without_chinese_title_is_indexed_in_english_only(site_tree):
    page = NewsPageFactory(parent=site_tree["news"], title_en="Seaweed farm opens", title_zh_hans="")
    assert list(
        IndexEntry.objects.filter(object_key=f"wagtailcore.page:{page.pk}").values_list("language", flat=True)
    ) == ["en"]


def test_draft_page_is_not_found(site_tree):
    NewsPageFactory(parent=site_tree["news"], title_en="Seaweed farm opens", publish=False)
    assert _found("seaweed") == []


def test_republished_page_is_found_by_its_new_words_only(site_tree):
    page = NewsPageFactory(parent=site_tree["news"], title_en="Seaweed farm opens")
    page.title_en = "Coral nursery opens"
    page.save_revision().publish()
    assert _found("seaweed") == [] and _found("coral") == ["Coral nursery opens"]


def test_unpublished_page_is_no_longer_found(site_tree):
    page = NewsPageFactory(parent=site_tree["news"], title_en="Seaweed farm opens")
    page.unpublish()
    assert _found("seaweed") == []


def test_deleted_page_is_no_longer_found(site_tree):
    page = NewsPageFactory(parent=site_tree["news"], title_en="Seaweed farm opens")
    page.delete()
    assert _found("seaweed") == []


def test_private_page_is_no_longer_found(site_tree):
    page = NewsPageFactory(parent=site_tree["news"], title_en="Seaweed farm opens")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert _found("seaweed") == []


def _urls(text, language="en"):
    return [hit.url for hit in engine.search(SearchQuery(text=text, language=language)).hits]


def test_moved_page_is_found_at_its_new_address(site_tree):
    page = NewsPageFactory(parent=site_tree["news"], slug="seaweed", title_en="Seaweed farm opens")
    page.move(site_tree["parks"], pos="last-child")
    assert _urls("seaweed") == ["/en/parks/seaweed/"]


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_pages_below_a_renamed_section_are_found_at_their_new_address(site_tree, language):
    NewsPageFactory(
        parent=site_tree["news"], slug="seaweed", title_en="Seaweed farm", title_zh_hans="海藻养殖场 seaweed"
    )
    news = site_tree["news"]
    setattr(news, f"slug_{language.replace('-', '_')}", "updates")
    news.save_revision().publish()
    assert _urls("seaweed", language) == [f"/{language}/updates/seaweed/"]


def test_published_listing_is_found_and_its_translation_too(db):
    ListingFactory(title="Seaweed extraction technology", translated_title="海藻提取技术", original_language="en")
    assert _found("seaweed") == ["Seaweed extraction technology"]
    assert _found("海藻", "zh-hans") == ["海藻提取技术"]


def test_listing_is_found_once_a_moderator_publishes_it(db):
    listing = ListingFactory(title="Seaweed extraction technology", status="submitted")
    assert _found("seaweed") == []
    publish_listing(listing, UserFactory(is_staff=True))
    assert _found("seaweed") == ["Seaweed extraction technology"]


def test_draft_listing_is_not_found(db):
    ListingFactory(title="Seaweed extraction technology", status="draft")
    assert _found("seaweed") == []


def test_closed_listing_is_no_longer_found(db):
    listing = ListingFactory(title="Seaweed extraction technology")
    close_listing(listing, listing.owner)
    assert _found("seaweed") == []


def test_deleted_listing_is_no_longer_found(db):
    ListingFactory(title="Seaweed extraction technology").delete()
    assert _found("seaweed") == []


def test_an_indexing_failure_is_logged_and_publishing_still_succeeds(site_tree, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("index unavailable")

    monkeypatch.setattr(engine.database_backend(), "index_documents", broken)
    with caplog.at_level(logging.ERROR, logger="search.indexing"):
        page = NewsPageFactory(parent=site_tree["news"], title_en="Seaweed farm opens")
    page.refresh_from_db()
    assert page.live
    assert "could not update" in caplog.text


def test_rebuild_command_restores_a_lost_index(site_tree):
    NewsPageFactory(parent=site_tree["news"], title_en="Seaweed farm opens")
    ListingFactory(title="Seaweed extraction technology")
    IndexEntry.objects.all().delete()
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))
    assert sorted(_found("seaweed")) == ["Seaweed extraction technology", "Seaweed farm opens"]
