"""The requester's pages, mounted at /<lang>/service-requests/. The catalogue and request forms are Wagtail
pages (ServiceIndexPage, ServicePage) and route themselves."""

from django.urls import path

from .views import requests

app_name = "services"
urlpatterns = [
    path("", requests.my_requests, name="my_requests"),
    path("track/<str:token>/", requests.track, name="track"),
    path("<str:reference>/", requests.detail, name="detail"),
    path("<str:reference>/messages/", requests.post_message, name="post_message"),
    path("<str:reference>/cancel/", requests.cancel, name="cancel"),
    path("<str:reference>/attachments/<int:pk>/", requests.attachment_download, name="attachment"),
]
