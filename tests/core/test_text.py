"""Tokens for documents and queries: Chinese segmented by jieba, English stemmed, both in one text."""

from core.text import index_text, parse_query, segment, tokens
from search.snippets import highlight


def _query_tokens(text):
    return [[term.token for term in alternative] for clause in parse_query(text) for alternative in clause.alternatives]


def test_chinese_document_is_indexed_by_its_words_and_the_words_inside_them():
    indexed = tokens("海口国际离岸创新创业平台")
    assert {"离岸", "创新", "创业", "平台"} <= set(indexed)


def test_english_words_are_lowercased_and_stemmed():
    assert tokens("Parks Registering") == ["park", "regist"]


def test_full_width_letters_and_digits_match_their_usual_forms():
    assert tokens("ＡＩ医疗 １５％") == tokens("AI医疗 15%")


def test_mixed_query_keeps_english_and_chinese_words():
    assert _query_tokens("AI 医疗") == [["ai"], ["医疗"]]


def test_long_stems_match_as_prefixes_so_registering_finds_registration():
    (clause,) = parse_query("registering")
    (term,) = clause.alternatives[0]
    assert term.token == "regist" and term.prefix
    assert index_text("registration").startswith(term.token)


def test_common_words_are_dropped_from_queries_unless_nothing_else_is_left():
    assert _query_tokens("the parks of Haikou") == [["park"], ["haikou"]]
    assert _query_tokens("the") == [["the"]]


def test_a_chinese_query_word_also_matches_through_its_parts():
    alternatives = parse_query("互联网")[0].alternatives
    assert [term.token for term in alternatives[0]] == ["互联网"]
    assert len(alternatives) == 2  # the word, or its dictionary parts together


def test_autocomplete_treats_the_last_word_as_unfinished():
    last = parse_query("company regis", last_is_prefix=True)[-1]
    assert any(term.token == "regis" and term.prefix for alternative in last.alternatives for term in alternative)


def test_segment_leaves_english_as_written_and_spaces_chinese_words():
    assert segment("AI医疗 Parks") == "AI 医疗  Parks"


def test_snippet_marks_matches_and_escapes_everything_else():
    html = highlight("<b>Offshore</b> parks & innovation", parse_query("parks"))
    assert html == "&lt;b&gt;Offshore&lt;/b&gt; <mark>parks</mark> &amp; innovation"


def test_snippet_marks_chinese_words_and_english_word_forms():
    html = highlight("海口国际离岸创新创业平台 offers registration help", parse_query("创业 registering"))
    assert "<mark>创业</mark>" in html and "<mark>registration</mark>" in html


def test_snippet_starts_near_the_first_match_in_a_long_text():
    text = "Filler words. " * 60 + "The bonded zone is here."
    html = highlight(text, parse_query("bonded"))
    assert html.startswith("…") and "<mark>bonded</mark>" in html


def test_snippet_keeps_chinese_full_width_punctuation_as_written():
    html = highlight("新加坡驿站是第一站，提供政策解读（线上）：对接服务。", parse_query("政策"))
    assert html == "新加坡驿站是第一站，提供<mark>政策</mark>解读（线上）：对接服务。"


def test_snippet_still_matches_full_width_letters_and_shows_them_as_written():
    html = highlight("支持 ＡＩ 医疗项目", parse_query("AI"))
    assert "<mark>ＡＩ</mark>" in html
