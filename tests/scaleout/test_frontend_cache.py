"""core.frontend_cache against a real Varnish running deploy/varnish.vcl.

The origin is a small HTTP server in this process that marks every page public for five minutes
(as core.page_cache marks anonymous pages) and numbers its answers, so a test can tell a page Varnish
kept from one fetched again.
"""

import http.client
import json
import logging
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from core.frontend_cache import purge_all, purge_urls
from tests.server_process import ROOT, free_port

from .varnish_fixtures import VARNISHD, running_varnish

pytestmark = pytest.mark.skipif(not Path(VARNISHD).exists(), reason="needs Debian's varnish (bin/test installs it)")

SITE = "https://offshore.example.cn"


class NumberedPublicPages(BaseHTTPRequestHandler):
    """Every GET answers 200, public for shared caches, with a body that counts the answers so far."""

    answers = 0
    lock = threading.Lock()

    def do_GET(self):
        with self.lock:
            NumberedPublicPages.answers += 1
            number = NumberedPublicPages.answers
        body = json.dumps({"path": self.path, "answer": number}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "public, max-age=0, s-maxage=300")
        self.send_header("Vary", "Cookie")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def varnish(tmp_path_factory):
    origin = ThreadingHTTPServer(("127.0.0.1", free_port()), NumberedPublicPages)
    thread = threading.Thread(target=origin.serve_forever, daemon=True)
    thread.start()
    try:
        port = origin.server_address[1]
        with running_varnish(tmp_path_factory.mktemp("varnish"), [port, port]) as running:
            yield running
    finally:
        origin.shutdown()
        origin.server_close()


@pytest.fixture
def frontend_cache(settings, varnish):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.frontend_cache.VarnishBackend", "LOCATION": varnish.url}
    }
    return varnish


def fetch(varnish, path):
    """GET ``path`` through Varnish as an anonymous visitor; returns (X-Cache, the origin's answer number)."""
    response = requests.get(f"{varnish.url}{path}", timeout=10)
    response.raise_for_status()
    return response.headers["X-Cache"], response.json()["answer"]


def cached(varnish, path):
    """Fetch ``path`` until Varnish holds it; returns the answer number it keeps."""
    fetch(varnish, path)
    state, answer = fetch(varnish, path)
    assert state == "HIT"
    return answer


def test_purging_a_url_drops_its_path_with_every_query_string(frontend_cache):
    page, second_page = cached(frontend_cache, "/en/news/"), cached(frontend_cache, "/en/news/?page=2")

    purge_urls([f"{SITE}/en/news/"])

    assert fetch(frontend_cache, "/en/news/")[0] == "MISS"
    assert fetch(frontend_cache, "/en/news/?page=2")[0] == "MISS"
    assert fetch(frontend_cache, "/en/news/")[1] > page
    assert fetch(frontend_cache, "/en/news/?page=2")[1] > second_page


def test_purging_a_url_keeps_every_other_page(frontend_cache):
    other = cached(frontend_cache, "/en/events/")
    longer = cached(frontend_cache, "/en/news/tax-guide/")

    purge_urls([f"{SITE}/en/news/"])

    assert fetch(frontend_cache, "/en/events/") == ("HIT", other)
    assert fetch(frontend_cache, "/en/news/tax-guide/") == ("HIT", longer)


def test_a_chinese_path_is_purged_as_browsers_send_it(frontend_cache):
    path = "/zh-hans/新闻/海口/"
    browsers_path = quote(path)  # what a browser puts on the wire, and Varnish stores
    kept = cached(frontend_cache, browsers_path)

    purge_urls([f"{SITE}{path}"])

    state, answer = fetch(frontend_cache, browsers_path)
    assert (state, answer > kept) == ("MISS", True)


def test_purge_all_drops_every_page(frontend_cache):
    paths = ["/en/", "/zh-hans/", "/en/policies/?sector=biomedicine"]
    for path in paths:
        cached(frontend_cache, path)

    purge_all()

    assert [fetch(frontend_cache, path)[0] for path in paths] == ["MISS", "MISS", "MISS"]


def test_purges_from_an_address_outside_the_purgers_list_are_refused(frontend_cache):
    kept = cached(frontend_cache, "/en/parks/")
    host, port = frontend_cache.url.removeprefix("http://").split(":")

    answers = []
    for method in ("PURGE", "BAN"):
        connection = http.client.HTTPConnection(host, int(port), timeout=10, source_address=("127.0.0.2", 0))
        connection.request(method, "/en/parks/")
        answers.append(connection.getresponse().status)
        connection.close()

    assert answers == [405, 405]
    assert fetch(frontend_cache, "/en/parks/") == ("HIT", kept)


def test_an_unreachable_cache_is_logged_once_per_purge_and_never_fails_the_caller(settings, caplog):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.frontend_cache.VarnishBackend", "LOCATION": f"http://127.0.0.1:{free_port()}"}
    }

    with caplog.at_level(logging.ERROR, logger="core.frontend_cache"):
        purge_urls([f"{SITE}/en/news/", f"{SITE}/zh-hans/news/", f"{SITE}/en/"])
        purge_all()

    assert [record.levelno for record in caplog.records] == [logging.ERROR, logging.ERROR]


def test_without_a_frontend_cache_purging_does_nothing(settings):
    settings.WAGTAILFRONTENDCACHE = {}

    purge_urls([f"{SITE}/en/news/"])
    purge_all()


def test_varnish_url_configures_one_purge_backend_per_varnish():
    script = (
        "import json; from portal.settings import base; "
        "print(json.dumps(getattr(base, 'WAGTAILFRONTENDCACHE', None), sort_keys=True))"
    )
    env = {"VARNISH_URL": "http://10.0.0.5:6081, http://10.0.0.6:6081", "PATH": "/usr/bin:/bin"}
    configured = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=60
    ).stdout
    unset = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True
    ).stdout

    assert json.loads(configured) == {
        "varnish1": {"BACKEND": "core.frontend_cache.VarnishBackend", "LOCATION": "http://10.0.0.5:6081"},
        "varnish2": {"BACKEND": "core.frontend_cache.VarnishBackend", "LOCATION": "http://10.0.0.6:6081"},
    }
    assert json.loads(unset) is None
