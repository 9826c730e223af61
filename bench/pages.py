"""Per-page benchmark: DB queries, in-process latency, and requests/second under gunicorn.

    export DATABASE_URL=sqlite:////tmp/bench.sqlite3     # the database fill_volume.py filled
    python bench/pages.py [--requests 200] [--duration 10] [--no-gunicorn]

Settings: portal.settings.production for both the in-process Django test Client and gunicorn, so
both measure the same code path (DEBUG off, whitenoise manifest storage, locmem cache as there is no
REDIS_URL). SECRET_KEY / ALLOWED_HOSTS / SECURE_SSL_REDIRECT=0 get benchmark defaults (see
_setup.py) unless already set. collectstatic runs first (into STATIC_ROOT = <project>/staticfiles)
because the manifest storage needs it. Only 127.0.0.1 is contacted.
"""

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _setup  # noqa: E402

PROJECT_ROOT = _setup.PROJECT_ROOT
PYTHON = sys.executable
HOST = "127.0.0.1"


def collectstatic():
    """collectstatic with the production storage (whitenoise: hashed, compressed)."""
    cmd = [PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"]
    subprocess.run(cmd, cwd=PROJECT_ROOT, env=os.environ.copy(), check=True)


def bench_urls():
    """The pages measured, as (label, path). The article is the newest live news item."""
    from django.utils import translation

    from news.models import NewsPage

    with translation.override("en"):
        article = NewsPage.objects.live().order_by("-date", "-pk").first()
        article_url = article.get_url() if article else None
    urls = [
        ("home", "/en/"),
        ("news index", "/en/news/"),
        ("news article", article_url),
        ("policy list", "/en/policies/"),
        ("news index zh", "/zh-hans/news/"),
        ("parks list (all, unpaginated)", "/en/parks/"),
    ]
    return [(label, url) for label, url in urls if url]


def in_process(urls, requests):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST)
    rows = []
    for label, url in urls:
        first = client.get(url)  # cold: caches, renditions, templates
        if first.status_code != 200:
            raise SystemExit(f"{url} answered {first.status_code}")
        with CaptureQueriesContext(connection) as ctx:
            client.get(url)
        queries = list(ctx.captured_queries)  # snapshot: the next request's reset_queries empties the log
        timings = []
        for _ in range(requests):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) >= 2 else timings[0]
        rows.append(
            {
                "label": label,
                "url": url,
                "queries": len(queries),
                "median_ms": statistics.median(timings),
                "p95_ms": p95,
                "bytes": len(first.content),
                "sql": [q["sql"] for q in queries],
            }
        )
    return rows


def _free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _get(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read()


def start_gunicorn(workers, log_path):
    port = _free_port()
    log = open(log_path, "wb")  # noqa: SIM115 (gunicorn writes to it for as long as it runs)
    proc = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "portal.wsgi", "-w", str(workers), "-b", f"{HOST}:{port}"],
        cwd=PROJECT_ROOT,
        env=os.environ.copy(),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://{HOST}:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"gunicorn exited with {proc.returncode}; see {log_path}")
        try:
            status, body = _get(base + "/healthz", timeout=2)
            if status == 200:
                return proc, base
        except OSError:
            time.sleep(0.2)
    stop_gunicorn(proc)
    raise SystemExit(f"gunicorn did not answer /healthz within 30s; see {log_path}")


def stop_gunicorn(proc):
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_wrk(url, duration, threads=2, connections=8):
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = errors = None
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("Requests/sec:"):
            rps = float(line.split()[1])
        elif line.startswith("Non-2xx or 3xx responses:"):
            errors = int(line.split(":")[1])
    return rps, errors or 0, "wrk -t%d -c%d -d%ds" % (threads, connections, duration)


