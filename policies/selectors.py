"""Reads for the policy guide."""

from django.db.models import Q
from django.utils import timezone

from .models import PolicyPage


def policies_for_index(index_page):
    return (
        PolicyPage.objects.live().descendant_of(index_page)
        .prefetch_related("sectors")
        .order_by("-effective_date", "-pk")
    )


def in_force(queryset):
    today = timezone.localdate()
    return queryset.filter(Q(effective_date__isnull=True) | Q(effective_date__lte=today)).filter(
        Q(expiry_date__isnull=True) | Q(expiry_date__gte=today))


def expired(queryset):
    return queryset.filter(expiry_date__lt=timezone.localdate())


def services_for_policy(policy):
    """The live services editors linked to ``policy``, in catalogue order."""
    service_model = PolicyPage._meta.get_field("related_services").related_model
    return service_model.objects.live().public().filter(related_policies=policy).order_by("path")


def policies_for_service(service):
    """The live policies that list ``service`` among the services that help with them."""
    return PolicyPage.objects.live().public().filter(related_services=service).order_by("-effective_date", "pk")
