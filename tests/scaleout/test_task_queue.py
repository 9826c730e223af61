"""Background tasks on Redis (``TASKS_BACKEND=rq``) and on the database, against real services.

A Redis of the test's own (append-only file on), real RQ workers (``manage.py rqworker --with-scheduler
default``) and database workers (``manage.py db_worker``) as separate processes, and ``manage.py shell``
as the web side that enqueues, all on one SQLite file. Emails are written to a folder by Django's file
backend, so a test counts what every process sent; a gate in it stops a worker between two emails.

- The daily jobs go onto Redis and the RQ worker runs each of them, with its result kept.
- A worker killed in the middle of the deadline reminders (the whole process group, as when its
  machine dies): a new worker retries the task and every reminder goes out exactly once. The same on
  the database queue.
- Redis stopped while tasks are queued: they wait, and run once Redis is back; a task enqueued while
  Redis is down is parked in the database (no error for the user) and runs once Redis is back.
"""

import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from rq.job import Job

from tests.server_process import manage, site_env

from .rq_fixtures import RedisServer, RQWorker, WorkerProcess, eventually, messages_in

# The site runs on a SQLite file of its own, whatever DATABASE_URL says: run it in bin/test's SQLite pass only.
pytestmark = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the live SQLite site runs in the SQLite pass of bin/test (it ignores DATABASE_URL)",
)


# --- Run in the site's own process by `manage.py shell -c`, on the site's database. ---


def prepare_reminders(registrants):
    """A challenge whose deadline is six and a half days away, with ``registrants`` who have unsent drafts."""
    import datetime
    import random

    from django.utils import timezone

    from tests.accounts.factories import OrganisationFactory, UserFactory
    from tests.challenges.factories import ChallengeFactory, RegistrationFactory, SubmissionFactory
    from tests.opportunities.factories import make_member

    start = random.randint(10**6, 10**9)  # each shell is a new process: factory sequences start again
    for factory in (UserFactory, OrganisationFactory, ChallengeFactory, SubmissionFactory):
        factory.reset_sequence(start)
    challenge = ChallengeFactory(submission_deadline=timezone.now() + datetime.timedelta(days=6, hours=12))
    emails = []
    for _ in range(registrants):
        registration = RegistrationFactory(challenge=challenge, user=make_member())
        SubmissionFactory(registration=registration)
        emails.append(registration.user.email)
    print(json.dumps(sorted(emails)))


def enqueue(task_path, *args):
    """Enqueue the task as the site does; prints its id and where it went."""
    from django.utils.module_loading import import_string

    result = import_string(task_path).enqueue(*args)
    print(json.dumps({"id": str(result.id), "parked": hasattr(result, "db_result")}))


def results(ids):
    """Each task's status and return value, read through django-tasks."""
    from challenges.tasks import send_deadline_reminders

    found = {}
    for result_id in ids:
        result = send_deadline_reminders.get_backend().get_result(result_id)
        found[result_id] = [result.status, result.return_value if result.status == "SUCCESSFUL" else None]
    print(json.dumps(found))


def in_site(env, call):
    """Run ``call`` (Python source calling one of the functions above) in a site process; its JSON answer."""
    output = manage(env, "shell", "--no-imports", "-c", f"from tests.scaleout.test_task_queue import *; {call}")
    return json.loads(output.strip().splitlines()[-1])


# --- The site, its Redis and its workers ---


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A migrated SQLite site with its own Redis (append-only), as the RQ deployment runs it."""
    directory = tmp_path_factory.mktemp("task-queue-site")
    (directory / "redis").mkdir()
    redis = RedisServer(directory / "redis")
    redis.start()
    env = site_env(
        f"sqlite:///{directory / 'portal.sqlite3'}",
        DJANGO_SETTINGS_MODULE="tests.scaleout.rq_settings",
        TASKS_BACKEND="rq",
        REDIS_URL=redis.url,
        EMAIL_FILE_PATH=str(directory / "mail"),
    )
    manage(env, "migrate", "--noinput", "-v0", timeout=900)
    try:
        yield {"env": env, "redis": redis, "database": directory / "portal.sqlite3"}
    finally:
        redis.stop()


@pytest.fixture
def outbox(tmp_path):
    (tmp_path / "mail").mkdir()
    return tmp_path / "mail"


@pytest.fixture
def gate(tmp_path):
    (tmp_path / "gate").mkdir()
    return tmp_path / "gate"


@pytest.fixture
def env(site, outbox, gate):
    """This test's site environment: its own outbox and email gate."""
    return {**site["env"], "EMAIL_FILE_PATH": str(outbox), "EMAIL_GATE_PATH": str(gate)}


@pytest.fixture
def workers(site, env, tmp_path):
    """Start RQ workers with ``workers.start()``; whatever is still running is stopped after the test."""
    started = []

    class Workers:
        def start(self, **extra_env):
            worker = RQWorker({**env, **extra_env}, tmp_path / f"worker-{len(started)}.log", site["redis"])
            started.append(worker)
            return worker.start()

    yield Workers()
    for worker in started:
        worker.stop()


def _job_status(redis, job_id):
    return Job.fetch(job_id, connection=redis.client()).get_status()


def _processes_of(gate):
    """PIDs of the live processes started with this test's environment (a worker, its horse, its scheduler)."""
    marker = f"EMAIL_GATE_PATH={gate}".encode()
    found = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            state = Path(environ.parent, "stat").read_text().rpartition(")")[2].split()[0]
            if marker in environ.read_bytes().split(b"\0") and state != "Z":  # a zombie has ended
                found.append(int(environ.parent.name))
        except OSError:
            pass  # it ended meanwhile, or is not ours to read
    return found


