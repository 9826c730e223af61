"""A requester's service requests in their data export, and what happens to them when they delete their account.

Registered with the accounts hooks (``accounts.hooks``) in ``wagtail_hooks.py``; apps built on services
add to both through ``services.hooks`` (``REQUEST_EXPORT``, ``REQUESTS_KEEPING_DOCUMENTS``).
"""

from django.db.models import Prefetch

from accounts.account_deletion import DELETED_EMAIL_DOMAIN, delete_files_on_commit
from accounts.data_export import exported_file, exported_time

from . import hooks
from .history_notes import note_for_requester
from .models import RequestAttachment, RequestMessage, ServiceRequest, StatusChange


def export_service_requests(user):
    """The export's "service_requests": each with its public history, messages and documents."""
    requests = list(
        ServiceRequest.objects.filter(requester=user)
        .order_by("pk")
        .prefetch_related(
            Prefetch("status_changes", queryset=StatusChange.objects.filter(internal=False)),
            Prefetch("messages", queryset=RequestMessage.objects.order_by("created_at", "pk")),
            Prefetch("attachments", queryset=RequestAttachment.objects.order_by("pk")),
        )
    )
    extra = hooks.request_export(requests)
    return {
        "service_requests": [
            {
                "reference": request.reference,
                "service": request.service_title,
                "status": request.status,
                "submitted_at": exported_time(request.created_at),
                "contact_name": request.contact_name,
                "contact_email": request.contact_email,
                "contact_phone": request.contact_phone,
                "organisation_name": request.organisation_name,
                "country": str(request.country),
                "preferred_language": request.preferred_language,
                "details": request.details,
                "answers": request.answers,
                "history": [
                    {
                        "from": change.from_status,
                        "to": change.to_status,
                        "note": note_for_requester(change),
                        "at": exported_time(change.changed_at),
                    }
                    for change in request.status_changes.all()
                ],
                "messages": [
                    {
                        "from_staff": message.from_staff,
                        "body": message.body,
                        "sent_at": exported_time(message.created_at),
                    }
                    for message in request.messages.all()
                ],
                "attachments": [exported_file(attachment) for attachment in request.attachments.all()],
                **{key: values[request.pk] for key, values in extra.items()},
            }
            for request in requests
        ]
    }


def anonymise_service_requests(user):
    """Keep each request (its history and any payment are accounting records) without the person's contact details.

    Uploaded documents go, unless the request is one of ``hooks.requests_keeping_documents`` (payments: a
    payment for it succeeded or was refunded, so the file belongs to a kept accounting record).
    """
    requests = ServiceRequest.objects.filter(requester=user)
    deletable = list(
        RequestAttachment.objects.filter(request__in=requests).exclude(
            request__in=hooks.requests_keeping_documents(requests)
        )
    )
    delete_files_on_commit([attachment.file for attachment in deletable])
    RequestAttachment.objects.filter(pk__in=[attachment.pk for attachment in deletable]).delete()
    requests.update(contact_name="", contact_email=f"deleted-{user.pk}@{DELETED_EMAIL_DOMAIN}", contact_phone="")
