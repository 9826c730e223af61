"""Why two listings match, in the reader's language: the strongest reasons first, then the cautions.

Reads what ``scoring`` stores in ``Match.reasons`` ("top" pairs of terms, region, stage, conflicts).
A concept is named in the reader's language with its name in the other language after it, because
the two listings may be written in different languages: "Both about mulch film · 地膜".
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .match_lexicon import LANGUAGES
from .match_lexicon import lexicon as current_lexicon

SHOWN = 3  # concept reasons shown, the strongest first
WORDING_SHARE = 0.25  # shared words making at least this share of the fit are a reason of their own
LEGACY_PREFIXES = {"keywords": "k", "subfields": "f", "sectors": "s", "cooperation": "c"}


def _bilingual(lexicon, key, language):
    name = lexicon.name(key, language)
    others = [lexicon.name(key, other) for other in LANGUAGES if other != language]
    others = [other for other in others if other and other.casefold() != name.casefold()]
    return " · ".join([name, *others[:1]])


def _top_pairs(codes, lexicon):
    if "top" in codes:
        return [tuple(pair) for pair in codes["top"] if len(pair) == 2]
    pairs = []  # stored before reasons had a "top" (matches are rewritten when refreshed)
    for list_key, prefix in LEGACY_PREFIXES.items():
        for code in codes.get(list_key, []):
            key = f"{prefix}:{code}"
            if prefix == "f" and f"k:{code}" in lexicon.names:
                key = f"k:{code}"
            if key in lexicon.names and (key, key) not in pairs:
                pairs.append((key, key))
    return pairs


def _concept_reason(lexicon, own, other, language):
    if own != other:
        return _("Close fields: %(yours)s and %(theirs)s") % {
            "yours": lexicon.name(own, language),
            "theirs": lexicon.name(other, language),
        }
    if own[0] == "s":
        return _("Same sector: %(name)s") % {"name": lexicon.name(own, language)}
    if own[0] == "c":
        return _("Both open to %(name)s") % {"name": lexicon.name(own, language)}
    return _("Both about %(name)s") % {"name": _bilingual(lexicon, own, language)}


def reasons(codes, region=None, lexicon=None):
    """``(reasons, cautions)``: lines a reader understands, strongest first, in the active language.

    ``region`` is the stored region code's ``Region`` object and ``lexicon`` the matching snapshot,
    both read by the caller once for many matches.
    """
    lexicon = lexicon or current_lexicon()
    language = get_language() or LANGUAGES[0]
    lines, named = [], set()
    for own, other in _top_pairs(codes, lexicon):
        if own not in lexicon.names or other not in lexicon.names:
            continue
        name = lexicon.name(own, language).casefold()
        if own == other and name in named:  # two concepts may share a name in one language
            continue
        named.add(name)
        lines.append(_concept_reason(lexicon, own, other, language))
        if len(lines) == SHOWN:
            break
    if codes.get("words", 0) >= WORDING_SHARE or (not lines and codes.get("words")):
        lines.append(_("Similar wording in both descriptions"))
    if region is not None:
        lines.append(_("Target market: %(region)s") % {"region": region})
    if codes.get("stage"):
        lines.append(_("Stage of development fits"))
    conflicts = set(codes.get("conflicts", []))
    cautions = []
    if "stage" in conflicts:
        cautions.append(_("The stages of development do not suit each other"))
    if "region" in conflicts:
        cautions.append(_("An organisation is outside the other side's target markets"))
    if "budget" in conflicts:
        cautions.append(_("The budgets do not overlap"))
    return lines, cautions
