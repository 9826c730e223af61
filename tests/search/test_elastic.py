"""The Elasticsearch backend without a server: the exact mapping and request bodies it builds, and
how it reads responses.

No Elasticsearch can run here. ``FakeServer`` stands in for the server at the transport level: the
real client serialises every request, the fake records it and answers with a hand-written reply.
``test_elastic_contract.py`` runs the same journeys against a real server when one is configured.
"""

import datetime
import json
import re
import socket
from dataclasses import dataclass
from urllib.parse import parse_qsl

import pytest
from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders
from elastic_transport._node import NodeApiResponse
from elasticsearch import ConnectionError as ElasticsearchConnectionError
from elasticsearch import Elasticsearch, NotFoundError

from search.backends.base import FacetValue, Hit, SearchDocument, SearchQuery, SearchResults, Suggestion
from search.backends.elastic import ERRORS, ElasticsearchBackend
from search.backends.elastic_mapping import entry_for, index_definition, suggestion_inputs

TODAY = datetime.date(2026, 11, 24)


def platform(language, title, text, keywords):
    """The platform park, in one language."""
    return SearchDocument(
        doc_id=f"parks.parkpage:7:{language}",
        content_type="park",
        object_key="parks.parkpage:7",
        language=language,
        title=title,
        text=text,
        url=f"/{language}/parks/platform/",
        date=datetime.date(2025, 6, 1),
        sectors=("digital-economy",),
        keywords=keywords,
    )


PLATFORM_ZH = platform(
    "zh-hans", "海口国际离岸创新创业平台", "平台为海外团队提供离岸孵化、AI医疗合作等服务。", ("人工智能", "离岸孵化")
)
PLATFORM_EN = platform(
    "en",
    "Haikou International Offshore Innovation Platform",
    "The platform offers offshore incubation and AI healthcare partnering to overseas teams.",
    ("AI", "Offshore incubation"),
)


# -- a stand-in for the server ---------------------------------------------------------------


@dataclass
class Request:
    method: str
    path: str
    params: dict
    body: object  # parsed JSON; a list of lines for the bulk API


class FakeServer:
    """Records every request the real client sends and answers from canned replies."""

    def __init__(self):
        self.requests = []
        self._replies = []

    def on(self, method, path, reply=None, status=200):
        """Answer ``method`` on paths matching ``path`` (a regex) with ``reply`` (or reply(request))."""
        self._replies.insert(0, (method, re.compile(path + r"\Z"), reply if reply is not None else {}, status))

    def client(self):
        server = self

        class RecordingNode(BaseNode):
            _CLIENT_META_HTTP_CLIENT = ("fake", "0")

            def perform_request(self, method, target, body=None, headers=None, request_timeout=None):
                status, reply = server.answer(method, target, body)
                meta = ApiResponseMeta(
                    status=status,
                    http_version="1.1",
                    headers=HttpHeaders({"x-elastic-product": "Elasticsearch", "content-type": "application/json"}),
                    duration=0.0,
                    node=self.config,
                )
                return NodeApiResponse(meta, json.dumps(reply).encode() if method != "HEAD" else b"")

        return Elasticsearch("http://es.test:9200", node_class=RecordingNode)

    def answer(self, method, target, body):
        path, _, query = target.partition("?")
        text = body.decode() if body else ""
        if path.endswith("/_bulk"):
            parsed = [json.loads(line) for line in text.splitlines()]
        else:
            parsed = json.loads(text or "null")
        request = Request(method, path, dict(parse_qsl(query)), parsed)
        self.requests.append(request)
        for reply_method, pattern, reply, status in self._replies:
            if reply_method == method and pattern.match(path):
                return status, reply(request) if callable(reply) else reply
        raise AssertionError(f"unexpected request {method} {target}")

    def sent(self, method, path_pattern):
        return [r for r in self.requests if r.method == method and re.match(path_pattern + r"\Z", r.path)]


