"""A document chosen on a service request form survives a validation error, for visitors without an account too."""

import re

import pytest
from django.test import Client

from accounts.consent import SENSITIVE_CONSENT_FIELD
from services.models import RequestAttachment, ServiceRequest

from .test_request_form import FREE_FORM, contact_data, extra_data, png_upload, service_with_extra_fields, submit  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

KEPT_FIELD = "extra-passport_scan-kept"
CONSENT_FIELD = f"extra-{SENSITIVE_CONSENT_FIELD}"
CONSENT = {f"extra-{SENSITIVE_CONSENT_FIELD}": "on"}


def kept_token(response):
    found = re.findall(rf'name="{KEPT_FIELD}" value="([^"]+)"', response.content.decode())
    assert len(found) == 1, "the page should carry one kept file"
    return found[0]


def test_the_passport_scan_is_kept_when_the_name_is_missing_and_attached_on_resubmit(submit, service_with_extra_fields):
    first = submit(
        FREE_FORM, {**contact_data(contact_name=""), **extra_data(), **CONSENT, "extra-passport_scan": png_upload()}
    )
    assert "You chose passport.png" in first.content.decode()

    second = submit(FREE_FORM, {**contact_data(), **extra_data(), **CONSENT, KEPT_FIELD: kept_token(first)})

    assert second.status_code == 302
    attachment = RequestAttachment.objects.get()
    assert attachment.request == ServiceRequest.objects.get()
    assert (attachment.original_name, attachment.field_name) == ("passport.png", "passport_scan")


def test_another_browsers_token_is_rejected(submit, service_with_extra_fields):
    first = submit(
        FREE_FORM, {**contact_data(contact_name=""), **extra_data(), **CONSENT, "extra-passport_scan": png_upload()}
    )

    stranger = Client()
    response = stranger.post(FREE_FORM, {**contact_data(), **extra_data(), **CONSENT, KEPT_FIELD: kept_token(first)})

    assert response.status_code == 200  # the passport scan is required, and the stranger has none
    assert not ServiceRequest.objects.exists()
    assert "The file you chose could not be kept. Please choose it again." in response.content.decode()


def test_a_passport_scan_without_the_separate_consent_is_not_kept(submit, service_with_extra_fields):
    data = {**contact_data(), **extra_data(), "extra-passport_scan": png_upload()}
    del data[CONSENT_FIELD]

    response = submit(FREE_FORM, data)

    page = response.content.decode()
    assert response.status_code == 200
    assert f'name="{KEPT_FIELD}"' not in page
    assert "The file you chose could not be kept. Please choose it again." in page
    assert not ServiceRequest.objects.exists()


def test_a_kept_passport_scan_is_deleted_when_the_consent_is_then_unticked(submit, service_with_extra_fields):
    first = submit(
        FREE_FORM, {**contact_data(contact_name=""), **extra_data(), **CONSENT, "extra-passport_scan": png_upload()}
    )
    token = kept_token(first)

    data = {**contact_data(), **extra_data(), KEPT_FIELD: token}
    del data[CONSENT_FIELD]
    second = submit(FREE_FORM, data)

    assert f'name="{KEPT_FIELD}"' not in second.content.decode()
    third = submit(FREE_FORM, {**contact_data(), **extra_data(), **CONSENT, KEPT_FIELD: token})
    assert third.status_code == 200  # the kept copy is gone: the scan must be chosen again
    assert not ServiceRequest.objects.exists()
