from django.core.management.base import BaseCommand

from opportunities.match_index import rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the matching index (every public listing's terms, and how many listings hold each) from "
        "the listings. Publishing, editing, closing and expiry keep it up to date; run this after a bulk "
        "import, or after large vocabulary or glossary changes."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Indexed {rebuild()} public listings for matching.")
