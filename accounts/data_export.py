"""Everything the platform holds about one person, as a JSON-ready dict (PIPL art. 45, the right to a copy).

Files are listed by name, size and type, never embedded. Card data is never held (Stripe has it), and
payment secrets and processor ids are left out (history notes as the requester reads them). The number
of queries is fixed: every related list is prefetched. The other apps add their sections through
``hooks.PERSONAL_DATA_EXPORT``.
"""

from django.utils import timezone

from . import hooks
from .models import ConsentRecord
from .profiles import profile_for

EXPORT_FORMAT_VERSION = 1


def exported_time(value):
    """A date or time as the export writes it: ISO 8601, or None."""
    return value.isoformat() if value else None


def exported_file(attachment):
    """An uploaded file as the export lists it (an object with ``original_name``, ``content_type`` and ``size``)."""
    return {"name": attachment.original_name, "content_type": attachment.content_type, "size": attachment.size}


def _organisation(organisation):
    if organisation is None:
        return None
    return {
        "id": organisation.pk,
        "name": organisation.name,
        "type": organisation.kind,
        "country": str(organisation.country),
        "city": organisation.city,
        "website": organisation.website,
        "description": organisation.description,
        "verified": organisation.is_verified,
        "logo": organisation.logo.name.rsplit("/", 1)[-1] if organisation.logo else None,
    }


def personal_data(user):
    """The export for ``user``: only their own records, in a stable shape (``format_version``)."""
    profile = profile_for(user)
    organisation = profile.organisation
    return {
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": exported_time(timezone.now()),
        "account": {
            "email": user.email,
            "date_joined": exported_time(user.date_joined),
            "last_login": exported_time(user.last_login),
            "email_addresses": [
                {"email": address.email, "verified": address.verified}
                for address in user.emailaddress_set.order_by("pk")
            ],
        },
        "profile": {
            "full_name": profile.full_name,
            "job_title": profile.job_title,
            "phone": profile.phone,
            "preferred_language": profile.preferred_language,
            "match_emails": profile.match_emails,
        },
        "organisation": _organisation(organisation),
        "consents": [
            {
                "kind": record.kind,
                "version": record.version,
                "purpose": record.purpose,
                "reference": record.reference,
                "given_at": exported_time(record.given_at),
            }
            for record in ConsentRecord.objects.filter(user=user).order_by("given_at", "pk")
        ],
        **hooks.personal_data_sections(user),
    }
