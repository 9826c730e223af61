"""Reads for profiles and organisations."""

from django.shortcuts import get_object_or_404

from .models import Organisation


def organisation_of(user):
    """The organisation the user acts for, or None (anonymous, no profile, or no organisation yet)."""
    profile = getattr(user, "profile", None)
    return getattr(profile, "organisation", None)


def public_organisation(pk):
    """An organisation with what its public page shows, or 404."""
    return get_object_or_404(Organisation.objects.prefetch_related("sectors"), pk=pk)
