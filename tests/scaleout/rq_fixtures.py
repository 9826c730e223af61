"""Real services for tests/scaleout/test_task_queue.py: a Redis of the test's own, RQ workers as separate
processes, and an email backend whose messages several processes write to one folder to be counted."""

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import redis
from django.core.mail.backends import filebased

from tests.server_process import ROOT, free_port

SEPARATOR = "-" * 79  # what Django's file backend writes after each message


class GatedFileEmailBackend(filebased.EmailBackend):
    """Django's file backend (one file per connection), with a gate a test closes to stop a sender mid-task.

    While ``$EMAIL_GATE_PATH/hold-after`` exists and holds N, a sender about to write a message when N
    messages are already written waits there (it says so in ``$EMAIL_GATE_PATH/waiting``): it has
    claimed the email's key, and the mail server has not got the message yet.
    """

    def send_messages(self, email_messages):
        gate = os.environ.get("EMAIL_GATE_PATH")
        if gate:
            hold = Path(gate, "hold-after")
            while hold.exists() and len(messages_in(self.file_path)) >= int(hold.read_text() or 0):
                Path(gate, "waiting").touch()
                time.sleep(0.05)
        return super().send_messages(email_messages)


def messages_in(folder):
    """Every message written to ``folder`` by the file backend, as its header lines ``{name: value}``."""
    messages = []
    for path in sorted(Path(folder).glob("*.log")):
        for raw in path.read_text(errors="replace").split(SEPARATOR):
            headers = {}
            for line in raw.strip().splitlines():
                if not line.strip():
                    break  # the body starts
                name, _sep, value = line.partition(": ")
                headers.setdefault(name, value)
            if headers:
                messages.append(headers)
    return messages


def eventually(condition, seconds=60, message="the condition never held"):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.1)


class RedisServer:
    """``redis-server`` on a free loopback port; with ``appendonly`` its data survives a restart (in ``directory``)."""

    def __init__(self, directory, appendonly=True):
        self.directory = Path(directory)
        self.appendonly = appendonly
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        args = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        args += ["--appendonly", "yes" if self.appendonly else "no", "--dir", str(self.directory)]
        with open(self.directory / "redis.log", "ab") as log:
            self.process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
        eventually(self.answers, seconds=20, message="redis-server did not start")

    def answers(self):
        try:
            return self.client().ping()
        except redis.exceptions.RedisError:
            return False

    def stop(self):
        """Shut down as an operator would (SIGTERM): Redis writes what it holds to its append-only file."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)

    def kill(self):
        """Stop it the hard way, as when its machine dies: what it held in memory is gone."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=20)

    def client(self):
        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=2)


@contextlib.contextmanager
def redis_server(directory):
    server = RedisServer(directory)
    server.start()
    try:
        yield server
    finally:
        server.stop()


class WorkerProcess:
    """A worker command in a session of its own, as a service manager runs it; ready once its log says ``ready``."""

    def __init__(self, args, env, log_path, ready):
        self.args, self.env, self.log_path, self.ready = args, env, Path(log_path), ready
        self.process = None

    def start(self):
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                self.args, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        eventually(self.is_ready, seconds=60, message=f"{self.args[2]} did not start:\n{self.log()}")
        return self

    def is_ready(self):
        assert self.process.poll() is None, f"{self.args[2]} exited:\n{self.log()}"
        return self.ready in self.log()

    def kill(self):
        """SIGKILL the worker and everything in its session, as when its machine or container dies."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=20)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()  # a warm shut-down: the job in hand is finished first
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self):
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


class RQWorker(WorkerProcess):
    """``manage.py rqworker --with-scheduler default``; ready once it has registered with Redis."""

    def __init__(self, env, log_path, redis_server):
        args = [sys.executable, "manage.py", "rqworker", "--with-scheduler", "default"]
        super().__init__(args, env, log_path, ready=None)
        self.redis = redis_server

    def is_ready(self):
        assert self.process.poll() is None, f"the RQ worker exited:\n{self.log()}"
        client = self.redis.client()
        return any(client.hget(key, "pid") == str(self.process.pid).encode() for key in client.smembers("rq:workers"))
