"""Delete uploads kept after a failed form submission that nobody came back for (run it hourly or daily)."""

from django.core.management.base import BaseCommand

from core.pending_uploads import remove_abandoned


class Command(BaseCommand):
    help = "Delete pending uploads older than their tokens' lifetime."

    def handle(self, *args, **options):
        self.stdout.write(f"Removed {remove_abandoned()} abandoned pending uploads.")
