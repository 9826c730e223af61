"""The demo glossary and keyword hierarchy the matcher reads: sound data, loaded once and idempotently."""

from collections import defaultdict

import pytest
from django.utils import translation

from core.text import HAN, normalise, tokens
from demo.glossary import GLOSSARY
from demo.marketplace import KEYWORDS
from demo.marketplace_loader import load_vocabularies
from demo.sectors import SECTORS
from demo.sectors_loader import load_sectors
from sectors.models import SubField
from vocabulary.models import GlossaryTerm, TechnologyKeyword

# Stems of words found in almost every listing: alone, they would make everything match everything.
EVERYDAY_STEMS = {
    "app", "data", "system", "platform", "servic", "solut", "technolog", "product", "develop", "manag",
    "market", "innov", "design", "model", "local", "digit", "commerci", "standard", "factor", "patent",
    "prototyp", "project", "partner", "industri", "research", "smart", "import", "export",
}  # fmt: skip
EVERYDAY_CHINESE = {"平台", "系统", "数据", "技术", "服务", "产品", "项目", "合作", "专利", "知识产权", "应用", "创新"}


def _wordings(item):
    return [item["name_en"], item["name_zh"], *item["synonyms"]]


def _codes_by(key):
    """``{key(wording): {codes of the entries that have it}}``."""
    found = defaultdict(set)
    for item in GLOSSARY:
        for wording in _wordings(item):
            found[key(wording)].add(item["code"])
    return found


def _phrase(wording):
    """What the matcher compares: a Chinese wording as it is, an English one as its stemmed words."""
    return normalise(wording) if HAN.search(wording) else tuple(tokens(wording))


def test_every_glossary_term_has_an_english_and_a_chinese_name():
    for item in GLOSSARY:
        assert item["name_en"].strip() and not HAN.search(item["name_en"]), item["code"]
        assert HAN.search(item["name_zh"]), item["code"]


def test_glossary_codes_are_unique():
    codes = [item["code"] for item in GLOSSARY]
    assert len(codes) == len(set(codes))


def test_no_wording_belongs_to_two_glossary_terms():
    shared = {wording: codes for wording, codes in _codes_by(str.casefold).items() if len(codes) > 1}
    assert shared == {}


def test_no_two_glossary_terms_match_the_same_phrase():
    """Plurals and word forms stem alike ("mulch film", "mulch films"), so they must not sit in two terms."""
    shared = {phrase: codes for phrase, codes in _codes_by(_phrase).items() if len(codes) > 1}
    assert shared == {}


def test_no_chinese_wording_is_a_single_character_or_an_everyday_word():
    for item in GLOSSARY:
        for wording in _wordings(item):
            if HAN.search(wording):
                assert len(normalise(wording)) >= 2 and wording not in EVERYDAY_CHINESE, (item["code"], wording)


def test_no_english_wording_is_a_single_everyday_word():
    for item in GLOSSARY:
        for wording in _wordings(item):
            if not HAN.search(wording):
                stems = tokens(wording)
                assert stems and not (len(stems) == 1 and stems[0] in EVERYDAY_STEMS), (item["code"], wording)


def test_every_glossary_keyword_is_a_demo_keyword():
    keyword_codes = {item["code"] for item in KEYWORDS}
    assert {item["keyword"] for item in GLOSSARY if item["keyword"]} <= keyword_codes


def test_every_keyword_subfield_belongs_to_the_keywords_sector():
    sector_of = {sub["code"]: sector["code"] for sector in SECTORS for sub in sector["subfields"]}
    for item in KEYWORDS:
        if "subfield" in item:
            assert sector_of.get(item["subfield"]) == item["sector"], item["code"]


@pytest.fixture
def vocabularies(db):
    with translation.override("en"):
        load_sectors()
        return load_vocabularies()


def test_loading_the_vocabularies_twice_creates_nothing_the_second_time(vocabularies):
    assert vocabularies >= len(KEYWORDS) + len(GLOSSARY)
    assert GlossaryTerm.objects.count() == len(GLOSSARY)
    with translation.override("en"):
        assert load_vocabularies() == 0
    assert GlossaryTerm.objects.count() == len(GLOSSARY)


def test_reloading_gives_an_existing_keyword_without_a_subfield_its_subfield(vocabularies):
    TechnologyKeyword.objects.filter(code="bio-based-polymers").update(subfield=None)
    with translation.override("en"):
        load_vocabularies()
    assert TechnologyKeyword.objects.get(code="bio-based-polymers").subfield.code == "biodegradable-materials"


def test_reloading_keeps_a_subfield_an_editor_chose(vocabularies):
    TechnologyKeyword.objects.filter(code="water-quality").update(
        subfield=SubField.objects.get(code="environmental-equipment")
    )
    with translation.override("en"):
        load_vocabularies()
    assert TechnologyKeyword.objects.get(code="water-quality").subfield.code == "environmental-equipment"


def test_every_keyword_gets_the_subfield_of_its_data(vocabularies):
    loaded = dict(TechnologyKeyword.objects.values_list("code", "subfield__code"))
    assert loaded == {item["code"]: item.get("subfield") for item in KEYWORDS}


def test_a_loaded_glossary_term_offers_both_names_and_its_other_wordings(vocabularies):
    item = next(item for item in GLOSSARY if item["code"] == "mulch-film")
    assert GlossaryTerm.objects.get(code="mulch-film").wordings() == [
        item["name_en"],
        item["name_zh"],
        *item["synonyms"],
    ]


def test_loaded_glossary_terms_count_as_the_keywords_they_mean(vocabularies):
    loaded = dict(GlossaryTerm.objects.filter(keyword__isnull=False).values_list("code", "keyword__code"))
    assert loaded == {item["code"]: item["keyword"] for item in GLOSSARY if item["keyword"]}