def bulk_accepts_all(request):
    return {
        "took": 3,
        "errors": False,
        "items": [{"index": {"_id": line["index"]["_id"], "status": 201}} for line in request.body if "index" in line],
    }


@pytest.fixture
def server():
    server = FakeServer()
    server.on("PUT", "/_bulk", bulk_accepts_all)
    return server


@pytest.fixture
def backend(server):
    return ElasticsearchBackend(client=server.client())


def body_for(backend, **query):
    query.setdefault("language", "en")
    return backend.faceted_search(SearchQuery(**query), today=TODAY).to_dict()


ENGLISH_FIELDS = ["title_en^3", "keywords_en^2", "text_en"]
WORD_FIELDS = ["title_zh_words^3", "keywords_zh_words^2", "text_zh_words"]
BIGRAM_FIELDS = ["title_zh^3", "keywords_zh^2", "text_zh"]
ITEM_COUNT = {"cardinality": {"field": "object_key", "precision_threshold": 40000}}
NOT_EXPIRED = {
    "bool": {
        "should": [
            {"range": {"expires": {"gte": "2026-11-24"}}},
            {"bool": {"must_not": [{"exists": {"field": "expires"}}]}},
        ],
        "minimum_should_match": 1,
    }
}


def text_branches(text, words, minimum_should_match="2<75%"):
    def branch(query, fields):
        return {
            "multi_match": {
                "query": query,
                "fields": fields,
                "type": "cross_fields",
                "minimum_should_match": minimum_should_match,
            }
        }

    return {
        "bool": {
            "should": [branch(text, ENGLISH_FIELDS), branch(words, WORD_FIELDS), branch(text, BIGRAM_FIELDS)],
            "minimum_should_match": 1,
        }
    }


def findable(query):
    return {"bool": {"must": [query], "filter": [NOT_EXPIRED]}}


def readers_language_first(language):
    return [
        {
            "_script": {
                "type": "number",
                "order": "asc",
                "script": {
                    "source": "doc['language'].value == params.language ? 0 : 1",
                    "params": {"language": language},
                },
            }
        },
        {"_score": {"order": "desc"}},
    ]


def facet_aggs(filter_for=lambda name: {"match_all": {}}):
    def terms(name, field, count_items=True):
        agg = {"terms": {"field": field, "size": 30}}
        if count_items:
            agg["terms"]["order"] = {"metric": "desc"}
            agg["aggs"] = {"metric": ITEM_COUNT}
        return {"filter": filter_for(name), "aggs": {name: agg}}

    return {
        "_filter_content_type": terms("content_type", "content_type"),
        "_filter_sector": terms("sector", "sectors"),
        "_filter_language": terms("language", "language", count_items=False),
        "_filter_date": {
            "filter": filter_for("date"),
            "aggs": {
                "date": {
                    "range": {
                        "field": "date",
                        "ranges": [
                            {"key": "upcoming", "from": "2026-11-25"},
                            {"key": "month", "from": "2026-10-25", "to": "2026-11-25"},
                            {"key": "year", "from": "2025-11-24", "to": "2026-10-25"},
                            {"key": "older", "to": "2025-11-24"},
                        ],
                        "keyed": False,
                    },
                    "aggs": {"metric": ITEM_COUNT},
                }
            },
        },
        "_items": {"filter": filter_for(None), "aggs": {"count": ITEM_COUNT}},
    }


HIGHLIGHT = {
    "fields": {"text_en": {}, "text_zh": {}},
    "pre_tags": ["<mark>"],
    "post_tags": ["</mark>"],
    "encoder": "html",
    "fragment_size": 180,
    "number_of_fragments": 1,
    "no_match_size": 180,
}


# -- the index -------------------------------------------------------------------------------


