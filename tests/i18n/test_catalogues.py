"""The Chinese catalogue is complete and its compiled .mo matches the .po that translators edit."""

import ast
import gettext
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "zh_Hans" / "LC_MESSAGES"


def _entries():
    """``(flags, msgctxt, msgid, msgid_plural, [msgstr...])`` for each entry of the .po file."""
    entries, current, key = [], None, None
    for line in (CATALOGUE / "django.po").read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if current and "msgid" in current:
                entries.append(current)
            current, key = None, None
            continue
        current = current or {"flags": "", "msgstr": {}}
        if line.startswith("#,"):
            current["flags"] += line
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            value = ast.literal_eval(line)
            if isinstance(key, int):
                current["msgstr"][key] += value
            else:
                current[key] += value
        else:
            keyword, _space, value = line.partition(" ")
            value = ast.literal_eval(value)
            if keyword.startswith("msgstr"):
                key = int(keyword[7:-1]) if "[" in keyword else 0
                current["msgstr"][key] = value
            else:
                key = keyword
                current[key] = value
    return [entry for entry in entries if entry["msgid"]]  # skip the header


def test_every_message_has_a_chinese_translation():
    untranslated = [entry["msgid"] for entry in _entries() if not all(entry["msgstr"].values())]
    assert untranslated == []


def test_no_translation_is_marked_fuzzy():
    assert [entry["msgid"] for entry in _entries() if "fuzzy" in entry["flags"]] == []


def test_compiled_catalogue_matches_the_source():
    with open(CATALOGUE / "django.mo", "rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    for entry in _entries():
        context = entry.get("msgctxt")
        if "msgid_plural" in entry:
            found = (
                catalogue.npgettext(context, entry["msgid"], entry["msgid_plural"], 1)
                if context
                else catalogue.ngettext(entry["msgid"], entry["msgid_plural"], 1)
            )
        else:
            found = catalogue.pgettext(context, entry["msgid"]) if context else catalogue.gettext(entry["msgid"])
        assert found == entry["msgstr"][0], entry["msgid"]
