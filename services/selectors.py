"""Reading service requests, with the one access rule every requester-facing view uses; and the catalogue."""

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils import translation

from accounts.selectors import organisation_of

from .models import PaymentMethod, RequestStatus, ServiceFormField, ServiceIndexPage, ServiceRequest, StatusChange

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
    service_request = (
        ServiceRequest.objects.select_related("service", "organisation").filter(reference=reference).first()
    )
    if service_request is None or not can_view(http_request.user, service_request, http_request.session):
        raise Http404
    return service_request


def is_requester(http_request, service_request):
    """Whether the visitor is the requester: the account that made it, or the browser holding its secret link."""
    user = http_request.user
    if user.is_authenticated and service_request.requester_id == user.pk:
        return True
    return service_request.pk in http_request.session.get(SESSION_KEY, [])


def request_by_token(token):
    """The request a secret link points at, or 404."""
    service_request = ServiceRequest.objects.filter(access_token=token).first()
    if service_request is None:
        raise Http404
    return service_request


def requests_of(user):
    """The user's own requests, newest first (only columns of the request itself: no joins needed)."""
    return ServiceRequest.objects.filter(requester_id=user.pk).order_by("-created_at", "-id")


def tracking_path(service_request, language=None):
    """The secret link's path in ``language`` (the request's preferred language by default)."""
    with translation.override(language or service_request.preferred_language):
        return reverse("services:track", args=[service_request.access_token])


def history_of(service_request, include_internal=False):
    """The request's status changes, oldest first; staff-only notes only when ``include_internal``."""
    changes = StatusChange.objects.filter(request=service_request).select_related("changed_by")
    return changes if include_internal else changes.filter(internal=False)


def messages_of(service_request):
    """The thread, oldest first, with each message's author and documents."""
    return service_request.messages.select_related("author").prefetch_related("attachments")


def form_attachments_of(service_request):
    """The files sent with the request form itself (documents added in the thread show with their message)."""
    return service_request.attachments.filter(message__isnull=True)


def _choices_in(field, language):
    """The field's choices as editors wrote them in ``language`` (empty when untranslated)."""
    text = getattr(field, f"choices_{language.replace('-', '_')}", "") or ""
    separator = "\n" if "\n" in text else ","
    return [choice.strip() for choice in text.split(separator) if choice.strip()]


def _yes_no_in(language):
    with translation.override(language):
        return [translation.gettext("Yes"), translation.gettext("No")]


def _answer_in_active_language(field, value):
    """An answer given in either language, in the active one: a choice by its position, yes/no as words."""
    active = translation.get_language() or settings.LANGUAGE_CODE
    languages = [code for code, _name in settings.LANGUAGES]
    if field.field_type == "checkbox":
        for language in languages:
            if value in _yes_no_in(language):
                return _yes_no_in(active)[_yes_no_in(language).index(value)]
        return value
    if not field.choices:
        return value
    shown = _choices_in(field, active) or _choices_in(field, settings.LANGUAGE_CODE)
    for language in languages:
        given = _choices_in(field, language)
        parts = (
            [part.strip() for part in value.split(",")]
            if field.field_type in ("checkboxes", "multiselect")
            else [value]
        )
        if given and all(part in given for part in parts):
            positions = [given.index(part) for part in parts]
            if all(position < len(shown) for position in positions):
                return ", ".join(shown[position] for position in positions)
    return value


def answers_of(service_request):
    """The request's answers to the service's extra fields, ``[{name, label, value}]``, in the active language.

    The answers keep the words of the requester's language; each label (and a choice, by its position) is
    shown as editors translated it while the field still exists, else as it was stored.
    """
    answers = service_request.answers or []
    fields = {}
    if service_request.service_id is not None and answers:
        fields = {
            field.clean_name: field for field in ServiceFormField.objects.filter(page_id=service_request.service_id)
        }
    shown = []
    for answer in answers:
        field = fields.get(answer.get("name"))
        value = answer.get("value", "")
        if field is None:
            shown.append(dict(answer))
            continue
        shown.append(
            {
                "name": answer.get("name"),
                "label": str(field.label) or answer.get("label", ""),
                "value": _answer_in_active_language(field, value) if value else value,
            }
        )
    return shown


def attachment_of(service_request, pk):
    attachment = service_request.attachments.filter(pk=pk).first()
    if attachment is None:
        raise Http404
    return attachment


# The happy path a request follows; card payment adds the two payment steps.
_PATH = [RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS, RequestStatus.COMPLETED]
_CARD_PATH = [
    RequestStatus.SUBMITTED,
    RequestStatus.AWAITING_PAYMENT,
    RequestStatus.PAID,
    RequestStatus.IN_PROGRESS,
    RequestStatus.COMPLETED,
]
_ENDINGS = (RequestStatus.CANCELLED, RequestStatus.REFUNDED)


def status_steps(service_request, history=None):
    """The steps shown on the status page: ``[{"status", "label", "state"}]`` with state done/current/upcoming.

    A cancelled or refunded request shows the steps it reached, then how it ended.
    """
    path = _CARD_PATH if service_request.payment_method == PaymentMethod.CARD else _PATH
    status = service_request.status
    if status in _ENDINGS:
        history = list(history_of(service_request) if history is None else history)
        ended_from = next((change.from_status for change in reversed(history) if change.to_status == status), "")
        reached = path[: path.index(ended_from) + 1] if ended_from in path else path[:1]
        steps = [(step, "done") for step in reached] + [(status, "current")]
    else:
        position = path.index(status) if status in path else 0
        steps = [
            (step, "done" if index < position else "current" if index == position else "upcoming")
            for index, step in enumerate(path)
        ]
        if status == RequestStatus.COMPLETED:
            steps[-1] = (status, "done")
    return [{"status": step, "label": RequestStatus(step).label, "state": state} for step, state in steps]


def prefill_for(user):
    """Initial values of the request form's contact fields for a signed-in user (empty for anyone else)."""
    if not user.is_authenticated:
        return {}
    profile = getattr(user, "profile", None)
    organisation = organisation_of(user)
    initial = {
        "contact_name": getattr(profile, "full_name", "") or user.get_full_name(),
        "contact_email": user.email,
        "contact_phone": getattr(profile, "phone", ""),
    }
    if profile is not None and profile.preferred_language:
        initial["preferred_language"] = profile.preferred_language
    if organisation is not None:
        initial["organisation_name"] = organisation.name
        initial["country"] = organisation.country.code
    return {key: value for key, value in initial.items() if value}


def service_catalogue():
    """The live service catalogue page, or None when editors have not published one."""
    return ServiceIndexPage.objects.live().first()
