"""Reading service requests, with the one access rule every requester-facing view uses."""

from django.http import Http404

from .models import ServiceRequest

SESSION_KEY = "service_request_access"


def can_view(user, service_request, session=None):
    """Staff who handle requests see all; a requester sees their own; a secret link opens one request."""
    if user.is_authenticated and user.has_perm("services.handle_servicerequest"):
        return True
    if user.is_authenticated and service_request.requester_id == user.pk:
        return True
    return session is not None and service_request.pk in session.get(SESSION_KEY, [])


def grant_link_access(session, service_request):
    """Remember in the session that this browser opened the request's secret link."""
    granted = session.get(SESSION_KEY, [])
    if service_request.pk not in granted:
        session[SESSION_KEY] = [*granted, service_request.pk][-20:]


def request_for_viewer(http_request, reference):
    """The request with this reference if the visitor may see it; 404 otherwise (never 403, to leak nothing)."""
    service_request = ServiceRequest.objects.select_related("service", "organisation").filter(
        reference=reference).first()
    if service_request is None or not can_view(http_request.user, service_request, http_request.session):
        raise Http404
    return service_request
