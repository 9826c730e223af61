"""Background work for payments, run by `manage.py db_worker --backend background`.

`manage.py run_daily_jobs` (cron, once a day) enqueues the daily ones.
"""

from django_tasks import task

from .charges import cancel_stale_payments


@task(backend="background")
def cancel_stale_payment_intents():
    """Cancel card payments left unfinished for a day; their requests stay awaiting payment."""
    return {"cancelled": cancel_stale_payments()}


DAILY_TASKS = [cancel_stale_payment_intents]
