from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .chrome import site_chrome as _site_chrome


def site_chrome(request):
    """The header menu and the footer for every template (home/chrome.py); read lazily so error pages pay nothing."""
    return {"site_chrome": SimpleLazyObject(lambda: _site_chrome(request)), "site_name": settings.WAGTAIL_SITE_NAME}
