"""Two web nodes share their state: rate limits, the page cache, fragments and sessions (issue 15).

Each test runs against two real site processes (gunicorn, one worker each) on one SQLite file, in both
deployed modes: without Redis (the database cache table, and a file cache for pages) and with Redis (a
private redis-server). Requests alternate between the nodes, as a load balancer sends them. Editors'
changes run in a third process on the same database, as an admin save on another node would. Last,
Redis is stopped under both nodes and started again.
"""

import re
import time

import pytest
import requests
from django.db import connection

from home.contact import MESSAGES_PER_HOUR

from .shared_state_fixtures import (
    EMAIL,
    FIRST_TAGLINE,
    MEMBER_NAME,
    PASSWORD,
    on_postgres,
    private_redis,
    two_nodes,
)

pytestmark = [
    pytest.mark.django_db,  # so that pytest-django builds the migrated test database the site's copy comes from
    # The site runs on an SQLite copy of the test database: once, in bin/test's SQLite pass.
    pytest.mark.skipif(
        on_postgres(), reason="the site processes run on an SQLite copy of the test database (the SQLite pass)"
    ),
]

LOGIN, DASHBOARD = "/en/accounts/login/", "/en/opportunities/dashboard/"
FAILED_LOGINS_PER_ADDRESS = 5  # ACCOUNT_RATE_LIMITS["login_failed"]: 5/5m/key


@pytest.fixture(scope="module", params=["no-redis", "redis"])
def nodes(request, tmp_path_factory, django_db_setup, django_db_blocker):
    """web1 and web2 on one database, sharing the database cache table and a file cache, or a Redis."""
    directory = tmp_path_factory.mktemp(f"two-nodes-{request.param}")
    with django_db_blocker.unblock():
        if request.param == "redis":
            with private_redis(directory) as redis_server, two_nodes(directory, connection, redis_server) as stack:
                yield stack
        else:
            with two_nodes(directory, connection) as stack:
                yield stack


def page_cache(response):
    assert response.status_code == 200, (response.url, response.status_code)
    return response.headers["X-Page-Cache"]


def tagline(response):
    """The tagline in the page's footer."""
    footer = re.search(r'<footer class="site-footer">.*?</footer>', response.text, re.S).group(0)
    return re.search(r'<h2 id="footer-about">.*?</h2>\s*<p>(.*?)</p>', footer, re.S).group(1)


def browser_on(nodes, number, path):
    """A browser session that has loaded ``path`` (a page with a form) from node ``number``; its CSRF token."""
    session = requests.Session()
    assert nodes.get(number, path, session).status_code == 200
    return session, session.cookies["csrftoken"]


def contact_message(token):
    return {
        "csrfmiddlewaretoken": token,
        "name": "Amelia Hart",
        "email": "amelia@example.com",
        "topic": "services",
        "message": "We would like to register a company in Haikou.",
        "privacy_consent": "on",
    }


def failed_logins(nodes, count, email):
    """``count`` logins with a wrong password for ``email``, alternating between the nodes; each answer's text."""
    session, token = browser_on(nodes, 0, LOGIN)
    data = {"login": email, "password": "not-the-password", "csrfmiddlewaretoken": token}
    return [nodes.post(number, LOGIN, data, session).text for number in range(count)]


def sign_in(nodes, number):
    session, token = browser_on(nodes, number, LOGIN)
    answer = nodes.post(number, LOGIN, {"login": EMAIL, "password": PASSWORD, "csrfmiddlewaretoken": token}, session)
    assert answer.status_code == 302, "the member could not log in"
    return session


def eventually(answer, condition, seconds=60):
    """Call ``answer()`` until ``condition`` holds for what it returns (or fail after ``seconds``); return that."""
    deadline = time.monotonic() + seconds
    while True:
        result = answer()
        if condition(result):
            return result
        assert time.monotonic() < deadline, f"still {result!r}"
        time.sleep(0.2)


# --- Rate limits ---


def test_a_rate_limit_counts_the_requests_both_nodes_received(nodes):
    session, token = browser_on(nodes, 0, nodes.paths["contact"])

    answers = [
        nodes.post(number, nodes.paths["contact"], contact_message(token), session)
        for number in range(MESSAGES_PER_HOUR + 1)
    ]

    assert [answer.status_code for answer in answers] == [302] * MESSAGES_PER_HOUR + [200]
    assert "the most allowed" in answers[-1].text
    assert nodes.count_rows("home_contactmessage") == MESSAGES_PER_HOUR


# --- The page cache ---


def test_a_page_rendered_by_one_node_is_served_from_the_cache_by_the_other(nodes):
    path = nodes.paths["index"] + "?visit=shared"

    first, second = nodes.get(0, path), nodes.get(1, path)

    assert (page_cache(first), page_cache(second)) == ("miss", "hit")
    assert second.text == first.text


def test_a_publish_makes_the_next_request_on_both_nodes_fresh(nodes):
    article, index = nodes.paths["article"], nodes.paths["index"]
    for path in (article, index):
        nodes.get(0, path)
        assert page_cache(nodes.get(1, path)) == "hit"

    nodes.run_in_site("f.publish_article_title('Free trade port opens to the world')")
    fresh = {"article on web1": nodes.get(0, article), "index on web2": nodes.get(1, index)}
    again = {"article on web2": nodes.get(1, article), "index on web1": nodes.get(0, index)}

    assert {name: page_cache(response) for name, response in fresh.items()} == dict.fromkeys(fresh, "miss")
    assert {name: page_cache(response) for name, response in again.items()} == dict.fromkeys(again, "hit")
    assert all("Free trade port opens to the world" in response.text for response in [*fresh.values(), *again.values()])


