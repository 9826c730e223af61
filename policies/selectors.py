"""Reads for the policy guide."""

from .models import PolicyPage


def services_for_policy(policy):
    """The live services editors linked to ``policy``, in catalogue order."""
    service_model = PolicyPage._meta.get_field("related_services").related_model
    return service_model.objects.live().public().filter(related_policies=policy).order_by("path")


def policies_for_service(service):
    """The live policies that list ``service`` among the services that help with them."""
    return PolicyPage.objects.live().public().filter(related_services=service).order_by("-effective_date", "pk")
