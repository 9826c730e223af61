"""The Searchable mixin is the one statement of what is searched: every field it names is found, and
the admin's Wagtail search reads the same text fields."""

import pytest
from wagtail.search import index

from search import engine
from search.backends.base import SearchQuery
from search.documents import CONTENT_TYPES, searchable_models
from tests.factories import PolicyPageFactory
from tests.services.factories import ProviderIndexPageFactory, ProviderPageFactory, ServiceIndexPageFactory

pytestmark = pytest.mark.usefixtures("embedded_search")


def _found(text, language="en"):
    results = engine.search(SearchQuery(text=text, language=language))
    return [hit.title for hit in results.hits]


def test_the_searched_models_are_the_pages_listings_and_challenges():
    assert {model._meta.label for model in searchable_models()} == {
        "news.NewsPage",
        "policies.PolicyPage",
        "parks.ParkPage",
        "events.EventPage",
        "services.ServicePage",
        "services.ProviderPage",
        "opportunities.Listing",
        "challenges.Challenge",
    }


@pytest.mark.parametrize("model", searchable_models(), ids=lambda model: model._meta.label)
def test_every_kind_is_a_facet_value(model):
    assert model.search_kind in CONTENT_TYPES


@pytest.mark.parametrize(
    "model", [model for model in searchable_models() if model.search_text_fields], ids=lambda model: model._meta.label
)
def test_the_admin_search_reads_every_text_field_the_site_search_reads(model):
    wagtail_fields = {field.field_name for field in model.search_fields if isinstance(field, index.SearchField)}
    assert set(model.search_text_fields) <= wagtail_fields


def test_a_policy_is_found_by_who_it_applies_to_in_both_languages(site_tree):
    PolicyPageFactory(
        parent=site_tree["policies"],
        title_en="Research grant",
        title_zh_hans="研发资助",
        applies_to_en="Foreign-invested biotech startups",
        applies_to_zh_hans="外商投资生物科技初创企业",
    )

    assert _found("biotech") == ["Research grant"]
    assert _found("生物科技", "zh-hans") == ["研发资助"]


def test_a_provider_is_found_by_a_working_language_in_both_languages(site_tree):
    providers = ProviderIndexPageFactory(parent=ServiceIndexPageFactory(parent=site_tree["home"]))
    ProviderPageFactory(
        parent=providers, title_en="Harbour Law", title_zh_hans="海港律师事务所", languages="English, Français, 中文"
    )

    assert _found("Français") == ["Harbour Law"]
    assert _found("Français", "zh-hans") == ["海港律师事务所"]
