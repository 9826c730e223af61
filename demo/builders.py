"""Building blocks every demo loader uses: bilingual fields, body content, pages, images and the password.

Pages are found by their English slug under their parent, so each helper that creates something first
looks for it and a second run changes nothing. Data modules give each text twice, as ``<key>_en`` and
``<key>_zh``; models store them as ``<field>_en`` and ``<field>_zh_hans`` (modeltranslation).
"""

import datetime
import io
import os

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

from sectors.models import Sector

DEFAULT_PASSWORD = "offshore-demo-2026"
BANNER_COLOURS = {
    "digital-economy": (11, 92, 173),
    "biomedicine": (15, 123, 108),
    "green-tech": (46, 125, 50),
    "advanced-manufacturing": (94, 53, 177),
    "industrial-design": (173, 72, 11),
}


def demo_password():
    """The password of every demo user: ``DEMO_ADMIN_PASSWORD``, or the documented default."""
    return os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_PASSWORD)


def set_bilingual(obj, field, data, key=None):
    """Set ``obj.<field>_en`` and ``obj.<field>_zh_hans`` from ``data["<key>_en"]`` and ``data["<key>_zh"]``.

    ``key`` defaults to ``field``, for data whose key differs from the model field's name.
    """
    key = key or field
    setattr(obj, f"{field}_en", data[f"{key}_en"])
    setattr(obj, f"{field}_zh_hans", data[f"{key}_zh"])


def paragraphs(texts):
    """A StreamField value with one paragraph block per text."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def blocks(pairs):
    """A StreamField value from ``(block type, value)`` pairs."""
    return [{"type": kind, "value": value} for kind, value in pairs]


def parse_date(value):
    """An ISO date string as a date; empty means no date (``None``)."""
    return datetime.date.fromisoformat(value) if value else None


def child_page(parent, model, slug):
    """The child of ``parent`` of type ``model`` with English slug ``slug``, or ``None``."""
    return model.objects.child_of(parent).filter(slug_en=slug).first()


def publish(parent, page):
    """Add ``page`` under ``parent`` and publish it, firing the same signals as the admin."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def page_or_new(parent, model, data, **fields):
    """``(page, False)`` for the existing child with ``data["slug"]``, else ``(new page, True)``.

    A new page is not saved yet: it has its slug, bilingual title and ``fields``; the caller fills in
    the rest and calls :func:`publish`.
    """
    page = child_page(parent, model, data["slug"])
    if page is not None:
        return page, False
    page = model(slug=data["slug"], **fields)
    page.slug_en = data["slug"]
    set_bilingual(page, "title", data)
    return page, True


def index_page(parent, model, data, **fields):
    """The index (section) page described by ``data`` (slug, title, intro) under ``parent``, published if new."""
    page, is_new = page_or_new(parent, model, data, **fields)
    if is_new:
        set_bilingual(page, "intro", data)
        publish(parent, page)
    return page


def set_sectors(page, codes):
    """Tag ``page`` with the sectors whose codes are ``codes``."""
    page.sectors = list(Sector.objects.filter(code__in=codes))


def banner_image(code):
    """A plain coloured banner for sector ``code``, generated once, so the demo needs no image files."""
    title = f"Demo banner: {code}"
    image = Image.objects.filter(title=title).first()
    if image:
        return image
    colour = BANNER_COLOURS.get(code, (60, 60, 60))
    canvas = PILImage.new("RGB", (1200, 675), colour)
    draw = ImageDraw.Draw(canvas)
    for i in range(0, 1200, 60):
        draw.line([(i, 675), (i + 400, 0)], fill=tuple(min(255, c + 25) for c in colour), width=18)
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=80)
    image = Image(title=title)
    image.file = ImageFile(buffer, name=f"demo-{code}.jpg")
    image.save()
    return image
