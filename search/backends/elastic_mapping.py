"""The Elasticsearch index: its analysers, its fields, and how a SearchDocument becomes an entry.

One index holds every content type in both languages. A reader searches across all of them at once,
so one index gives one scoring space to rank news against listings, one aggregation per facet, and
one alias to swap on rebuild. Every type has the same flat fields (a SearchDocument), so separate
indices would only repeat the mapping.

Each entry fills the fields of its own language. Chinese is indexed twice, with no ES plugin:
jieba words segmented in Python (precise, ranks whole words) and character bigrams (finds any
substring of two or more characters, even where jieba cut the words differently).
"""

import re

from elasticsearch.dsl import Completion, Date, Document, Index, Keyword, MetaField, Text, analyzer

from core.text import load_jieba, segment

# Letters and digits: a jieba word, or a run of Latin letters or digits that ``segment`` left as is.
_WORD = re.compile(r"[^\W_]+")

# Words come pre-segmented by jieba, joined by spaces: the index only has to split on the spaces.
zh_words = analyzer("zh_words", tokenizer="whitespace", filter=["cjk_width", "lowercase"])
# Built-in filters only: the standard tokenizer cuts Chinese into characters, cjk_bigram pairs them.
zh_bigrams = analyzer("zh_bigrams", tokenizer="standard", filter=["cjk_width", "lowercase", "cjk_bigram"])
# No stemming and no stop words, so a prefix matches what the reader has typed so far.
suggest_analyzer = analyzer("suggest", tokenizer="standard", filter=["cjk_width", "lowercase"])

# The fields each query branch searches: title over keywords over text.
ENGLISH_FIELDS = ["title_en^3", "keywords_en^2", "text_en"]
CHINESE_WORD_FIELDS = ["title_zh_words^3", "keywords_zh_words^2", "text_zh_words"]
CHINESE_BIGRAM_FIELDS = ["title_zh^3", "keywords_zh^2", "text_zh"]
# Snippets come from fields holding the text as written (the word fields hold it with spaces added).
SNIPPET_FIELDS = ["text_en", "text_zh"]
# "More like this" picks its terms from whole words, not bigrams.
RELATED_FIELDS = ["title_en", "keywords_en", "text_en", "title_zh_words", "keywords_zh_words", "text_zh_words"]

# Completion weights: a whole title beats a vocabulary term beats a match inside a title or term.
TITLE_WEIGHT, KEYWORD_WEIGHT, INNER_WORD_WEIGHT = 3, 2, 1
# Inner-word suggestions start at most at this many word boundaries into a title or term.
MAX_INNER_WORDS = 8


def _english_text(**kwargs):
    return Text(analyzer="english", **kwargs)


def _chinese_bigrams(**kwargs):
    return Text(analyzer=zh_bigrams, **kwargs)


def _chinese_words():
    return Text(analyzer=zh_words)


class ElasticEntry(Document):
    """One SearchDocument as stored: display fields, facet fields and per-language search fields."""

    doc_id = Keyword()
    object_key = Keyword()
    content_type = Keyword()
    language = Keyword()
    sectors = Keyword()
    keywords = Keyword()
    date = Date(format="strict_date")
    expires = Date(format="strict_date")  # last day a listing may be found; absent: no end
    # Shown as written; searched through the per-language fields below.
    title = Keyword(index=False, doc_values=False)
    url = Keyword(index=False, doc_values=False)

    title_en = _english_text()
    keywords_en = _english_text()
    # Offsets make highlighting long texts cheap.
    text_en = _english_text(index_options="offsets")
    title_zh = _chinese_bigrams()
    keywords_zh = _chinese_bigrams()
    text_zh = _chinese_bigrams(index_options="offsets")
    title_zh_words = _chinese_words()
    keywords_zh_words = _chinese_words()
    text_zh_words = _chinese_words()

    # Autocomplete, filtered and boosted by the entry's language.
    suggest = Completion(
        analyzer=suggest_analyzer,
        contexts=[{"name": "language", "type": "category", "path": "language"}],
    )

    class Meta:
        # A typo in a field name fails loudly instead of adding an unanalysed field.
        dynamic = MetaField("strict")


def index_definition(name):
    """The index ``name`` with its settings, analysers and mapping (``.to_dict()`` is the create body)."""
    index = Index(name)
    # One shard: the corpus is small and one shard keeps scores and "more like this" consistent.
    # A replica once a second node exists; none on a single node, which would stay yellow otherwise.
    index.settings(number_of_shards=1, auto_expand_replicas="0-1")
    index.document(ElasticEntry)
    return index


def is_chinese(language):
    return language.startswith("zh")


def segmented(text):
    """Text as jieba words joined by spaces, for the ``zh_words`` analyser (index and query alike).

    Punctuation is dropped here so that the whitespace tokenizer never sees "AI，" as one word.
    """
    return " ".join(_WORD.findall(segment(text)))


def entry_for(document):
    """The ElasticEntry for one SearchDocument; its ``_id`` is the document's doc_id."""
    entry = ElasticEntry(
        meta={"id": document.doc_id},
        doc_id=document.doc_id,
        object_key=document.object_key,
        content_type=document.content_type,
        language=document.language,
        sectors=list(document.sectors),
        keywords=list(document.keywords),
        date=document.date.isoformat() if document.date else None,
        expires=document.expires.isoformat() if document.expires else None,
        title=document.title,
        url=document.url,
        suggest=suggestion_inputs(document),
    )
    keywords = " · ".join(document.keywords)
    if is_chinese(document.language):
        entry.title_zh, entry.keywords_zh, entry.text_zh = document.title, keywords, document.text
        entry.title_zh_words = segmented(document.title)
        entry.keywords_zh_words = segmented(keywords)
        entry.text_zh_words = segmented(document.text)
    else:
        entry.title_en, entry.keywords_en, entry.text_en = document.title, keywords, document.text
    return entry


def word_starts(phrase, language):
    """Offsets in ``phrase`` where a word begins (jieba's words for Chinese)."""
    if is_chinese(language) and not phrase.isascii():
        spans = load_jieba().tokenize(phrase, mode="search")
        return sorted({start for _word, start, _end in spans if phrase[start].isalnum()})
    return [match.start() for match in re.finditer(r"\b\w", phrase)]


def suggestion_inputs(document):
    """Completion inputs: the title and each vocabulary term whole, then from each inner word on.

    The completion suggester only matches prefixes; starting extra inputs at inner words lets
    "创业" find "海口国际离岸创新创业平台" and "innovation" find "Offshore innovation centre".
    """
    phrases = [(document.title, TITLE_WEIGHT)] + [(term, KEYWORD_WEIGHT) for term in document.keywords]
    whole, inner, seen = {}, [], set()
    for phrase, weight in phrases:
        phrase = phrase.strip()
        if not phrase or phrase in seen:
            continue
        seen.add(phrase)
        whole.setdefault(weight, []).append(phrase)
        for start in word_starts(phrase, document.language)[1 : MAX_INNER_WORDS + 1]:
            suffix = phrase[start:]
            if suffix not in seen:
                seen.add(suffix)
                inner.append(suffix)
    inputs = [{"input": whole[weight], "weight": weight} for weight in sorted(whole, reverse=True)]
    if inner:
        inputs.append({"input": inner, "weight": INNER_WORD_WEIGHT})
    return inputs


def phrase_for_suggestion(suggestion, title, keywords):
    """The title or vocabulary term a completion input was cut from (inputs are their suffixes)."""
    for phrase in [title, *keywords]:
        if phrase and phrase.strip().endswith(suggestion):
            return phrase.strip()
    return suggestion
