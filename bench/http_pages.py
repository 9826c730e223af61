"""Public pages over HTTP: the floor, uncached, the embedded page cache, Varnish, and nginx serving the same bytes.

    python bench/http_pages.py                  # demo volume, full run (~12 min on 2 cores)
    python bench/http_pages.py --quick          # smoke run: 2 s per measurement, 10 s of load
    python bench/http_pages.py --volume large   # 1,000 news items and 100,000 listings (filled once)

One run measures, for ``/robots.txt`` (the floor: the whole middleware stack, no query, no template) and
each public page in English and Chinese:

* **uncached**: gunicorn as deployed (``--workers 2 --threads 4``) with ``PAGE_CACHE=0``;
* **page cache**: the same with ``PAGE_CACHE=1`` (a file cache, warm: every page a hit);
* **Varnish**: a real varnishd with deploy/varnish.vcl in front of the page-cache node (warm: HIT);
* **nginx**: the uncached page's HTML, byte for byte, as a static file (Debian's nginx, a generated
  config on a free loopback port);

each as server CPU ms per request (utime + stime from ``/proc/<pid>/stat`` of the server's process tree,
over the measurement, divided by the requests served) and req/s under ``wrk -t2 -c8``; plus DB queries
per page (Django's test client in this process, second request, page cache off). Then ``wrk -t2 -c64``
on a mix of every page (a Lua script) through Varnish and through the page cache: req/s, p50/p99 latency
and errors. Nothing is asserted: the ratios the issue sets goals for are printed beside the numbers.

Settings ``portal.settings.production`` everywhere, on an SQLite file of the script's own
(``/tmp/bench_http_<volume>.sqlite3``, migrated and filled the first time: ~2 min migrating, ~2 min the
demo; ``large`` copies the demo file and adds bench/fill_volume.py's news, policies and parks and
bench/matching.py's listings). Everything listens on 127.0.0.1, on free ports, with its files in a
temporary directory; wrk is installed from Debian when missing. wrk and the servers share the CPUs.
"""

import argparse
import contextlib
import datetime
import json
import os
import platform
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _setup  # noqa: E402

PROJECT_ROOT = _setup.PROJECT_ROOT
sys.path.insert(0, str(PROJECT_ROOT))
from tests.server_process import free_port, running_process, wait_until_answering  # noqa: E402

PYTHON = sys.executable
HOST = "127.0.0.1"
NGINX = "/usr/sbin/nginx"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# The Varnish health probe sends the deployment's public name (deploy/varnish.vcl), so it must be allowed.
PROBE_HOST = "offshore.example.cn"
VOLUMES = {
    # name: (fill_volume.py totals of news, policies, parks; bench listings), None = the demo alone
    "demo": None,
    "large": ((1000, 200, 100), 100_000),
}
PATH_SAFE = "/%!$&'()*+,;=:@-._~"  # as core/frontend_cache.py: the rest (a Chinese slug) is percent-encoded
GUNICORN_WORKERS, GUNICORN_THREADS = 2, 4  # deploy/systemd/portal-web@.service and deploy/Dockerfile
LOAD_TIMEOUT = 2  # seconds: under load a slower response counts as an error (wrk's default)
FEW_RESPONSES = 10  # fewer within a measurement: its req/s is marked as unreliable


# --- The database ---------------------------------------------------------------------------------------


def _run(args, env, what):
    started = time.perf_counter()
    print(f"  {what} ...", flush=True)
    subprocess.run(args, cwd=PROJECT_ROOT, env=env, check=True)
    print(f"  {what}: {time.perf_counter() - started:.0f} s", flush=True)


def _copy_sqlite(source, target):
    """Copy an SQLite database (WAL included) with the backup API."""
    source_db, target_db = sqlite3.connect(source), sqlite3.connect(target)
    try:
        source_db.backup(target_db)
    finally:
        source_db.close()
        target_db.close()


