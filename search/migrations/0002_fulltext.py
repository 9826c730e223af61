"""The full-text index over IndexEntry's token columns, for the database the site runs on.

SQLite: an FTS5 table that reads its text from search_indexentry (external content) and triggers that
keep it in step with every insert, update and delete, ORM or not.
PostgreSQL: a generated tsvector column (title A, keywords B, body C; the 'simple' configuration,
because the tokens are already segmented and stemmed by core.text) with a GIN index, and a second,
small one over the title alone (autocomplete, and title matches first among candidates). Large values
are moved out of the table's main storage (toast_tuple_target), so scanning the matched rows for facets
reads small rows.

A later migration that makes Django rebuild the table on SQLite (altering a column) drops the triggers:
such a migration must run these statements again.
"""

from django.db import migrations

SQLITE_INSTALL = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_indexentry_fts USING fts5(
        title_tokens, keyword_tokens, body_tokens,
        content='search_indexentry', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS search_indexentry_ai AFTER INSERT ON search_indexentry BEGIN
        INSERT INTO search_indexentry_fts(rowid, title_tokens, keyword_tokens, body_tokens)
        VALUES (new.id, new.title_tokens, new.keyword_tokens, new.body_tokens);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_indexentry_ad AFTER DELETE ON search_indexentry BEGIN
        INSERT INTO search_indexentry_fts(search_indexentry_fts, rowid, title_tokens, keyword_tokens, body_tokens)
        VALUES ('delete', old.id, old.title_tokens, old.keyword_tokens, old.body_tokens);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_indexentry_au AFTER UPDATE ON search_indexentry BEGIN
        INSERT INTO search_indexentry_fts(search_indexentry_fts, rowid, title_tokens, keyword_tokens, body_tokens)
        VALUES ('delete', old.id, old.title_tokens, old.keyword_tokens, old.body_tokens);
        INSERT INTO search_indexentry_fts(rowid, title_tokens, keyword_tokens, body_tokens)
        VALUES (new.id, new.title_tokens, new.keyword_tokens, new.body_tokens);
    END""",
    "INSERT INTO search_indexentry_fts(search_indexentry_fts) VALUES ('rebuild')",
]
SQLITE_REMOVE = [
    "DROP TRIGGER IF EXISTS search_indexentry_ai",
    "DROP TRIGGER IF EXISTS search_indexentry_ad",
    "DROP TRIGGER IF EXISTS search_indexentry_au",
    "DROP TABLE IF EXISTS search_indexentry_fts",
]
POSTGRESQL_INSTALL = [
    """ALTER TABLE search_indexentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(title_tokens, '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(keyword_tokens, '')), 'B')
        || setweight(to_tsvector('simple'::regconfig, coalesce(body_tokens, '')), 'C')) STORED""",
    "CREATE INDEX search_indexentry_vector ON search_indexentry USING GIN (search_vector)",
    # Titles alone, for autocomplete and so that title matches are always among a search's candidates.
    """ALTER TABLE search_indexentry ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, coalesce(title_tokens, ''))) STORED""",
    "CREATE INDEX search_indexentry_title_vector ON search_indexentry USING GIN (title_vector)",
    "ALTER TABLE search_indexentry SET (toast_tuple_target = 256)",
]
POSTGRESQL_REMOVE = [
    "DROP INDEX IF EXISTS search_indexentry_title_vector",
    "ALTER TABLE search_indexentry DROP COLUMN IF EXISTS title_vector",
    "DROP INDEX IF EXISTS search_indexentry_vector",
    "ALTER TABLE search_indexentry DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_INSTALL, "postgresql": POSTGRESQL_INSTALL}),
            _run({"sqlite": SQLITE_REMOVE, "postgresql": POSTGRESQL_REMOVE}),
        ),
    ]
