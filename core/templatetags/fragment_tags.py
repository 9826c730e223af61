"""``{% fragment "name" [vary ...] %}…{% endfragment %}``: a part of a template rendered once per site generation.

The body is rendered with the current context the first time and then served from ``core.fragments``
(per site, language and the values given after the name) until everything is purged. Put only what is
the same for every visitor inside: never the account links, a form's CSRF token or the request's query.
"""

from django import template
from django.utils.safestring import mark_safe

from core import fragments

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, name, vary, nodelist, shared=True):
        self.name = name
        self.vary = vary
        self.nodelist = nodelist
        self.shared = shared

    def render(self, context):
        request = context.get("request")
        if request is None:
            return self.nodelist.render(context)
        vary = [value.resolve(context) for value in self.vary]
        name = self.name.resolve(context)
        html = fragments.cached(request, name, lambda: str(self.nodelist.render(context)), *vary, shared=self.shared)
        return mark_safe(html)  # noqa: S308 (the output of our own template, already escaped when it was rendered)


@register.simple_tag(takes_context=True)
def form_fragment_key(context, form):
    """A key for ``form``'s rendered HTML while its data are valid choices, else "" (then it is rendered each time).

    Valid data are a bounded set (the fields' choices), so they may name a fragment; anything else a visitor
    typed must not. Whether the request has a query string is part of it (the form's "Clear" link).
    """
    request = context.get("request")
    return fragments.form_state_key(form, has_query=bool(request and request.GET))


def _fragment_node(parser, token, end, shared):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f'{{% {bits[0]} %}} needs a name: {{% {bits[0]} "footer" %}}')
    nodelist = parser.parse((end,))
    parser.delete_first_token()
    vary = [parser.compile_filter(bit) for bit in bits[2:]]
    return FragmentNode(parser.compile_filter(bits[1]), vary, nodelist, shared)


@register.tag
def fragment(parser, token):
    return _fragment_node(parser, token, "endfragment", shared=True)


@register.tag
def card(parser, token):
    """``{% card "news-card" pk version … %}…{% endcard %}``: a list's card, a fragment kept in this process's
    memory only (``core.fragments.cached`` with ``shared=False``). The values after the name must change whenever anything
    the card shows does, unless a site-wide purge covers it (snippets, settings)."""
    return _fragment_node(parser, token, "endcard", shared=False)
