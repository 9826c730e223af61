"""Putting back the database queue's tasks whose worker died (the embedded default, django-tasks-db).

django-tasks-db marks a task RUNNING when a worker takes it and never looks at it again, so a worker
killed mid-task leaves the task RUNNING for ever. Our ``manage.py db_worker`` (core's command, which
replaces django-tasks-db's) names each worker after its machine and process, ``<host>:<pid>:<random>``,
and calls ``requeue_abandoned_tasks`` when it starts. A RUNNING task goes back to READY when its worker
was on this machine and its process is gone, or when it has been running for longer than
``TASKS_ABANDONED_AFTER`` (a worker on another machine, or one named the old way, that never came back).
A task that has been taken ``MAX_ATTEMPTS`` times is marked failed instead, so a task that kills its
worker (out of memory, say) is not run for ever. Tasks are written to be run again (core/emails.py).
"""

import logging
import os
import socket
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 4  # the first run and three retries, as on RQ (core.task_backends.RETRY)
DEFAULT_ABANDONED_AFTER = timedelta(hours=6)  # longer than any task runs


class AbandonedTaskError(Exception):
    """The task's worker died while running it, too many times."""


def worker_id():
    """This process's worker id: ``<host>:<pid>:<random>`` (at most 64 characters, as django-tasks-db allows)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{get_random_string(12)}"


def _died_here(worker):
    host, _sep, rest = worker.partition(":")
    pid, _sep, _random = rest.partition(":")
    if host != socket.gethostname()[:40] or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return True  # a worker with our pid that is not us: this process's predecessor (a restarted container)
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def requeue_abandoned_tasks(backend_alias, now=None):
    """Put back (or fail, after MAX_ATTEMPTS) the RUNNING tasks of ``backend_alias`` whose worker is gone.

    Returns ``(requeued, failed)`` counts.
    """
    now = now or timezone.now()
    too_old = now - getattr(settings, "TASKS_ABANDONED_AFTER", DEFAULT_ABANDONED_AFTER)
    requeued = failed = 0
    for task_result in DBTaskResult.objects.running().filter(backend_name=backend_alias):
        workers = task_result.worker_ids or [""]
        if not (_died_here(workers[-1]) or task_result.started_at < too_old):
            continue
        with transaction.atomic():
            # Only if no one else took it meanwhile (another worker starting at the same moment).
            current = DBTaskResult.objects.select_for_update().filter(
                pk=task_result.pk, status=TaskResultStatus.RUNNING, started_at=task_result.started_at
            )
            if not current.exists():
                continue
            if len(workers) >= MAX_ATTEMPTS:
                task_result.set_failed(AbandonedTaskError(f"its worker died during each of {len(workers)} runs"))
                failed += 1
            else:
                current.update(status=TaskResultStatus.READY)
                requeued += 1
        logger.warning("Task %s (%s) was abandoned by worker %s", task_result.id, task_result.task_path, workers[-1])
    return requeued, failed
