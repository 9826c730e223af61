"""Reads for profiles and organisations."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext

from .account_deletion import is_deleted
from .models import Organisation


def organisation_of(user):
    """The organisation the user acts for, or None (anonymous, no profile, or no organisation yet)."""
    profile = getattr(user, "profile", None)
    return getattr(profile, "organisation", None)


def public_organisation(pk):
    """An organisation with what its public page shows, or 404."""
    return get_object_or_404(Organisation.objects.prefetch_related("sectors"), pk=pk)


def display_name(user):
    """The name other people see for ``user``: their full name, "Deleted user" after deletion, else their email."""
    if user is None or is_deleted(user):
        return gettext("Deleted user")
    profile = getattr(user, "profile", None)
    return getattr(profile, "full_name", "") or user.get_full_name() or user.email or user.get_username()


def contact_email(user):
    """The address other people may write to, or "" for a deleted account."""
    return "" if user is None or is_deleted(user) else user.email


def needs_full_name(user):
    """True for a signed-in member (not staff) whose profile has no name yet: they are asked for it after login."""
    if not user.is_authenticated or user.is_staff or user.is_superuser:
        return False
    profile = getattr(user, "profile", None)
    return not getattr(profile, "full_name", "")
