"""What a listing is about, as matching terms (keys of ``match_lexicon``) with a strength from 0 to 1.

* Its tags: sectors, sub-fields, keywords and cooperation types, at full strength. A concept tagged
  as sub-field and as keyword is one term.
* Its title and summary in every language it was written in. Wordings of the vocabulary and of the
  glossary found in the text become concepts ("全生物降解地膜" holds 地膜, "mulch films" holds
  mulch film), so that texts in two languages meet. The words left over become word terms:
  Snowball stems for English, jieba words for Chinese, without stop words and partnering
  boilerplate ("we are looking for a partner"). A Chinese word also stands, more weakly, for the
  English words of its dictionary glosses (``match_bridge``: 渔船 → fish, boat).

Works for anything shaped like a listing (``challenges.outreach.ChallengeAsRequest`` too).
"""

from functools import lru_cache

from core.text import chinese_words, normalise, stem, word_runs

from .match_bridge import english_stems
from .match_lexicon import lexicon as current_lexicon
from .models import Listing

TEXT_CONCEPT = 0.8  # a concept found only in the text is a little weaker than a tag
BRIDGED = 0.7  # an English word that a Chinese word stands for (match_bridge) is weaker than a written one
MAX_GLOSSED = 40  # glossed words kept per listing
MAX_WORDS = 60  # word terms kept per listing (titles first)
MAX_KEY = 80

STOP_WORDS = frozenset(
    # English stop words and partnering boilerplate (stemmed when compared).
    "a an and are as at be by can for from has have in into is it its of on or our that the their this to "
    "we with you your us they them will which who all any also more most other such than then there these "
    "those very via per using use used based new look looking seek seeking search want wants need needs "
    "require requires partner partners company companies firm team provide provides providing offer offers "
    "request requests solution solutions product products service services technology technologies "
    "china chinese hainan haikou market markets cooperation project projects work working help support "
    "include including high year years one two three first"
    # Chinese function words and boilerplate.
    " 的 了 和 与 及 在 是 为 对 等 以 或 之 其 将 把 被 从 向 我们 我 你们 贵 本 该 以及 一个 一种 进行 提供 "
    "寻求 寻找 需要 希望 欢迎 合作 伙伴 合作伙伴 公司 企业 团队 技术 产品 服务 解决方案 方案 海南 海口 中国 "
    "市场 项目 开展 相关 可以 能够 具有 用于 实现 通过 包括 主要 我司 已经".split()
)
_STOP_STEMS = frozenset(stem(word) for word in STOP_WORDS if word.isascii())


def _strip(text):
    return (text or "").strip()


def join_text(*parts):
    """Titles and summaries as the one string whose terms are read."""
    return "\n".join(_strip(part) for part in parts if _strip(part))


def listing_text(listing):
    """A listing's title and summary in every language it has, as one string."""
    return join_text(listing.title, listing.summary, listing.translated_title, listing.translated_summary)


TAGS = ("sectors", "subfields", "keywords", "cooperation_types")  # the Listing relations that are tags


def _tag_keys(lexicon):
    return {
        "sectors": lexicon.sector_key,
        "subfields": lexicon.subfield_key,
        "keywords": lexicon.keyword_key,
        "cooperation_types": lexicon.cooperation_key,
    }


def terms_from(text, tag_ids, lexicon=None):
    """``{key: strength}`` of a text and of tags given as ``{relation: [ids]}`` (relations of ``TAGS``)."""
    lexicon = lexicon or current_lexicon()
    terms = dict(_text_terms(text, lexicon))
    keys = _tag_keys(lexicon)
    for relation, ids in tag_ids.items():
        for pk in ids:
            key = keys[relation].get(pk)
            if key:
                terms[key] = 1.0
    return terms


def _english_terms(stems, lexicon, found, words):
    position = 0
    while position < len(stems):
        for phrase, key in lexicon.english.get(stems[position], ()):
            if tuple(stems[position : position + len(phrase)]) == phrase:
                found[key] = TEXT_CONCEPT
                position += len(phrase)
                break
        else:
            word = stems[position]
            if word not in _STOP_STEMS and len(word) > 1 and not word.isdigit() and len(word) <= 30:
                words.append(f"w:{word}")
            position += 1


def _chinese_wordings(text, lexicon, found):
    """Find the Chinese wordings (longest first, "5G通信" too) and take them out of the text."""
    for wording, key in lexicon.chinese:
        if wording in text:
            found[key] = TEXT_CONCEPT
            text = text.replace(wording, "，")  # consumed: its characters are not words again
    return text


def _chinese_terms(run, found, words, glossed):
    for word in chinese_words(run):
        if len(word) > 1 and word not in STOP_WORDS and word.strip("，"):
            words.append(f"w:{word}")
            glossed.extend(f"w:{english}" for english in english_stems(word) if english not in _STOP_STEMS)


@lru_cache(maxsize=4096)  # the same texts come up again and again in one worker (one snapshot each)
def _text_terms(text, lexicon):
    found, words, glossed = {}, [], []
    stems = []
    text = _chinese_wordings(normalise(text), lexicon, found)
    for han, word in [*word_runs(text), ("", "")]:
        if word:
            stems.append(stem(word.lower()))
            continue
        _english_terms(stems, lexicon, found, words)
        stems = []
        if han:
            _chinese_terms(han, found, words, glossed)
    terms = {}
    for word in dict.fromkeys(words):
        if len(terms) >= MAX_WORDS:
            break
        terms[word[:MAX_KEY]] = 1.0
    for word in dict.fromkeys(glossed):
        if len(terms) >= MAX_WORDS + MAX_GLOSSED:
            break
        terms.setdefault(word[:MAX_KEY], BRIDGED)
    terms.update(found)
    return terms


def tag_ids_of(listing_ids):
    """``{listing id: {relation: [term ids]}}`` read from the through tables (one query per relation)."""
    tags = {pk: {relation: [] for relation in TAGS} for pk in listing_ids}
    for relation in TAGS:
        through = getattr(Listing, relation).through
        column = Listing._meta.get_field(relation).m2m_reverse_name()
        for listing_id, term_id in through.objects.filter(listing_id__in=listing_ids).values_list("listing_id", column):
            tags[listing_id][relation].append(term_id)
    return tags


def listing_terms(listing, lexicon=None):
    """Everything the listing is about: what its text holds, and its tags at full strength.

    A saved listing's tags are read from the through tables, unless they were prefetched; anything
    else shaped like a listing gives them through ``.all()``.
    """
    prefetched = getattr(listing, "_prefetched_objects_cache", {})
    if listing.pk is not None and not set(TAGS) <= set(prefetched):
        tag_ids = tag_ids_of([listing.pk])[listing.pk]
    else:
        tag_ids = {relation: [term.pk for term in getattr(listing, relation).all()] for relation in TAGS}
    return terms_from(listing_text(listing), tag_ids, lexicon)