def test_index_has_english_stemming_chinese_words_chinese_bigrams_and_autocomplete():
    def text(analyzer, **extra):
        return {"type": "text", "analyzer": analyzer, **extra}

    assert index_definition("portal-search-1").to_dict() == {
        "settings": {
            "number_of_shards": 1,
            "auto_expand_replicas": "0-1",
            "analysis": {
                "analyzer": {
                    "zh_words": {"type": "custom", "tokenizer": "whitespace", "filter": ["cjk_width", "lowercase"]},
                    "zh_bigrams": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["cjk_width", "lowercase", "cjk_bigram"],
                    },
                    "suggest": {"type": "custom", "tokenizer": "standard", "filter": ["cjk_width", "lowercase"]},
                }
            },
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "doc_id": {"type": "keyword"},
                "object_key": {"type": "keyword"},
                "content_type": {"type": "keyword"},
                "language": {"type": "keyword"},
                "sectors": {"type": "keyword"},
                "keywords": {"type": "keyword"},
                "date": {"type": "date", "format": "strict_date"},
                "expires": {"type": "date", "format": "strict_date"},
                "title": {"type": "keyword", "index": False, "doc_values": False},
                "url": {"type": "keyword", "index": False, "doc_values": False},
                "title_en": text("english"),
                "keywords_en": text("english"),
                "text_en": text("english", index_options="offsets"),
                "title_zh": text("zh_bigrams"),
                "keywords_zh": text("zh_bigrams"),
                "text_zh": text("zh_bigrams", index_options="offsets"),
                "title_zh_words": text("zh_words"),
                "keywords_zh_words": text("zh_words"),
                "text_zh_words": text("zh_words"),
                "suggest": {
                    "type": "completion",
                    "analyzer": "suggest",
                    "contexts": [{"name": "language", "type": "category", "path": "language"}],
                },
            },
        },
    }


def test_chinese_entry_holds_jieba_words_and_the_text_as_written_for_bigrams():
    source = entry_for(PLATFORM_ZH).to_dict()

    assert {key: value for key, value in source.items() if "_zh" in key or key.endswith("_en")} == {
        "title_zh": "海口国际离岸创新创业平台",
        "keywords_zh": "人工智能 · 离岸孵化",
        "text_zh": "平台为海外团队提供离岸孵化、AI医疗合作等服务。",
        "title_zh_words": "海口 国际 离岸 创新 创业 平台",
        "keywords_zh_words": "人工 智能 人工智能 离岸 孵化",
        "text_zh_words": "平台 为 海外 团队 提供 离岸 孵化 AI 医疗 合作 等 服务",
    }


def test_english_entry_fills_only_the_english_fields():
    source = entry_for(PLATFORM_EN).to_dict()

    assert source == {
        "doc_id": "parks.parkpage:7:en",
        "object_key": "parks.parkpage:7",
        "content_type": "park",
        "language": "en",
        "sectors": ["digital-economy"],
        "keywords": ["AI", "Offshore incubation"],
        "date": "2025-06-01",
        "title": "Haikou International Offshore Innovation Platform",
        "url": "/en/parks/platform/",
        "title_en": "Haikou International Offshore Innovation Platform",
        "keywords_en": "AI · Offshore incubation",
        "text_en": "The platform offers offshore incubation and AI healthcare partnering to overseas teams.",
        "suggest": suggestion_inputs(PLATFORM_EN),
    }


def test_autocomplete_inputs_start_at_each_word_so_inner_words_find_the_title():
    assert suggestion_inputs(PLATFORM_ZH) == [
        {"input": ["海口国际离岸创新创业平台"], "weight": 3},
        {"input": ["人工智能", "离岸孵化"], "weight": 2},
        {
            "input": ["国际离岸创新创业平台", "离岸创新创业平台", "创新创业平台", "创业平台", "平台", "智能", "孵化"],
            "weight": 1,
        },
    ]
    assert suggestion_inputs(PLATFORM_EN)[2] == {
        "input": [
            "International Offshore Innovation Platform",
            "Offshore Innovation Platform",
            "Innovation Platform",
            "Platform",
            "incubation",
        ],
        "weight": 1,
    }


