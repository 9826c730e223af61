"""Show that each page's query count does not grow with data volume.

    export DATABASE_URL=sqlite:////tmp/bench.sqlite3     # a database fill_volume.py filled
    python bench/query_counts.py [--extra-news 200 --extra-policies 50 --extra-parks 50]

Counts queries (warm, second request) for each page at the current volume, then adds more pages
inside a transaction, counts again and rolls the transaction back, so the database is left as it
was. Exits 1 if any page's count changed. Settings as bench/pages.py (portal.settings.production,
with collectstatic already run by pages.py; use --dev to run with portal.settings.dev instead).
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _setup  # noqa: E402


class Rollback(Exception):
    pass


def measure(urls):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for url in urls:
        first = client.get(url)
        assert first.status_code == 200, (url, first.status_code)
        with CaptureQueriesContext(connection) as ctx:
            client.get(url)
        counts[url] = len(ctx.captured_queries)
    return counts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extra-news", type=int, default=200)
    parser.add_argument("--extra-policies", type=int, default=50)
    parser.add_argument("--extra-parks", type=int, default=50)
    parser.add_argument("--dev", action="store_true", help="use portal.settings.dev (no collectstatic needed)")
    args = parser.parse_args(argv)

    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev" if args.dev else "portal.settings.production"
    _setup.configure(os.environ["DJANGO_SETTINGS_MODULE"])
    import fill_volume
    from django.db import transaction
    from pages import bench_urls

    urls = [url for _, url in bench_urls()] + [
        "/en/news/?page=2",
        "/en/policies/?page=2",
        "/en/news/?sector=digital-economy",
        "/zh-hans/policies/",
    ]
    before_volume = _setup.volumes()
    before = measure(urls)
    try:
        with transaction.atomic():
            fill_volume.fill(
                before_volume["news"] + args.extra_news,
                before_volume["policies"] + args.extra_policies,
                before_volume["parks"] + args.extra_parks,
                load_demo=False,
                log=lambda *a: None,
            )
            after_volume = _setup.volumes()
            after = measure(urls)
            raise Rollback
    except Rollback:
        pass

    print(f"Database: {_setup.describe_database()}")
    print("Volume A: " + ", ".join(f"{k} {before_volume[k]}" for k in ("news", "policies", "parks")))
    print(
        "Volume B: "
        + ", ".join(f"{k} {after_volume[k]}" for k in ("news", "policies", "parks"))
        + "  (added in a transaction, rolled back afterwards)"
    )
    print()
    print(f"| {'url':<40} | queries A | queries B | equal |")
    print(f"|{'-' * 42}|-----------|-----------|-------|")
    for url in urls:
        same = before[url] == after[url]
        print(f"| {url:<40} | {before[url]:>9} | {after[url]:>9} | {'yes' if same else 'NO':>5} |")
    return 0 if all(before[u] == after[u] for u in urls) else 1


if __name__ == "__main__":
    sys.exit(main())
