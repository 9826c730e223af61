"""Local development: SQLite unless DATABASE_URL says otherwise; debug pages unless DJANGO_DEBUG=0.

`bin/run` sets DJANGO_DEBUG=0 so a first run shows the site as visitors see it (its own 404 and 500
pages); a developer who wants Django's debug pages runs `DJANGO_DEBUG=1 bin/run`.
"""

import os

from .base import *  # noqa: F401,F403

DEBUG = os.environ.get("DJANGO_DEBUG", "1").lower() in ("1", "true", "yes", "on")
ALLOWED_HOSTS = ["*"]
STATIC_ROOT = None  # served from app directories by runserver; collectstatic is for production
WHITENOISE_USE_FINDERS = True
