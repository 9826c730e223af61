"""The matcher's view of the vocabulary: concepts, their bilingual names and wordings, and their neighbours.

A *term* is what two listings can share, written as a short key:

=========  ===========================================================================
``k:…``    a concept: a technology keyword (``k:biodegradable-plastics``). A sub-field or a
           glossary term that means the same (same code or same English name, or a
           glossary term tied to the keyword) is the same concept, so it counts once.
``f:…``    a sub-field that is not also a keyword
``g:…``    a glossary term not tied to a keyword (地膜 = mulch film)
``s:…``    a sector
``c:…``    a cooperation type
``w:…``    a word of a title or summary: a Snowball stem, or a jieba word for Chinese
=========  ===========================================================================

It also holds the target regions with their countries. The vocabulary's hierarchy gives partial credit between close concepts: a keyword and its broader
sub-field, and two keywords under one sub-field (bio-based polymers ↔ biodegradable plastics).

The snapshot is read once per process and read again when any vocabulary changes (a version
number in the database, bumped by ``bump_version`` on every vocabulary save), so every worker on
every machine sees an edit; ``tasks.rebuild_match_index`` then re-reads the indexed listings.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from core.text import normalise, stem, word_runs
from sectors.models import Sector, SubField
from vocabulary.models import CooperationType, GlossaryTerm, Region, TechnologyKeyword

from .models import MatchTermStat

# Partial credit (a share of the rarer concept's weight) between neighbours in the hierarchy.
PARENT_CREDIT = 0.5  # a keyword and its broader sub-field
SIBLING_CREDIT = 0.4  # two keywords under one sub-field
VERSION_TERM = "~vocabulary"  # the MatchTermStat row whose count is the vocabulary's version
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _names(term):
    """``{language: name}`` of a translated vocabulary term."""
    return {
        language: getattr(term, build_localized_fieldname("name", language), "") or term.name for language in LANGUAGES
    }


def english_phrase(text):
    """The stems of an English wording, as matched against a text's stems."""
    return tuple(stem(word.lower()) for han, word in word_runs(text) if word)


@dataclass(frozen=True)
class TargetRegion:
    """A region with its countries read once (``Region.contains`` parses them on every call)."""

    region: Region
    is_global: bool
    countries: frozenset

    @classmethod
    def of(cls, region):
        return cls(region, region.is_global, frozenset(country.code for country in region.countries))

    def contains(self, country_code):
        return self.is_global or country_code in self.countries


@dataclass(eq=False)  # compared and hashed by identity: text terms are cached per snapshot
class Lexicon:
    names: dict = field(default_factory=dict)  # term key → {language: name}
    keyword_key: dict = field(default_factory=dict)  # keyword id → key
    subfield_key: dict = field(default_factory=dict)  # sub-field id → key
    sector_key: dict = field(default_factory=dict)  # sector id → key
    cooperation_key: dict = field(default_factory=dict)  # cooperation type id → key
    neighbours: dict = field(default_factory=dict)  # key → {key: credit}
    english: dict = field(default_factory=dict)  # first stem → [(stems, key)], longest first
    chinese: list = field(default_factory=list)  # [(wording, key)], longest first
    regions: dict = field(default_factory=dict)  # region id → TargetRegion

    def name(self, key, language=None):
        """The term's name in ``language`` (the active one by default); '' for words and unknown keys."""
        names = self.names.get(key)
        if not names:
            return ""
        language = language or get_language() or LANGUAGES[0]
        return names.get(language) or names.get(LANGUAGES[0], "")

    def add_wording(self, text, key):
        text = normalise(text).strip()
        if not text:
            return
        if any(han for han, _word in word_runs(text)):
            if len(text) >= 2:  # one 字 says too little
                self.chinese.append((text, key))
            return
        stems = english_phrase(text)
        if stems and (len(stems) > 1 or len(stems[0]) >= 3):
            self.english.setdefault(stems[0], []).append((stems, key))

    def link(self, key_a, key_b, credit):
        if key_a != key_b:
            self.neighbours.setdefault(key_a, {})[key_b] = max(credit, self.neighbours.get(key_a, {}).get(key_b, 0))
            self.neighbours.setdefault(key_b, {})[key_a] = max(credit, self.neighbours.get(key_b, {}).get(key_a, 0))


