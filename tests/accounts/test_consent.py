"""Consent records (PIPL): what was agreed, when and to which version; separate consent before sensitive uploads."""

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory

from accounts.consent import record_consent, require_sensitive_consent, sensitive_upload_consent_field
from accounts.models import ConsentKind, ConsentRecord
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


class PassportForm(forms.Form):
    passport = forms.FileField(required=False)
    sensitive_consent = sensitive_upload_consent_field("checking your work-permit application")

    def clean(self):
        cleaned = super().clean()
        self.consent_given = require_sensitive_consent(self, ["passport"])
        return cleaned


def _upload():
    return {"passport": SimpleUploadedFile("passport.pdf", b"%PDF-1.4 scan", content_type="application/pdf")}


def test_record_consent_keeps_kind_version_reference_time_and_client_address():
    user = UserFactory()
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.9")

    record = record_consent(
        user, ConsentKind.SENSITIVE_UPLOAD, purpose="a work permit", reference="SR-2026-000123", request=request
    )

    record.refresh_from_db()
    assert (record.user, record.kind, record.purpose, record.reference, record.ip_address) == (
        user,
        "sensitive-upload",
        "a work permit",
        "SR-2026-000123",
        "203.0.113.9",
    )
    assert record.given_at is not None


def test_consent_record_survives_the_deletion_of_the_user_row():
    user = UserFactory()
    record_consent(user, ConsentKind.PRIVACY, version="2026-12-01")

    user.delete()

    record = ConsentRecord.objects.get()
    assert record.user is None and record.version == "2026-12-01"


def test_unknown_consent_kind_is_refused():
    with pytest.raises(ValueError):
        record_consent(UserFactory(), "marketing")


def test_the_consent_box_names_the_purpose():
    label = str(PassportForm()["sensitive_consent"].label)
    assert "sensitive personal information" in label
    assert "checking your work-permit application" in label


def test_a_sensitive_upload_without_the_box_ticked_is_refused_with_a_clear_error():
    form = PassportForm({}, _upload())

    assert not form.is_valid()
    assert "Tick this box to consent" in form.errors["sensitive_consent"][0]


def test_a_sensitive_upload_with_the_box_ticked_is_accepted():
    form = PassportForm({"sensitive_consent": "on"}, _upload())

    assert form.is_valid()
    assert form.consent_given


def test_a_form_without_an_upload_does_not_ask_for_consent():
    form = PassportForm({}, {})

    assert form.is_valid()
    assert not form.consent_given