# -- search requests -------------------------------------------------------------------------


def test_english_query_body_stems_boosts_titles_highlights_and_counts_items(backend):
    assert body_for(backend, text="offshore incubation", language="en") == {
        "query": findable(text_branches("offshore incubation", "offshore incubation")),
        "sort": readers_language_first("en"),
        "collapse": {"field": "object_key"},
        "track_scores": True,
        "aggs": facet_aggs(),
        "highlight": HIGHLIGHT,
        "_source": ["doc_id", "content_type", "language", "title", "url", "date"],
        "from": 0,
        "size": 10,
    }


def test_chinese_query_searches_jieba_words_and_raw_text_for_bigrams(backend):
    body = body_for(backend, text="离岸创新", language="zh-hans")

    assert body["query"] == findable(text_branches("离岸创新", "离岸 创新"))


def test_mixed_query_keeps_the_english_word_in_every_branch(backend):
    body = body_for(backend, text="AI 医疗", language="zh-hans")

    assert body["query"] == findable(text_branches("AI 医疗", "AI 医疗"))


def test_chinese_reader_gets_chinese_entries_first_and_each_item_once(backend):
    body = body_for(backend, text="AI", language="zh-hans")

    assert body["sort"] == readers_language_first("zh-hans")
    assert body["collapse"] == {"field": "object_key"}


def test_empty_query_lists_everything_still_findable(backend):
    body = body_for(backend, text="  ", language="zh-hans")

    assert body["query"] == findable({"match_all": {}})


def test_filters_narrow_the_hits_and_each_facet_counts_under_the_other_filters(backend):
    body = body_for(
        backend,
        text="AI",
        content_types=["news", "policy"],
        sectors=["digital-economy"],
        languages=["zh-hans"],
        date_from=datetime.date(2025, 1, 1),
        date_to=datetime.date(2025, 12, 31),
    )

    filters = {
        "content_type": {"terms": {"content_type": ["news", "policy"]}},
        "sector": {"terms": {"sectors": ["digital-economy"]}},
        "language": {"terms": {"language": ["zh-hans"]}},
        "date": {"range": {"date": {"gte": "2025-01-01", "lte": "2025-12-31"}}},
    }
    assert body["post_filter"] == {"bool": {"must": list(filters.values())}}
    assert body["aggs"] == facet_aggs(
        lambda name: {"bool": {"must": [query for other, query in filters.items() if other != name]}}
    )


def test_date_filter_may_be_open_ended(backend):
    body = body_for(backend, text="AI", date_to=datetime.date(2024, 12, 31))

    assert body["post_filter"] == {"range": {"date": {"lte": "2024-12-31"}}}


def test_second_page_starts_after_the_first(backend):
    body = body_for(backend, text="AI", page=3, per_page=20)

    assert (body["from"], body["size"]) == (40, 20)


def test_autocomplete_asks_for_titles_and_terms_with_the_readers_language_boosted(backend):
    assert backend.autocomplete_search("离岸", "zh-hans", limit=8).to_dict() == {
        "size": 0,
        "_source": ["title", "keywords", "url", "language", "content_type", "expires"],
        "suggest": {
            "titles_and_terms": {
                "prefix": "离岸",
                "completion": {
                    "field": "suggest",
                    "size": 16,
                    "skip_duplicates": True,
                    "contexts": {"language": [{"context": "zh-hans", "boost": 2}, {"context": "en", "boost": 1}]},
                },
            }
        },
    }