def ensure_database(volume, path):
    """Build ``path`` for ``volume`` unless a finished build is there (a ``.built`` file beside it).

    The listings of the large volume are topped up later, in this process (``fill_listings``).
    """
    marker = Path(f"{path}.built")
    if marker.exists():
        return
    print(f"Building {path} ({volume} volume), once:", flush=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{path}", "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    plan = VOLUMES[volume]
    if plan is None:
        _run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], env, "migrate")
        fill = [PYTHON, "bench/fill_volume.py", "--news", "0", "--policies", "0", "--parks", "0"]
        _run(fill, env, "demo content")
    else:
        demo = Path(tempfile.gettempdir()) / "bench_http_demo.sqlite3"
        if demo == Path(path):
            raise SystemExit(f"{path} is the demo volume's database")
        ensure_database("demo", demo)
        _copy_sqlite(demo, path)
        news, policies, parks = plan[0]
        fill = [PYTHON, "bench/fill_volume.py", "--skip-demo", "--news", str(news)]
        fill += ["--policies", str(policies), "--parks", str(parks)]
        _run(fill, env, f"{news} news, {policies} policies, {parks} parks")
    marker.write_text(datetime.datetime.now(datetime.UTC).isoformat() + "\n")


def fill_listings(volume):
    """Top the bench listings up to the volume's number with bench/matching.py's filler.

    The matching index is not rebuilt: no public page reads it (bench/matching.py does, for its own run).
    """
    plan = VOLUMES[volume]
    if plan is None:
        return
    import matching  # after django.setup(): it puts bench/ (with a search.py) first on sys.path

    started = time.perf_counter()
    added = matching.fill(plan[1], matching.vocabulary())
    if added:
        print(f"  added {added} listings in {time.perf_counter() - started:.0f} s", flush=True)


def volume_counts():
    from challenges.models import Challenge
    from opportunities.models import Listing

    counts = _setup.volumes()
    counts["public listings"] = Listing.objects.public().count()
    counts["challenges"] = Challenge.objects.count()
    return counts


# --- The pages ------------------------------------------------------------------------------------------


def _path_of(page, language):
    from django.utils import translation

    with translation.override(language):
        url = page.get_url()
    return urllib.parse.urlsplit(url).path if url else None


def _first(model, **filters):
    return model.objects.live().filter(**filters).order_by("pk").first()


def page_paths():
    """(label, language, path) of every page measured. Detail pages are the demo's (not ``bench-`` ones),
    so that the same page is measured at every volume."""
    from django.urls import reverse
    from django.utils import translation

    from events.models import EventIndexPage
    from home.models import HomePage
    from news.models import NewsIndexPage, NewsPage
    from opportunities.models import Listing
    from parks.models import ParkIndexPage, ParkPage
    from policies.models import PolicyIndexPage, PolicyPage
    from sectors.models import Sector, SectorIndexPage
    from services.models import ServiceIndexPage

    article = NewsPage.objects.live().exclude(slug__startswith="bench-").order_by("-date", "-pk").first()
    listing = (
        Listing.objects.public().exclude(organisation__name__startswith="Bench org ").order_by("-published_at").first()
        or Listing.objects.public().order_by("-published_at").first()
    )
    sector_index = _first(SectorIndexPage)
    sector = Sector.objects.exclude(code__startswith="bench-").order_by("sort_order", "pk").first()
    pages = [
        ("home", _first(HomePage)),
        ("news index", _first(NewsIndexPage)),
        ("news article", article),
        ("policy index", _first(PolicyIndexPage)),
        ("policy", PolicyPage.objects.live().exclude(slug__startswith="bench-").order_by("pk").first()),
        ("parks index", _first(ParkIndexPage)),
        ("park", ParkPage.objects.live().exclude(slug__startswith="bench-").order_by("pk").first()),
        ("events", _first(EventIndexPage)),
        ("sectors index", sector_index),
        ("sector", sector_index),
        ("services index", _first(ServiceIndexPage)),
    ]
    rows, missing = [], []
    for language in ("en", "zh-hans"):
        for label, page in pages:
            path = _path_of(page, language) if page else None
            if path and label == "sector":
                path = f"{path}{sector.code}/" if sector else None
            if path:
                rows.append((label, language, path))
            elif language == "en":
                missing.append(label)
        with translation.override(language):
            rows.append(("challenges browse", language, reverse("challenges:index")))
            rows.append(("opportunities browse", language, reverse("opportunities:index")))
            if listing:
                rows.append(("listing", language, reverse("opportunities:detail", args=[listing.pk])))
            elif language == "en":
                missing.append("listing")
    rows.append(("sitemap.xml", "-", "/sitemap.xml"))
    rows.append(("sitemap file", "-", "/sitemap-pages.xml"))  # the index's first file: 500 pages, both languages
    order = [label for label, _ in pages] + ["challenges browse", "opportunities browse", "listing", "sitemap.xml"]
    order.append("sitemap file")
    rows.sort(key=lambda row: (order.index(row[0]), row[1]))
    return [(label, language, urllib.parse.quote(path, safe=PATH_SAFE)) for label, language, path in rows], missing


