"""The database cache table that answers while Redis is unreachable (home/cache.py).

Created by migrate, so every deployment, bin/run and the test databases have it; the same table
``manage.py createcachetable`` would make.
"""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

from core.cache import FALLBACK_TABLE


def create_table(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, FALLBACK_TABLE, dry_run=False)


def drop_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(FALLBACK_TABLE)}")


class Migration(migrations.Migration):

    dependencies = [
        ("home", "0003_alter_homepage_body_alter_homepage_body_en_and_more"),
    ]

    operations = [migrations.RunPython(create_table, drop_table)]
