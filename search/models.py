"""The embedded search index and the log of what readers search for."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IndexEntry(models.Model):
    """One SearchDocument in the database backend.

    ``*_tokens`` hold the text as search tokens (``core.text.index_text``). The full-text index over
    them is not a Django field: on SQLite it is the FTS5 table ``search_indexentry_fts`` kept in step
    by triggers, on PostgreSQL the generated ``search_vector`` column with a GIN index (both made in
    migration 0002).
    """

    doc_id = models.CharField(max_length=120, unique=True)
    object_key = models.CharField(max_length=100, db_index=True)
    content_type = models.CharField(max_length=20)
    language = models.CharField(max_length=10)
    title = models.CharField(max_length=500)
    url = models.CharField(max_length=500)
    date = models.DateField(null=True, blank=True)
    expires = models.DateField(null=True, blank=True)
    sectors = models.CharField(max_length=500, blank=True, help_text="Sector codes, space-separated.")
    keywords = models.TextField(blank=True, help_text="Vocabulary terms, one per line.")
    text = models.TextField(blank=True, help_text="Plain body text, for snippets.")
    title_tokens = models.TextField(blank=True)
    keyword_tokens = models.TextField(blank=True)
    body_tokens = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")

    def __str__(self):
        return self.doc_id


class SearchQueryLog(models.Model):
    """How often a query was searched in one language on one day, and how many results it had."""

    query = models.CharField(_("query"), max_length=200)
    language = models.CharField(_("language"), max_length=10)
    day = models.DateField(_("day"))
    hits = models.PositiveIntegerField(_("searches"), default=1)
    result_count = models.PositiveIntegerField(_("results"), default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["query", "language", "day"], name="search_query_per_day")]
        indexes = [models.Index(fields=["day"])]
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")

    def __str__(self):
        return self.query
