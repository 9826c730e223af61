"""Test settings: fast hashing, in-memory email, DATABASE_URL picks SQLite or PostgreSQL."""

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
