from django.apps import AppConfig


class LateWiringConfig(AppConfig):
    """Runs after Wagtail's own apps are ready, so every snippet is registered by then."""

    name = "core.late_wiring"
    label = "core_late_wiring"

    def ready(self):
        from core import page_purge

        page_purge.install_site_wide()  # snippets register in wagtail.snippets' ready()
