"""The requester's pages, mounted at /<lang>/service-requests/. The catalogue and request forms are Wagtail
pages (ServiceIndexPage, ServicePage) and route themselves."""

from .views import requests

app_name = "services"
urlpatterns = requests.urlpatterns
