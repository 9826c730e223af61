from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demo content for a fresh site (``load_demo_content``); no other app imports it."""

    name = "demo"
    verbose_name = _("Demo content")
