"""Matching and filtered-browse speed with many listings.

    export DATABASE_URL=sqlite:////tmp/bench_matching.sqlite3   # or postgres://postgres@127.0.0.1:5432/bench_matching
    python manage.py migrate --noinput          # this script does NOT migrate
    python bench/matching.py [--listings 100000,1000000 --runs 50]

For each volume of ``--listings`` (by default 100,000, then 1,000,000), it tops the database up to that
many bench listings of every kind, half written in Chinese and half in English (words drawn Zipf-like
from a pool of a few thousand, as in real text), with sectors, sub-fields, keywords, cooperation types
and target regions, using ``bulk_create``. It rebuilds the matching index if it does not hold every
public listing (timed). Then it saves ``--runs`` new draft listings and prints, for
``compute_matches(listing)`` (top 10): median and p95 latency, CPU ms per call and queries per call;
and the time of the filtered browse query and of the whole browse page. The drafts are deleted at the
end. Filling a million listings and indexing them takes a while (it is printed); it is done once.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _setup  # noqa: E402
from pages import collectstatic  # noqa: E402

BATCH = 10_000
PREFIX = "bench-"

SECTORS = [
    ("digital-economy", "Digital economy", "数字经济"),
    ("biomedicine", "Biomedicine", "生物医药"),
    ("marine", "Marine science", "海洋科技"),
    ("agriculture", "Tropical agriculture", "热带农业"),
    ("green-energy", "Green energy", "绿色能源"),
]
COOPERATION = [
    ("licensing", "Licence", "技术许可"),
    ("joint-venture", "Joint venture", "合资"),
    ("rd", "R&D cooperation", "研发合作"),
    ("technical", "Technical cooperation", "技术合作"),
    ("distribution", "Distribution", "分销"),
    ("manufacturing", "Manufacturing", "制造外包"),
    ("investment", "Investment", "投资"),
    ("services", "Services", "服务合作"),
]
REGIONS = [
    ("world", "Worldwide", "全球", True, []),
    ("asean", "ASEAN", "东盟", False, ["SG", "MY", "TH", "VN", "ID", "PH"]),
    ("eu", "EU", "欧盟", False, ["DE", "FR", "NL", "IT", "ES"]),
    ("north-america", "North America", "北美", False, ["US", "CA"]),
    ("greater-china", "Greater China", "大中华区", False, ["CN", "HK", "MO"]),
    ("middle-east", "Middle East", "中东", False, ["AE", "SA", "IL"]),
    ("africa", "Africa", "非洲", False, ["ZA", "KE", "NG", "EG"]),
    ("latin-america", "Latin America", "拉丁美洲", False, ["BR", "MX", "CL"]),
]
COUNTRIES = ["CN", "CN", "CN", "SG", "MY", "TH", "DE", "FR", "US", "CA", "AE", "KE", "BR", "GB", "JP", "KR"]
EN_WORDS = (
    "platform sensor data cloud vaccine diagnostic enzyme seaweed aquaculture drone battery solar "
    "hydrogen coral fishery rubber coffee mango satellite robot logistics payment blockchain genome "
    "imaging monitoring offshore port recycling biofuel storage analytics vision fintech clinic "
    "pharma seed irrigation greenhouse wind marine tidal"
).split()
ZH_WORDS = (
    "平台 传感器 数据 云计算 疫苗 诊断 酶制剂 海藻 水产养殖 无人机 电池 光伏 氢能 珊瑚 渔业 橡胶 咖啡 芒果 卫星 "
    "机器人 物流 支付 区块链 基因组 影像 监测 离岸 港口 回收 生物燃料 储能 分析 视觉 金融科技 诊所 制药 种子 灌溉 "
    "温室 风电 海洋 潮汐"
).split()
KINDS = [
    "tech-offer",
    "tech-request",
    "business-offer",
    "business-request",
    "rd-request",
    "investment-offer",
    "investment-request",
]
STAGES = ["idea", "research", "prototype", "pilot", "market"]


def vocabulary():
    """The bench's own vocabulary terms (codes start with ``bench-``), made once."""
    from sectors.models import Sector, SubField
    from vocabulary.models import CooperationType, Region, TechnologyKeyword

    sectors, subfields, keywords = [], {}, {}
    for order, (code, en, zh) in enumerate(SECTORS):
        sector, _ = Sector.objects.get_or_create(
            code=PREFIX + code, defaults={"name_en": en, "name_zh_hans": zh, "sort_order": order}
        )
        sectors.append(sector)
        subfields[sector.pk] = [
            SubField.objects.get_or_create(
                code=f"{PREFIX}{code}-{n}",
                defaults={"sector": sector, "name_en": f"{en} area {n}", "name_zh_hans": f"{zh}方向{n}"},
            )[0]
            for n in range(4)
        ]
        keywords[sector.pk] = [
            TechnologyKeyword.objects.get_or_create(
                code=f"{PREFIX}{code}-kw-{n}",
                defaults={"sector": sector, "name_en": f"{en} keyword {n}", "name_zh_hans": f"{zh}关键词{n}"},
            )[0]
            for n in range(12)
        ]
    cooperation = [
        CooperationType.objects.get_or_create(code=PREFIX + code, defaults={"name_en": en, "name_zh_hans": zh})[0]
        for code, en, zh in COOPERATION
    ]
    regions = [
        Region.objects.get_or_create(
            code=PREFIX + code,
            defaults={"name_en": en, "name_zh_hans": zh, "is_global": is_global, "countries": countries},
        )[0]
        for code, en, zh, is_global, countries in REGIONS
    ]
    return sectors, subfields, keywords, cooperation, regions


