"""The site run as real separate processes (gunicorn, the task worker) for tests about what only they show.

pytest-django's ``live_server`` is a thread of the test process on the in-memory test database: it
cannot show two processes fighting over an SQLite file, nor persistent connections outliving a
PostgreSQL restart. These helpers start the real thing against a database the test names.
"""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def site_env(database_url, **extra):
    """The environment of a site process: test settings (DEBUG off, mail kept in memory) on ``database_url``."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "WARNING",
        **extra,
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests; never in a real server
    return env


def manage(env, *args, timeout=300):
    """Run ``manage.py ARGS`` and return its stdout; a failure raises with the command's output."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(process, timeout=15):
    """SIGTERM, then SIGKILL after ``timeout`` seconds."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def running_process(args, env, log_path):
    """A long-running ``args`` process (its output in ``log_path``), stopped on leaving."""
    with open(log_path, "ab") as log:
        process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            yield process
        finally:
            stop(process)


def wait_until_answering(url, process, log_path, name, deadline_seconds=20):
    """Return once ``url`` answers 200; raise with the process's log when it exits or the time runs out."""
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode}:\n{Path(log_path).read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{name} did not answer {url} in time:\n{Path(log_path).read_text()}")


@contextlib.contextmanager
def running_gunicorn(env, log_path, workers=2, threads=4):
    """gunicorn serving the site on a free loopback port; yields its base URL once /healthz answers 200."""
    port = free_port()
    args = [
        sys.executable,
        "-m",
        "gunicorn",
        "portal.wsgi",
        "-b",
        f"127.0.0.1:{port}",
        "-w",
        str(workers),
        "--threads",
        str(threads),
        "--timeout",
        "60",
        "--graceful-timeout",
        "5",
    ]
    with running_process(args, env, log_path) as process:
        url = f"http://127.0.0.1:{port}"
        wait_until_answering(f"{url}/healthz", process, log_path, "gunicorn", deadline_seconds=60)
        yield url
