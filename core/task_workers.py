"""The RQ worker the platform runs with ``TASKS_BACKEND=rq``: ``manage.py rqworker --with-scheduler default``.

settings.RQ["WORKER_CLASS"] names ``TaskWorker``. It is RQ's forking worker with three additions, so a
killed worker or a Redis outage loses no task:

- The work horse (the child that runs a job) dies with its worker (Linux ``PR_SET_PDEATHSIG``), as when
  a machine or container goes: no orphan goes on with a job that is about to be retried.
- Jobs left in the StartedJobRegistry by a worker that died *on this machine* (its process is gone) are
  handed to RQ's abandoned-job handling at once, which retries them (core.task_backends.RETRY). Without
  this a restarted worker would wait for the dead one's heartbeat to run out, then for the next
  maintenance. A worker that died on another machine is found when its heartbeat runs out (at most
  90 seconds), by RQ's maintenance.
- Tasks parked in the database while Redis was down are moved onto Redis (core.task_backends), and a
  Redis outage during a job or the maintenance does not make the worker quit (RQ's would).

The sweep runs with RQ's maintenance (registry clean-up, restarting or taking over the scheduler), every
``TASKS_WORKER_SWEEP_SECONDS`` instead of every ten minutes: a waiting worker wakes that often to look.
"""

import contextlib
import ctypes
import logging
import os
import signal

from django.conf import settings
from django.db import connections
from rq.executions import Execution
from rq.worker import Worker

from .task_backends import REDIS_UNREACHABLE, enqueue_parked_tasks

logger = logging.getLogger(__name__)

DEFAULT_SWEEP_SECONDS = 30
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent_pid):
    """Ask Linux to kill this process when its parent dies (a no-op where prctl is missing)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _process_exists(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class TaskWorker(Worker):
    """RQ's worker: horses die with it; dead local workers' jobs retried; parked tasks moved to Redis."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("maintenance_interval", self.sweep_seconds)
        super().__init__(*args, **kwargs)

    @property
    def dequeue_timeout(self):
        return max(1, min(super().dequeue_timeout, self.sweep_seconds))

    @property
    def sweep_seconds(self):
        return getattr(settings, "TASKS_WORKER_SWEEP_SECONDS", DEFAULT_SWEEP_SECONDS)

    def main_work_horse(self, job, queue):
        _die_with_parent(self.pid)
        super().main_work_horse(job, queue)

    def maintain_heartbeats(self, job, execution):
        """A heartbeat lost to a Redis outage is skipped: the job in hand goes on instead of the worker quitting."""
        try:
            super().maintain_heartbeats(job, execution)
        except REDIS_UNREACHABLE:
            logger.warning("Redis unreachable: skipped a heartbeat of job %s", job.id)

    def run_maintenance_tasks(self):
        """RQ's maintenance, then the sweep; Redis being away stops neither the worker nor the other."""
        try:
            super().run_maintenance_tasks()
        except REDIS_UNREACHABLE:
            logger.warning("Redis unreachable during the task worker's maintenance")
        self.sweep()

    def sweep(self):
        """Retry the jobs of dead workers and move parked tasks onto Redis; never stops the worker."""
        try:
            self.retry_jobs_of_dead_workers()
            moved = enqueue_parked_tasks()
            if moved:
                logger.warning("Moved %d tasks parked during a Redis outage onto Redis", moved)
        except REDIS_UNREACHABLE:
            pass  # the wait for work that follows retries the connection
        except Exception:
            logger.exception("The task worker's sweep failed")
        finally:
            connections.close_all()  # a work horse forked after this must not share the parent's connection

    def retry_jobs_of_dead_workers(self):
        for queue in self.queues:
            registry = queue.started_job_registry
            abandoned = [
                f"{job_id}:{execution_id}"
                for job_id, execution_id in registry.get_job_and_execution_ids(cleanup=False)
                if self._died_here(job_id, execution_id)
            ]
            if abandoned:
                logger.warning("Retrying %d jobs of workers that died on this machine", len(abandoned))
                # Due now: RQ's own clean-up then retries each (or files it as failed when out of retries).
                self.connection.zadd(registry.key, dict.fromkeys(abandoned, 0))
                registry.cleanup()

    def _died_here(self, job_id, execution_id):
        """Whether the worker running this execution was on this machine and its process is gone."""
        try:
            worker_name = Execution.fetch(execution_id, job_id, self.connection).worker_name
        except ValueError:
            return False  # its record expired: the heartbeat clean-up takes it
        if not worker_name or worker_name == self.name:
            return False
        hostname, pid = self.connection.hmget(f"{self.redis_worker_namespace_prefix}{worker_name}", "hostname", "pid")
        if hostname is None or pid is None or hostname.decode() != self.hostname:
            return False
        pid = int(pid)
        # Our own pid under another name: that worker was this container's process before a restart.
        return pid == os.getpid() or not _process_exists(pid)