def owners(count=2000):
    """Bench organisations, each with one owner user."""
    from django.contrib.auth import get_user_model

    from accounts.models import Organisation

    User = get_user_model()
    existing = list(Organisation.objects.filter(name__startswith="Bench org ").order_by("pk"))
    if len(existing) < count:
        rng = random.Random(7)
        Organisation.objects.bulk_create(
            [
                Organisation(name=f"Bench org {n}", kind="startup", country=rng.choice(COUNTRIES), city="Bench")
                for n in range(len(existing), count)
            ],
            batch_size=BATCH,
        )
        User.objects.bulk_create(
            [
                User(username=f"bench-owner-{n}", email=f"bench-owner-{n}@example.com", password="!")
                for n in range(len(existing), count)
            ],
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        existing = list(Organisation.objects.filter(name__startswith="Bench org ").order_by("pk"))
    users = {user.username: user.pk for user in User.objects.filter(username__startswith="bench-owner-")}
    return [(org, users[f"bench-owner-{org.name.split()[-1]}"]) for org in existing]


def _pseudo_words(seed, syllables, count, length):
    rng = random.Random(seed)
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(syllables) for _ in range(length)))
    return sorted(words)


# Real text is Zipfian: a few words are everywhere, most are rare. The themed words above come first
# (the commonest), then made-up ones, drawn with probability 1 / rank.
EN_POOL = EN_WORDS + _pseudo_words(1, "ka lo mi ne ru sa ti vo ber dan fel gor hul pin tras zu".split(), 3_000, 3)
ZH_POOL = ZH_WORDS + _pseudo_words(
    2, "光谱纳米催化膜层复合阀泵舱缆桨藻菌酶肽苷醇烯腈氟锂钠镁钛钴镍铜锌锡钨铱铂", 1_200, 2
)
EN_WEIGHTS = [1 / (rank + 1) for rank in range(len(EN_POOL))]
ZH_WEIGHTS = [1 / (rank + 1) for rank in range(len(ZH_POOL))]


def text(rng, language, words):
    pool, weights = (ZH_POOL, ZH_WEIGHTS) if language == "zh-hans" else (EN_POOL, EN_WEIGHTS)
    chosen = rng.choices(pool, weights=weights, k=words)
    return "".join(chosen) if language == "zh-hans" else " ".join(chosen).capitalize()


