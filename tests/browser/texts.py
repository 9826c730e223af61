"""Interface text as the site shows it in a language, looked up in the site's own catalogue."""

from django.utils import translation


def in_language(language, text):
    """``text`` as the site shows it in ``language``: its translation, or the English text until there is one."""
    with translation.override(language):
        return translation.gettext(text)
