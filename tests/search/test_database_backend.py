"""The embedded backend: what it finds, how it ranks, its facets, snippets, pages, suggestions, related items."""

import datetime

import pytest
from django.template import Context, Template

from search import engine
from search.backends.base import SearchDocument, SearchQuery
from search.backends.database import CANDIDATE_LIMIT
from tests.factories import NewsPageFactory, SectorFactory
from tests.opportunities.factories import ListingFactory, TechnologyKeywordFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("embedded_search")]


def _search(text, language="en", **filters):
    return engine.search(SearchQuery(text=text, language=language, **filters))


def _titles(text, language="en", **filters):
    return [hit.title for hit in _search(text, language, **filters).hits]


def _document(key, language, title, text="", **fields):
    return SearchDocument(
        doc_id=f"{key}:{language}",
        content_type=fields.pop("content_type", "news"),
        object_key=key,
        language=language,
        title=title,
        text=text,
        url=f"/{language}/{key}/",
        **fields,
    )


@pytest.mark.parametrize("query", ["离岸创新", "创业", "创新创业", "国际离岸"])
def test_chinese_query_finds_a_title_by_any_meaningful_part(platform_pages, query):
    assert "海口国际离岸创新创业平台正式上线" in _titles(query, "zh-hans")


def test_plural_finds_singular(platform_pages):
    assert "Yaogu Industrial Park" in _titles("parks")


def test_registering_finds_registration(platform_pages):
    assert "Company registration made simple" in _titles("registering")


def test_mixed_english_and_chinese_query_finds_text_with_both(site_tree):
    NewsPageFactory(parent=site_tree["news"], title_zh_hans="AI医疗影像企业完成融资", title_en="AI imaging round")
    NewsPageFactory(parent=site_tree["news"], title_zh_hans="医疗器械展会开幕", title_en="Medical devices fair")
    assert _titles("AI 医疗", "zh-hans") == ["AI医疗影像企业完成融资"]


def test_when_no_item_has_every_word_items_with_some_of_them_are_shown(platform_pages):
    assert "Yaogu Industrial Park" in _titles("Yaogu spaceport")


def test_unknown_words_find_nothing(platform_pages):
    results = _search("xylophone")
    assert results.total == 0 and results.hits == []


def test_each_item_appears_once_in_the_readers_language(site_tree):
    NewsPageFactory(parent=site_tree["news"], title_en="PBAT compounds plant opens", title_zh_hans="PBAT改性料工厂投产")
    english = _search("PBAT", "en")
    chinese = _search("PBAT", "zh-hans")
    assert [(hit.title, hit.language) for hit in english.hits] == [("PBAT compounds plant opens", "en")]
    assert [(hit.title, hit.language) for hit in chinese.hits] == [("PBAT改性料工厂投产", "zh-hans")]


def test_results_in_the_readers_language_come_first():
    backend = engine.database_backend()
    backend.index_documents(
        [
            _document("a", "zh-hans", "海南 FT账户 指南", "FT FT FT FT"),
            _document("b", "en", "Notes", "The FT account in one line."),
        ]
    )
    assert [hit.language for hit in _search("FT", "en").hits] == ["en", "zh-hans"]
    assert [hit.language for hit in _search("FT", "zh-hans").hits] == ["zh-hans", "en"]


def test_a_title_match_ranks_above_a_body_match():
    engine.database_backend().index_documents(
        [
            _document("body", "en", "Annual report", "A paragraph that mentions the incubator once."),
            _document("title", "en", "Incubator opens", "A short text."),
        ]
    )
    assert _titles("incubator") == ["Incubator opens", "Annual report"]


def test_facets_count_results_by_type_sector_language_and_date(site_tree):
    bio = SectorFactory(code="biomedicine", name_en="Biomedicine")
    NewsPageFactory(
        parent=site_tree["news"],
        title_en="Vaccine news",
        sectors=[bio],
        date=datetime.date.today() - datetime.timedelta(days=3),
    )
    NewsPageFactory(
        parent=site_tree["news"], title_en="Vaccine history", date=datetime.date.today() - datetime.timedelta(days=800)
    )
    ListingFactory(title="Vaccine cold chain", sectors=[bio])
    facets = {
        name: {value.value: value.count for value in values} for name, values in _search("vaccine").facets.items()
    }
    assert facets["content_type"] == {"news": 2, "listing": 1}
    assert facets["sector"] == {"biomedicine": 2}
    assert facets["language"]["en"] == 3
    assert facets["date"] == {"month": 2, "older": 1}


def test_type_filter_narrows_results_but_the_type_facet_still_offers_the_others(site_tree):
    NewsPageFactory(parent=site_tree["news"], title_en="Vaccine news")
    ListingFactory(title="Vaccine cold chain")
    results = _search("vaccine", content_types=["listing"])
    assert [hit.title for hit in results.hits] == ["Vaccine cold chain"]
    types = {value.value: (value.count, value.selected) for value in results.facets["content_type"]}
    assert types == {"news": (1, False), "listing": (1, True)}