def new_listing(rng, vocab, organisation, owner_id, today, *, status=None):
    """An unsaved Listing plus the ids of its vocabulary terms."""
    from opportunities.models import Listing

    sectors, subfields, keywords, cooperation, regions = vocab
    language = rng.choice(["en", "zh-hans"])
    other = "zh-hans" if language == "en" else "en"
    status = status or rng.choices(["published", "draft", "expired", "closed"], weights=[85, 5, 5, 5])[0]
    published_at = (
        datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=rng.randrange(525_600))
        if status != "draft"
        else None
    )
    listing = Listing(
        owner_id=owner_id,
        organisation=organisation,
        kind=rng.choice(KINDS),
        title=text(rng, language, rng.randint(3, 6)),
        summary=text(rng, language, rng.randint(15, 30)),
        description=text(rng, language, 40),
        original_language=language,
        translated_title=text(rng, other, 4) if rng.random() < 0.4 else "",
        stage=rng.choice(STAGES),
        status=status,
        published_at=published_at,
        deadline=today + datetime.timedelta(days=rng.randint(-30, 365) if status != "expired" else -10),
    )
    chosen_sectors = rng.sample(sectors, rng.choice([1, 1, 2]))
    terms = {
        "sectors": [sector.pk for sector in chosen_sectors],
        "subfields": [
            term.pk for sector in chosen_sectors for term in rng.sample(subfields[sector.pk], rng.randint(0, 2))
        ],
        "keywords": [
            term.pk for sector in chosen_sectors for term in rng.sample(keywords[sector.pk], rng.randint(1, 3))
        ],
        "cooperation_types": [term.pk for term in rng.sample(cooperation, rng.randint(1, 3))],
        "target_regions": [term.pk for term in rng.sample(regions, rng.choice([0, 0, 1, 1, 2]))],
    }
    return listing, terms


def insert_terms(pairs):
    """Insert ``(listing, terms)`` many-to-many rows with ``bulk_create`` on the through tables."""
    from opportunities.models import Listing

    for field_name in ("sectors", "subfields", "keywords", "cooperation_types", "target_regions"):
        m2m = Listing._meta.get_field(field_name)
        through = m2m.remote_field.through
        term_column = m2m.m2m_reverse_field_name() + "_id"
        through.objects.bulk_create(
            [
                through(listing_id=listing.pk, **{term_column: term_id})
                for listing, terms in pairs
                for term_id in terms[field_name]
            ],
            batch_size=BATCH,
        )


def fill(total, vocab):
    """Top the bench listings up to ``total``; returns how many were added."""
    from django.db import connection, transaction
    from django.utils import timezone

    from opportunities.models import Listing

    have = Listing.objects.filter(organisation__name__startswith="Bench org ").count()
    if have >= total:
        return 0
    orgs = owners()
    rng = random.Random(have)
    today = timezone.localdate()
    added = 0
    while have + added < total:
        size = min(BATCH, total - have - added)
        with transaction.atomic():
            pairs = [new_listing(rng, vocab, *rng.choice(orgs), today) for _ in range(size)]
            Listing.objects.bulk_create([listing for listing, _ in pairs], batch_size=BATCH)
            insert_terms(pairs)
        added += size
        print(f"  {have + added} listings", end="\r", flush=True)
    print()
    with connection.cursor() as cursor:  # fresh statistics (and, on PostgreSQL, the visibility map)
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    return added


def timed(function, runs):
    times = []
    for argument in runs:
        start = time.perf_counter()
        function(argument)
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(times):
    ordered = sorted(times)
    return statistics.median(ordered), ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def query_count(function, argument):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        function(argument)
    return len(context.captured_queries)


def ensure_match_index():
    """Rebuild the matching index when it does not hold every public listing; returns seconds spent or None."""
    from opportunities import match_index
    from opportunities.models import Listing, MatchTermStat

    indexed = MatchTermStat.objects.filter(term=match_index.LISTINGS).values_list("listings", flat=True).first()
    if indexed == Listing.objects.public().count():
        return None
    start = time.perf_counter()
    match_index.rebuild()
    return time.perf_counter() - start


