from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared building blocks every app may use; ``core`` itself imports no project app."""

    name = "core"
    verbose_name = _("Shared building blocks")

    def ready(self):
        from . import admin_tampering, checks, lookups, page_purge, routing  # noqa: F401

        admin_tampering.install()
        lookups.install()
        routing.install()
        page_purge.install()
