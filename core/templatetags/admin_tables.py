"""``{% table_head _("Name") _("Status") %}``: an admin listing's header row, one column heading per label.

The labels are ``_("…")`` constants, so makemessages finds them and each is translated when rendered.
"""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.simple_tag
def table_head(*labels):
    cells = format_html_join("", '<th scope="col">{}</th>', ((label,) for label in labels))
    return format_html("<thead><tr>{}</tr></thead>", cells)
