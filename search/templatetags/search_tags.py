from django import template
from django.conf import settings

from search import page_context
from search.documents import CONTENT_TYPES
from search.page_context import RELATED_ITEMS

register = template.Library()


@register.filter
def content_type_label(key):
    """The reader-facing name of a result's content type ("news" → News)."""
    return CONTENT_TYPES.get(key, key)


@register.filter
def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


@register.inclusion_tag("search/includes/related.html")
def related_items(item, limit=RELATED_ITEMS):
    """ "Related" links for an item whose view did not put them in the context (pages get them from
    ``search.page_context.DetailPageContext``). Renders nothing when nothing is related."""
    return {"related": page_context.related_items(item, limit)}