def test_related_items_are_more_like_both_languages_of_the_item_but_never_the_item(backend):
    assert backend.related_search("parks.parkpage:7", "en", limit=5, today=TODAY).to_dict() == {
        "query": {
            "bool": {
                "must": [
                    {
                        "more_like_this": {
                            "fields": [
                                "title_en",
                                "keywords_en",
                                "text_en",
                                "title_zh_words",
                                "keywords_zh_words",
                                "text_zh_words",
                            ],
                            "like": [
                                {"_index": "portal-search", "_id": "parks.parkpage:7:en"},
                                {"_index": "portal-search", "_id": "parks.parkpage:7:zh-hans"},
                            ],
                            "min_term_freq": 1,
                            "min_doc_freq": 2,
                        }
                    }
                ],
                "must_not": [{"term": {"object_key": "parks.parkpage:7"}}],
                "filter": [NOT_EXPIRED],
            }
        },
        "sort": readers_language_first("en"),
        "collapse": {"field": "object_key"},
        "track_scores": True,
        "_source": ["doc_id", "content_type", "language", "title", "url", "date"],
        "size": 5,
    }


# -- writes and the alias swap ---------------------------------------------------------------


def old_index_behind_alias(server, name="portal-search-20261101000000000000"):
    server.on("HEAD", "/_alias/portal-search")
    server.on("GET", "/_alias/portal-search", {name: {"aliases": {"portal-search": {}}}})


@pytest.fixture
def rebuild_server(server):
    server.on("PUT", "/portal-search-\\d{20}", lambda r: {"acknowledged": True, "index": r.path[1:]})
    server.on("POST", "/portal-search-\\d{20}/_refresh")
    server.on("POST", "/_aliases", {"acknowledged": True})
    return server


def test_rebuild_creates_a_timestamped_index_with_the_mapping_and_loads_it(rebuild_server, backend):
    old_index_behind_alias(rebuild_server)

    indexed = backend.rebuild(iter([PLATFORM_EN, PLATFORM_ZH]))

    (create,) = rebuild_server.sent("PUT", "/portal-search-\\d{20}")
    new_index = create.path[1:]
    assert create.body == index_definition(new_index).to_dict()
    (load,) = rebuild_server.sent("PUT", "/_bulk")
    assert load.body == [
        {"index": {"_index": new_index, "_id": "parks.parkpage:7:en"}},
        entry_for(PLATFORM_EN).to_dict(),
        {"index": {"_index": new_index, "_id": "parks.parkpage:7:zh-hans"}},
        entry_for(PLATFORM_ZH).to_dict(),
    ]
    assert indexed == 2


def test_rebuild_swaps_the_alias_and_drops_the_old_index_in_one_request(rebuild_server, backend):
    old_index_behind_alias(rebuild_server)

    backend.rebuild([PLATFORM_EN])

    new_index = rebuild_server.sent("PUT", "/portal-search-\\d{20}")[0].path[1:]
    assert [(r.method, r.path) for r in rebuild_server.requests[-3:]] == [
        ("HEAD", "/_alias/portal-search"),
        ("GET", "/_alias/portal-search"),
        ("POST", "/_aliases"),
    ]
    assert rebuild_server.requests[-1].body == {
        "actions": [
            {"add": {"index": new_index, "alias": "portal-search"}},
            {"remove_index": {"index": "portal-search-20261101000000000000"}},
        ]
    }
    # Searchable before readers are switched to it.
    assert rebuild_server.sent("POST", f"/{new_index}/_refresh")


def test_first_rebuild_only_adds_the_alias(rebuild_server, backend):
    rebuild_server.on("HEAD", "/_alias/portal-search", status=404)

    backend.rebuild([PLATFORM_EN])

    new_index = rebuild_server.sent("PUT", "/portal-search-\\d{20}")[0].path[1:]
    assert rebuild_server.requests[-1].body == {"actions": [{"add": {"index": new_index, "alias": "portal-search"}}]}


def test_failed_rebuild_deletes_its_new_index_and_leaves_readers_on_the_old_one(rebuild_server, backend):
    rebuild_server.on(
        "PUT",
        "/_bulk",
        {
            "errors": True,
            "items": [
                {"index": {"_id": "parks.parkpage:7:en", "status": 400, "error": {"type": "mapper_parsing_exception"}}}
            ],
        },
    )
    rebuild_server.on("DELETE", "/portal-search-\\d{20}", {"acknowledged": True})

    with pytest.raises(ERRORS):
        backend.rebuild([PLATFORM_EN])

    new_index = rebuild_server.sent("PUT", "/portal-search-\\d{20}")[0].path[1:]
    assert rebuild_server.sent("DELETE", f"/{new_index}")
    assert not rebuild_server.sent("POST", "/_aliases")


