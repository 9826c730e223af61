"""The site behind a real Varnish running deploy/varnish.vcl, as deployed: two web nodes (gunicorn
processes on one SQLite file) behind Varnish's round-robin director.

The embedded page cache runs as in production (it is what marks a page public for Varnish); X-Cache
says what Varnish did. Publishing runs in a separate process on the same database, as an editor's save
in the admin would on another node, and reaches Varnish through core.page_cache's purge (VARNISH_URL).
"""

import contextlib
import json
import os
import time
from pathlib import Path

import pytest
import requests
from django.db import connection

from tests.server_process import free_port, manage, running_gunicorn, site_env

from .varnish_fixtures import VARNISHD, copy_test_database, running_varnish

pytestmark = [
    pytest.mark.skipif(not Path(VARNISHD).exists(), reason="needs Debian's varnish (bin/test installs it)"),
    pytest.mark.django_db,  # so that pytest-django builds the migrated test database the site's copy comes from
    # The site runs on an SQLite copy of the test database: once, in bin/test's SQLite pass.
    pytest.mark.skipif(
        os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="the site processes run on an SQLite copy of the test database (the SQLite pass of bin/test)",
    ),
]

EMAIL, PASSWORD = "founder@example.sg", "behind-varnish-2026"


# --- Run in a site process by `manage.py shell -c`, on the site's database. ---


def prepare_site():
    """The home page, the news index and one article in both languages, and a member who can log in.

    Prints each page's path in each language.
    """
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.utils import translation

    from demo.site_loader import ensure_home_page
    from news.models import NewsIndexPage
    from tests.factories import NewsPageFactory

    home = ensure_home_page()
    with translation.override("en"):
        index = NewsIndexPage(title_en="News", title_zh_hans="新闻", slug="news")
        home.add_child(instance=index)
        index.save_revision().publish()
    article = NewsPageFactory(
        parent=index,
        slug="free-trade-port",
        slug_zh_hans="zi-mao-gang",
        title_en="Free trade port opens",
        title_zh_hans="自贸港开放",
    )
    member = get_user_model().objects.create_user("founder", EMAIL, PASSWORD)
    EmailAddress.objects.create(user=member, email=EMAIL, verified=True, primary=True)
    paths = {}
    for code in ("en", "zh-hans"):
        with translation.override(code):
            paths[code] = {"index": index.get_url(), "article": article.get_url()}
    print(json.dumps(paths))


def publish_new_titles(title_en, title_zh):
    """An editor publishes a new revision of the article with these titles."""
    from news.models import NewsPage

    article = NewsPage.objects.get(slug="free-trade-port")
    article.title_en, article.title_zh_hans = title_en, title_zh
    article.save_revision().publish()


# --- The stack ---


@pytest.fixture(scope="module")
def stack(tmp_path_factory, django_db_setup, django_db_blocker):
    """Varnish in front of web1 and web2; yields their URLs, the pages' paths and a way to stop web1."""
    directory = tmp_path_factory.mktemp("varnish-site")
    database = directory / "portal.sqlite3"
    with django_db_blocker.unblock():
        copy_test_database(connection, database)
    varnish_port = free_port()
    varnish_url = f"http://127.0.0.1:{varnish_port}"
    env = site_env(
        f"sqlite:///{database}",
        CACHE_DIR=str(directory / "cache"),  # the production caches, shared by the processes
        PAGE_CACHE="1",  # as in production: the page cache marks what Varnish may keep, and keeps it too
        VARNISH_URL=varnish_url,
        PORTAL_BASE_URL=varnish_url,
    )
    output = manage(
        env, "shell", "--no-imports", "-c", "from tests.scaleout.test_varnish import prepare_site; prepare_site()"
    )
    paths = json.loads(output.splitlines()[-1])
    with contextlib.ExitStack() as nodes:
        web1 = contextlib.ExitStack()
        nodes.callback(web1.close)
        web1_url = web1.enter_context(running_gunicorn(env, directory / "web1.log", workers=1, threads=4))
        web2_url = nodes.enter_context(running_gunicorn(env, directory / "web2.log", workers=1, threads=4))
        ports = [int(url.rsplit(":", 1)[1]) for url in (web1_url, web2_url)]
        varnish = nodes.enter_context(running_varnish(directory / "varnish", ports, port=varnish_port))
        yield {"varnish": varnish, "url": varnish_url, "paths": paths, "env": env, "stop_web1": web1.close}


def get(stack, path, session=None):
    response = (session or requests).get(f"{stack['url']}{path}", timeout=30, allow_redirects=False)
    assert response.status_code == 200, (path, response.status_code)
    return response


