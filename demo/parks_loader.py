"""Loads the park pages. Data lives in ``parks.py``."""

from decimal import Decimal

from parks.models import ParkPage

from . import parks as data
from .builders import page_or_new, publish, set_bilingual, set_sectors


def load_parks(index):
    """Each demo park under ``index``, with its coordinates, contacts and facilities (one per line)."""
    for item in data.PARKS:
        page, is_new = page_or_new(
            index,
            ParkPage,
            item,
            park_type=item["park_type"],
            latitude=Decimal(f"{item['lat']:.6f}"),
            longitude=Decimal(f"{item['lng']:.6f}"),
            contact_phone=item["phone"],
            contact_email=item["email"],
            website=item["website"],
        )
        if not is_new:
            continue
        set_bilingual(page, "intro", item)
        set_bilingual(page, "address", item)
        page.facilities_en = "\n".join(item["facilities_en"])
        page.facilities_zh_hans = "\n".join(item["facilities_zh"])
        set_sectors(page, item["sectors"])
        publish(index, page)
