from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        # Models are loaded only now: the signal handlers need them.
        from . import signals

        signals.connect_records()