def signed_in_session(stack):
    """A browser session of the member, logged in through the login form (through Varnish)."""
    session = requests.Session()
    get(stack, "/en/accounts/login/", session)
    response = session.post(
        f"{stack['url']}/en/accounts/login/",
        data={"login": EMAIL, "password": PASSWORD, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        timeout=30,
        allow_redirects=False,
    )
    assert response.status_code == 302, "the member could not log in"
    assert "sessionid" in session.cookies
    return session


# --- Caching ---


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_second_anonymous_request_for_a_public_page_is_a_varnish_hit(stack, language):
    path = stack["paths"][language]["index"]

    first, second = get(stack, path), get(stack, path)

    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("MISS", "HIT")
    assert second.text == first.text
    assert "Age" in second.headers


def test_anonymous_visitors_cookies_do_not_split_the_cache(stack):
    path = stack["paths"]["en"]["article"]
    get(stack, path)

    with_cookies = requests.get(
        f"{stack['url']}{path}", cookies={"csrftoken": "a" * 32, "django_language": "zh-hans"}, timeout=30
    )

    assert with_cookies.headers["X-Cache"] == "HIT"


def test_a_signed_in_request_is_never_cached_nor_served_from_the_cache(stack):
    path = stack["paths"]["en"]["article"]
    get(stack, path)
    assert get(stack, path).headers["X-Cache"] == "HIT"
    member = signed_in_session(stack)

    personal = [get(stack, path, member) for _ in range(2)]
    anonymous = get(stack, path)

    assert [response.headers["X-Cache"] for response in personal] == ["PASS", "PASS"]
    assert all("Log out" in response.text for response in personal)
    assert anonymous.headers["X-Cache"] == "HIT"
    assert "Log out" not in anonymous.text and "Log in" in anonymous.text


def test_a_page_with_a_form_is_fetched_for_every_visitor(stack):
    answers = [get(stack, "/en/accounts/login/") for _ in range(2)]

    assert [response.headers["X-Cache"] for response in answers] == ["PASS", "PASS"]


def test_internal_headers_stay_inside_varnish(stack):
    response = get(stack, stack["paths"]["en"]["index"])

    assert not {"x-path", "via", "x-varnish"} & {name.lower() for name in response.headers}


# --- Purging ---


def test_publishing_makes_the_next_request_fresh_in_both_languages(stack):
    pages = [stack["paths"][code][kind] for code in ("en", "zh-hans") for kind in ("article", "index")]
    for path in pages:
        get(stack, path)
        assert get(stack, path).headers["X-Cache"] == "HIT"

    manage(
        stack["env"],
        "shell",
        "--no-imports",
        "-c",
        "from tests.scaleout.test_varnish import publish_new_titles; "
        "publish_new_titles('Free trade port opens to the world', '自贸港全面开放')",
    )

    en_article, en_index, zh_article, zh_index = (get(stack, path) for path in pages)
    assert [response.headers["X-Cache"] for response in (en_article, en_index, zh_article, zh_index)] == ["MISS"] * 4
    assert (
        "Free trade port opens to the world" in en_article.text
        and "Free trade port opens to the world" in en_index.text
    )
    assert "自贸港全面开放" in zh_article.text and "自贸港全面开放" in zh_index.text


# --- A web node stopped (last: it leaves one node) ---


def wait_for(condition, seconds):
    """Whether ``condition()`` came true within ``seconds`` (checked every half second)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.5)
    return True


def test_with_one_web_node_stopped_the_other_serves_every_request(stack):
    varnish = stack["varnish"]
    before = varnish.backend_requests()
    assert before.get("web1", 0) > 0 and before.get("web2", 0) > 0  # both took turns until now

    stack["stop_web1"]()
    # At once, before the probe notices: GETs that reach the stopped node are retried on the other (a new
    # query string each, so each is fetched from a node).
    answers = [get(stack, f"/en/news/?page=1&n={number}").status_code for number in range(10)]
    # Within seconds the probe takes web1 out, and then everything goes to web2, sign-ins (POST) included.
    assert wait_for(lambda: varnish.backend_health().get("web1") == "sick", seconds=20), varnish.backend_health()
    member = signed_in_session(stack)
    answers += [get(stack, stack["paths"]["zh-hans"]["article"], member).status_code for _ in range(10)]
    after = varnish.backend_requests()

    assert answers == [200] * 20
    assert after["web1"] == before["web1"]
    assert after["web2"] - before["web2"] >= 20