def test_published_documents_are_written_through_the_alias_only(server, backend):
    backend.index_documents([PLATFORM_ZH])

    (load,) = server.requests
    assert load.params == {"require_alias": "true", "refresh": "wait_for"}
    assert load.body == [
        {"index": {"_index": "portal-search", "_id": "parks.parkpage:7:zh-hans"}},
        entry_for(PLATFORM_ZH).to_dict(),
    ]


def test_nothing_is_sent_when_there_is_nothing_to_index(server, backend):
    backend.index_documents([])

    assert server.requests == []


def test_deleting_an_item_removes_every_language_of_it_at_once(server, backend):
    server.on("POST", "/portal-search/_delete_by_query", {"deleted": 2})

    backend.delete_object("parks.parkpage:7")

    (delete,) = server.requests
    assert delete.body == {"query": {"term": {"object_key": "parks.parkpage:7"}}}
    assert delete.params == {"refresh": "true", "conflicts": "proceed"}


# -- reading responses -----------------------------------------------------------------------


def search_response(hits, aggregations=None, entries=None):
    """A search response as Elasticsearch writes it (``entries``: hits.total, before collapsing)."""
    return {
        "took": 7,
        "timed_out": False,
        "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
        "hits": {
            "total": {"value": len(hits) if entries is None else entries, "relation": "eq"},
            "max_score": None,
            "hits": hits,
        },
        **({"aggregations": aggregations} if aggregations else {}),
    }


def response_hit(doc_id, score, source, highlight=None, reader_language=True):
    hit = {
        "_index": "portal-search-20261124080000000000",
        "_id": doc_id,
        "_score": score,
        "_source": {"doc_id": doc_id, **source},
        "fields": {"object_key": [doc_id.rsplit(":", 1)[0]]},
        "sort": [0 if reader_language else 1, score],
    }
    if highlight:
        hit["highlight"] = highlight
    return hit


def terms_buckets(name, buckets, items=True):
    return {
        "doc_count": sum(count for _key, count, _items in buckets),
        name: {
            "doc_count_error_upper_bound": 0,
            "sum_other_doc_count": 0,
            "buckets": [
                {"key": key, "doc_count": count, **({"metric": {"value": distinct}} if items else {})}
                for key, count, distinct in buckets
            ],
        },
    }


def aggregations(content_types=(), sectors=(), languages=(), dates=(0, 0, 0, 0), items=0):
    keys = ["upcoming", "month", "year", "older"]
    return {
        "_filter_content_type": terms_buckets("content_type", content_types),
        "_filter_sector": terms_buckets("sector", sectors),
        "_filter_language": terms_buckets("language", languages, items=False),
        "_filter_date": {
            "doc_count": sum(dates),
            "date": {
                "buckets": [
                    {"key": key, "doc_count": count, "metric": {"value": count}} for key, count in zip(keys, dates)
                ]
            },
        },
        "_items": {"doc_count": items, "count": {"value": items}},
    }


