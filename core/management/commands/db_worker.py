"""``manage.py db_worker``: django-tasks-db's worker, which first puts back the tasks of workers that died.

It replaces django-tasks-db's command of the same name (core comes first in INSTALLED_APPS), taking the
same options. Its default worker id names the machine and process, and before it starts working it
requeues the RUNNING tasks whose worker is gone (core/task_recovery.py).
"""

from django_tasks_db.management.commands import db_worker

from core.task_recovery import requeue_abandoned_tasks, worker_id


class Command(db_worker.Command):
    help = "Run a database background worker, after putting back the tasks of workers that died"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(worker_id=worker_id())

    def handle(self, *, backend_name, verbosity, **options):
        requeued, failed = requeue_abandoned_tasks(backend_name)
        if verbosity and (requeued or failed):
            self.stdout.write(f"Put back {requeued} tasks of workers that died; {failed} failed after too many tries")
        super().handle(backend_name=backend_name, verbosity=verbosity, **options)
