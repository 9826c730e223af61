from django.core.management.base import BaseCommand

from opportunities.tasks import DAILY_TASKS


class Command(BaseCommand):
    help = "Enqueue the marketplace's daily jobs (expiry, reminders, digests). Run once a day from cron."

    def handle(self, *args, **options):
        for daily_task in DAILY_TASKS:
            result = daily_task.enqueue()
            self.stdout.write(f"Enqueued {daily_task.name} ({result.id})")
