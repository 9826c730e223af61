"""Production: every secret and service address comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, PORTAL_BASE_URL (the public https origin, e.g.
https://offshore.example.cn: every link in emails, canonical tags and the sitemap is built on it).
Optional: REDIS_URL (cache, and the rate-limit counters every worker shares: set it when running more
than one process), ELASTICSEARCH_URL and ELASTICSEARCH_INDEX (search), STRIPE_* (payments),
TRUSTED_PROXY_COUNT (default 0: trust no X-Forwarded-For; 2 behind deploy/nginx.conf and Varnish, 1 behind
nginx alone), VARNISH_URL (where purges go, deploy/varnish.vcl), PRIVATE_MEDIA_ROOT,
AWS_STORAGE_BUCKET_NAME and the other AWS_* (uploads in S3-compatible buckets: settings/object_storage.py),
EMAIL_URL-style settings via EMAIL_HOST/EMAIL_PORT/EMAIL_HOST_USER/EMAIL_HOST_PASSWORD,
SECURE_SSL_REDIRECT (default on), SECURE_HSTS_SECONDS (default one year).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be set to a random string of at least 50 characters.")
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]
# No default: core/checks.py refuses to start without an https origin here.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "")
WAGTAILADMIN_BASE_URL = PORTAL_BASE_URL

STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "staticfiles"))  # noqa: F405
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))  # noqa: F405
# MEDIA_ROOT is served by core.media (and may be by nginx in front). Listing and service-request
# attachments live outside it and reach a browser only through views that check who is asking.
PRIVATE_MEDIA_ROOT = os.environ.get("PRIVATE_MEDIA_ROOT", f"{MEDIA_ROOT}-private")
# Uploads stay where base.py put them: the file system, or the buckets of AWS_STORAGE_BUCKET_NAME and
# AWS_PRIVATE_STORAGE_BUCKET_NAME (portal/settings/object_storage.py, which says what goes where).
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many proxies of ours (nginx, a load balancer) add to X-Forwarded-For, so rate limits count the real
# client. 0 ignores the header: anyone reaching gunicorn directly could otherwise pick any address per request.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy and Permissions-Policy are set in base.py: the same in every environment, so the
# tests and bin/run run under what production sends.

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0") == "1"
# Well under EMAIL_SEND_CLAIM_SECONDS (core/emails.py): a hung mail server must fail the send before a
# retry may take over its claim, or the email could go out twice.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405
