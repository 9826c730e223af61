"""Requesting a service: the fixed and extra fields, validation, what is saved and the confirmation email."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from core.uploads import MAX_UPLOAD_BYTES
from services.models import RequestAttachment, RequestStatus, ServiceRequest, StatusChange
from services.submission import SUBMISSIONS_PER_HOUR, submit_request
from tests.accounts.factories import OrganisationFactory
from tests.opportunities.factories import make_member

from .factories import ServiceFormFieldFactory

pytestmark = pytest.mark.django_db

FREE_FORM = "/en/services/legal-consultation/request/"
PAID_FORM = "/en/services/company-registration/request/"


def contact_data(**overrides):
    data = {
        "contact_name": "Ada Lovelace",
        "contact_email": "ada@example.com",
        "contact_phone": "+44 20 0000 0000",
        "organisation_name": "Analytical Engines Ltd",
        "country": "GB",
        "preferred_language": "en",
        "details": "We plan to open a small R&D office.",
    }
    data.update(overrides)
    return data


def png_upload(name="passport.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def service_with_extra_fields(free_service):
    """The free service asking for a company name (text), a structure (choice), a start date and a passport scan."""
    ServiceFormFieldFactory(
        page=free_service, label_en="Company name", label_zh_hans="公司名称", field_type="singleline"
    )
    ServiceFormFieldFactory(
        page=free_service,
        label_en="Structure",
        label_zh_hans="公司类型",
        field_type="dropdown",
        choices_en="WFOE\nJoint venture",
        choices_zh_hans="外商独资\n合资",
    )
    ServiceFormFieldFactory(page=free_service, label_en="Start date", label_zh_hans="开始日期", field_type="date")
    ServiceFormFieldFactory(page=free_service, label_en="Passport scan", label_zh_hans="护照扫描件", field_type="file")
    return free_service


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    """POST the request form and run what waits for the commit (confirmation email, rate-limit count)."""

    def post(url, data, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data, **extra)

    return post


def extra_data(**overrides):
    # The separate consent a passport scan needs (accounts.consent); tests/services/test_request_consent.py covers it.
    data = {
        "extra-company_name": "Engines Haikou",
        "extra-structure": "WFOE",
        "extra-start_date": "2027-01-15",
        "extra-sensitive_consent": "on",
    }
    data.update(overrides)
    return data


def test_form_shows_fixed_and_extra_fields(client, service_with_extra_fields):
    html = client.get(FREE_FORM).content.decode()

    for name in (
        "contact_name",
        "contact_email",
        "contact_phone",
        "organisation_name",
        "country",
        "preferred_language",
        "details",
        "extra-company_name",
        "extra-structure",
        "extra-start_date",
        "extra-passport_scan",
    ):
        assert f'name="{name}"' in html
    assert 'enctype="multipart/form-data"' in html
    assert 'type="date"' in html


def test_preferred_language_defaults_to_the_page_language(client, free_service):
    response = client.get("/zh-hans/services/legal-consultation/request/")

    assert response.context["form"].contact["preferred_language"].value() == "zh-hans"


def test_request_with_all_fields_is_saved_with_answers_and_attachment(submit, service_with_extra_fields):
    response = submit(FREE_FORM, {**contact_data(), **extra_data(), "extra-passport_scan": png_upload()})

    service_request = ServiceRequest.objects.get()
    assert response.status_code == 302
    assert service_request.contact_name == "Ada Lovelace"
    assert service_request.country.code == "GB"
    assert service_request.service_title == "Legal consultation"
    assert service_request.answers == [
        {"name": "company_name", "label": "Company name", "value": "Engines Haikou"},
        {"name": "structure", "label": "Structure", "value": "WFOE"},
        {"name": "start_date", "label": "Start date", "value": "2027-01-15"},
        {"name": "passport_scan", "label": "Passport scan", "value": "passport.png"},
    ]
    attachment = service_request.attachments.get()
    assert (attachment.original_name, attachment.content_type, attachment.field_name) == (
        "passport.png",
        "image/png",
        "passport_scan",
    )


def test_missing_required_fields_are_reported_next_to_each_field(submit, service_with_extra_fields):
    response = submit(FREE_FORM, {"country": "GB", "preferred_language": "en"})

    form = response.context["form"]
    assert response.status_code == 200
    assert form.contact.errors["contact_name"] == ["Tell us your name."]
    assert form.contact.errors["contact_email"] == ["Give an email address so we can reach you."]
    assert set(form.extra.errors) == {"company_name", "structure", "start_date", "passport_scan"}
    html = response.content.decode()
    assert 'aria-describedby="id_contact_name_errors"' in html
    assert 'id="id_contact_name_errors"' in html
    assert not ServiceRequest.objects.exists()


def test_unknown_choice_and_bad_date_are_rejected(submit, service_with_extra_fields):
    response = submit(
        FREE_FORM,
        {
            **contact_data(),
            **extra_data(**{"extra-structure": "Offshore shell", "extra-start_date": "next spring"}),
            "extra-passport_scan": png_upload(),
        },
    )

    errors = response.context["form"].extra.errors
    assert "structure" in errors and "start_date" in errors
    assert not ServiceRequest.objects.exists()


def test_validation_errors_are_shown_in_the_page_language(submit, free_service):
    response = submit(
        "/zh-hans/services/legal-consultation/request/", contact_data(preferred_language="", country="CN")
    )

    assert response.status_code == 200
    assert "此项为必填项" in response.content.decode()
    assert not ServiceRequest.objects.exists()


def test_file_that_is_not_pdf_png_or_jpeg_is_rejected(submit, service_with_extra_fields):
    fake = SimpleUploadedFile("passport.pdf", b"MZ\x90\x00 not a pdf at all", content_type="application/pdf")

    response = submit(FREE_FORM, {**contact_data(), **extra_data(), "extra-passport_scan": fake})

    assert "is not a PDF, PNG or JPEG file" in response.context["form"].extra.errors["passport_scan"][0]
    assert not ServiceRequest.objects.exists()
    assert not RequestAttachment.objects.exists()


def test_file_larger_than_5_mb_is_rejected(submit, service_with_extra_fields):
    big = SimpleUploadedFile("scan.pdf", b"%PDF-1.4\n" + b"0" * MAX_UPLOAD_BYTES, content_type="application/pdf")

    response = submit(FREE_FORM, {**contact_data(), **extra_data(), "extra-passport_scan": big})

    assert "larger than 5 MB" in response.context["form"].extra.errors["passport_scan"][0]
    assert not ServiceRequest.objects.exists()


def test_attachments_are_stored_outside_the_public_media_directory(submit, service_with_extra_fields, settings):
    submit(FREE_FORM, {**contact_data(), **extra_data(), "extra-passport_scan": png_upload()})

    attachment = RequestAttachment.objects.get()
    assert not attachment.file.path.startswith(str(settings.MEDIA_ROOT) + "/")
    with pytest.raises(ValueError):
        attachment.file.url


def test_signed_in_user_gets_details_prefilled(client, free_service):
    organisation = OrganisationFactory(name="Kiwi Robotics", country="NZ")
    user = make_member(organisation=organisation, language="zh-hans", full_name="Aroha Ngata", phone="+64 9 000")
    client.force_login(user)

    initial = client.get(FREE_FORM).context["form"].contact.initial

    assert initial == {
        "contact_name": "Aroha Ngata",
        "contact_email": user.email,
        "contact_phone": "+64 9 000",
        "preferred_language": "zh-hans",
        "organisation_name": "Kiwi Robotics",
        "country": "NZ",
    }


def test_signed_in_request_belongs_to_the_user_and_organisation(submit, client, free_service):
    user = make_member()
    client.force_login(user)

    submit(FREE_FORM, contact_data())

    service_request = ServiceRequest.objects.get()
    assert service_request.requester == user
    assert service_request.organisation == user.profile.organisation


def test_reference_is_sr_year_and_six_digit_number(submit, free_service):
    submit(FREE_FORM, contact_data())

    service_request = ServiceRequest.objects.get()
    assert service_request.reference == f"SR-{timezone.localdate().year}-{service_request.pk:06d}"
    assert re.fullmatch(r"SR-\d{4}-\d{6}", service_request.reference)


def test_after_submitting_the_requester_sees_the_status_page(submit, free_service):
    response = submit(FREE_FORM, contact_data(), follow=True)

    service_request = ServiceRequest.objects.get()
    assert response.redirect_chain[-1][0] == f"/en/service-requests/{service_request.reference}/"
    assert service_request.reference in response.content.decode()


def test_submission_is_logged_as_the_first_history_entry(submit, free_service):
    submit(FREE_FORM, contact_data())

    change = ServiceRequest.objects.get().status_changes.get()
    assert (change.from_status, change.to_status) == ("", RequestStatus.SUBMITTED)


def test_confirmation_email_is_in_the_preferred_language_with_reference_and_secret_link(submit, free_service):
    submit(FREE_FORM, contact_data(preferred_language="zh-hans"))

    service_request = ServiceRequest.objects.get()
    [email] = mail.outbox
    assert email.to == ["ada@example.com"]
    assert service_request.reference in email.subject
    assert service_request.reference in email.body
    assert f"http://127.0.0.1:8000/zh-hans/service-requests/track/{service_request.access_token}/" in email.body
    assert "海口离岸创新平台" in email.body


def test_confirmation_email_in_english_names_the_service_in_english_even_when_sent_from_the_chinese_page(
    submit, free_service
):
    submit("/zh-hans/services/legal-consultation/request/", contact_data(preferred_language="en"))

    service_request = ServiceRequest.objects.get()
    [email] = mail.outbox
    assert email.subject == f"We received your request {service_request.reference}: Legal consultation"
    assert f"/en/service-requests/track/{service_request.access_token}/" in email.body


def test_free_service_request_is_submitted_and_due_after_the_turnaround(submit, free_service):
    submit(FREE_FORM, contact_data())

    service_request = ServiceRequest.objects.get()
    assert service_request.status == RequestStatus.SUBMITTED
    assert service_request.payment_method == ""
    assert (service_request.amount, service_request.currency) == (0, "")
    assert service_request.due_on == timezone.localdate() + datetime.timedelta(days=5)


def test_paid_service_with_online_payment_awaits_card_payment(submit, paid_service, stripe_keys):
    submit(PAID_FORM, contact_data())

    service_request = ServiceRequest.objects.get()
    assert service_request.status == RequestStatus.AWAITING_PAYMENT
    assert service_request.payment_method == "card"
    assert (service_request.amount, service_request.currency) == (150000, "CNY")
    assert service_request.due_on is None


def test_paid_service_without_stripe_keys_is_submitted_for_an_invoice(submit, paid_service, no_stripe_keys):
    submit(PAID_FORM, contact_data())

    service_request = ServiceRequest.objects.get()
    assert service_request.status == RequestStatus.SUBMITTED
    assert service_request.payment_method == "invoice"
    assert service_request.due_on == timezone.localdate() + datetime.timedelta(days=15)
    assert "invoice" in mail.outbox[0].body


def test_paid_form_says_an_invoice_will_be_sent_without_stripe_keys(client, paid_service, no_stripe_keys):
    html = client.get(PAID_FORM).content.decode()

    assert "Online payment is not available at the moment. Send your request and we will email you an invoice." in html


def test_request_keeps_the_price_agreed_when_the_service_price_changes_later(submit, paid_service, stripe_keys):
    submit(PAID_FORM, contact_data())
    paid_service.price_amount = 999900
    paid_service.save_revision().publish()

    assert ServiceRequest.objects.get().amount == 150000


def test_more_than_five_requests_an_hour_from_one_address_are_refused(submit, free_service):
    for _ in range(SUBMISSIONS_PER_HOUR):
        assert submit(FREE_FORM, contact_data()).status_code == 302

    response = submit(FREE_FORM, contact_data())

    assert response.status_code == 200
    assert "the most allowed" in response.content.decode()
    assert ServiceRequest.objects.count() == SUBMISSIONS_PER_HOUR


def test_rate_limit_follows_the_account_across_addresses(submit, client, free_service):
    client.force_login(make_member())
    for number in range(SUBMISSIONS_PER_HOUR):
        submit(FREE_FORM, contact_data(), REMOTE_ADDR=f"10.0.0.{number}")

    response = submit(FREE_FORM, contact_data(), REMOTE_ADDR="10.0.1.1")

    assert response.status_code == 200
    assert ServiceRequest.objects.count() == SUBMISSIONS_PER_HOUR


def test_request_form_requires_the_csrf_token(free_service):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(FREE_FORM, contact_data())

    assert response.status_code == 403
    assert not ServiceRequest.objects.exists()


def test_a_failure_while_saving_attachments_leaves_nothing_behind(free_service, django_capture_on_commit_callbacks):
    class UnreadableUpload(SimpleUploadedFile):
        def chunks(self, chunk_size=None):
            raise OSError("disk full")

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(OSError):
        submit_request(
            free_service,
            contact=contact_data(),
            attachments=[("passport_scan", UnreadableUpload("scan.pdf", b"%PDF-1.4"), "application/pdf")],
        )

    assert not ServiceRequest.objects.exists()
    assert not StatusChange.objects.exists()
    assert mail.outbox == []
