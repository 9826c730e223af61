"""Records of every kind the "Your data" page exports and account deletion treats, for one member."""

from django.core.files.base import ContentFile

from accounts.consent import record_consent
from accounts.models import ConsentKind
from opportunities.models import ExpressionOfInterest, IntroductionMessage, ListingAttachment, SavedSearch
from payments.models import Payment, PaymentStatus
from services.models import RequestAttachment, RequestMessage, ServiceRequest, StatusChange
from tests.opportunities.factories import ListingFactory, make_member

_counter = iter(range(100_000, 999_999))


def member_with_records(name="Amelia Hart", paid=True, count=1):
    """A member with ``count`` listings, interests, saved searches and service requests (paid ones with a payment)."""
    user = make_member(full_name=name, phone="+86 898 6666 0000")
    record_consent(user, ConsentKind.PRIVACY, version="2026-12-01")
    partner = make_member(full_name="Zhou Wei")
    for number in range(count):
        listing = ListingFactory(owner=user, organisation=user.profile.organisation, title=f"{name} listing {number}")
        attachment = ListingAttachment(
            listing=listing, original_name="brochure.pdf", content_type="application/pdf", size=8
        )
        attachment.file.save("brochure.pdf", ContentFile(b"%PDF-1.4"), save=True)
        partner_listing = ListingFactory(owner=partner, organisation=partner.profile.organisation)
        interest = ExpressionOfInterest.objects.create(
            listing=partner_listing,
            sender=user,
            sender_organisation=user.profile.organisation,
            message=f"We would like an introduction {number}",
            status="accepted",
        )
        IntroductionMessage.objects.create(interest=interest, author=user, body=f"Hello from our team {number}")
        SavedSearch.objects.create(user=user, name=f"{name} search {number}", query={"kind": "technology-offer"})
        service_request = ServiceRequest.objects.create(
            reference=f"SR-2026-{next(_counter)}",
            service_title="Work permit",
            requester=user,
            contact_name=name,
            contact_email=user.email,
            contact_phone="+86 898 6666 0000",
            country="GB",
            details=f"{name} needs help",
            amount=150000 if paid else 0,
            currency="CNY",
        )
        StatusChange.objects.create(request=service_request, to_status="submitted", note="Received")
        RequestMessage.objects.create(request=service_request, author=user, body=f"{name} asks a question")
        document = RequestAttachment(
            request=service_request,
            field_name="passport",
            original_name="passport.pdf",
            content_type="application/pdf",
            size=8,
        )
        document.file.save("passport.pdf", ContentFile(b"%PDF-1.4"), save=True)
        if paid:
            Payment.objects.create(
                request=service_request,
                attempt=1,
                stripe_payment_intent_id=f"pi_{next(_counter)}",
                client_secret="pi_secret_do_not_export",
                amount=150000,
                currency="CNY",
                status=PaymentStatus.SUCCEEDED,
            )
    return user, partner
