"""Result snippets: a window of the text around the first match, escaped, with <mark> on matched words."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.text import HAN, highlight_terms, normalise

SNIPPET_LENGTH = 220


def _pattern(clauses):
    words, han = highlight_terms(clauses)
    parts = [re.escape(term) for term in sorted(han, key=len, reverse=True)]
    # English terms are stems or typed words: mark whole words that start with them.
    parts += [
        rf"(?<![^\W_]){re.escape(term)}[^\W_]*"
        for term in sorted(words, key=len, reverse=True)
        if term and not HAN.search(term)
    ]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _matchable(text):
    """``text`` NFKC-normalised for matching, and for each of its characters the index it came from.

    Matching needs the normalised form (full-width ＡＩ finds "AI"); readers must still see the text
    as written, with its full-width Chinese punctuation (，。：), so the window is cut from the original.
    """
    characters, origins = [], []
    for index, character in enumerate(text):
        for piece in normalise(character):
            characters.append(piece)
            origins.append(index)
    return "".join(characters), origins


def highlight(text, clauses, length=SNIPPET_LENGTH):
    """Safe HTML: up to ``length`` characters of ``text`` around the first match, matches marked."""
    text = " ".join((text or "").split())
    matchable, origins = _matchable(text)
    origins.append(len(text))  # the end of the last character

    def original(start, end):
        return text[origins[start] : origins[end]]

    pattern = _pattern(clauses)
    first = pattern.search(matchable) if pattern else None
    start = 0
    if first and first.start() > length // 3:
        start = first.start() - length // 3
        # start at a word boundary when the text has spaces there
        space = matchable.rfind(" ", 0, start)
        start = space + 1 if space != -1 and start - space < 20 else start
    end = min(start + length, len(matchable))
    pieces = ["…" if start else ""]
    position = start
    for match in pattern.finditer(matchable, start, end) if pattern else ():
        pieces.append(escape(original(position, match.start())))
        pieces.append(f"<mark>{escape(original(match.start(), match.end()))}</mark>")
        position = match.end()
    pieces.append(escape(original(position, end)))
    if end < len(matchable):
        pieces.append("…")
    return mark_safe("".join(pieces))
