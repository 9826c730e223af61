"""Images without Wagtail's write to the cache on every request.

``{% image %}`` writes each rendition it serves back to the renditions cache, a database write per image per
request while that cache is the database. These tags read the rendition the list's query attached
(``core.renditions``), else the cache, else the database, and store it only when it was not cached.

``{% prefetched_image image "fill-480x270" alt="" loading="lazy" %}`` renders the ``<img>``;
``{% rendition_of image "fill-1200x630" as og %}`` gives the rendition (``og.url``).
"""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.renditions import rendition_for

register = template.Library()


@register.simple_tag
def rendition_of(image, spec):
    """The rendition of ``image`` for ``spec``, or None without an image."""
    return rendition_for(image, spec) if image else None


@register.simple_tag
def prefetched_image(image, spec, **attributes):
    """An ``<img>`` of ``image`` for ``spec`` with its width, height and ``attributes``; empty without an image."""
    if not image:
        return ""
    rendition = rendition_for(image, spec)
    attributes = {"src": rendition.url, "width": rendition.width, "height": rendition.height, **attributes}
    # What flatatt and format_html would write, without their cost (a list renders one per card).
    return mark_safe("<img" + "".join(f' {name}="{escape(value)}"' for name, value in sorted(attributes.items())) + ">")
