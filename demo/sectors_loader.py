"""Loads the vocabulary pages are tagged with: sectors, their subfields, and the news categories.

Keyed on codes and slugs, so a second run changes nothing. Data lives in ``sectors.py``.
"""

from news.models import NewsCategory
from sectors.models import Sector, SubField

from . import sectors as data
from .builders import set_bilingual


def load_sectors():
    """Every demo sector with its subfields, then the news categories; existing ones are left as they are."""
    for order, item in enumerate(data.SECTORS):
        sector = Sector.objects.filter(code=item["code"]).first()
        if sector is None:
            sector = Sector(code=item["code"], sort_order=order)
            set_bilingual(sector, "name", item)
            set_bilingual(sector, "description", item)
            sector.save()
        for sub_order, sub in enumerate(item["subfields"]):
            if not SubField.objects.filter(code=sub["code"]).exists():
                subfield = SubField(sector=sector, code=sub["code"], sort_order=sub_order)
                set_bilingual(subfield, "name", sub)
                subfield.save()
    for item in data.NEWS_CATEGORIES:
        if not NewsCategory.objects.filter(slug=item["slug"]).exists():
            category = NewsCategory(slug=item["slug"])
            set_bilingual(category, "name", item)
            category.save()
