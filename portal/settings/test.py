"""Test settings: fast hashing, in-memory email, DATABASE_URL picks SQLite or PostgreSQL."""

import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# Each test process keeps its caches in memory (tests/conftest.py empties them) and renders every page:
# tests of the page cache turn it on. Site processes started by tests/scaleout set CACHE_DIR (and maybe
# REDIS_URL) to share the production caches between processes.
if not REDIS_URL and "CACHE_DIR" not in os.environ:  # noqa: F405
    CACHES = {  # noqa: F405
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        },
    }
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "0") == "1"  # noqa: F405