def test_search_response_becomes_results_with_snippets_totals_and_facets(server, backend, monkeypatch):
    monkeypatch.setattr("search.backends.elastic.timezone.localdate", lambda: TODAY)
    server.on(
        "POST",
        "/portal-search/_search",
        search_response(
            [
                response_hit(
                    "parks.parkpage:7:zh-hans",
                    9.42,
                    {
                        "content_type": "park",
                        "language": "zh-hans",
                        "title": "海口国际离岸创新创业平台",
                        "url": "/zh-hans/parks/platform/",
                        "date": "2025-06-01",
                    },
                    {"text_zh": ["平台为海外团队提供<mark>离岸</mark>孵化、AI医疗合作等服务。"]},
                ),
                response_hit(
                    "policies.policypage:12:zh-hans",
                    3.1,
                    {
                        "content_type": "policy",
                        "language": "zh-hans",
                        "title": "离岸创新创业人才政策",
                        "url": "/zh-hans/policies/talent/",
                        "date": "2024-03-15",
                    },
                    {"text_zh": ["&lt;试行&gt;：支持<mark>离岸</mark><mark>创新</mark>创业人才"]},
                ),
            ],
            aggregations(
                content_types=[("park", 2, 1), ("policy", 1, 1)],
                sectors=[("biomedicine", 1, 1), ("digital-economy", 4, 2)],
                languages=[("zh-hans", 2, None), ("en", 1, None)],
                dates=(0, 1, 0, 2),
                items=2,
            ),
            entries=3,
        ),
    )

    results = backend.search(
        SearchQuery(
            text="离岸创新", language="zh-hans", sectors=["digital-economy"], date_to=datetime.date(2025, 11, 23)
        )
    )

    assert results == SearchResults(
        hits=[
            Hit(
                doc_id="parks.parkpage:7:zh-hans",
                content_type="park",
                language="zh-hans",
                title="海口国际离岸创新创业平台",
                url="/zh-hans/parks/platform/",
                snippet="平台为海外团队提供<mark>离岸</mark>孵化、AI医疗合作等服务。",
                date=datetime.date(2025, 6, 1),
                score=9.42,
            ),
            Hit(
                doc_id="policies.policypage:12:zh-hans",
                content_type="policy",
                language="zh-hans",
                title="离岸创新创业人才政策",
                url="/zh-hans/policies/talent/",
                snippet="&lt;试行&gt;：支持<mark>离岸</mark><mark>创新</mark>创业人才",
                date=datetime.date(2024, 3, 15),
                score=3.1,
            ),
        ],
        total=2,  # items, not the three matching entries
        facets={
            "content_type": [FacetValue("park", 1), FacetValue("policy", 1)],
            "sector": [FacetValue("digital-economy", 2, selected=True), FacetValue("biomedicine", 1)],
            "language": [FacetValue("en", 1), FacetValue("zh-hans", 2)],
            # Empty buckets are left out; "older" is exactly the reader's span.
            "date": [FacetValue("month", 1), FacetValue("older", 2, selected=True)],
        },
        backend="elasticsearch",
        exact_total=True,
    )


def test_when_most_words_find_nothing_any_word_is_tried(server, backend):
    replies = iter(
        [
            search_response([], aggregations()),
            search_response(
                [
                    response_hit(
                        "news.newspage:4:en",
                        2.5,
                        {
                            "content_type": "news",
                            "language": "en",
                            "title": "Robotics demo day",
                            "url": "/en/news/robotics/",
                        },
                    )
                ],
                aggregations(content_types=[("news", 1, 1)], languages=[("en", 1, None)], items=1),
            ),
        ]
    )
    server.on("POST", "/portal-search/_search", lambda request: next(replies))

    results = backend.search(SearchQuery(text="robotics submarine", language="en"))

    first, second = server.requests
    assert first.body["query"]["bool"]["must"] == [text_branches("robotics submarine", "robotics submarine")]
    assert second.body["query"]["bool"]["must"] == [text_branches("robotics submarine", "robotics submarine", "1")]
    assert [hit.title for hit in results.hits] == ["Robotics demo day"]


def test_a_chosen_filter_value_stays_listed_when_nothing_matches_it(server, backend):
    server.on("POST", "/portal-search/_search", search_response([], aggregations(content_types=[("news", 3, 2)])))

    results = backend.search(SearchQuery(text="robotics", language="en", content_types=["event"]))

    assert results.total == 0
    assert results.facets["content_type"] == [FacetValue("news", 2), FacetValue("event", 0, selected=True)]
    assert len(server.requests) == 1  # one word: nothing to relax


