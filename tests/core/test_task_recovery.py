"""No task is lost to a dead worker or a Redis outage (core/task_recovery.py, core/task_backends.py).

The database queue: a task left RUNNING by a worker that died is put back for the next worker, or failed
after too many tries; a live worker's task is left alone. On Redis: a task enqueued while Redis is down
is parked in the database instead of failing the request, and moved onto Redis under the same id once
it is back, once. The end-to-end runs with real worker processes are in tests/scaleout/test_task_queue.py.
"""

import datetime
import os
import socket
import subprocess
import sys

import pytest
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from rq.job import Job

from challenges.tasks import send_deadline_reminders
from core.task_backends import enqueue_parked_tasks
from core.task_recovery import MAX_ATTEMPTS, requeue_abandoned_tasks
from tests.scaleout.rq_fixtures import redis_server
from tests.server_process import free_port

pytestmark = pytest.mark.django_db

HOST = socket.gethostname()[:40]


def _dead_pid():
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _running(worker, started_ago=datetime.timedelta(minutes=1), earlier_workers=()):
    result = send_deadline_reminders.enqueue()
    DBTaskResult.objects.filter(id=result.id).update(
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - started_ago,
        worker_ids=[*earlier_workers, worker],
    )
    return result.id


def _status(result_id):
    return DBTaskResult.objects.get(id=result_id).status


def test_a_task_whose_worker_died_on_this_machine_is_put_back_for_the_next_worker():
    task = _running(f"{HOST}:{_dead_pid()}:abc")

    assert requeue_abandoned_tasks("background") == (1, 0)
    assert _status(task) == TaskResultStatus.READY


def test_a_task_whose_worker_is_alive_is_left_running():
    task = _running(f"{HOST}:{os.getppid()}:abc")

    assert requeue_abandoned_tasks("background") == (0, 0)
    assert _status(task) == TaskResultStatus.RUNNING


def test_a_task_of_another_machine_is_put_back_only_when_it_has_run_for_hours():
    recent = _running("elsewhere:123:abc")
    old = _running("elsewhere:124:abc", started_ago=datetime.timedelta(hours=7))

    requeue_abandoned_tasks("background")
    assert (_status(recent), _status(old)) == (TaskResultStatus.RUNNING, TaskResultStatus.READY)


def test_a_task_that_killed_its_worker_each_time_is_failed_not_run_for_ever():
    dead = f"{HOST}:{_dead_pid()}:abc"
    task = _running(dead, earlier_workers=[dead] * (MAX_ATTEMPTS - 1))

    assert requeue_abandoned_tasks("background") == (0, 1)
    failed = DBTaskResult.objects.get(id=task)
    assert failed.status == TaskResultStatus.FAILED
    assert "its worker died" in failed.traceback


@pytest.fixture
def rq_backend(settings):
    """The "background" backend on RQ, as with TASKS_BACKEND=rq, on a Redis that is not there."""
    settings.TASKS = {
        **settings.TASKS,
        "background": {"BACKEND": "core.task_backends.RQTaskBackend", "QUEUES": ["default"]},
    }
    settings.RQ_QUEUES = {"default": {"URL": f"redis://127.0.0.1:{free_port()}/0?socket_connect_timeout=1"}}
    return settings


def test_a_task_enqueued_while_redis_is_down_is_parked_in_the_database(rq_backend):
    result = send_deadline_reminders.enqueue()

    parked = DBTaskResult.objects.get(id=result.id)
    assert (parked.status, parked.backend_name, parked.task_path) == (
        TaskResultStatus.READY,
        "background",
        "challenges.tasks.send_deadline_reminders",
    )


def test_parked_tasks_move_onto_redis_under_their_id_once_it_is_back(rq_backend, tmp_path):
    first, second = send_deadline_reminders.enqueue(), send_deadline_reminders.enqueue()
    with redis_server(tmp_path) as redis:
        rq_backend.RQ_QUEUES = {"default": {"URL": redis.url}}

        assert enqueue_parked_tasks() == 2
        assert enqueue_parked_tasks() == 0
        for result in (first, second):
            assert Job.fetch(str(result.id), connection=redis.client()).get_status() == "queued"
        assert redis.client().llen("rq:queue:default") == 2
    assert not DBTaskResult.objects.exists()


def test_a_parked_task_already_on_redis_is_not_queued_twice(rq_backend, tmp_path):
    result = send_deadline_reminders.enqueue()
    with redis_server(tmp_path) as redis:
        rq_backend.RQ_QUEUES = {"default": {"URL": redis.url}}
        enqueue_parked_tasks()
        # A crash undid the row's deletion after the job was created: the row is back.
        DBTaskResult.objects.create(
            id=result.id,
            args_kwargs={"args": [], "kwargs": {}},
            task_path="challenges.tasks.send_deadline_reminders",
            backend_name="background",
            run_after=datetime.datetime(9999, 1, 1, tzinfo=datetime.UTC),
        )

        assert enqueue_parked_tasks() == 1
        assert redis.client().llen("rq:queue:default") == 1
