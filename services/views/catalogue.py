"""A service's request form (ServicePage's ``request/`` route)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from accounts.consent import record_consent
from accounts.models import ConsentKind
from core import pending_uploads, rate_limits

from .. import hooks, selectors, submission
from ..forms import ServiceRequestForm


def request_form(request, service):
    form = ServiceRequestForm(
        service,
        request.POST or None,
        request.FILES or None,
        initial={**selectors.prefill_for(request.user), **hooks.request_prefill(request, service)},
        uploads_owner=pending_uploads.owner_of(request) if request.method == "POST" else None,
    )
    if request.method == "POST" and form.is_valid():
        if not rate_limits.consume(
            rate_limits.rate_keys("service-request", request), submission.SUBMISSIONS_PER_HOUR, 60 * 60
        ):
            form.add_error(
                ValidationError(
                    _(
                        "You have sent %(limit)d service requests in the last hour, the most allowed. "
                        "Please try again later."
                    )
                    % {"limit": submission.SUBMISSIONS_PER_HOUR},
                    code="rate_limited",
                )
            )
        else:
            service_request = submission.submit_request(
                service,
                contact=form.contact.cleaned_data,
                answers=form.answers(),
                attachments=form.attachments(),
                requester=request.user,
            )
            form.release_kept_uploads()
            if form.consent_given:
                record_consent(
                    request.user,
                    ConsentKind.SENSITIVE_UPLOAD,
                    purpose=form.consent_purpose,
                    reference=service_request.reference,
                    request=request,
                )
            # The browser that submitted may follow the request without an account.
            selectors.grant_link_access(request.session, service_request)
            messages.success(
                request,
                _(
                    "Thank you. Your request %(reference)s was received; we have emailed "
                    "you a confirmation with a link to this page."
                )
                % {"reference": service_request.reference},
            )
            return redirect("services:detail", reference=service_request.reference)
    return service.render(
        request,
        template="services/request_form.html",
        context_overrides={
            "form": form,
            "online_payments": hooks.online_payment_available(),
        },
    )
