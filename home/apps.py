from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site-wide pieces"

    def ready(self):
        from . import routing, signals  # noqa: F401

        routing.install()
