"""The shared vocabulary offered by autocomplete: sectors, sub-fields and technology keywords."""

import difflib

from django.core.cache import cache

from core.text import HAN, normalise
from sectors.models import Sector, SubField
from vocabulary.models import TechnologyKeyword

CACHE_KEY = "search:vocabulary-terms"
CACHE_SECONDS = 600


def vocabulary_terms():
    """Every term as a dict of names by language, read once per ten minutes (three small queries)."""
    terms = cache.get(CACHE_KEY)
    if terms is None:
        terms = [
            {"en": name_en or "", "zh-hans": name_zh or ""}
            for model in (Sector, SubField, TechnologyKeyword)
            for name_en, name_zh in model.objects.values_list("name_en", "name_zh_hans")
        ]
        cache.set(CACHE_KEY, terms, CACHE_SECONDS)
    return terms


def _matches(name, prefix):
    name = normalise(name).lower()
    if HAN.search(prefix):
        return prefix in name
    return name.startswith(prefix) or any(word.startswith(prefix) for word in name.split())


def matching_terms(prefix, language, limit=8):
    """Term names that start with ``prefix`` (any word of them), or contain it for Chinese.

    The name is given in the language the reader typed in when it matched there, else in ``language``.
    """
    prefix = " ".join(normalise(prefix).lower().split())
    if not prefix:
        return []
    found, seen = [], set()
    for term in vocabulary_terms():
        order = [language] + [code for code in term if code != language]
        matched = next((term[code] for code in order if term[code] and _matches(term[code], prefix)), None)
        if matched and matched not in seen:
            seen.add(matched)
            found.append(matched)
    found.sort(key=lambda name: (not normalise(name).lower().startswith(prefix), len(name)))
    return found[:limit]


def close_terms(text, language, limit=5):
    """Vocabulary names that look like ``text`` (for "did you mean" when nothing was found)."""
    text = normalise(text).lower().strip()
    names = {}
    for term in vocabulary_terms():
        for code in [language] + [c for c in term if c != language]:
            if term[code]:
                names.setdefault(term[code].lower(), term[code])
    close = difflib.get_close_matches(text, list(names), n=limit, cutoff=0.6)
    return [names[name] for name in close]
