"""Extension points of core: Wagtail hooks that any app may register with from its ``wagtail_hooks.py``."""

from wagtail import hooks

DAILY_JOBS = "core_daily_jobs"
"""``fn()`` → an iterable of django-tasks tasks that ``manage.py run_daily_jobs`` (cron, once a day) enqueues,
in ``order`` (opportunities, order 10: expiry, reminders and digests; payments, order 20: stale card payments)."""


def daily_tasks():
    """Every registered daily task, in hook order."""
    return [daily_task for fn in hooks.get_hooks(DAILY_JOBS) for daily_task in fn()]