def run_python_loop(url, duration, threads=8, max_requests=5000):
    """Fallback when wrk is missing: ``threads`` clients, bounded by time and by request count."""
    count, errors, lock = [0], [0], threading.Lock()
    deadline = time.monotonic() + duration

    def worker():
        while time.monotonic() < deadline:
            with lock:
                if count[0] >= max_requests:
                    return
                count[0] += 1
            try:
                status, _ = _get(url)
                if status != 200:
                    with lock:
                        errors[0] += 1
            except OSError:
                with lock:
                    errors[0] += 1

    started = time.monotonic()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return count[0] / (time.monotonic() - started), errors[0], f"python loop, {threads} threads"


def under_gunicorn(urls, duration, workers):
    log_path = _setup.RESULTS_DIR / "gunicorn.log"
    proc, base = start_gunicorn(workers, log_path)
    results = {}
    try:
        for label, url in urls:
            status, _ = _get(base + url, timeout=30)  # warm this page in at least one worker
            if shutil.which("wrk"):
                results[label] = run_wrk(base + url, duration)
            else:
                results[label] = run_python_loop(base + url, duration)
    finally:
        stop_gunicorn(proc)
    return results


def report(rows, rps, requests, duration, workers):
    import django
    import wagtail
    from django.conf import settings

    lines = [
        f"Database: {_setup.describe_database()}   settings: {settings.SETTINGS_MODULE}   "
        f"Django {django.get_version()}, Wagtail {wagtail.__version__}, {os.cpu_count()} CPUs",
        "Data volume (live pages): " + ", ".join(f"{k} {v}" for k, v in _setup.volumes().items()),
        f"In-process: Django test Client, warm; queries = second request; latency over {requests} requests.",
    ]
    if rps is not None:
        tool = next(iter(rps.values()))[2] if rps else ""
        lines.append(f"Throughput: gunicorn -w {workers} (sync) on {HOST}, {tool} per URL.")
    lines.append("")
    header = f"| {'page':<30} | {'url':<44} | queries | median ms | p95 ms |"
    sep = f"|{'-' * 32}|{'-' * 46}|---------|-----------|--------|"
    if rps is not None:
        header += " req/s |"
        sep += "-------|"
    lines += [header, sep]
    for row in rows:
        url = row["url"] if len(row["url"]) <= 44 else row["url"][:41] + "..."
        line = (
            f"| {row['label']:<30} | {url:<44} | {row['queries']:>7} | {row['median_ms']:>9.1f} |"
            f" {row['p95_ms']:>6.1f} |"
        )
        if rps is not None:
            value, errors, _ = rps[row["label"]]
            line += f" {value:>5.0f} |" + (f" ({errors} non-2xx)" if errors else "")
        lines.append(line)
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="in-process requests per URL (default 200)")
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per URL (default 10)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--no-gunicorn", action="store_true", help="in-process measurements only")
    parser.add_argument("--skip-collectstatic", action="store_true")
    parser.add_argument("--show-sql", action="store_true", help="print the SQL of each warm request")
    parser.add_argument("--save", metavar="NAME", help="also write bench/results/NAME.txt and NAME.json")
    args = parser.parse_args(argv)

    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    _setup.prepare_env("portal.settings.production")
    _setup.RESULTS_DIR.mkdir(exist_ok=True)
    if not args.skip_collectstatic:
        collectstatic()  # before django.setup(): the manifest storage reads staticfiles.json once
    _setup.configure("portal.settings.production")

    urls = bench_urls()
    rows = in_process(urls, args.requests)
    rps = None if args.no_gunicorn else under_gunicorn(urls, args.duration, args.workers)
    text = report(rows, rps, args.requests, args.duration, args.workers)
    print(text)
    if args.show_sql:
        for row in rows:
            print(f"\n--- {row['url']} ({row['queries']} queries)")
            for sql in row["sql"]:
                print("  ", sql[:300])
    if args.save:
        (_setup.RESULTS_DIR / f"{args.save}.txt").write_text(text + "\n")
        for row in rows:
            if rps is not None:
                row["rps"], row["non_2xx"] = rps[row["label"]][:2]
        (_setup.RESULTS_DIR / f"{args.save}.json").write_text(json.dumps(rows, indent=1, default=str))


if __name__ == "__main__":
    main()
