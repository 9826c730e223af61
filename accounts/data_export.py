"""Everything the platform holds about one person, as a JSON-ready dict (PIPL art. 45, the right to a copy).

Files are listed by name, size and type, never embedded. Card data is never held (Stripe has it), and
payment secrets and processor ids are left out (history notes as the requester reads them). The number of queries is fixed: every related list is prefetched.
"""

from django.db.models import Prefetch
from django.utils import timezone

from .models import ConsentRecord
from .profiles import profile_for

EXPORT_FORMAT_VERSION = 1


def _when(value):
    return value.isoformat() if value else None


def _file(attachment):
    return {"name": attachment.original_name, "content_type": attachment.content_type, "size": attachment.size}


def _message_attachment(message):
    if not message.attachment:
        return None
    return {"name": message.attachment_name, "content_type": message.attachment_type, "size": message.attachment_size}


def _pending_change(listing):
    change = getattr(listing, "pending_change", None)
    if change is None:
        return None
    return {"status": change.status, "changed_fields": change.changed_fields,
            "submitted_at": _when(change.submitted_at), "return_reason": change.return_reason}


def _organisation(organisation):
    if organisation is None:
        return None
    return {"id": organisation.pk, "name": organisation.name, "type": organisation.kind,
            "country": str(organisation.country), "city": organisation.city, "website": organisation.website,
            "description": organisation.description, "verified": organisation.is_verified,
            "logo": organisation.logo.name.rsplit("/", 1)[-1] if organisation.logo else None}


def _listings(user):
    from opportunities.models import Listing

    listings = (Listing.objects.filter(owner=user).select_related("organisation", "pending_change")
                .prefetch_related("sectors", "attachments").order_by("pk"))
    return [{
        "id": listing.pk, "title": listing.title, "summary": listing.summary, "description": listing.description,
        "type": listing.kind, "status": listing.status, "stage": listing.stage, "deadline": _when(listing.deadline),
        "organisation": listing.organisation.name, "sectors": [sector.code for sector in listing.sectors.all()],
        "created_at": _when(listing.created_at), "published_at": _when(listing.published_at),
        "attachments": [_file(attachment) for attachment in listing.attachments.all()],
        "proposed_change": _pending_change(listing),
    } for listing in listings]


def _interests(user):
    from opportunities.models import ExpressionOfInterest, IntroductionMessage

    interests = (ExpressionOfInterest.objects.filter(sender=user).select_related("listing").order_by("pk")
                 .prefetch_related(Prefetch("messages", queryset=IntroductionMessage.objects.filter(author=user))))
    sent = [{
        "id": interest.pk, "listing": interest.listing.title, "message": interest.message, "status": interest.status,
        "outcome": interest.outcome, "sent_at": _when(interest.created_at),
        "messages": [{"body": message.body, "attachment": _message_attachment(message),
                      "sent_at": _when(message.created_at)} for message in interest.messages.all()],
    } for interest in interests]
    # Messages in introductions to the user's own listings, which the queryset above does not reach.
    replies = (IntroductionMessage.objects.filter(author=user).exclude(interest__sender=user)
               .select_related("interest__listing").order_by("pk"))
    return sent, [{"listing": message.interest.listing.title, "body": message.body,
                   "attachment": _message_attachment(message), "sent_at": _when(message.created_at)}
                  for message in replies]


def _saved_searches(user):
    return [{"name": search.name, "filters": search.query, "created_at": _when(search.created_at)}
            for search in user.saved_searches.order_by("pk")]


def _service_requests(user):
    from services.history_notes import note_for_requester
    from services.models import RequestAttachment, RequestMessage, ServiceRequest, StatusChange

    requests = (ServiceRequest.objects.filter(requester=user).order_by("pk").prefetch_related(
        Prefetch("status_changes", queryset=StatusChange.objects.filter(internal=False)),
        Prefetch("messages", queryset=RequestMessage.objects.order_by("created_at", "pk")),
        Prefetch("attachments", queryset=RequestAttachment.objects.order_by("pk")),
        "payments"))
    return [{
        "reference": request.reference, "service": request.service_title, "status": request.status,
        "submitted_at": _when(request.created_at), "contact_name": request.contact_name,
        "contact_email": request.contact_email, "contact_phone": request.contact_phone,
        "organisation_name": request.organisation_name, "country": str(request.country),
        "preferred_language": request.preferred_language, "details": request.details, "answers": request.answers,
        "history": [{"from": change.from_status, "to": change.to_status, "note": note_for_requester(change),
                     "at": _when(change.changed_at)} for change in request.status_changes.all()],
        "messages": [{"from_staff": message.from_staff, "body": message.body, "sent_at": _when(message.created_at)}
                     for message in request.messages.all()],
        "attachments": [_file(attachment) for attachment in request.attachments.all()],
        "payments": [{"amount_minor_units": payment.amount, "currency": payment.currency, "status": payment.status,
                      "created_at": _when(payment.created_at), "succeeded_at": _when(payment.succeeded_at),
                      "refunded_at": _when(payment.refunded_at)} for payment in request.payments.all()],
    } for request in requests]


def personal_data(user):
    """The export for ``user``: only their own records, in a stable shape (``format_version``)."""
    profile = profile_for(user)
    organisation = profile.organisation
    interests_sent, other_messages = _interests(user)
    return {
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": _when(timezone.now()),
        "account": {"email": user.email, "date_joined": _when(user.date_joined), "last_login": _when(user.last_login),
                    "email_addresses": [{"email": address.email, "verified": address.verified}
                                        for address in user.emailaddress_set.order_by("pk")]},
        "profile": {"full_name": profile.full_name, "job_title": profile.job_title, "phone": profile.phone,
                    "preferred_language": profile.preferred_language, "match_emails": profile.match_emails},
        "organisation": _organisation(organisation),
        "consents": [{"kind": record.kind, "version": record.version, "purpose": record.purpose,
                      "reference": record.reference, "given_at": _when(record.given_at)}
                     for record in ConsentRecord.objects.filter(user=user).order_by("given_at", "pk")],
        "listings": _listings(user),
        "expressions_of_interest": interests_sent,
        "introduction_messages_on_your_listings": other_messages,
        "saved_searches": _saved_searches(user),
        "service_requests": _service_requests(user),
    }