def query_counts(rows):
    """DB queries of each page's second request (page cache off), and of a page-cache hit; drops pages not 200."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(HTTP_HOST=HOST)
    counts, kept, dropped = {}, [], []
    for row in rows:
        path = row[2]
        first = client.get(path)  # cold: templates, fragments, renditions
        if first.status_code != 200:
            dropped.append(f"{path} ({first.status_code})")
            continue
        with CaptureQueriesContext(connection) as uncached:
            client.get(path)
        queries = len(uncached.captured_queries)  # now: the next request's reset_queries empties the log
        with override_settings(PAGE_CACHE_ENABLED=True):
            client.get(path)  # stored
            with CaptureQueriesContext(connection) as hit:
                response = client.get(path)
            counts[path] = (queries, len(hit.captured_queries), response.get("X-Page-Cache", "?"))
        kept.append(row)
    connection.close()  # the servers have the database to themselves while they are measured
    return kept, counts, dropped


# --- Processes and CPU ----------------------------------------------------------------------------------


def _proc_table():
    """pid → (ppid, utime + stime in clock ticks) for every process."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        table[int(entry)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
    return table


def tree_ticks(root_pids):
    """pid → CPU ticks of each process in the trees under ``root_pids`` (a server's master and its workers)."""
    table = _proc_table()
    children = {}
    for pid, (ppid, _ticks) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, todo = {}, [pid for pid in root_pids if pid in table]
    while todo:
        pid = todo.pop()
        found[pid] = table[pid][1]
        todo += children.get(pid, [])
    return found


def cpu_seconds_between(before, after):
    """CPU seconds the processes spent between two ``tree_ticks`` snapshots (a new process counts whole)."""
    return sum(ticks - before.get(pid, 0) for pid, ticks in after.items()) / CLOCK_TICKS


class AccessLog:
    """gunicorn's access log: counts the requests a node has finished, those wrk gave up on included."""

    def __init__(self, path):
        self.path = Path(path)

    def mark(self):
        return self.path.stat().st_size if self.path.exists() else 0

    def served(self, since, path=None):
        """Requests logged after byte ``since``: for ``path`` only, or every GET."""
        with open(self.path, "rb") as log:
            log.seek(since)
            text = log.read()
        needle = f'"GET {path} HTTP' if path else '"GET '
        return text.count(needle.encode())


@contextlib.contextmanager
def running_gunicorn(env, directory, name, workers, threads):
    """gunicorn as deployed (portal-web@.service: 2 workers, 4 threads, an access log) on a free port;
    yields (base URL, pid, AccessLog)."""
    port, log_path, access = free_port(), directory / f"gunicorn-{name}.log", directory / f"access-{name}.log"
    args = [PYTHON, "-m", "gunicorn", "portal.wsgi", "-b", f"{HOST}:{port}", "-w", str(workers)]
    args += ["--threads", str(threads), "--timeout", "60", "--graceful-timeout", "5", "--access-logfile", str(access)]
    with running_process(args, env, log_path) as process:
        base = f"http://{HOST}:{port}"
        wait_until_answering(f"{base}/healthz", process, log_path, "gunicorn", deadline_seconds=90)
        yield base, process.pid, AccessLog(access)


