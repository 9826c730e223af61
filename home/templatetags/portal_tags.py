from django import template

from core import links
from core.i18n import language_alternates
from home import chrome
from home.legal import footer_legal_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def get_language_alternates(context):
    """Per-language URLs of the current page, for the switcher and hreflang links."""
    request = context.get("request")
    if request is None:
        return []
    return language_alternates(request, context.get("page") or context.get("self"))


@register.simple_tag(takes_context=True)
def current_menu_item(context):
    """``{"pk": …, "is_page": …}`` of the header's menu item whose section holds the current page (pk None if none)."""
    request = context.get("request")
    if request is None:
        return {"pk": None, "is_page": False}
    pk, is_page = chrome.current_menu_item(request, context.get("page") or context.get("self"))
    return {"pk": pk, "is_page": is_page}


@register.simple_tag
def absolute_url(path):
    """``path`` on settings.PORTAL_BASE_URL; never on the Host the request came with."""
    return links.absolute_url(path)


@register.filter
def local_path(path):
    """``path`` if it is certainly a path on this site (not ``//host/``), else an empty string."""
    return path if links.is_local_path(path) else ""


@register.simple_tag
def legal_pages():
    """The live privacy policy, terms, cookie notice and accessibility statement, for the footer."""
    return footer_legal_pages()
