from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import media
from home import views as home_views
from home.sitemaps import SITEMAPS
from payments import views as payments_views

urlpatterns = [
    path("healthz", home_views.healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
    # Both in the page cache, purged with every page (core.page_purge).
    path("sitemap.xml", home_views.sitemap_index, name="sitemap"),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Stripe posts here; not language-prefixed so the address never changes.
    path("payments/stripe/webhook/", payments_views.stripe_webhook, name="stripe_webhook"),
    # Public uploads in every environment, with core.media's header policy; nginx may serve them in front.
    *media.media_urlpatterns(),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("account/", include("accounts.urls")),
    path("search/", include("search.urls")),
    path("opportunities/", include("opportunities.urls")),
    path("challenges/", include("challenges.urls")),
    path("judging/", include("judging.urls")),
    path("competitions/", include("competitions.urls")),
    path("service-requests/", include("services.urls")),
    path("payments/", include("payments.urls")),
    path("sitemap/", home_views.site_map, name="site_map"),  # the HTML sitemap; /sitemap.xml is for search engines
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