@contextlib.contextmanager
def running_varnish(directory, backend_port):
    """varnishd with deploy/varnish.vcl (default thread pools, 256 MB of malloc storage) in front of one
    node (both of the VCL's backends point at it); yields (base URL, pid)."""
    from tests.scaleout.varnish_fixtures import VARNISHD, VCL, nodes_vcl

    directory.mkdir(parents=True, exist_ok=True)
    (directory / "portal-nodes.vcl").write_text(nodes_vcl([backend_port, backend_port]))
    port, log_path = free_port(), directory / "varnishd.log"
    args = [VARNISHD, "-F", "-j", "none", "-n", str(directory / "varnishd"), "-a", f"{HOST}:{port}"]
    args += ["-T", f"{HOST}:0", "-f", str(VCL), "-p", f"vcl_path={directory}", "-s", "malloc,256m"]
    with running_process(args, os.environ.copy(), log_path) as process:
        base = f"http://{HOST}:{port}"
        wait_until_answering(f"{base}/healthz", process, log_path, "varnishd", deadline_seconds=60)
        yield base, process.pid


NGINX_CONF = """\
worker_processes {workers};
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {root}/tmp/body;
    proxy_temp_path {root}/tmp/proxy;
    fastcgi_temp_path {root}/tmp/fastcgi;
    uwsgi_temp_path {root}/tmp/uwsgi;
    scgi_temp_path {root}/tmp/scgi;
    types {{ text/html html; application/xml xml; }}
    default_type application/octet-stream;
    charset utf-8;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    server {{
        listen {host}:{port};
        root {root}/html;
    }}
}}
"""


@contextlib.contextmanager
def running_nginx(directory, files, workers):
    """nginx serving ``files`` (name → bytes) from a temporary root; yields (base URL, pid)."""
    (directory / "html").mkdir(parents=True)
    (directory / "tmp").mkdir()
    for name, body in files.items():
        (directory / "html" / name).write_bytes(body)
    for folder in (directory, directory / "html", directory.parent):
        folder.chmod(0o755)  # nginx's workers run as its unprivileged user when started as root
    port = free_port()
    conf = directory / "nginx.conf"
    conf.write_text(NGINX_CONF.format(workers=workers, root=directory, host=HOST, port=port))
    log_path = directory / "nginx.log"
    args = [NGINX, "-p", str(directory), "-c", str(conf), "-e", str(directory / "error.log"), "-g", "daemon off;"]
    with running_process(args, os.environ.copy(), log_path) as process:
        base = f"http://{HOST}:{port}"
        wait_until_answering(f"{base}/{next(iter(files))}", process, log_path, "nginx", deadline_seconds=20)
        yield base, process.pid


