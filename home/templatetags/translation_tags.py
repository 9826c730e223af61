"""The "English only" / "仅有英文版" marker on pages shown in a language they have no translation for.

{% page_translation_notice page as translation_notice %}
<h1{% if translation_notice.title_language %} lang="{{ translation_notice.title_language }}"{% endif %}>...
{% include "includes/translation_marker.html" with notice=translation_notice %}
"""

from django import template
from django.utils.translation import gettext

from core.i18n import current_language_code
from home.translation_status import untranslated_notice

register = template.Library()


@register.simple_tag
def page_translation_notice(page):
    """None when ``page`` is translated into the reader's language; else the label and languages to mark up."""
    language = current_language_code()
    notice = untranslated_notice(page, language) if page is not None else None
    if notice is None:
        return None
    if notice["language"] == "en":
        label = gettext("Partly in English only") if notice["partial"] else gettext("English only")
    else:
        label = gettext("Partly in Chinese only") if notice["partial"] else gettext("Chinese only")
    return {
        "label": label,
        "interface_language": language,
        "content_language": notice["language"],
        "title_language": "" if notice["partial"] else notice["language"],
    }
