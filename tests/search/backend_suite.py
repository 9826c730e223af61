"""Search journeys every backend must pass, the way Wagtail's own search tests are shared.

Not collected by itself: ``test_database_contract.py`` runs these against the embedded database
backend (always), ``test_elastic_contract.py`` against a real Elasticsearch server (when
``ELASTICSEARCH_URL`` is set). Each of those modules brings two fixtures: ``backend``, an index
holding ``DOCUMENTS`` that tests only read, and ``fresh_backend``, one a test may change.
"""

import datetime

import pytest

from search.backends.base import SearchDocument, SearchQuery

TODAY = datetime.date.today()


def document(key, language, content_type, title, text, *, date=None, sectors=(), keywords=(), expires=None):
    return SearchDocument(
        doc_id=f"{key}:{language}",
        content_type=content_type,
        object_key=key,
        language=language,
        title=title,
        text=text,
        url=f"/{language}/{key.replace(':', '-')}/",
        date=date,
        sectors=sectors,
        keywords=keywords,
        expires=expires,
    )


PLATFORM = "parks.parkpage:7"
INCUBATION = "news.newspage:4"
TALENT = "policies.policypage:12"
BIOMEDICINE = "news.newspage:5"
EXPIRED = "opportunities.listing:3"

DOCUMENTS = [
    document(
        PLATFORM,
        "zh-hans",
        "park",
        "海口国际离岸创新创业平台",
        "平台为海外团队提供离岸孵化、AI医疗合作和公司注册服务。",
        date=TODAY - datetime.timedelta(days=400),
        sectors=("digital-economy",),
        keywords=("人工智能", "离岸孵化"),
    ),
    document(
        PLATFORM,
        "en",
        "park",
        "Haikou International Offshore Innovation Platform",
        "The platform offers offshore incubation, AI healthcare partnering and company registration to overseas teams.",
        date=TODAY - datetime.timedelta(days=400),
        sectors=("digital-economy",),
        keywords=("AI", "Offshore incubation"),
    ),
    document(
        INCUBATION,
        "zh-hans",
        "news",
        "离岸孵化基地开放申请",
        "离岸孵化基地面向海外团队开放申请，提供离岸创新服务和人工智能实验室。",
        date=TODAY - datetime.timedelta(days=10),
        sectors=("digital-economy",),
        keywords=("离岸孵化",),
    ),
    document(
        INCUBATION,
        "en",
        "news",
        "Offshore incubation base opens applications",
        "The offshore incubation base opens applications to overseas teams, with offshore innovation "
        "services and an AI lab.",
        date=TODAY - datetime.timedelta(days=10),
        sectors=("digital-economy",),
        keywords=("Offshore incubation",),
    ),
    document(
        TALENT,
        "zh-hans",
        "policy",
        "离岸人才签证便利政策",
        "外籍人才可申请工作许可和签证便利。",
        date=TODAY - datetime.timedelta(days=100),
    ),
    document(
        TALENT,
        "en",
        "policy",
        "Visa facilitation for offshore talent",
        "Foreign talent can apply for work permits and visa facilitation.",
        date=TODAY - datetime.timedelta(days=100),
    ),
    document(
        BIOMEDICINE,
        "zh-hans",
        "news",
        "生物医药企业落户药谷",
        "现代生物医药企业在药谷工业园建设研发中心。",
        sectors=("biomedicine",),
    ),
    document(
        BIOMEDICINE,
        "en",
        "news",
        "Biomedicine companies settle in the Pharmaceutical Valley",
        "Modern biomedicine companies build research centres in the Pharmaceutical Valley industrial park.",
        sectors=("biomedicine",),
    ),
    document(
        EXPIRED,
        "en",
        "listing",
        "Underwater robotics partner wanted",
        "Seeking a partner for underwater robotics.",
        expires=TODAY - datetime.timedelta(days=1),
    ),
]


def search(backend, text, language="en", **filters):
    return backend.search(SearchQuery(text=text, language=language, **filters))


