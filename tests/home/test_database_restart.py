"""A PostgreSQL restart under load: once the database is back, no request fails.

The site keeps database connections open for a minute (CONN_MAX_AGE). Without health checks, each
connection that outlived a restart failed the next request it served. The test runs a private
PostgreSQL cluster in a temporary directory on a free port (never the machine's shared server, which
other tests use), gunicorn with 2 workers x 4 threads on it, and clients that keep asking for
/healthz (``SELECT 1``) and a page that queries through the ORM while the cluster restarts: the
admin's login page, which looks the visitor's session up in the database, as every page does for a
logged-in visitor. Only the sessions table is created; migrating the whole site takes minutes here.

First every server thread serves requests (so each holds a connection), then one visitor keeps
asking while ``pg_ctl restart -m fast`` runs, then bursts of requests reach every thread again. What
may fail: a request that started before ``pg_ctl restart`` returned, because the restart cut its
connection or the server was down. What may not: any request that started after it returned,
including the first one each thread serves on its connection from before the restart.
"""

import contextlib
import os
import shutil
import subprocess
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from tests.server_process import free_port, manage, running_gunicorn, site_env

POSTGRESQL = Path("/usr/lib/postgresql")
# A private cluster, whatever DATABASE_URL says: run once, in bin/test's PostgreSQL pass.
pytestmark = [
    pytest.mark.skipif(
        not POSTGRESQL.exists(), reason="needs PostgreSQL's server programs (initdb, pg_ctl) in /usr/lib/postgresql"
    ),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="runs in the PostgreSQL pass of bin/test (DATABASE_URL=postgres://...)",
    ),
]

WORKERS, THREADS = 2, 4
SERVER_THREADS = WORKERS * THREADS
URLS = ("/healthz", "/django-admin/login/")
SESSION_COOKIE = {"sessionid": "a" * 32}  # unknown, so each request looks it up again
# Django's own migrate: the project's (modeltranslation's) also syncs page columns, which need every table.
CREATE_SESSIONS_TABLE = (
    "from django.core.management import call_command; "
    "from django.core.management.commands.migrate import Command; "
    "call_command(Command(), 'sessions', verbosity=0)"
)


def _program(name):
    """The newest installed version's ``name`` (initdb, pg_ctl, createdb)."""
    found = sorted(POSTGRESQL.glob(f"*/bin/{name}"), key=lambda path: int(path.parts[-3]))
    assert found, f"{name} is missing from {POSTGRESQL}/*/bin"
    return str(found[-1])


def _as_postgres(*args):
    # initdb refuses to run as root; anyone else runs the cluster as themselves.
    command = [_program(args[0]), *args[1:]]
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _run(*args):
    subprocess.run(_as_postgres(*args), check=True, capture_output=True, text=True, timeout=120)


@contextlib.contextmanager
def private_postgresql():
    """A throw-away cluster on 127.0.0.1; yields its port and a function that restarts it."""
    directory = Path(tempfile.mkdtemp(prefix="portal-pg-restart-"))  # in /tmp: the postgres user can reach it
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")
    data, log = directory / "data", directory / "server.log"
    port = free_port()
    options = f"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off"
    try:
        _run("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync", "--no-instructions")
        _run("pg_ctl", "-D", str(data), "-l", str(log), "-o", options, "-w", "start")
        _run("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "portal")

        def restart():
            _run("pg_ctl", "-D", str(data), "-l", str(log), "-o", options, "-m", "fast", "-w", "restart")

        yield port, restart
    finally:
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            _run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(directory, ignore_errors=True)


def _ask(session, base, url):
    """(started, finished, url, outcome): the status code, or the name of the error if there was none."""
    started = time.monotonic()
    try:
        outcome = session.get(f"{base}{url}", cookies=SESSION_COOKIE, timeout=30).status_code
    except requests.RequestException as error:
        outcome = type(error).__name__
    return started, time.monotonic(), url, outcome


def _bursts(base, rounds):
    """``rounds`` times, as many requests at once as the server has threads, so that each thread serves some."""
    sessions = [requests.Session() for _ in range(SERVER_THREADS)]
    answers = []
    with ThreadPoolExecutor(SERVER_THREADS) as pool:
        for _ in range(rounds):
            answers += pool.map(lambda i: _ask(sessions[i], base, URLS[i % len(URLS)]), range(SERVER_THREADS))
    return answers


def _trickle(base, stop, answers):
    """One visitor's requests while the restart runs: these race it, and may fail."""
    session = requests.Session()
    while not stop.is_set():
        answers.append(_ask(session, base, URLS[len(answers) % len(URLS)]))
        time.sleep(0.2)


@pytest.fixture(scope="module")
def answers_around_a_restart(tmp_path_factory):
    """The answers before, during and after a fast restart of PostgreSQL."""
    directory = tmp_path_factory.mktemp("pg-restart")
    with private_postgresql() as (port, restart):
        env = site_env(f"postgres://postgres@127.0.0.1:{port}/portal")
        manage(env, "shell", "--no-imports", "-c", CREATE_SESSIONS_TABLE)
        with running_gunicorn(env, directory / "gunicorn.log", workers=WORKERS, threads=THREADS) as base:
            before = _bursts(base, rounds=5)  # now the server's threads hold persistent connections
            during, stop = [], threading.Event()
            trickle = threading.Thread(target=_trickle, args=(base, stop, during))
            trickle.start()
            restart()  # returns once PostgreSQL accepts connections again
            stop.set()
            trickle.join()
            after = _bursts(base, rounds=5)
    return {"before": before, "during": during, "after": after, "log": (directory / "gunicorn.log").read_text()}


def test_requests_before_the_restart_succeed(answers_around_a_restart):
    assert {outcome for *_, outcome in answers_around_a_restart["before"]} == {200}


def test_no_request_started_after_the_database_came_back_fails(answers_around_a_restart):
    # Only the requests in "during" (started before `pg_ctl restart` returned) may have failed.
    failed = [(url, outcome) for _, _, url, outcome in answers_around_a_restart["after"] if outcome != 200]

    assert not failed, (failed, answers_around_a_restart["log"][-3000:])
