"""WSGI entry point. Serves whichever DJANGO_SETTINGS_MODULE the environment names."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()
