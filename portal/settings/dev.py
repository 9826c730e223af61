"""Local development: debug on, SQLite unless DATABASE_URL says otherwise."""

from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
STATIC_ROOT = None  # served from app directories by runserver; collectstatic is for production
WHITENOISE_USE_FINDERS = True