def test_sector_language_and_date_filters(site_tree):
    green = SectorFactory(code="green-tech")
    NewsPageFactory(
        parent=site_tree["news"],
        title_en="Solar roofs",
        title_zh_hans="光伏屋顶 solar",
        sectors=[green],
        date=datetime.date(2020, 5, 1),
    )
    NewsPageFactory(parent=site_tree["news"], title_en="Solar farms", date=datetime.date.today())
    assert _titles("solar", sectors=["green-tech"]) == ["Solar roofs"]
    assert _titles("solar", languages=["zh-hans"]) == ["光伏屋顶 solar"]
    assert _titles("solar", date_from=datetime.date(2024, 1, 1)) == ["Solar farms"]
    assert _titles("solar", date_to=datetime.date(2021, 1, 1)) == ["Solar roofs"]


def test_snippet_highlights_the_match_and_escapes_html(site_tree):
    NewsPageFactory(
        parent=site_tree["news"],
        title_en="<script>alert(1)</script> Bonded zone",
        intro_en="Goods <b>enter</b> the bonded zone duty-free.",
    )
    (hit,) = _search("bonded").hits
    assert hit.title == "<script>alert(1)</script> Bonded zone"  # escaped when rendered, see the page tests
    assert hit.snippet == "Goods &lt;b&gt;enter&lt;/b&gt; the <mark>bonded</mark> zone duty-free."


def test_results_come_a_page_at_a_time():
    engine.database_backend().index_documents(
        [_document(f"item-{n}", "en", f"Incubator {n:02d}", "incubator") for n in range(23)]
    )
    first = _search("incubator", per_page=10)
    third = _search("incubator", page=3, per_page=10)
    assert first.total == third.total == 23
    assert len(first.hits) == 10 and len(third.hits) == 3
    assert not {hit.doc_id for hit in first.hits} & {hit.doc_id for hit in third.hits}


def test_a_very_common_word_reports_a_lower_bound_instead_of_counting_everything(monkeypatch):
    monkeypatch.setattr("search.backends.database.CANDIDATE_LIMIT", 5)
    monkeypatch.setattr("search.backends.database.TITLE_CANDIDATES", 0)
    engine.database_backend().index_documents([_document(f"item-{n}", "en", f"Haikou {n}", "") for n in range(8)])
    results = _search("haikou")
    assert results.total == 5 and not results.exact_total
    assert CANDIDATE_LIMIT >= 1000


def test_expired_listing_drops_out_of_results_on_its_deadline():
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    engine.database_backend().index_documents(
        [
            _document("open", "en", "Drone sensors wanted", content_type="listing", expires=tomorrow),
            _document(
                "past",
                "en",
                "Drone batteries wanted",
                content_type="listing",
                expires=datetime.date.today() - datetime.timedelta(days=1),
            ),
        ]
    )
    assert _titles("drone") == ["Drone sensors wanted"]


def test_autocomplete_offers_titles_and_vocabulary_terms_by_prefix(site_tree):
    TechnologyKeywordFactory(code="biodegradable", name_en="Biodegradable plastics", name_zh_hans="全生物降解材料")
    NewsPageFactory(parent=site_tree["news"], title_en="Biodegradable film line opens")
    suggestions = engine.autocomplete("biodeg", "en")
    assert [(s.kind, s.text) for s in suggestions] == [
        ("term", "Biodegradable plastics"),
        ("title", "Biodegradable film line opens"),
    ]
    assert suggestions[1].url.startswith("/en/news/")


def test_autocomplete_finds_chinese_terms_and_titles_containing_what_was_typed(site_tree):
    TechnologyKeywordFactory(code="biodegradable", name_en="Biodegradable plastics", name_zh_hans="全生物降解材料")
    NewsPageFactory(parent=site_tree["news"], title_zh_hans="美安全生物降解材料新产线投产")
    texts = [suggestion.text for suggestion in engine.autocomplete("降解", "zh-hans")]
    assert texts == ["全生物降解材料", "美安全生物降解材料新产线投产"]


def test_related_items_share_keywords_and_sectors(site_tree):
    bio = SectorFactory(code="biomedicine", name_en="Biomedicine")
    imaging = TechnologyKeywordFactory(code="medical-imaging", name_en="Medical imaging")
    source = ListingFactory(title="AI screening for lung nodules", sectors=[bio], keywords=[imaging])
    ListingFactory(title="Retinal imaging partner wanted", sectors=[bio], keywords=[imaging])
    ListingFactory(title="Solar roof tiles", sectors=[SectorFactory(code="green-tech", name_en="Green technology")])
    related = engine.related(f"opportunities.listing:{source.pk}", "en")
    assert [hit.title for hit in related] == ["Retinal imaging partner wanted"]


def test_related_items_tag_links_to_related_items_for_detail_pages(site_tree):
    bio = SectorFactory(code="biomedicine", name_en="Biomedicine")
    imaging = TechnologyKeywordFactory(code="medical-imaging", name_en="Medical imaging")
    source = ListingFactory(title="AI screening for lung nodules", sectors=[bio], keywords=[imaging])
    ListingFactory(title="Retinal imaging partner wanted", sectors=[bio], keywords=[imaging])
    html = Template("{% load search_tags %}{% related_items listing %}").render(Context({"listing": source}))
    assert "Related" in html and ">Retinal imaging partner wanted</a>" in html
    lonely = ListingFactory(title="Solar roof tiles")
    assert (
        Template("{% load search_tags %}{% related_items listing %}").render(Context({"listing": lonely})).strip() == ""
    )
