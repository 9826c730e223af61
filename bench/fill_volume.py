"""Fill a database with benchmark volume: the demo site plus many news items, policies and parks.

Run after migrating (the script does not migrate):

    export DATABASE_URL=sqlite:////tmp/bench.sqlite3        # or postgres://postgres@127.0.0.1:5432/bench
    python manage.py migrate --noinput
    python bench/fill_volume.py                             # --news 1000 --policies 200 --parks 100

Counts are *totals* of live pages: demo pages count towards them and a second run adds nothing.

Speed: the demo loader publishes every page through a revision (as an editor would). Doing that for
a thousand pages is slow, so the volume pages are added with ``parent.add_child(instance=page)``
as live pages with ``first_published_at``/``last_published_at`` set and no revision, all in one
transaction. Wagtail serves such pages normally (it renders the page row, not the revision); the
page_published signal does not fire for them, so they get no PageTranslationState row (which is only
shown in the admin). The search index and reference index are still updated by Wagtail's post_save
handlers.
"""

import argparse
import datetime
import itertools
import os
import sys
import time
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _setup  # noqa: E402

SLUG_PREFIX = "bench"

NEWS_TOPICS = [
    ("Offshore company registration update", "离岸公司注册最新进展"),
    ("New talent visa channel for founders", "面向创业者的人才签证新通道"),
    ("Cross-border data pilot opens applications", "跨境数据试点开放申报"),
    ("Park welcomes overseas R&D team", "园区迎来海外研发团队"),
    ("Tax incentive guidance published", "税收优惠指引发布"),
    ("Incubator demo day announced", "孵化器路演日公布"),
]
POLICY_TYPES = ["tax", "talent-visa", "funding", "customs-trade", "ip", "data", "finance", "market-access"]
PARK_TYPES = ["park", "zone", "incubator", "station", "service-centre"]
AUTHORITIES = [
    ("Hainan Provincial Department of Finance", "海南省财政厅"),
    ("Haikou Municipal Government", "海口市人民政府"),
    ("Hainan Provincial Department of Commerce", "海南省商务厅"),
]


