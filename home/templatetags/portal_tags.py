from django import template

from home.i18n import language_alternates

register = template.Library()


@register.simple_tag(takes_context=True)
def get_language_alternates(context):
    """Per-language URLs of the current page, for the switcher and hreflang links."""
    request = context.get("request")
    if request is None:
        return []
    return language_alternates(request, context.get("page") or context.get("self"))


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.filter
def in_section(page, section):
    """True when ``page`` is ``section`` or lies below it in the page tree."""
    return bool(page) and hasattr(page, "path") and page.path.startswith(section.path)
