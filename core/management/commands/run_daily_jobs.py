from django.core.management.base import BaseCommand

from core.hooks import daily_tasks


class Command(BaseCommand):
    help = (
        "Enqueue the daily jobs the apps register (core.hooks.DAILY_JOBS): the marketplace's (expiry, "
        "reminders, digests) and cancelling stale card payments. Run once a day from cron."
    )

    def handle(self, *args, **options):
        for daily_task in daily_tasks():
            result = daily_task.enqueue()
            self.stdout.write(f"Enqueued {daily_task.name} ({result.id})")