def fetch(url):
    """(status, headers, body) of a GET, redirects not followed."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


# --- wrk ------------------------------------------------------------------------------------------------


def ensure_wrk():
    if shutil.which("wrk"):
        return
    print("Installing wrk (Debian) ...", flush=True)
    command = ["apt-get", "-o", "DPkg::Lock::Timeout=300", "install", "-y", "-qq", "wrk"]
    if os.geteuid() != 0:
        command.insert(0, "sudo")
    subprocess.run(command, check=True, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def _ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def parse_wrk(output):
    result = {"requests": 0, "rps": 0.0, "non_2xx": 0, "socket_errors": {}, "p50_ms": None, "p99_ms": None}
    for line in output.splitlines():
        line = line.strip()
        if match := re.match(r"(\d+) requests in ([\d.]+\w+)", line):
            result["requests"] = int(match.group(1))
        elif line.startswith("Requests/sec:"):
            result["rps"] = float(line.split()[1])
        elif line.startswith("Non-2xx or 3xx responses:"):
            result["non_2xx"] = int(line.split(":")[1])
        elif line.startswith("Socket errors:"):
            result["socket_errors"] = {
                name: int(count) for name, count in re.findall(r"(connect|read|write|timeout) (\d+)", line)
            }
        elif match := re.match(r"(50|99)\.000%\s+(\S+)|(50|99)%\s+(\S+)", line):
            percent = match.group(1) or match.group(3)
            result[f"p{percent}_ms"] = _ms(match.group(2) or match.group(4))
    return result


def wait_until_idle(pids, limit=120):
    """Wait until the processes stop using CPU (they finish what wrk left in flight); returns their ticks."""
    last = tree_ticks(pids)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = tree_ticks(pids)
        if cpu_seconds_between(last, now) < 0.03:
            return now
        last = now
    return last


def wrk(url, duration, pids, connections=8, threads=2, script=None, timeout=30, access=None, path=None):
    """Run wrk against ``url``; its numbers plus the CPU ms per request of the process trees ``pids``.

    The CPU counts until the servers are idle again; with ``access`` (a node's AccessLog) it is divided by
    the requests the node finished (``path``'s, or all), so a page slower than the run is still costed.
    """
    args = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", f"{timeout}s"]
    if script:
        args += ["-s", str(script)]
    mark = access.mark() if access else 0
    before = tree_ticks(pids)
    output = subprocess.run([*args, url], capture_output=True, text=True, check=True, timeout=duration + 120).stdout
    cpu = cpu_seconds_between(before, wait_until_idle(pids))
    result = parse_wrk(output)
    result["served"] = access.served(mark, path) if access else result["requests"]
    result["cpu_ms"] = cpu * 1000 / result["served"] if result["served"] else None
    return result


LOAD_SCRIPT = """\
-- Every request takes the next path of the list (each wrk thread cycles through it).
local paths = {{{paths}}}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
"""


# --- The run --------------------------------------------------------------------------------------------


def warm(base, path, times=4):
    """Request ``path`` ``times`` times; returns the last (status, headers, body)."""
    for _ in range(times):
        status, headers, body = fetch(base + path)
    return status, headers, body


def log_result(kind, path, result):
    log(f"  {kind:<10} {path:<48} {result['rps']:>8.0f} req/s {_fmt(result['cpu_ms'], 7, 2)} ms CPU")


def measure_uncached(args, rows, workdir, log):
    env = {**os.environ, "PAGE_CACHE": "0"}
    results, bodies = {}, {}
    with running_gunicorn(env, workdir, "uncached", args.workers, args.threads) as (base, pid, access):
        for _label, _language, path in [("floor", "-", "/robots.txt"), *rows]:
            status, headers, body = warm(base, path)
            bodies[path] = (body, headers.get("Content-Type", ""))
            connections = args.uncached_connections
            results[path] = wrk(
                base + path,
                args.duration,
                [pid],
                connections=connections,
                threads=min(2, connections),
                access=access,
                path=path,
            )
            results[path]["state"] = headers.get("X-Page-Cache", "?")
            log_result("uncached", path, results[path])
    return results, bodies


def measure_static(args, rows, bodies, workdir, log):
    files, names = {}, {}
    for number, (_label, _language, path) in enumerate(rows):
        body, content_type = bodies[path]
        names[path] = f"p{number}.{'xml' if 'xml' in content_type else 'html'}"
        files[names[path]] = body
    results = {}
    with running_nginx(workdir / "nginx", files, args.nginx_workers) as (base, pid):
        for _label, _language, path in rows:
            url = f"{base}/{names[path]}"
            status, _headers, body = warm(base, f"/{names[path]}")
            if status != 200 or body != bodies[path][0]:
                raise SystemExit(f"nginx did not serve the bytes of {path}")
            results[path] = wrk(url, args.duration, [pid])
            log_result("nginx", path, results[path])
    return results


def write_load_script(directory, rows):
    script = directory / "mix.lua"
    script.write_text(LOAD_SCRIPT.format(paths=", ".join(json.dumps(path) for _l, _g, path in rows)))
    return script


def measure_cached(args, rows, workdir, log):
    """The page-cache node alone, then Varnish in front of it; then both under load."""
    env = {**os.environ, "PAGE_CACHE": "1", "CACHE_DIR": str(workdir / "cache-node")}
    cache, varnish, load = {}, {}, {}
    with contextlib.ExitStack() as stack:
        base, pid, access = stack.enter_context(running_gunicorn(env, workdir, "cached", args.workers, args.threads))
        vbase, vpid = stack.enter_context(running_varnish(workdir / "varnish", int(base.rsplit(":", 1)[1])))
        for _label, _language, path in rows:
            _status, headers, _body = warm(base, path)
            cache[path] = wrk(base + path, args.duration, [pid], access=access, path=path)
            cache[path]["state"] = headers.get("X-Page-Cache", "?")
            log_result("page cache", path, cache[path])
            _status, headers, _body = warm(vbase, path)
            varnish[path] = wrk(vbase + path, args.duration, [vpid, pid])  # varnishd, and the node it asks
            varnish[path]["state"] = headers.get("X-Cache", "?")
            log_result("varnish", path, varnish[path])
        script = write_load_script(workdir, rows)
        for name, url, pids in (("Varnish", vbase, [vpid, pid]), ("page cache (gunicorn)", base, [pid])):
            for _label, _language, path in rows:
                warm(url, path, times=1)
            log(f"  load through {name}: {args.load_duration} s at -c{args.load_connections} ...")
            load[name] = wrk(
                url, args.load_duration, pids, connections=args.load_connections, script=script, timeout=LOAD_TIMEOUT
            )
    return cache, varnish, load


def _rps(result, width):
    mark = "*" if result["requests"] < FEW_RESPONSES else ""
    return f"{result['rps']:.0f}{mark}".rjust(width)


def _errors(result):
    """Non-2xx/3xx responses and socket errors of a wrk run, as text ("" for none)."""
    parts = [f"{result['non_2xx']} non-2xx"] if result["non_2xx"] else []
    parts += [f"{count} {name}" for name, count in result["socket_errors"].items() if count]
    return ", ".join(parts)


def _ratio(numerator, denominator):
    return numerator / denominator if numerator and denominator else None


def _fmt(value, width, digits=1):
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.{digits}f}"


def report(args, rows, counts, bodies, uncached, cache, varnish, static, load, header):
    lines = list(header)
    floor = uncached["/robots.txt"]
    lines.append(
        f"Floor /robots.txt (uncached node): {floor['cpu_ms']:.2f} ms CPU per request, {floor['rps']:.0f} req/s"
    )
    lines.append("")
    head = (
        "| page                 | lang    | path                                   |  bytes | queries | hit q. "
        "| uncached ms | req/s | cache ms |  req/s | varnish ms |  req/s | nginx ms | nginx req/s "
        "| V÷nginx | cache÷unc. | unc.÷floor | states   |"
    )
    lines += [head, re.sub(r"[^|]", "-", head)]
    goals = {"varnish": [], "cache": [], "floor": []}
    for label, language, path in rows:
        u, c, v, s = uncached[path], cache[path], varnish[path], static[path]
        queries, hit_queries, _state = counts[path]
        v_nginx = _ratio(v["rps"], s["rps"])
        c_unc = _ratio(c["rps"], u["rps"])
        u_floor = _ratio(u["cpu_ms"], floor["cpu_ms"])
        goals["varnish"].append((v_nginx, path))
        goals["cache"].append((c_unc, path))
        goals["floor"].append((u_floor, path))
        shown = path if len(path) <= 38 else path[:35] + "..."
        lines.append(
            f"| {label:<20} | {language:<7} | {shown:<38} | {len(bodies[path][0]):>6} | {queries:>7} |"
            f" {hit_queries:>6} | {_fmt(u['cpu_ms'], 11)} | {_rps(u, 5)} | {_fmt(c['cpu_ms'], 8, 2)} |"
            f" {_rps(c, 6)} | {_fmt(v['cpu_ms'], 10, 2)} | {_rps(v, 6)} | {_fmt(s['cpu_ms'], 8, 2)} |"
            f" {_rps(s, 11)} |"
            f" {_fmt(v_nginx, 7, 2)} | {_fmt(c_unc, 10)} | {_fmt(u_floor, 10)} | {c['state'] + ' ' + v['state']:<8} |"
        )
        measured = (("uncached", u), ("cache", c), ("varnish", v), ("nginx", s))
        errors = [f"{name} {_errors(result)}" for name, result in measured if _errors(result)]
        if errors:
            lines.append(f"|   ^ errors: {', '.join(errors)}")
    if any(
        result["requests"] < FEW_RESPONSES for kind in (uncached, cache, varnish, static) for result in kind.values()
    ):
        lines.append(
            f"* fewer than {FEW_RESPONSES} responses within the measurement: the page is slower than the run is long, "
            "so its req/s says little; its CPU ms counts every request the node finished."
        )
    lines.append("")
    lines += goal_lines(goals)
    lines.append("")
    lines.append(
        f"Under load: wrk -t2 -c{args.load_connections} -d{args.load_duration}s --latency --timeout {LOAD_TIMEOUT}s, a Lua script "
        f"cycling over the {len(rows)} paths above; server CPU = varnishd + node, or the node."
    )
    lines.append("")
    head = (
        "| through               |   req/s | p50 ms | p99 ms | requests | non-2xx/3xx "
        "| socket errors (connect/read/write/timeout) | CPU ms/req |"
    )
    lines += [head, re.sub(r"[^|]", "-", head)]
    for name, result in load.items():
        socket = result["socket_errors"]
        socket_text = "/".join(str(socket.get(k, 0)) for k in ("connect", "read", "write", "timeout"))
        lines.append(
            f"| {name:<21} | {result['rps']:>7.0f} | {_fmt(result['p50_ms'], 6)} | {_fmt(result['p99_ms'], 6)} |"
            f" {result['requests']:>8} | {result['non_2xx']:>11} | {socket_text:>42} | {_fmt(result['cpu_ms'], 10, 2)} |"
        )
    return "\n".join(lines)


def goal_lines(goals):
    def summary(values, name, goal, at_least):
        known = [(value, path) for value, path in values if value is not None]
        if not known:
            return [f"{name}: not measured"]
        missed = [(value, path) for value, path in known if (value < goal if at_least else value > goal)]
        worst = (min if at_least else max)(known)[0]
        text = (
            f"{name} (goal {'≥' if at_least else '≤'} {goal}): met on {len(known) - len(missed)} of {len(known)} "
            f"pages; worst {worst:.2f}"
        )
        return [text] + (
            [f"    missed: {', '.join(f'{path} {value:.2f}' for value, path in missed)}"] if missed else []
        )

    return [
        *summary(goals["varnish"], "Varnish req/s ÷ nginx req/s", 0.5, at_least=True),
        *summary(goals["cache"], "page-cache req/s ÷ uncached req/s", 10, at_least=True),
        *summary(goals["floor"], "uncached CPU ÷ floor CPU", 10, at_least=False),
    ]


def versions():
    def first_line(command):
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=20)
        except OSError:
            return "?"
        return (result.stdout or result.stderr).strip().splitlines()[0]

    return {
        "varnishd": first_line(["/usr/sbin/varnishd", "-V"]).split("(")[-1].split()[0],
        "nginx": first_line([NGINX, "-v"]).split("/")[-1],
        "wrk": first_line(["wrk", "-v"]).split()[1] if shutil.which("wrk") else "?",
    }


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--volume", choices=sorted(VOLUMES), default="demo")
    parser.add_argument("--database", help="SQLite file (default /tmp/bench_http_<volume>.sqlite3, built once)")
    parser.add_argument("--quick", action="store_true", help="2 s per measurement and 10 s of load (a smoke run)")
    parser.add_argument("--duration", type=int, help="seconds of wrk per page and server (default 4; quick 2)")
    parser.add_argument("--load-duration", type=int, help="seconds of the load test (default 60; quick 10)")
    parser.add_argument("--load-connections", type=int, default=64)
    parser.add_argument(
        "--uncached-connections",
        type=int,
        default=8,
        help="wrk connections for the uncached node (1: one request at a time, no contention for the CPUs)",
    )
    parser.add_argument("--workers", type=int, default=GUNICORN_WORKERS)
    parser.add_argument("--threads", type=int, default=GUNICORN_THREADS)
    parser.add_argument("--nginx-workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-collectstatic", action="store_true")
    parser.add_argument("--save", metavar="NAME", help="also write bench/results/NAME.txt and NAME.json")
    args = parser.parse_args(argv)
    args.duration = args.duration or (2 if args.quick else 4)
    args.load_duration = args.load_duration or (10 if args.quick else 60)
    args.database = Path(args.database or Path(tempfile.gettempdir()) / f"bench_http_{args.volume}.sqlite3")
    return args


def log(message):
    print(message, file=sys.stderr, flush=True)


def run(args, workdir, started, load_before):
    """Everything after the database is built; returns the report's text and its data."""
    os.environ["DATABASE_URL"] = f"sqlite:///{args.database}"
    os.environ["CACHE_DIR"] = str(workdir / "cache")  # a cold, private page cache for this run
    os.environ["PAGE_CACHE"] = "0"  # this process counts the queries of uncached pages
    if not args.skip_collectstatic:  # before django.setup(): the manifest storage reads staticfiles.json once
        subprocess.run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=PROJECT_ROOT, check=True)
    _setup.configure("portal.settings.production")
    fill_listings(args.volume)

    import django
    import wagtail

    counts_by_kind = volume_counts()
    rows, missing = page_paths()
    rows, counts, dropped = query_counts(rows)
    log(f"{len(rows)} pages; working in {workdir}")
    uncached, bodies = measure_uncached(args, rows, workdir, log)
    static = measure_static(args, rows, bodies, workdir, log)
    cache, varnish, load = measure_cached(args, rows, workdir, log)

    tools = versions()
    header = [
        f"HTTP page costs ({datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC; run took "
        f"{(time.monotonic() - started) / 60:.1f} min)",
        f"Machine: {os.cpu_count()} CPUs, {platform.system()} {platform.release()}; load average before the run "
        f"{load_before[0]:.1f}, after {os.getloadavg()[0]:.1f} (shared; wrk runs on the same CPUs)",
        f"Database: {_setup.describe_database()}   settings: portal.settings.production   Django "
        f"{django.get_version()}, Wagtail {wagtail.__version__}, Varnish {tools['varnishd']}, nginx {tools['nginx']}, "
        f"wrk {tools['wrk']}",
        f"Data volume ({args.volume}): " + ", ".join(f"{kind} {count}" for kind, count in counts_by_kind.items()),
        f"Servers: gunicorn portal.wsgi -w {args.workers} --threads {args.threads} (access log to a file), PAGE_CACHE=0 "
        f"(uncached), then PAGE_CACHE=1 (file cache, warm); varnishd with deploy/varnish.vcl (-s malloc,256m) in "
        f"front of the PAGE_CACHE=1 node; nginx (worker_processes {args.nginx_workers}) serving the uncached "
        f"responses' bytes as files.",
        f"Per page: wrk -t2 -c8 -d{args.duration}s --timeout 30s after four warming requests (the uncached node: "
        f"-c{args.uncached_connections}, the floor too); ms = server CPU ms per "
        f"request (utime+stime of the server's processes until idle ÷ requests: the node's access log for gunicorn, "
        f"wrk's count for Varnish, whose ms include the node behind it, and nginx); queries = "
        f"second request in process, page cache off; hit q. = queries of a page-cache hit; states = X-Page-Cache "
        f"and X-Cache of the warm page.",
    ]
    if missing:
        header.append("Not in the database, not measured: " + ", ".join(missing))
    if dropped:
        header.append("Not 200, not measured: " + ", ".join(dropped))
    text = report(args, rows, counts, bodies, uncached, cache, varnish, static, load, header)
    data = {
        "volume": counts_by_kind,
        "floor": uncached["/robots.txt"],
        "pages": [
            {
                "label": label,
                "language": language,
                "path": path,
                "bytes": len(bodies[path][0]),
                "queries": counts[path][0],
                "uncached": uncached[path],
                "page_cache": cache[path],
                "varnish": varnish[path],
                "nginx": static[path],
            }
            for label, language, path in rows
        ],
        "load": load,
    }
    return text, data


def main(argv=None):
    args = parse_args(argv)
    started, load_before = time.monotonic(), os.getloadavg()
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    os.environ.setdefault("ALLOWED_HOSTS", f"{HOST},localhost,{PROBE_HOST}")
    os.environ.setdefault("PAGE_CACHE_SECONDS", "3600")  # nothing expires during a run
    os.environ.pop("VARNISH_URL", None)  # nothing is purged during a run
    os.environ.pop("REDIS_URL", None)  # the embedded default: a file cache shared by the workers
    _setup.prepare_env("portal.settings.production")
    ensure_wrk()
    ensure_database(args.volume, args.database)
    workdir = Path(tempfile.mkdtemp(prefix="bench_http_"))
    try:
        text, data = run(args, workdir, started, load_before)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(text)
    if args.save:
        _setup.RESULTS_DIR.mkdir(exist_ok=True)
        (_setup.RESULTS_DIR / f"{args.save}.txt").write_text(text + "\n")
        (_setup.RESULTS_DIR / f"{args.save}.json").write_text(json.dumps(data, indent=1))


if __name__ == "__main__":
    main()
