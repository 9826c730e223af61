from django.core.management.base import BaseCommand, CommandError

from search.indexing import rebuild_index


class Command(BaseCommand):
    help = (
        "Rebuild the search index from every live, public page and listing: the database index, "
        "then Elasticsearch's when ELASTICSEARCH_URL is set (into a new index, then the alias is swapped)."
    )

    def handle(self, *args, **options):
        counts = rebuild_index(log=self.stdout.write)
        if "elasticsearch_error" in counts:
            raise CommandError(
                f"The Elasticsearch rebuild failed ({counts['elasticsearch_error']}); "
                "the database index was rebuilt and search answers from it."
            )
