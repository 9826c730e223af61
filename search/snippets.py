"""Result snippets: a window of the text around the first match, escaped, with <mark> on matched words."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import HAN, highlight_terms, normalise

SNIPPET_LENGTH = 220


def _pattern(clauses):
    words, han = highlight_terms(clauses)
    parts = [re.escape(term) for term in sorted(han, key=len, reverse=True)]
    # English terms are stems or typed words: mark whole words that start with them.
    parts += [rf"(?<![^\W_]){re.escape(term)}[^\W_]*" for term in sorted(words, key=len, reverse=True)
              if term and not HAN.search(term)]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def highlight(text, clauses, length=SNIPPET_LENGTH):
    """Safe HTML: up to ``length`` characters of ``text`` around the first match, matches marked."""
    text = " ".join(normalise(text).split())
    pattern = _pattern(clauses)
    first = pattern.search(text) if pattern else None
    start = 0
    if first and first.start() > length // 3:
        start = first.start() - length // 3
        # start at a word boundary when the text has spaces there
        space = text.rfind(" ", 0, start)
        start = space + 1 if space != -1 and start - space < 20 else start
    window = text[start:start + length]
    pieces = ["…" if start else ""]
    position = 0
    for match in (pattern.finditer(window) if pattern else ()):
        pieces.append(escape(window[position:match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    pieces.append(escape(window[position:]))
    if start + length < len(text):
        pieces.append("…")
    return mark_safe("".join(pieces))
