"""Background tasks on Redis (``TASKS_BACKEND=rq``): django-tasks-rq's backend, made to lose no task.

Two additions to ``django_tasks_rq.RQBackend`` (0.12.0), whose ``enqueue`` is followed here line for line:

- **Retries.** Every job is created with ``RETRY``. A job whose worker is killed mid-task is found in
  RQ's StartedJobRegistry (at once by ``core.task_workers`` on the same machine, else when its heartbeat
  runs out) and, having retries left, is run again rather than filed as failed. A task that raises is
  retried the same way. The tasks are written to be run again: the emails that matter carry
  idempotency keys (core/emails.py) and each caller marks its own progress.
- **Redis down.** When Redis cannot be reached, ``enqueue`` parks the task in the database (a READY row
  of django-tasks-db's table, under this backend's alias, which no database worker takes) instead of
  failing the request. ``enqueue_parked_tasks``, run by the RQ worker while it waits for work, moves
  parked tasks onto Redis under the same id, so a task moved twice still runs once.
"""

import logging

import django_rq
import redis
from django.db import transaction
from django.utils import timezone
from django_tasks import task_backends
from django_tasks.base import TASK_MAX_PRIORITY, TaskResult, TaskResultStatus
from django_tasks.signals import task_enqueued
from django_tasks.utils import get_random_id
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from django_tasks_rq.backend import Job, RQBackend, failed_callback, success_callback
from rq.job import Callback, JobStatus, Retry

logger = logging.getLogger(__name__)

# Three more runs: at once (a killed worker's job needs no wait, nor the scheduler, which a dead worker
# may have held for the next minute), then 1 min and 5 min after a failure, past a short outage.
RETRY = Retry(max=3, interval=[0, 60, 300])

# What "Redis cannot be reached" looks like to redis-py (BusyLoadingError, while a restarted Redis reads
# its append-only file, is a ConnectionError).
REDIS_UNREACHABLE = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)


class RQTaskBackend(RQBackend):
    """django-tasks-rq's backend with retries, and a database parking place while Redis is down."""

    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        try:
            task_result = self.push(task, args, kwargs, get_random_id())
        except REDIS_UNREACHABLE:
            logger.warning("Redis unreachable: %s parked in the database until it is back", task.module_path)
            return self._parking().enqueue(task, args, kwargs)
        task_enqueued.send(type(self), task_result=task_result)
        return task_result

    def push(self, task, args, kwargs, result_id):
        """Create the RQ job ``result_id`` (with ``RETRY``) and queue it, or schedule it for its ``run_after``."""
        run_after = task.run_after if task.run_after and task.run_after > timezone.now() else None
        queue = django_rq.get_queue(task.queue_name, job_class=Job)
        job = queue.create_job(
            task.module_path,
            args=args,
            kwargs=kwargs,
            job_id=result_id,
            status=JobStatus.SCHEDULED if run_after else JobStatus.QUEUED,
            on_failure=Callback(failed_callback),
            on_success=Callback(success_callback),
            meta={"backend_name": self.alias},
            retry=RETRY,
        )
        if run_after is None:
            job = queue.enqueue_job(job, at_front=task.priority == TASK_MAX_PRIORITY)
        else:
            job = queue.schedule_job(job, run_after)
        return TaskResult(
            task=task,
            id=result_id,
            status=TaskResultStatus.READY,
            enqueued_at=job.enqueued_at,
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=args,
            kwargs=kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )

    def _parking(self):
        return DatabaseBackend(self.alias, {"QUEUES": list(self.queues)})


def enqueue_parked_tasks(alias="background"):
    """Move the tasks parked while Redis was down onto Redis; returns how many moved.

    One row at a time, each in its own short transaction: the job is created under the row's id, then
    the row is deleted. A job that already exists (moved before a crash undid the delete) is not
    created again. Stops at the first Redis error: the rest wait for the next call.
    """
    backend = task_backends[alias]
    if not isinstance(backend, RQTaskBackend):
        return 0
    connection = django_rq.get_connection()
    moved = 0
    while True:
        with transaction.atomic():
            parked = (
                DBTaskResult.objects.filter(backend_name=alias, status=TaskResultStatus.READY)
                .select_for_update(skip_locked=True)
                .first()
            )
            if parked is None:
                return moved
            result_id = str(parked.id)
            try:
                if not Job.exists(result_id, connection=connection):
                    backend.push(parked.task, parked.args_kwargs["args"], parked.args_kwargs["kwargs"], result_id)
            except REDIS_UNREACHABLE:
                return moved
            parked.delete()
        moved += 1
