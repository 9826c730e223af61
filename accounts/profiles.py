"""Changes to profiles and organisations: creating a profile, saving an organisation, staff verification."""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from home.legal import legal_versions

from .consent import record_consent
from .models import ConsentKind, Profile

logger = logging.getLogger(__name__)


def site_language(language_code=None):
    """The site language (one of settings.LANGUAGES) closest to ``language_code`` or the active one."""
    code = (language_code or translation.get_language() or settings.LANGUAGE_CODE).lower()
    codes = [code for code, _name in settings.LANGUAGES]
    if code in codes:
        return code
    prefix = code.split("-")[0]
    return next((candidate for candidate in codes if candidate.split("-")[0] == prefix), settings.LANGUAGE_CODE)


def create_profile(user, language=None):
    """Give ``user`` a profile whose preferred language is the one they signed up in."""
    profile, _created = Profile.objects.get_or_create(
        user=user, defaults={"preferred_language": site_language(language)}
    )
    return profile


def profile_for(user):
    """The user's profile, created on the spot for users that predate the profile signal."""
    try:
        return user.profile
    except Profile.DoesNotExist:
        return create_profile(user)


@transaction.atomic
def record_signup(request, user, *, full_name, job_title="", phone=""):
    """Fill a new user's profile from the sign-up form and record consent to the live privacy policy and terms."""
    profile = profile_for(user)
    update_profile(profile, full_name=full_name, job_title=job_title, phone=phone)
    if user.first_name != full_name[:150]:
        user.first_name = full_name[:150]  # what Wagtail's admin and allauth's user_display show
        user.save(update_fields=["first_name"])
    versions = legal_versions()
    for kind in (ConsentKind.PRIVACY, ConsentKind.TERMS):
        record_consent(user, kind, version=versions.get(str(kind), ""), request=request)
    return profile


def update_profile(profile, **fields):
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.save(update_fields=list(fields))
    return profile


@transaction.atomic
def save_organisation(user, form):
    """Save a valid organisation form; a new organisation becomes the one the user acts for.

    The form's instance must be the user's own organisation (or a new one), which the view
    guarantees by never loading an organisation from the URL.
    """
    organisation = form.save()
    profile = profile_for(user)
    if profile.organisation_id != organisation.pk:
        profile.organisation = organisation
        profile.save(update_fields=["organisation"])
    return organisation


def verify_organisation(organisation, by):
    """Mark the organisation as verified by platform staff (``by``), which shows a badge on its page."""
    organisation.is_verified = True
    organisation.verified_at = timezone.now()
    organisation.save(update_fields=["is_verified", "verified_at"])
    logger.info("Organisation %s verified by %s", organisation.pk, by)
    return organisation


def unverify_organisation(organisation, by):
    organisation.is_verified = False
    organisation.verified_at = None
    organisation.save(update_fields=["is_verified", "verified_at"])
    logger.info("Organisation %s unverified by %s", organisation.pk, by)
    return organisation