def top_keys(results, count=3):
    """Item keys of the first hits, from SearchResults or from a list of Hits (``related``)."""
    hits = getattr(results, "hits", results)
    return [hit.doc_id.rsplit(":", 1)[0] for hit in hits[:count]]


def test_english_query_finds_stemmed_forms(backend):
    results = search(backend, "platforms offering")

    assert results.hits[0].doc_id == f"{PLATFORM}:en"


@pytest.mark.parametrize("query", ["离岸创新", "创业", "创新创业平台"])
def test_chinese_query_finds_the_platform_by_any_part_of_its_name(backend, query):
    assert PLATFORM in top_keys(search(backend, query, "zh-hans"))


def test_mixed_query_finds_chinese_text_with_both_words(backend):
    results = search(backend, "AI 医疗", "zh-hans")

    assert results.hits[0].doc_id == f"{PLATFORM}:zh-hans"


def test_results_in_the_readers_language_come_first(backend):
    assert search(backend, "AI", "zh-hans").hits[0].language == "zh-hans"
    assert search(backend, "AI", "en").hits[0].language == "en"


def test_each_item_is_listed_once_in_the_readers_language_when_it_matched_in_it(backend):
    results = search(backend, "AI", "zh-hans")

    keys = top_keys(results, 10)
    assert len(keys) == len(set(keys))
    assert results.hits[keys.index(PLATFORM)].language == "zh-hans"


def test_listing_past_its_deadline_is_not_found(backend):
    assert EXPIRED not in top_keys(search(backend, "underwater robotics"), 10)


def test_snippets_mark_the_matched_words(backend):
    hit = search(backend, "离岸孵化", "zh-hans").hits[0]

    assert "<mark>" in hit.snippet


def test_facets_count_content_types_sectors_languages_and_dates(backend):
    results = search(backend, "offshore")

    counts = {name: {value.value: value.count for value in values} for name, values in results.facets.items()}
    assert counts["content_type"] == {"park": 1, "news": 1, "policy": 1}
    assert counts["sector"] == {"digital-economy": 2}
    assert counts["language"] == {"en": 3}
    assert counts["date"] == {"month": 1, "year": 1, "older": 1}


def test_content_type_filter_narrows_hits_but_not_its_own_facet(backend):
    results = search(backend, "offshore", content_types=["news"])

    assert top_keys(results) == [INCUBATION]
    assert {value.value for value in results.facets["content_type"]} == {"park", "news", "policy"}


def test_date_filter_keeps_items_in_the_span(backend):
    results = search(backend, "offshore", date_from=TODAY - datetime.timedelta(days=30))

    assert top_keys(results) == [INCUBATION]


def suggested(backend, prefix, language):
    return [(suggestion.kind, suggestion.text) for suggestion in backend.autocomplete(prefix, language)]


def test_autocomplete_offers_titles_by_their_start_or_an_inner_word(backend):
    assert ("title", "海口国际离岸创新创业平台") in suggested(backend, "创业", "zh-hans")
    assert ("title", "Offshore incubation base opens applications") in suggested(backend, "offshore inc", "en")


def test_autocomplete_offers_vocabulary_terms(backend):
    assert ("term", "离岸孵化") in suggested(backend, "离岸", "zh-hans")


def test_related_items_share_words_and_exclude_the_item_itself(backend):
    related = backend.related(PLATFORM, "en")

    assert top_keys(related, 1) == [INCUBATION]
    assert PLATFORM not in top_keys(related, 5)


def test_deleted_item_is_gone_in_both_languages(fresh_backend):
    fresh_backend.delete_object(PLATFORM)

    assert PLATFORM not in top_keys(search(fresh_backend, "离岸创新", "zh-hans"), 10)
    assert PLATFORM not in top_keys(search(fresh_backend, "platform", "en"), 10)


def test_published_document_is_searchable_at_once(fresh_backend):
    demo_day = document("events.eventpage:2", "en", "event", "Robotics demo day", "Robots on show.")

    fresh_backend.index_documents([demo_day])

    assert top_keys(search(fresh_backend, "robotics")) == ["events.eventpage:2"]