def _paragraphs(texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def _published(page, when):
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = when
    page.last_published_at = when
    return page


def _free_slugs(parent, model, prefix, count):
    """``count`` slugs ``<prefix>-<n>`` not yet used under ``parent``."""
    used = set(model.objects.child_of(parent).values_list("slug_en", flat=True))
    slugs = (f"{prefix}-{n}" for n in itertools.count(1))
    return list(itertools.islice((s for s in slugs if s not in used), count))


def _sector_cycle():
    from sectors.models import Sector

    sectors = list(Sector.objects.order_by("sort_order", "pk"))
    if not sectors:
        return itertools.repeat([])
    # one or two sectors per page, rotating through the vocabulary
    return itertools.cycle(
        [
            [sectors[i % len(sectors)]] + ([sectors[(i + 1) % len(sectors)]] if i % 2 else [])
            for i in range(len(sectors) * 2)
        ]
    )


def add_news(index, count, now):
    from wagtail.images.models import Image

    from news.models import NewsCategory, NewsPage, NewsTopic

    categories = list(NewsCategory.objects.all()) or [None]
    topics = list(NewsTopic.objects.order_by("slug"))
    banners = {
        img.title.removeprefix("Demo banner: "): img for img in Image.objects.filter(title__startswith="Demo banner: ")
    }
    sectors = _sector_cycle()
    today = now.date()
    for i, slug in enumerate(_free_slugs(index, NewsPage, f"{SLUG_PREFIX}-news", count)):
        topic_en, topic_zh = NEWS_TOPICS[i % len(NEWS_TOPICS)]
        page_sectors = next(sectors)
        page = NewsPage(
            slug=slug,
            title_en=f"{topic_en} ({slug})",
            title_zh_hans=f"{topic_zh}（{slug}）",
            date=today - datetime.timedelta(days=(i * 7) % 1100 + 1),
            category=categories[i % len(categories)],
            lead_image=banners.get(page_sectors[0].code) if page_sectors else None,
            intro_en=f"{topic_en}: what founders coming to Haikou need to know.",
            intro_zh_hans=f"{topic_zh}：来海口创业者需要了解的要点。",
            body_en=_paragraphs([f"{topic_en}. Details for offshore innovators.", "Contact the platform for help."]),
            body_zh_hans=_paragraphs([f"{topic_zh}。离岸创新创业者须知。", "如需帮助请联系平台。"]),
        )
        page.slug_en = slug
        page.sectors = page_sectors
        if topics:  # two of the demo's topics, rotating
            page.topics = [topics[i % len(topics)], topics[(i + 1) % len(topics)]]
        index.add_child(instance=_published(page, now - datetime.timedelta(hours=i)))


def add_policies(index, count, now):
    from policies.models import PolicyPage

    sectors = _sector_cycle()
    today = now.date()
    for i, slug in enumerate(_free_slugs(index, PolicyPage, f"{SLUG_PREFIX}-policy", count)):
        authority_en, authority_zh = AUTHORITIES[i % len(AUTHORITIES)]
        effective = today - datetime.timedelta(days=(i * 11) % 1500)
        page = PolicyPage(
            slug=slug,
            title_en=f"Offshore innovation policy {slug}",
            title_zh_hans=f"离岸创新政策 {slug}",
            issuing_authority_en=authority_en,
            issuing_authority_zh_hans=authority_zh,
            policy_type=POLICY_TYPES[i % len(POLICY_TYPES)],
            applies_to_en="Foreign-invested startups in Haikou",
            applies_to_zh_hans="海口外商投资初创企业",
            effective_date=effective,
            expiry_date=effective + datetime.timedelta(days=730) if i % 3 == 0 else None,
            official_url="https://www.hainan.gov.cn/",
            summary_en="A plain-language summary of who can apply, what it gives and how to apply. " * 2,
            summary_zh_hans="通俗说明：谁可以申请、可获得什么支持、如何申请。" * 2,
            body_en=_paragraphs(["Eligibility and application steps."]),
            body_zh_hans=_paragraphs(["申请条件和办理流程。"]),
        )
        page.slug_en = slug
        page.sectors = next(sectors)
        index.add_child(instance=_published(page, now - datetime.timedelta(hours=i)))


def add_parks(index, count, now):
    from parks.models import ParkPage

    sectors = _sector_cycle()
    for i, slug in enumerate(_free_slugs(index, ParkPage, f"{SLUG_PREFIX}-park", count)):
        page = ParkPage(
            slug=slug,
            title_en=f"Innovation park {slug}",
            title_zh_hans=f"创新园区 {slug}",
            park_type=PARK_TYPES[i % len(PARK_TYPES)],
            intro_en="An industrial park with offices and shared laboratories in Haikou.",
            intro_zh_hans="位于海口、提供办公室和共享实验室的产业园区。",
            address_en=f"{i + 1} Innovation Road, Haikou",
            address_zh_hans=f"海口市创新路{i + 1}号",
            latitude=Decimal("19.900000") + Decimal(i % 50) / 200,
            longitude=Decimal("110.200000") + Decimal(i % 40) / 200,
            contact_phone="+86 898 0000 0000",
            contact_email="parks@example.cn",
            facilities_en="Shared laboratories\nMeeting rooms",
            facilities_zh_hans="共享实验室\n会议室",
        )
        page.slug_en = slug
        page.sectors = next(sectors)
        index.add_child(instance=_published(page, now - datetime.timedelta(hours=i)))


def fill(news=1000, policies=200, parks=100, load_demo=True, log=print):
    """Load the demo (unless told not to), then top each kind up to the given live totals."""
    from django.db import transaction
    from django.utils import timezone, translation

    from news.models import NewsIndexPage, NewsPage
    from parks.models import ParkIndexPage, ParkPage
    from policies.models import PolicyIndexPage, PolicyPage

    if load_demo:
        from demo.loader import load_demo_content

        started = time.perf_counter()
        load_demo_content()
        log(f"demo content loaded in {time.perf_counter() - started:.1f}s")

    now = timezone.now()
    plan = [
        (NewsIndexPage, NewsPage, news, add_news),
        (PolicyIndexPage, PolicyPage, policies, add_policies),
        (ParkIndexPage, ParkPage, parks, add_parks),
    ]
    with translation.override("en"), transaction.atomic():
        for index_model, page_model, target, add in plan:
            index = index_model.objects.first()
            if index is None:
                raise SystemExit(f"No {index_model.__name__}: load the demo content first.")
            missing = target - page_model.objects.live().count()
            if missing > 0:
                started = time.perf_counter()
                add(index, missing, now)
                log(f"added {missing} {page_model.__name__} in {time.perf_counter() - started:.1f}s")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=int, default=1000, help="total live news items (default 1000)")
    parser.add_argument("--policies", type=int, default=200, help="total live policies (default 200)")
    parser.add_argument("--parks", type=int, default=100, help="total live parks (default 100)")
    parser.add_argument("--skip-demo", action="store_true", help="do not run load_demo_content() first")
    args = parser.parse_args(argv)

    _setup.configure("portal.settings.dev")
    started = time.perf_counter()
    print(f"database: {_setup.describe_database()}")
    fill(args.news, args.policies, args.parks, load_demo=not args.skip_demo)
    print(f"total time: {time.perf_counter() - started:.1f}s")
    for kind, count in _setup.volumes().items():
        print(f"  {kind:>10}: {count}")


if __name__ == "__main__":
    main()
