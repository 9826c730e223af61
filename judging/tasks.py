"""Background work for judging, enqueued daily by `manage.py run_daily_jobs` (see wagtail_hooks.py)."""

from django_tasks import task

from . import awards


@task(backend="background")
def flag_overdue_awards():
    """Email challenge staff the awards not paid by their due date, at most once a day."""
    return awards.flag_overdue_awards()
