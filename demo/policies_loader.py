"""Loads the policy pages and, once the service catalogue exists, links them to the services that act on
them. Data lives in ``policies.py``.
"""

from policies.models import PolicyPage
from services.models import ServicePage

from . import policies as data
from .builders import child_page, page_or_new, paragraphs, parse_date, publish, set_bilingual, set_sectors


def load_policies(index):
    """Each demo policy under ``index``."""
    for item in data.POLICIES:
        page, is_new = page_or_new(
            index,
            PolicyPage,
            item,
            policy_type=item["policy_type"],
            official_url=item["official_url"],
            effective_date=parse_date(item["effective"]),
            expiry_date=parse_date(item["expires"]),
        )
        if not is_new:
            continue
        set_bilingual(page, "issuing_authority", item, "authority")
        set_bilingual(page, "applies_to", item)
        set_bilingual(page, "summary", item)
        page.body_en = paragraphs(item["body_en"])
        page.body_zh_hans = paragraphs(item["body_zh"])
        set_sectors(page, item["sectors"])
        publish(index, page)


def link_policies_to_services(index):
    """Link each demo policy to the services that act on it, unless editors already chose some."""
    for item in data.POLICIES:
        page = child_page(index, PolicyPage, item["slug"])
        if page is None or not item.get("services") or page.related_services.exists():
            continue
        page.related_services = list(ServicePage.objects.filter(slug_en__in=item["services"]))
        page.save_revision().publish()
