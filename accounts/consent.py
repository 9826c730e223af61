"""Consent under PIPL: recording what a person agreed to, and asking separately before sensitive uploads.

Sign-up records consent to the privacy policy and terms (with their versions); a form that takes a
passport, ID or similar document adds ``sensitive_upload_consent_field`` and calls
``require_sensitive_consent`` from its ``clean()``; the view then calls ``record_consent`` once the
record the upload belongs to exists, passing its reference.
"""

from django import forms
from django.core.files import File
from django.db.models.fields.files import FieldFile
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.rate_limits import client_ip
from home.legal import current_legal_page

from .models import ConsentKind, ConsentRecord

SENSITIVE_CONSENT_FIELD = "sensitive_consent"


def record_consent(user, kind, *, version="", purpose="", reference="", request=None):
    """Store one consent of ``kind`` (a ConsentKind value) given by ``user`` now.

    ``request``, when given, adds the client's address as the proxies see it (core.rate_limits.client_ip).
    """
    if kind not in ConsentKind.values:
        raise ValueError(f"Unknown consent kind {kind!r}")
    return ConsentRecord.objects.create(
        user=user if getattr(user, "is_authenticated", False) else None,
        kind=kind,
        version=version or "",
        purpose=str(purpose or ""),
        reference=reference or "",
        ip_address=client_ip(request)[:45] if request is not None else "",
    )


def privacy_policy_url():
    """The live privacy policy's URL, or "" while the site has none."""
    page = current_legal_page("privacy")
    return page.url if page else ""


def _sensitive_help_text():
    url = privacy_policy_url()
    text = gettext(
        "You can withdraw this consent by deleting the request or your account. Without it, "
        "do not attach such documents."
    )
    if not url:
        return text
    return format_html('{} <a href="{}">{}</a>', text, url, gettext("Read the privacy policy."))


sensitive_help_text = lazy(_sensitive_help_text, str)


def sensitive_upload_consent_field(purpose):
    """A separate, unticked consent box for a form that may carry sensitive personal information (PIPL art. 29).

    ``purpose`` says what the documents are processed for (for example a service's name and what it
    does), in the reader's language; it is part of the label so the consent is specific.
    """
    return forms.BooleanField(
        required=False,
        label=lazy(
            lambda: (
                gettext(
                    "I consent to the platform processing the sensitive personal information in this document "
                    "(for example a passport or ID) for: %(purpose)s"
                )
                % {"purpose": purpose}
            ),
            str,
        )(),
        help_text=sensitive_help_text(),
    )


def has_new_upload(form, field_name):
    """True when the bound form brings a file for ``field_name`` that is not yet stored with a record.

    That is a file in this request, or one kept from an earlier submission of the same form
    (home/pending_uploads.py); a file already saved on a model instance (a FieldFile) is not new.
    """
    if not form.is_bound:
        return False
    value = getattr(form, "cleaned_data", {}).get(field_name)
    values = value if isinstance(value, (list, tuple)) else [value]
    if any(isinstance(item, File) and not isinstance(item, FieldFile) for item in values):
        return True
    if not form.files:
        return False
    key = form.add_prefix(field_name)
    getlist = getattr(form.files, "getlist", None)
    uploads = getlist(key) if getlist else [form.files.get(key)]
    return any(uploads)


def require_sensitive_consent(form, file_field_names, consent_field=SENSITIVE_CONSENT_FIELD):
    """From a form's ``clean()``: refuse new uploads in ``file_field_names`` unless ``consent_field`` is ticked.

    Returns True when the form has a new upload and the consent was given (the caller then records
    it with ``record_consent`` after saving), False otherwise.
    """
    uploaded = any(has_new_upload(form, name) for name in file_field_names)
    if not uploaded:
        return False
    if form.cleaned_data.get(consent_field):
        return True
    if consent_field not in form.errors:
        form.add_error(
            consent_field,
            forms.ValidationError(
                _("Tick this box to consent to the processing of the documents you attached, or remove them."),
                code="sensitive_consent_required",
            ),
        )
    return False
