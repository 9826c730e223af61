"""Uncached cost of every public page: process CPU ms per request and queries, against the floor (/robots.txt).

    export DATABASE_URL=sqlite:////tmp/pages-bench.sqlite3    # migrate && load_demo_content (or fill_volume.py)
    PAGE_CACHE=0 python bench/page_profile.py [--requests 30] [--only home,news] [--profile home] [--skip-collectstatic]

Production settings (DEBUG off, manifest static storage; SECRET_KEY etc. from _setup.py), in-process through
the Django test Client and the full middleware stack, anonymous, in English and Chinese. Each page is warmed
first, then timed with ``time.process_time()`` per request (median reported); queries are those of one warm
request. ``--profile LABEL`` prints the cProfile of that page's requests, heaviest cumulative first.
PAGE_CACHE=0 keeps the page cache from hiding the cost. The floor is timed between the page's requests, so
each ratio compares numbers taken at the same moment.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _setup  # noqa: E402

HOST = "127.0.0.1"
FLOOR_URL = "/robots.txt"


def page_urls():
    """(label, path) for each public page kind, in both languages; the first live page of each kind."""
    from django.utils import translation
    from wagtail.models import Page

    from challenges.models import Challenge
    from competitions.models import Competition
    from opportunities.models import Listing
    from sectors.models import Sector, SectorIndexPage

    pages = {}
    for page in Page.objects.live().public().specific().order_by("path"):
        pages.setdefault(type(page).__name__, page)
    listing = Listing.objects.public().order_by("pk").first() if hasattr(Listing.objects, "public") else None
    if listing is None:
        listing = Listing.objects.filter(status="published").order_by("pk").first()
    challenge = Challenge.objects.filter(status="approved").order_by("pk").first()
    competition = Competition.objects.order_by("pk").first()
    sector = Sector.objects.order_by("pk").first()
    legal = Page.objects.live().type(*[type(pages["LegalPage"])]).specific().order_by("path").first()

    urls = []
    for lang in ("en", "zh-hans"):
        with translation.override(lang):
            prefix = f"/{lang}"

            def page_url(kind, suffix=""):
                page = pages.get(kind)
                return page.get_url() + suffix if page else None

            sector_index = pages.get("SectorIndexPage")
            entries = [
                ("home", page_url("HomePage")),
                ("news index", page_url("NewsIndexPage")),
                ("news article", page_url("NewsPage")),
                ("news feed (rss)", page_url("NewsIndexPage", "feed/rss/")),
                ("policy guide", page_url("PolicyIndexPage")),
                ("policy", page_url("PolicyPage")),
                ("parks index", page_url("ParkIndexPage")),
                ("park", page_url("ParkPage")),
                ("events", page_url("EventIndexPage")),
                ("event", page_url("EventPage")),
                ("services index", page_url("ServiceIndexPage")),
                ("service", page_url("ServicePage")),
                ("providers", page_url("ProviderIndexPage")),
                ("provider", page_url("ProviderPage")),
                ("sectors index", page_url("SectorIndexPage")),
                (
                    "sector",
                    SectorIndexPage.objects.get(pk=sector_index.pk).sector_url(sector)
                    if sector_index and sector
                    else None,
                ),
                ("standard page", page_url("StandardPage")),
                ("legal page", legal.get_url() if legal else None),
                ("contact", page_url("ContactPage")),
                ("opportunities", f"{prefix}/opportunities/"),
                ("listing", f"{prefix}/opportunities/{listing.pk}/" if listing else None),
                ("challenges", f"{prefix}/challenges/"),
                ("challenge", f"{prefix}/challenges/{challenge.pk}/" if challenge else None),
                ("competitions", f"{prefix}/competitions/"),
                ("competition", f"{prefix}/competitions/{competition.pk}/" if competition else None),
                ("search", f"{prefix}/search/?q=tax"),
                ("html sitemap", f"{prefix}/sitemap/"),
            ]
        for label, url in entries:
            if url:
                urls.append((f"{label} [{lang}]", url))
    urls.append(("sitemap.xml", "/sitemap.xml"))
    urls.append(("sitemap file", "/sitemap-pages.xml"))
    return urls


def _cpu_ms(client, url):
    started = time.process_time()
    client.get(url)
    return (time.process_time() - started) * 1000


def measure(client, url, requests):
    """``(median CPU ms of url, median CPU ms of the floor timed in between, the SQL of one warm request)``.

    The floor is timed alternately with the page, so both see the same machine (other processes' load, the
    CPU's clock).
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    queries = [q["sql"] for q in ctx.captured_queries]
    timings, floors = [], []
    for _ in range(requests):
        timings.append(_cpu_ms(client, url))
        floors.append(_cpu_ms(client, FLOOR_URL))
    return statistics.median(timings), statistics.median(floors), queries


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--only", help="comma-separated label prefixes")
    parser.add_argument("--profile", help="label (prefix) of a page to cProfile")
    parser.add_argument("--profile-lines", type=int, default=45)
    parser.add_argument("--show-sql", action="store_true")
    parser.add_argument("--skip-collectstatic", action="store_true")
    parser.add_argument(
        "--renditions-locmem",
        action="store_true",
        help="give Wagtail a per-process 'renditions' cache, so {%% image %%} does not write the default cache",
    )
    args = parser.parse_args(argv)

    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    os.environ.setdefault("PAGE_CACHE", "0")
    _setup.prepare_env("portal.settings.production")
    if not args.skip_collectstatic:
        cmd = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"]
        subprocess.run(cmd, cwd=_setup.PROJECT_ROOT, env=os.environ.copy(), check=True)
    if args.renditions_locmem:
        from django.conf import settings

        settings.CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    _setup.configure("portal.settings.production")
    from django.test import Client

    client = Client(HTTP_HOST=HOST)
    for _ in range(50):
        client.get(FLOOR_URL)
    urls = page_urls()
    if args.only:
        prefixes = args.only.split(",")
        urls = [(label, url) for label, url in urls if any(label.startswith(p) for p in prefixes)]
    from django.conf import settings

    caches = ", ".join(f"{alias}: {conf['BACKEND'].rsplit('.', 1)[-1]}" for alias, conf in settings.CACHES.items())
    print(f"Database: {_setup.describe_database()}; PAGE_CACHE={os.environ['PAGE_CACHE']}; caches: {caches}")
    print(f"| {'page':<26} | {'url':<48} | CPU ms | floor ms | x floor | queries |")
    print(f"|{'-' * 28}|{'-' * 50}|--------|----------|---------|---------|")
    worst, all_floors = 0, []
    for label, url in urls:
        cpu, floor, queries = measure(client, url, args.requests)
        all_floors.append(floor)
        worst = max(worst, cpu / floor)
        shown = url if len(url) <= 48 else url[:45] + "..."
        print(
            f"| {label:<26} | {shown:<48} | {cpu:>6.1f} | {floor:>8.2f} | {cpu / floor:>7.1f} | {len(queries):>7} |",
            flush=True,
        )
        if args.show_sql:
            for sql in queries:
                print("     ", sql[:250])
        if args.profile and label.startswith(args.profile):
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(args.requests):
                client.get(url)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile_lines)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    print(f"\nfloor ({FLOOR_URL}, timed between the pages): median {statistics.median(all_floors):.2f} ms CPU")
    print(f"worst: {worst:.1f} x floor")


if __name__ == "__main__":
    main()
