"""Background work for challenges, enqueued daily by `manage.py run_daily_jobs` (see wagtail_hooks.py)."""

from django_tasks import task

from . import digests, outreach


@task(backend="background")
def invite_solvers():
    """Invite the owners of matching offers to challenges that opened since the last run."""
    return outreach.invite_solvers_for_new_challenges()


@task(backend="background")
def send_deadline_reminders():
    """Deadline reminders, 7 days and 1 day before, to registrants with unsent drafts."""
    return digests.send_deadline_reminders()


@task(backend="background")
def send_weekly_digests():
    """The weekly digest of new challenges, to each follower at most once a week."""
    return digests.send_weekly_digests()
