"""The demo shows realistic classification and links: one or two sectors per item, policies linked to services."""

import pytest

from demo import events, news, parks, policies, services


@pytest.mark.parametrize(
    "items", [news.NEWS, policies.POLICIES, parks.PARKS, events.EVENTS], ids=["news", "policies", "parks", "events"]
)
def test_each_demo_item_names_one_or_two_sectors(items):
    assert all(1 <= len(item["sectors"]) <= 2 for item in items), [
        item["slug"] for item in items if not 1 <= len(item["sectors"]) <= 2
    ]


def test_every_demo_policy_links_to_services_that_exist():
    service_slugs = {item["slug"] for item in services.SERVICES}
    for policy in policies.POLICIES:
        assert policy["services"] and set(policy["services"]) <= service_slugs, policy["slug"]


def test_the_work_permit_policy_links_to_the_work_permit_service():
    policy = next(p for p in policies.POLICIES if p["slug"] == "foreigners-work-permit-service-zone")
    assert "work-permit-and-visa" in policy["services"]


def test_every_demo_article_topic_is_named_in_both_languages():
    topics = {slug: (name_en, name_zh) for slug, name_en, name_zh in news.TOPICS}
    for article in news.NEWS:
        assert all(slug in topics and all(topics[slug]) for slug in article["topics"]), article["slug"]