def measure(args, vocab):
    """Time ``compute_matches`` and the browse query and page at the current volume; returns printed lines."""
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from opportunities.models import Listing, MatchTerm
    from opportunities.scoring import compute_matches

    rng = random.Random(2026)
    orgs = owners()
    today = timezone.localdate()
    drafts = []
    for _ in range(args.runs):
        listing, terms = new_listing(rng, vocab, *rng.choice(orgs), today, status="draft")
        listing.save()
        for field_name, ids in terms.items():
            getattr(listing, field_name).set(ids)
        drafts.append(Listing.objects.select_related("organisation").get(pk=listing.pk))
    try:
        compute_matches(drafts[0])  # load jieba's dictionary and warm the connection
        counts = {query_count(compute_matches, listing) for listing in drafts[:10]}
        match_times = timed(compute_matches, drafts)
        cpu_start = time.process_time()
        found = [len(compute_matches(listing)) for listing in drafts]
        match_cpu = (time.process_time() - cpu_start) * 1000 / len(drafts)

        sectors = vocab[0]
        browse_args = [
            (rng.choice(Listing._meta.get_field("kind").choices)[0], rng.choice(sectors)) for _ in range(args.runs)
        ]

        def browse(argument):
            kind, sector = argument
            results = Listing.objects.public().filter(kind=kind, sectors=sector).order_by("-published_at", "-pk")
            return list(results[:20]), results.count()

        browse(browse_args[0])
        browse_counts = {query_count(browse, argument) for argument in browse_args[:5]}
        browse_times = timed(browse, browse_args)

        # The whole browse page as a visitor gets it: filters, facet counts, cards, pagination.
        client = Client(HTTP_HOST="127.0.0.1")
        page_urls = [f"/en/opportunities/?kind={kind}&sector={sector.code}" for kind, sector in browse_args]

        def browse_page(url):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)

        browse_page(page_urls[0])
        page_counts = {query_count(browse_page, url) for url in page_urls[:5]}
        page_times = timed(browse_page, page_urls)
        if args.show_sql and connection.vendor == "postgresql":
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as context:
                compute_matches(drafts[0])
            ranking = max(context.captured_queries, key=lambda query: len(query["sql"]))["sql"]
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN ANALYZE " + ranking)
                print("\n".join(row[0] for row in cursor.fetchall()))
    finally:
        Listing.objects.filter(pk__in=[listing.pk for listing in drafts]).delete()

    lines = [
        f"Listings: {Listing.objects.count()} in all, {Listing.objects.public().count()} public; "
        f"matching index: {MatchTerm.objects.count()} rows"
    ]
    median, p95 = summary(match_times)
    lines.append(
        f"compute_matches (top 10) for {len(drafts)} new listings: median {median:.1f} ms, p95 {p95:.1f} ms, "
        f"CPU {match_cpu:.1f} ms per call, queries per call {sorted(counts)}, "
        f"matches found per listing {min(found)}–{max(found)}"
    )
    median, p95 = summary(browse_times)
    lines.append(
        f"filtered browse (kind + sector, first 20 by -published_at, with count): median {median:.1f} ms, "
        f"p95 {p95:.1f} ms, queries {sorted(browse_counts)}"
    )
    median, p95 = summary(page_times)
    lines.append(
        f"browse page /en/opportunities/?kind=…&sector=… (whole response, facets included): median {median:.1f} ms, "
        f"p95 {p95:.1f} ms, queries per request {sorted(page_counts)}"
    )
    return lines


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--listings", default="100000,1000000", help="volumes to measure at, comma-separated, smallest first"
    )
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--show-sql", action="store_true", help="print the ranking query's plan (PostgreSQL)")
    args = parser.parse_args(argv)
    _setup.prepare_env("portal.settings.production")
    collectstatic()  # the browse page renders with the production (manifest) static storage
    _setup.configure("portal.settings.production")

    print(f"Database: {_setup.describe_database()}")
    vocab = vocabulary()
    report = []
    for volume in sorted(int(value) for value in args.listings.split(",")):
        start = time.perf_counter()
        added = fill(volume, vocab)
        if added:
            print(f"Filled {added} listings in {time.perf_counter() - start:.1f} s")
        seconds = ensure_match_index()
        if seconds is not None:
            print(f"Rebuilt the matching index in {seconds:.1f} s")
        lines = measure(args, vocab)
        print(f"\n== {volume:,} bench listings ==\n" + "\n".join(lines))
        report.append((volume, lines))
    if len(report) > 1:
        print("\nSummary (matching, top 10):")
        for volume, lines in report:
            print(f"  {volume:>9,}: {lines[1].split(': ', 1)[1]}")


if __name__ == "__main__":
    main()
