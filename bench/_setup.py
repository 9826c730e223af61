"""Shared bootstrap for the bench scripts: put the project root on sys.path and configure Django.

Every bench script imports this first. ``configure()`` fills in environment defaults (only where the
caller has not set them) and calls ``django.setup()``.
"""

import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = Path(__file__).resolve().parent / "results"  # git-ignored

# Production settings are what gunicorn serves, so the in-process numbers use them too. These are
# benchmark-only values for a loopback run; they are never written anywhere.
BENCH_SECRET_KEY = "bench-only-not-secret-" + "x" * 40
PRODUCTION_ENV = {
    "SECRET_KEY": BENCH_SECRET_KEY,
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "PORTAL_BASE_URL": "http://127.0.0.1:8000",  # production requires it; links in a loopback run point here
    "SECURE_SSL_REDIRECT": "0",
    "SECURE_HSTS_SECONDS": "0",
    "LOG_LEVEL": "WARNING",
}


def prepare_env(default_settings):
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", default_settings)
    if os.environ["DJANGO_SETTINGS_MODULE"].endswith(".production"):
        for key, value in PRODUCTION_ENV.items():
            os.environ.setdefault(key, value)


def configure(default_settings):
    prepare_env(default_settings)
    import django

    django.setup()


def describe_database():
    from django.db import connection

    vendor = connection.vendor
    name = connection.settings_dict.get("NAME")
    return f"{vendor} ({name})"


def volumes():
    """How many live pages of each kind exist, for the header of every report."""
    from wagtail.models import Page

    from events.models import EventPage
    from news.models import NewsPage
    from parks.models import ParkPage
    from policies.models import PolicyPage

    return {
        "news": NewsPage.objects.live().count(),
        "policies": PolicyPage.objects.live().count(),
        "parks": ParkPage.objects.live().count(),
        "events": EventPage.objects.live().count(),
        "all pages": Page.objects.count(),
    }
