"""URLconf for the 500-page test: the real site plus one view that fails."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from portal.urls import urlpatterns as site_urlpatterns


def failing_view(request):
    raise RuntimeError("boom")


urlpatterns = i18n_patterns(path("boom/", failing_view)) + site_urlpatterns
