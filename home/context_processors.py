from django.conf import settings

from .selectors import menu_pages


def site_chrome(request):
    """Header navigation for every template; evaluated lazily so error pages pay nothing."""
    return {"menu_pages": lambda: menu_pages(request), "site_name": settings.WAGTAIL_SITE_NAME}
