"""Payments plugs into services' hooks (services/hooks.py) and the daily jobs: card payment, its
cancellation and refund, a requester's payments in their personal data."""

from wagtail import hooks

from core.hooks import DAILY_JOBS
from services import hooks as services_hooks

from . import admin_views, charges, gateway, personal_data, request_actions, tasks, urls

hooks.register(services_hooks.ONLINE_PAYMENT_AVAILABLE, gateway.online_payments_enabled)
hooks.register(services_hooks.BEFORE_REQUEST_CANCELLED, charges.cancel_open_payments)
hooks.register(services_hooks.REQUEST_ACTIONS, request_actions.request_actions)
hooks.register(services_hooks.REQUEST_ADMIN_PANELS, admin_views.request_admin_panels)
hooks.register(services_hooks.REQUEST_ADMIN_URLS, lambda: urls.request_admin_urlpatterns)

# A requester's payments in their data export, and the paid requests whose documents stay on account deletion.
hooks.register(services_hooks.REQUEST_EXPORT, personal_data.export_payments)
hooks.register(services_hooks.REQUESTS_KEEPING_DOCUMENTS, personal_data.paid_requests)


@hooks.register(DAILY_JOBS, order=20)
def register_daily_tasks():
    return tasks.DAILY_TASKS