# --- Fragments ---


def test_the_footer_fragment_is_shared_and_a_settings_save_retires_it_on_both_nodes(nodes):
    nodes.run_in_site(f"f.save_tagline({FIRST_TAGLINE!r})")  # a new site generation: no node has the footer yet
    assert tagline(nodes.get(0, nodes.paths["index"] + "?visit=fragment")) == FIRST_TAGLINE
    nodes.set_tagline_unannounced("A tagline nobody purged")

    from_the_shared_fragment = nodes.get(1, nodes.paths["home"] + "?visit=fragment")
    # No node has rendered the Chinese footer yet: web2 builds it, with the tagline as it now is (English fallback).
    built_afresh = nodes.get(1, "/zh-hans/?visit=fragment")
    nodes.run_in_site("f.save_tagline('Saved by an editor')")
    after_the_save = [nodes.get(0, nodes.paths["home"] + "?visit=fragment"), nodes.get(1, nodes.paths["article"])]

    assert page_cache(from_the_shared_fragment) == "miss"  # rendered by web2, with web1's footer
    assert tagline(from_the_shared_fragment) == FIRST_TAGLINE
    assert tagline(built_afresh) == "A tagline nobody purged"
    assert [tagline(response) for response in after_the_save] == ["Saved by an editor"] * 2


# --- Sessions ---


def test_a_member_signed_in_on_one_node_is_signed_in_on_the_other(nodes):
    member = sign_in(nodes, 0)

    dashboard = nodes.get(1, DASHBOARD, member)

    assert dashboard.status_code == 200
    assert MEMBER_NAME in dashboard.text and "Log out" in dashboard.text
    assert page_cache(dashboard) == "pass" and "private" in dashboard.headers["Cache-Control"]


def test_a_member_who_logs_out_on_one_node_is_logged_out_on_the_other(nodes):
    member = sign_in(nodes, 0)
    nodes.post(1, "/en/accounts/logout/", {"csrfmiddlewaretoken": member.cookies["csrftoken"]}, member)

    dashboard = nodes.get(0, DASHBOARD, member)

    assert dashboard.status_code == 302 and LOGIN in dashboard.headers["Location"]


# --- Redis stopped under both nodes ---


@pytest.fixture
def redis_outage(nodes):
    """The nodes, for a test that stops their Redis; afterwards it runs again and both nodes use it again."""
    yield nodes
    if not nodes.redis.answers():
        nodes.redis.start()
    for number, probe in enumerate(["/en/?visit=recovered-web1", "/en/?visit=recovered-web2"]):
        eventually(lambda: nodes.get(number, probe), lambda answer: page_cache(answer) != "pass")  # noqa: B023


@pytest.mark.parametrize("nodes", ["redis"], indirect=True)
def test_with_redis_stopped_both_nodes_serve_pages_uncached_and_still_count_rate_limits(redis_outage):
    nodes = redis_outage
    cached = nodes.paths["article"] + "?visit=outage"
    nodes.get(0, cached)
    assert page_cache(nodes.get(1, cached)) == "hit"
    pages = [cached, nodes.paths["home"], nodes.paths["index"], nodes.paths["contact"]]

    nodes.redis.kill()
    served = {(path, number): nodes.get(number, path) for path in pages for number in (0, 1)}
    logins = failed_logins(nodes, FAILED_LOGINS_PER_ADDRESS + 1, "visitor-in-an-outage@example.sg")

    assert {key: answer.status_code for key, answer in served.items()} == dict.fromkeys(served, 200)
    assert {key: answer.headers["X-Page-Cache"] for key, answer in served.items()} == dict.fromkeys(served, "pass")
    assert all("are not correct" in answer for answer in logins[:-1])
    assert "Too many failed login attempts" in logins[-1]
    assert nodes.cache_keys_in_database("login_failed")  # counted in the database table both nodes share


@pytest.mark.parametrize("nodes", ["redis"], indirect=True)
def test_once_redis_is_back_a_page_one_node_rendered_is_a_hit_on_the_other(redis_outage):
    nodes = redis_outage
    path = nodes.paths["index"] + "?visit=after-outage"
    nodes.redis.kill()
    assert page_cache(nodes.get(0, path)) == "pass" and page_cache(nodes.get(1, path)) == "pass"

    nodes.redis.start()
    # Each node tries Redis again a few seconds after its last failure (core.cache.DEGRADED_SECONDS).
    rendered = eventually(lambda: nodes.get(0, path), lambda answer: page_cache(answer) != "pass")
    served = eventually(lambda: nodes.get(1, path), lambda answer: page_cache(answer) != "pass")

    assert (page_cache(rendered), page_cache(served)) == ("miss", "hit")
    assert served.text == rendered.text


@pytest.mark.parametrize("nodes", ["redis"], indirect=True)
def test_a_settings_save_while_redis_is_stopped_shows_on_both_nodes(redis_outage):
    nodes = redis_outage
    nodes.redis.kill()
    for number in (0, 1):
        assert page_cache(nodes.get(number, nodes.paths["home"] + "?visit=frame-in-outage")) == "pass"

    nodes.run_in_site("f.save_tagline('Saved while Redis was down')")
    after_the_save = [nodes.get(0, nodes.paths["index"]), nodes.get(1, nodes.paths["home"])]

    assert [tagline(response) for response in after_the_save] == ["Saved while Redis was down"] * 2