def _recipients(outbox):
    return sorted(message["To"] for message in messages_in(outbox))


# --- On Redis ---


def test_the_daily_jobs_run_in_the_rq_worker_with_their_results_kept(site, env, outbox, workers):
    reminded = in_site(env, "prepare_reminders(2)")
    workers.start()

    output = manage(env, "run_daily_jobs")
    ids = [line.rsplit("(", 1)[1].rstrip(")") for line in output.splitlines() if line.startswith("Enqueued")]
    assert len(ids) >= 5  # expiry, match digests, saved searches, stale payments, reminders, ...

    eventually(lambda: all(_job_status(site["redis"], job_id) == "finished" for job_id in ids), seconds=120)
    assert _recipients(outbox) == reminded
    reminder_id = next(line for line in output.splitlines() if "send_deadline_reminders" in line)
    reminder_id = reminder_id.rsplit("(", 1)[1].rstrip(")")
    assert in_site(env, f"results([{reminder_id!r}])") == {reminder_id: ["SUCCESSFUL", 2]}


def test_a_worker_killed_mid_task_is_retried_by_a_new_worker_and_every_reminder_goes_once(
    site, env, outbox, gate, workers
):
    reminded = in_site(env, "prepare_reminders(4)")
    (gate / "hold-after").write_text("2")  # the worker stops before the third reminder, its key claimed
    first = workers.start()
    job_id = in_site(env, "enqueue('challenges.tasks.send_deadline_reminders')")["id"]
    eventually(lambda: (gate / "waiting").exists(), message=f"the worker never reached the gate:\n{first.log()}")
    assert len(messages_in(outbox)) == 2

    first.kill()
    eventually(lambda: not _processes_of(gate), seconds=20, message="the killed worker's work horse lived on")
    (gate / "hold-after").unlink()
    workers.start()

    eventually(lambda: _job_status(site["redis"], job_id) == "finished", seconds=120)
    assert _recipients(outbox) == reminded  # each of the four once: none lost, none twice
    assert len({message["Message-ID"] for message in messages_in(outbox)}) == 4


def test_tasks_queued_when_redis_stops_run_when_it_returns_and_none_is_lost(site, env, outbox, gate, workers, tmp_path):
    marks = tmp_path / "marks"
    marks.mkdir()
    reminded = in_site(env, "prepare_reminders(2)")
    (gate / "hold-after").write_text("0")  # the worker is busy with the reminders while the rest queue up
    workers.start()
    busy = in_site(env, "enqueue('challenges.tasks.send_deadline_reminders')")["id"]
    eventually(lambda: (gate / "waiting").exists())
    queued = [
        in_site(env, f"enqueue('tests.scaleout.rq_tasks.leave_mark', {str(marks)!r}, 'queued-{n}')") for n in "12"
    ]
    assert not any(task["parked"] for task in queued)

    site["redis"].stop()
    during = [
        in_site(env, f"enqueue('tests.scaleout.rq_tasks.leave_mark', {str(marks)!r}, 'during-{n}')") for n in "12"
    ]
    assert all(task["parked"] for task in during)  # no error for the user: kept in the database
    site["redis"].start()  # from its append-only file: the queued jobs are still there
    (gate / "hold-after").unlink()

    names = ["queued-1", "queued-2", "during-1", "during-2"]
    eventually(lambda: all((marks / name).exists() for name in names), seconds=120)
    eventually(lambda: _job_status(site["redis"], busy) == "finished", seconds=60)
    assert {name: (marks / name).read_text() for name in names} == dict.fromkeys(names, "1")  # each ran once
    assert _recipients(outbox) == reminded
    with sqlite3.connect(site["database"], timeout=20) as database:
        parked = database.execute("SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'READY'")
        assert parked.fetchone()[0] == 0  # every parked task was moved onto Redis


# --- On the database (the embedded default) ---


def test_a_database_worker_killed_mid_task_is_put_back_by_the_next_one_and_every_reminder_goes_once(
    site, env, outbox, gate, tmp_path
):
    env = {key: value for key, value in env.items() if key != "TASKS_BACKEND"}  # the embedded default
    reminded = in_site(env, "prepare_reminders(3)")
    (gate / "hold-after").write_text("1")
    task_id = in_site(env, "enqueue('challenges.tasks.send_deadline_reminders')")["id"]
    args = [sys.executable, "manage.py", "db_worker", "--backend", "background", "--interval", "0.2"]
    args += ["--no-startup-delay"]
    first = WorkerProcess(args, env, tmp_path / "db-worker-0.log", ready="Starting worker").start()
    try:
        eventually(lambda: (gate / "waiting").exists(), message=f"the worker never reached the gate:\n{first.log()}")
        first.kill()
    finally:
        first.stop()
    assert _task_status(site["database"], task_id) == "RUNNING"  # what django-tasks-db leaves behind
    (gate / "hold-after").unlink()

    second = WorkerProcess(args, env, tmp_path / "db-worker-1.log", ready="Starting worker").start()
    try:
        eventually(lambda: _task_status(site["database"], task_id) == "SUCCESSFUL", seconds=120)
    finally:
        second.stop()
    assert _recipients(outbox) == reminded


def _task_status(database, task_id):
    with sqlite3.connect(database, timeout=20) as connection:
        row = connection.execute(
            "SELECT status FROM django_tasks_database_dbtaskresult WHERE id = ?", (task_id.replace("-", ""),)
        ).fetchone()
    return row and row[0]
