"""Turning text into search tokens, the same way for documents and queries, in English and Chinese.

Both embedded backends index *tokens made here*, not the raw text, so SQLite and PostgreSQL find
exactly the same things:

* Chinese runs are segmented by jieba. Documents use ``cut_for_search``, which emits every word
  and the dictionary words inside longer ones, so "海口国际离岸创新创业平台" is indexed as
  海口 国际 离岸 创新 创业 平台 (and more). A query word that the document's segmentation split
  differently still matches through its own parts (see ``parse_query``).
* Everything else is split into letters-and-digits words, lowercased and stemmed with the Snowball
  English stemmer ("parks" → park, "registering" → regist). Long stems are matched as prefixes, so
  "registering" also finds "registration" (stemmed registr).
* Text is NFKC-normalised first, so full-width letters and digits (１５％, ＡＩ) match their
  half-width forms.

The Elasticsearch backend uses ``segment`` for its pre-segmented Chinese fields and does its own
English analysis.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings

# CJK unified ideographs (and extension A, compatibility ideographs): the runs jieba segments.
_HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN = re.compile(f"[{_HAN_CHARS}]")
_RUN = re.compile(f"([{_HAN_CHARS}]+)|([^\\W_{_HAN_CHARS}]+)")

# Words a query can drop without changing what the reader means. The index keeps them.
STOP_WORDS = frozenset(
    "a an and are as at be by for from how in into is it its of on or the to what with 的 了 和 与 及 在 是 "
    "或 等 之".split()
)

# English stems at least this long are also matched as prefixes ("regist" finds "registr").
PREFIX_STEM_LENGTH = 5

_jieba = None


def load_jieba():
    """jieba, with its dictionary cache under the project (``.jieba-cache``) instead of /tmp.

    Loading the dictionary takes about half a second, so it happens on first use, once per process.
    """
    global _jieba
    if _jieba is None:
        import jieba

        jieba.setLogLevel(60)
        cache_dir = Path(settings.BASE_DIR) / ".jieba-cache"
        cache_dir.mkdir(exist_ok=True)
        jieba.dt.tmp_dir = str(cache_dir)
        _jieba = jieba
    return _jieba


def chinese_words(text):
    """jieba's precise segmentation of ``text`` (a list of words, punctuation included)."""
    return load_jieba().lcut(text)


@lru_cache(maxsize=50_000)
def _search_words(run):
    """Every word and dictionary sub-word of a Chinese run (documents repeat phrases: cache them)."""
    return tuple(word for word in load_jieba().cut_for_search(run) if word.strip())


@lru_cache(maxsize=1)
def _english_stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=100_000)
def stem(word):
    """The Snowball English stem of a lowercase word (cached: the stemmer is pure Python)."""
    return _english_stemmer().stemWord(word)


def normalise(text):
    return unicodedata.normalize("NFKC", text or "")


def word_runs(text):
    """``[(chinese run, "") or ("", other word)]`` of ``text``, NFKC-normalised, in order."""
    return _RUN.findall(normalise(text))


def tokens(text):
    """The index tokens of ``text``: jieba search words for Chinese, stemmed lowercase words otherwise."""
    result = []
    for han, word in _RUN.findall(normalise(text)):
        if han:
            result.extend(_search_words(han))
        else:
            result.append(stem(word.lower()))
    return result


def index_text(text):
    """``tokens`` joined by spaces: what the embedded backends store and match against."""
    return " ".join(tokens(text))


def segment(text):
    """``text`` with each Chinese run replaced by its space-separated jieba search words.

    Other characters are left as they are (for engines that analyse English themselves).
    """
    return _RUN.sub(
        lambda m: f" {' '.join(_search_words(m.group(1)))} " if m.group(1) else m.group(0), normalise(text)
    ).strip()


# ---------------------------------------------------------------------------------------------
# Queries


@dataclass(frozen=True)
class Term:
    token: str
    prefix: bool = False


@dataclass(frozen=True)
class Clause:
    """One thing the reader typed: any of ``alternatives`` (each a list of terms, all required) matches."""

    alternatives: tuple[tuple[Term, ...], ...]
    surface: str  # what the reader typed for it, for highlighting


def _han_clauses(run):
    clauses = []
    for word in chinese_words(run):
        if word in STOP_WORDS or not word.strip():
            continue
        # A single character matches the words that start with it (药 → 药谷, 药物).
        alternatives = [(Term(word, prefix=len(word) == 1),)]
        parts = tuple(Term(part) for part in _search_words(word) if part != word and part not in STOP_WORDS)
        if parts:
            # A document segmented differently (创新创业 → 创新 创业) still matches by the parts.
            alternatives.append(parts)
        clauses.append(Clause(tuple(alternatives), word))
    return clauses


def parse_query(text, last_is_prefix=False):
    """The reader's query as clauses that must all match.

    ``last_is_prefix`` treats the last word as unfinished (autocomplete: "regis" → regis*).
    """
    clauses = []
    for han, word in _RUN.findall(normalise(text)[:200]):
        if han:
            clauses.extend(_han_clauses(han))
        else:
            lowered = word.lower()
            stemmed = stem(lowered)
            clauses.append(Clause(((Term(stemmed, prefix=len(stemmed) >= PREFIX_STEM_LENGTH),),), lowered))
    meaningful = [clause for clause in clauses if clause.surface not in STOP_WORDS]
    clauses = meaningful or clauses
    if last_is_prefix and clauses:
        # What was typed so far is a prefix; its stem may have cut more than the reader will type
        # ("regis" stems to "regi"), so the stem only counts as a whole word.
        last = clauses[-1]
        typed = (Term(last.surface.lower(), True),)
        if HAN.search(last.surface):
            alternatives = tuple(tuple(Term(term.token, True) for term in alt) for alt in last.alternatives)
        else:
            alternatives = ((Term(stem(last.surface.lower())),), typed)
        clauses[-1] = Clause(alternatives, last.surface)
    return clauses[:12]  # a pasted paragraph is not a query; the first dozen words say enough


def highlight_terms(clauses):
    """Strings to mark in a snippet: what was typed, and the stems (matched as word starts)."""
    words, han = set(), set()
    for clause in clauses:
        for alternative in clause.alternatives:
            for term in alternative:
                (han if HAN.search(term.token) else words).add(term.token)
        (han if HAN.search(clause.surface) else words).add(clause.surface.lower())
    return words, han
