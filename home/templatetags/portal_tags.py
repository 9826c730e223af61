from django import template

from core import links
from core.i18n import language_alternates
from home.legal import footer_legal_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def get_language_alternates(context):
    """Per-language URLs of the current page, for the switcher and hreflang links."""
    request = context.get("request")
    if request is None:
        return []
    return language_alternates(request, context.get("page") or context.get("self"))


@register.simple_tag
def absolute_url(path):
    """``path`` on settings.PORTAL_BASE_URL; never on the Host the request came with."""
    return links.absolute_url(path)


@register.filter
def local_path(path):
    """``path`` if it is certainly a path on this site (not ``//host/``), else an empty string."""
    return path if links.is_local_path(path) else ""


@register.filter
def in_section(page, section):
    """True when ``page`` is ``section`` or lies below it in the page tree."""
    return bool(page) and hasattr(page, "path") and page.path.startswith(section.path)


@register.simple_tag
def legal_pages():
    """The live privacy policy, terms, cookie notice and accessibility statement, for the footer."""
    return footer_legal_pages()
