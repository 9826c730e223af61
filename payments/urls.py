"""The requester's pay page and the calls its script makes (language-prefixed; the webhook is not)."""

from django.urls import path

from . import views

app_name = "payments"
urlpatterns = [
    path("<str:reference>/", views.pay, name="pay"),
    path("<str:reference>/intent/", views.create_intent, name="intent"),
    path("<str:reference>/confirm/", views.confirm, name="confirm"),
    path("<str:reference>/return/", views.payment_return, name="return"),
]