def suggest_response(*options):
    return {
        "took": 1,
        "timed_out": False,
        "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
        "hits": {"total": {"value": 0, "relation": "eq"}, "max_score": None, "hits": []},
        "suggest": {"titles_and_terms": [{"text": "离岸", "offset": 0, "length": 2, "options": list(options)}]},
    }


def suggest_option(text, doc_id, score, title, keywords, **source):
    language = doc_id.rsplit(":", 1)[1]
    return {
        "text": text,
        "_index": "portal-search-1",
        "_id": doc_id,
        "_score": score,
        "_source": {
            "title": title,
            "keywords": keywords,
            "url": f"/{language}/{doc_id}/",
            "language": language,
            "content_type": "news",
            **source,
        },
        "contexts": {"language": [language]},
    }


def test_autocomplete_offers_terms_then_whole_titles_not_the_inner_word_inputs(server, backend, monkeypatch):
    monkeypatch.setattr("search.backends.elastic.timezone.localdate", lambda: TODAY)
    server.on(
        "POST",
        "/portal-search/_search",
        suggest_response(
            suggest_option("离岸孵化基地开放申请", "news.newspage:9:zh-hans", 6.0, "离岸孵化基地开放申请", []),
            suggest_option("离岸孵化", "news.newspage:4:zh-hans", 4.0, "海外团队入驻", ["离岸孵化"]),
            suggest_option(
                "离岸创新创业平台", "parks.parkpage:7:zh-hans", 2.0, "海口国际离岸创新创业平台", ["人工智能"]
            ),
            suggest_option(
                "离岸技术合作", "opportunities.listing:3:zh-hans", 2.0, "寻找离岸技术合作", [], expires="2026-11-23"
            ),
        ),
    )

    assert backend.autocomplete("离岸 ", "zh-hans") == [
        Suggestion(text="离岸孵化", kind="term"),
        Suggestion(
            text="离岸孵化基地开放申请",
            kind="title",
            url="/zh-hans/news.newspage:9:zh-hans/",
            language="zh-hans",
            content_type="news",
        ),
        Suggestion(
            text="海口国际离岸创新创业平台",
            kind="title",
            url="/zh-hans/parks.parkpage:7:zh-hans/",
            language="zh-hans",
            content_type="news",
        ),
    ]


def test_blank_autocomplete_asks_nothing(server, backend):
    assert backend.autocomplete("  ", "en") == []
    assert server.requests == []


def test_related_items_come_back_as_hits(server, backend):
    server.on(
        "POST",
        "/portal-search/_search",
        search_response(
            [
                response_hit(
                    "news.newspage:4:en",
                    5.5,
                    {
                        "content_type": "news",
                        "language": "en",
                        "title": "Offshore incubation base opens",
                        "url": "/en/news/incubation/",
                    },
                ),
            ]
        ),
    )

    assert backend.related("parks.parkpage:7", "en") == [
        Hit(
            doc_id="news.newspage:4:en",
            content_type="news",
            language="en",
            title="Offshore incubation base opens",
            url="/en/news/incubation/",
            snippet="",
            date=None,
            score=5.5,
        )
    ]


# -- errors reach the engine -----------------------------------------------------------------


def test_unreachable_server_raises_a_connection_error_for_the_engine_to_fall_back_on():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    backend = ElasticsearchBackend(f"http://127.0.0.1:{closed_port}")

    with pytest.raises(ElasticsearchConnectionError) as raised:
        backend.search(SearchQuery(text="AI", language="en"))
    assert isinstance(raised.value, ERRORS)


def test_search_before_the_first_rebuild_raises_not_found(server, backend):
    server.on(
        "POST", "/portal-search/_search", {"error": {"type": "index_not_found_exception"}, "status": 404}, status=404
    )

    with pytest.raises(NotFoundError) as raised:
        backend.search(SearchQuery(text="AI", language="en"))
    assert isinstance(raised.value, ERRORS)
