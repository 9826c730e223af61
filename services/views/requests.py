"""The requester's pages: their list of requests, the secret link, the status page with its thread,
attachment downloads and cancelling.

Every page about one request goes through ``selectors.request_for_viewer`` (404 for anyone else).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.consent import record_consent
from accounts.models import ConsentKind
from core import rate_limits
from core.media import stored_file_response
from core.pagination import paginate

from .. import hooks, selectors, submission, workflow
from ..forms import MessageForm
from ..models import PaymentMethod

REQUESTS_PER_PAGE = 20


@never_cache
@login_required
def my_requests(request):
    return render(
        request,
        "services/my_requests.html",
        {
            "service_requests": paginate(request, selectors.requests_of(request.user), per_page=REQUESTS_PER_PAGE),
            "catalogue": selectors.service_catalogue(),
        },
    )


def track(request, token):
    """The secret link from the emails: opens this one request in this browser, no account needed."""
    service_request = selectors.request_by_token(token)
    selectors.grant_link_access(request.session, service_request)
    return redirect("services:detail", reference=service_request.reference)


def _message_form(request, service_request, data=None, files=None):
    """The thread's form: the requester's asks consent for sensitive documents; staff's does not."""
    is_requester = selectors.is_requester(request, service_request)
    return MessageForm(data, files, service_request=service_request if is_requester else None)


def _render_detail(request, service_request, message_form=None, status=200):
    history = list(selectors.history_of(service_request))
    is_requester = selectors.is_requester(request, service_request)
    return render(
        request,
        "services/request_detail.html",
        {
            "service_request": service_request,
            "steps": selectors.status_steps(service_request, history),
            "history": history,
            "thread": selectors.messages_of(service_request),
            "attachments": selectors.form_attachments_of(service_request),
            "answers": selectors.answers_of(service_request),
            "message_form": message_form or _message_form(request, service_request),
            "is_requester": is_requester,
            "can_cancel": is_requester and submission.can_cancel(service_request),
            "actions": hooks.request_actions(service_request, for_staff=False),
            "is_invoice": service_request.payment_method == PaymentMethod.INVOICE,
        },
        status=status,
    )


@never_cache
def detail(request, reference):
    return _render_detail(request, selectors.request_for_viewer(request, reference))


@require_POST
def post_message(request, reference):
    service_request = selectors.request_for_viewer(request, reference)
    form = _message_form(request, service_request, request.POST, request.FILES)
    if not form.is_valid():
        return _render_detail(request, service_request, message_form=form, status=400)
    if not rate_limits.consume(
        rate_limits.rate_keys(f"request-message:{service_request.pk}", request), workflow.MESSAGES_PER_HOUR, 60 * 60
    ):
        form.add_error(
            None,
            _(
                "You have sent %(limit)d messages on this request in the last hour, the most "
                "allowed. Please wait a little."
            )
            % {"limit": workflow.MESSAGES_PER_HOUR},
        )
        return _render_detail(request, service_request, message_form=form, status=429)
    user = request.user if request.user.is_authenticated else None
    # Staff answering from this page speak for the platform; everyone else here is the requester.
    from_staff = not selectors.is_requester(request, service_request)
    workflow.post_message(
        service_request, body=form.cleaned_data["body"], author=user, from_staff=from_staff, documents=form.documents()
    )
    if form.consent_given:
        record_consent(
            user,
            ConsentKind.SENSITIVE_UPLOAD,
            purpose=form.consent_purpose,
            reference=service_request.reference,
            request=request,
        )
    messages.success(request, _("Your message was sent."))
    return redirect(reverse("services:detail", args=[service_request.reference]) + "#messages")


def cancel(request, reference):
    """GET asks for confirmation; POST cancels. Only the requester, and only before work or payment starts."""
    service_request = selectors.request_for_viewer(request, reference)
    if not selectors.is_requester(request, service_request):
        raise Http404
    if request.method == "POST":
        try:
            submission.cancel_by_requester(service_request, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("Your request %(reference)s is cancelled.") % {"reference": service_request.reference}
            )
        return redirect("services:detail", reference=service_request.reference)
    return render(
        request,
        "services/request_cancel.html",
        {"service_request": service_request, "can_cancel": submission.can_cancel(service_request)},
    )


def attachment_download(request, reference, pk):
    """Send an attachment to someone who may see the request; the files have no public URL."""
    service_request = selectors.request_for_viewer(request, reference)
    attachment = selectors.attachment_of(service_request, pk)
    return stored_file_response(attachment.file, attachment.content_type, filename=attachment.original_name)