def _build():
    lexicon = Lexicon(regions={region.pk: TargetRegion.of(region) for region in Region.objects.all()})
    keywords = list(TechnologyKeyword.objects.all())
    by_code = {keyword.code: keyword for keyword in keywords}
    by_english = {_names(keyword)["en"].casefold(): keyword for keyword in keywords}
    for keyword in keywords:
        key = f"k:{keyword.code}"
        lexicon.keyword_key[keyword.pk] = key
        lexicon.names[key] = _names(keyword)
    for subfield in SubField.objects.all():
        names = _names(subfield)
        same = by_code.get(subfield.code) or by_english.get(names["en"].casefold())
        key = f"k:{same.code}" if same else f"f:{subfield.code}"
        lexicon.subfield_key[subfield.pk] = key
        lexicon.names.setdefault(key, names)
    for sector in Sector.objects.all():
        key = f"s:{sector.code}"
        lexicon.sector_key[sector.pk] = key
        lexicon.names[key] = _names(sector)
    for cooperation in CooperationType.objects.all():
        key = f"c:{cooperation.code}"
        lexicon.cooperation_key[cooperation.pk] = key
        lexicon.names[key] = _names(cooperation)
    for glossary in GlossaryTerm.objects.all():
        key = lexicon.keyword_key.get(glossary.keyword_id) or f"g:{glossary.code}"
        lexicon.names.setdefault(key, _names(glossary))
        for wording in glossary.wordings():
            lexicon.add_wording(wording, key)
    # Keywords and sub-fields are also looked for in the text, by their names in both languages.
    for key, names in list(lexicon.names.items()):
        if key[0] in "kf":
            for name in names.values():
                lexicon.add_wording(name, key)
    under = {}
    for keyword in keywords:
        if keyword.subfield_id in lexicon.subfield_key:
            parent = lexicon.subfield_key[keyword.subfield_id]
            lexicon.link(lexicon.keyword_key[keyword.pk], parent, PARENT_CREDIT)
            under.setdefault(parent, []).append(lexicon.keyword_key[keyword.pk])
    for siblings in under.values():
        for position, key_a in enumerate(siblings):
            for key_b in siblings[position + 1 :]:
                lexicon.link(key_a, key_b, SIBLING_CREDIT)
    for phrases in lexicon.english.values():
        phrases.sort(key=lambda phrase: -len(phrase[0]))
    lexicon.chinese.sort(key=lambda wording: -len(wording[0]))
    return lexicon


_snapshot = {"version": None, "lexicon": None}


def current_version():
    """The vocabulary's version, kept in the database so that every process and machine sees one number."""
    return MatchTermStat.objects.filter(term=VERSION_TERM).values_list("listings", flat=True).first() or 0


def lexicon():
    """The current snapshot (one small query; rebuilt after a vocabulary change).

    Read it once per request or batch and pass it on: each call checks the version.
    """
    version = current_version()
    if _snapshot["lexicon"] is None or _snapshot["version"] != version:
        _snapshot.update(version=version, lexicon=_build())
    return _snapshot["lexicon"]


def forget():
    """Drop this process's snapshot (the next match reads the vocabulary again)."""
    _snapshot["lexicon"] = None


def bump_version():
    """Record a vocabulary change: every process rebuilds its snapshot on its next match."""
    MatchTermStat.objects.get_or_create(term=VERSION_TERM)
    MatchTermStat.objects.filter(term=VERSION_TERM).update(listings=F("listings") + 1)
    forget()
