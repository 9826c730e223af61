from django import template
from django.conf import settings

from core.i18n import current_language_code
from search import engine
from search.documents import CONTENT_TYPES, object_key

register = template.Library()


@register.filter
def content_type_label(key):
    """The reader-facing name of a result's content type ("news" → News)."""
    return CONTENT_TYPES.get(key, key)


@register.filter
def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


@register.inclusion_tag("search/includes/related.html")
def related_items(item, limit=4):
    """ "Related" links for a page or a listing: items sharing its sectors, keywords and title words.

    For detail templates: ``{% load search_tags %}{% related_items page %}``. Renders nothing when
    nothing is related.
    """
    return {"related": engine.related(object_key(item), current_language_code(), limit)}
