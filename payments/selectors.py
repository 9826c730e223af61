"""Reading payments."""

from .models import Payment, PaymentStatus


def latest_payment(service_request):
    """The request's most recent attempt, or None."""
    return service_request.payments.order_by("-attempt").first()


def refundable_payment(service_request):
    """The succeeded card payment staff can refund for this request, or None."""
    return Payment.objects.filter(request=service_request, status=PaymentStatus.SUCCEEDED).first()
