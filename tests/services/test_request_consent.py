"""A service request with documents asks for separate consent (PIPL art. 29), recorded with the request's reference."""

import pytest

from accounts.models import ConsentKind, ConsentRecord
from services.models import ServiceRequest

from .test_request_form import FREE_FORM, contact_data, extra_data, png_upload, service_with_extra_fields, submit  # noqa: F401

pytestmark = pytest.mark.django_db


def test_the_form_asks_for_consent_naming_the_service(client, service_with_extra_fields):
    html = client.get(FREE_FORM).content.decode()

    assert 'name="extra-sensitive_consent"' in html
    assert "sensitive personal information" in html and "Legal consultation" in html


def test_a_document_without_consent_is_refused_and_nothing_is_saved(submit, service_with_extra_fields):
    data = {**contact_data(), **extra_data(), "extra-passport_scan": png_upload()}
    del data["extra-sensitive_consent"]

    response = submit(FREE_FORM, data)

    assert response.status_code == 200
    assert "Tick this box to consent" in response.content.decode()
    assert not ServiceRequest.objects.exists()


def test_consent_is_recorded_with_the_request_reference(submit, service_with_extra_fields):
    submit(FREE_FORM, {**contact_data(), **extra_data(), "extra-passport_scan": png_upload()})

    record = ConsentRecord.objects.get()
    assert record.kind == ConsentKind.SENSITIVE_UPLOAD
    assert record.reference == ServiceRequest.objects.get().reference
    assert "Legal consultation" in record.purpose


def test_the_form_says_the_request_is_shared_with_the_provider(client, service_with_extra_fields):
    html = client.get(FREE_FORM).content.decode()

    assert "is shared with the platform's staff and with Harbour Law" in html
