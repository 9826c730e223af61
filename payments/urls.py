"""The requester's pay page and the calls its script makes (language-prefixed; the webhook is not), and
the refund page of the staff desk, which services mounts under its "Service requests" admin viewset."""

from django.urls import path

from . import views
from .admin_views import RefundView

app_name = "payments"
urlpatterns = [
    path("<str:reference>/", views.pay, name="pay"),
    path("<str:reference>/intent/", views.create_intent, name="intent"),
    path("<str:reference>/confirm/", views.confirm, name="confirm"),
    path("<str:reference>/return/", views.payment_return, name="return"),
]

# Mounted at /admin/services/requests/ in the "service_requests" namespace (services.hooks.REQUEST_ADMIN_URLS).
request_admin_urlpatterns = [
    path("<int:pk>/refund/", RefundView.as_view(), name="refund"),
]
