from django.core.management.base import BaseCommand

from opportunities.tasks import DAILY_TASKS
from payments.tasks import DAILY_TASKS as PAYMENT_DAILY_TASKS


class Command(BaseCommand):
    help = ("Enqueue the daily jobs: the marketplace's (expiry, reminders, digests) and cancelling stale card "
            "payments. Run once a day from cron.")

    def handle(self, *args, **options):
        for daily_task in [*DAILY_TASKS, *PAYMENT_DAILY_TASKS]:
            result = daily_task.enqueue()
            self.stdout.write(f"Enqueued {daily_task.name} ({result.id})")
