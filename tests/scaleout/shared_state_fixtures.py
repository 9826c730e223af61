"""Two site processes on one database, sharing their caches, for tests/scaleout/test_shared_state.py.

Two modes, as deployed: without Redis (the database cache table and a file cache every process of the
machine reads) and with a Redis of the test's own, which a test may stop and start again. The functions
at the top run inside a site process (``manage.py shell -c``), on the site's database.
"""

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import requests

from tests.server_process import manage, running_gunicorn, site_env

from .rq_fixtures import RedisServer
from .varnish_fixtures import copy_test_database

EMAIL, PASSWORD = "founder@example.sg", "two-nodes-2026"
MEMBER_NAME = "Lin Two-Nodes"
# Behind a load balancer both nodes see the site's own Host, not their own address.
SITE_HOST = "offshore.example.cn"
FIRST_TAGLINE = "Where offshore founders meet"
ARTICLE_SLUG = "free-trade-port"
# Variables of the calling environment that would change what the site processes share.
FOREIGN_VARIABLES = ("REDIS_URL", "CACHE_DIR", "VARNISH_URL", "TASKS_BACKEND", "PAGE_CACHE", "PAGE_CACHE_SECONDS")


# --- Run in a site process by `manage.py shell -c`, on the site's database. ---


def prepare_site():
    """Home, the news index with one article, the contact page, the site's tagline and a member who can log in.

    Prints the pages' paths as JSON.
    """
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.utils import translation
    from wagtail.models import Site

    from demo.site_loader import ensure_home_page
    from home.models import ContactPage, SiteSettings
    from news.models import NewsIndexPage
    from tests.factories import NewsPageFactory

    home = ensure_home_page()
    with translation.override("en"):
        index = home.add_child(instance=NewsIndexPage(title_en="News", title_zh_hans="新闻", slug="news"))
        index.save_revision().publish()
        contact = home.add_child(instance=ContactPage(title_en="Contact us", title_zh_hans="联系我们", slug="contact"))
        contact.save_revision().publish()
    article = NewsPageFactory(parent=index, slug=ARTICLE_SLUG, title_en="Free trade port opens")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.tagline_en = FIRST_TAGLINE
    site_settings.contact_email = "team@offshore.example.cn"
    site_settings.save()
    member = get_user_model().objects.create_user("founder", EMAIL, PASSWORD, first_name=MEMBER_NAME)
    EmailAddress.objects.create(user=member, email=EMAIL, verified=True, primary=True)
    with translation.override("en"):
        paths = {"home": home.get_url(), "index": index.get_url(), "article": article.get_url()}
        paths["contact"] = contact.get_url()
    print(json.dumps(paths))


def publish_article_title(title):
    """An editor publishes a new revision of the article under ``title``."""
    from news.models import NewsPage

    article = NewsPage.objects.get(slug=ARTICLE_SLUG)
    article.title_en = title
    article.save_revision().publish()


def save_tagline(tagline):
    """An editor saves the site settings with a new tagline (shown in every page's footer)."""
    from wagtail.models import Site

    from home.models import SiteSettings

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.tagline_en = tagline
    site_settings.save()


# --- The services ---


@contextlib.contextmanager
def private_redis(directory):
    server = RedisServer(directory, appendonly=False)  # keeping nothing on disk; restartable
    server.start()
    try:
        yield server
    finally:
        server.kill()


@dataclass
class TwoNodes:
    """Two site processes (web1, web2) on one database; node ``n`` is web1 for even ``n``, web2 for odd."""

    urls: list
    env: dict
    database: Path
    paths: dict
    redis: RedisServer | None = None

    def node(self, number):
        return self.urls[number % len(self.urls)]

    def get(self, number, path, session=None):
        """GET ``path`` from node ``number`` (0 or 1; any integer alternates), as the load balancer passes it on."""
        url = f"{self.node(number)}{path}"
        return (session or requests).get(url, headers={"Host": SITE_HOST}, timeout=30, allow_redirects=False)

    def post(self, number, path, data, session):
        url = f"{self.node(number)}{path}"
        return session.post(url, data=data, headers={"Host": SITE_HOST}, timeout=30, allow_redirects=False)

    def run_in_site(self, call):
        """Run ``call`` (Python source using this module's functions) in a separate site process."""
        manage(
            self.env, "shell", "--no-imports", "-c", f"from tests.scaleout import shared_state_fixtures as f; {call}"
        )

    def count_rows(self, table):
        with contextlib.closing(sqlite3.connect(self.database, timeout=20)) as database:
            return database.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608 (our own names)

    def set_tagline_unannounced(self, tagline):
        """Change the tagline behind the site's back (no save signal, so no purge)."""
        with contextlib.closing(sqlite3.connect(self.database, timeout=20)) as database, database:
            database.execute("UPDATE home_sitesettings SET tagline_en = ?", [tagline])

    def cache_keys_in_database(self, fragment):
        """The keys in the database cache table (``portal_cache_fallback``) containing ``fragment``."""
        with contextlib.closing(sqlite3.connect(self.database, timeout=20)) as database:
            rows = database.execute("SELECT cache_key FROM portal_cache_fallback").fetchall()
        return [key for (key,) in rows if fragment in key]


@contextlib.contextmanager
def two_nodes(directory, connection, redis_server=None):
    """web1 and web2 (gunicorn, one worker each) on a copy of the test database, with Redis or without."""
    directory = Path(directory)
    database = directory / "portal.sqlite3"
    copy_test_database(connection, database)
    if redis_server is None:
        shared = {"CACHE_DIR": str(directory / "cache")}  # the database cache table, and files for pages
    else:
        shared = {"REDIS_URL": redis_server.url}
    env = site_env(f"sqlite:///{database}")
    for name in FOREIGN_VARIABLES:
        env.pop(name, None)
    env.update(shared, PAGE_CACHE="1")
    paths = json.loads(
        manage(env, "shell", "--no-imports", "-c", f"from {__name__} import prepare_site; prepare_site()").splitlines()[
            -1
        ]
    )
    with contextlib.ExitStack() as nodes:
        urls = [
            nodes.enter_context(running_gunicorn(env, directory / f"web{number}.log", workers=1, threads=2))
            for number in (1, 2)
        ]
        yield TwoNodes(urls=urls, env=env, database=database, paths=paths, redis=redis_server)


def on_postgres():
    return os.environ.get("DATABASE_URL", "").startswith("postgres")
