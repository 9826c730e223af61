"""Documents after submission: the requester and staff attach files to messages in a request's thread.

The same checks as the request form (PDF, PNG or JPEG by content, at most 5 MB), private storage under a
generated name, a download only for those who may see the request, an email to the other side, and a
separate consent from the requester before a document that may hold sensitive personal information.
"""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import ConsentKind, ConsentRecord
from core.storage import private_media_root
from core.uploads import GENERATED_NAME, MAX_UPLOAD_BYTES
from services.models import RequestAttachment, RequestMessage
from tests.accounts.factories import UserFactory

from .factories import ServiceRequestFactory
from .test_admin import admin_user

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def pdf(name="passport-scan.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def requester():
    return UserFactory(email="ana@example.com")


def message_url(service_request):
    return reverse("services:post_message", args=[service_request.reference])


def send(client, service_request, document, consent=True, body="Here is the passport scan you asked for."):
    data = {"body": body, "document": document}
    if consent:
        data["sensitive_consent"] = "on"
    return client.post(message_url(service_request), data)


def test_requester_adds_a_document_to_the_thread_after_submission(client, requester, own_request):
    client.force_login(requester)

    response = send(client, own_request, pdf())

    assert response.status_code == 302
    attachment = RequestAttachment.objects.get()
    assert attachment.message == RequestMessage.objects.get()
    assert (attachment.original_name, attachment.content_type) == ("passport-scan.pdf", "application/pdf")
    page = client.get(reverse("services:detail", args=[own_request.reference])).content.decode()
    assert "passport-scan.pdf" in page
    assert reverse("services:attachment", args=[own_request.reference, attachment.pk]) in page


def test_a_thread_document_is_stored_privately_under_a_generated_name(client, requester, own_request):
    client.force_login(requester)

    send(client, own_request, pdf())

    stored = RequestAttachment.objects.get().file
    assert GENERATED_NAME.match(stored.name.rsplit("/", 1)[-1])
    assert "passport" not in stored.name
    assert stored.path.startswith(private_media_root())


def test_a_file_that_is_not_a_pdf_or_image_is_refused_with_a_clear_error(client, requester, own_request):
    client.force_login(requester)

    response = send(client, own_request, SimpleUploadedFile("notes.pdf", b"<html>not a pdf</html>"))

    assert response.status_code == 400
    assert "is not a PDF, PNG or JPEG file" in response.content.decode()
    assert not RequestMessage.objects.exists() and not RequestAttachment.objects.exists()


def test_a_file_over_5_mb_is_refused_with_a_clear_error(client, requester, own_request):
    client.force_login(requester)

    response = send(client, own_request, pdf(content=PDF + b"0" * MAX_UPLOAD_BYTES))

    assert response.status_code == 400
    assert "is larger than 5 MB" in response.content.decode()
    assert not RequestAttachment.objects.exists()


def test_the_message_text_is_kept_when_the_document_is_refused(client, requester, own_request):
    client.force_login(requester)

    response = send(client, own_request, SimpleUploadedFile("x.pdf", b"nope"), body="Kept text, please")

    assert "Kept text, please" in response.content.decode()


def test_requester_must_consent_separately_before_sending_a_document(client, requester, own_request):
    client.force_login(requester)

    response = send(client, own_request, pdf(), consent=False)

    assert response.status_code == 400
    assert "Tick this box to consent" in response.content.decode()
    assert "Please choose it again." in response.content.decode()
    assert not RequestAttachment.objects.exists()


def test_the_requesters_consent_is_recorded_with_the_request_reference(client, requester, own_request):
    client.force_login(requester)

    send(client, own_request, pdf())

    record = ConsentRecord.objects.get()
    assert (record.user, record.kind, record.reference) == (
        requester,
        ConsentKind.SENSITIVE_UPLOAD,
        own_request.reference,
    )
    assert own_request.reference in record.purpose


def test_a_message_without_a_document_needs_no_consent(client, requester, own_request):
    client.force_login(requester)

    response = client.post(message_url(own_request), {"body": "Any news?"})

    assert response.status_code == 302
    assert not ConsentRecord.objects.exists()


def test_staff_are_emailed_that_a_document_arrived(client, requester, own_request, staff_member):
    client.force_login(requester)

    send(client, own_request, pdf())

    (email,) = mail.outbox
    assert email.to == ["desk@example.com"]
    assert "sent a document" in email.subject
    assert "passport-scan.pdf" in email.body


def test_staff_see_and_download_the_requesters_document(client, requester, own_request, staff_member):
    client.force_login(requester)
    send(client, own_request, pdf())
    attachment = RequestAttachment.objects.get()
    client.force_login(staff_member)

    response = client.get(reverse("services:attachment", args=[own_request.reference, attachment.pk]))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment")


def test_another_user_gets_404_for_a_thread_document(client, requester, own_request):
    client.force_login(requester)
    send(client, own_request, pdf())
    attachment = RequestAttachment.objects.get()
    client.force_login(UserFactory())

    response = client.get(reverse("services:attachment", args=[own_request.reference, attachment.pk]))

    assert response.status_code == 404


def test_a_document_of_one_request_is_not_reachable_through_another(client, requester, own_request, free_service):
    client.force_login(requester)
    send(client, own_request, pdf())
    attachment = RequestAttachment.objects.get()
    other = ServiceRequestFactory(service=free_service, requester=requester)

    response = client.get(reverse("services:attachment", args=[other.reference, attachment.pk]))

    assert response.status_code == 404


def test_staff_answering_on_the_request_page_are_not_asked_for_consent(client, own_request, staff_member):
    client.force_login(staff_member)

    response = send(client, own_request, pdf("checklist.pdf"), consent=False)

    assert response.status_code == 302
    assert RequestAttachment.objects.get().message.from_staff


def test_staff_attach_a_document_to_a_reply_in_the_admin_and_the_requester_is_emailed(client, own_request):
    handler = admin_user("services.handle_servicerequest", email="mei@example.com")
    client.force_login(handler)

    response = client.post(
        reverse("service_requests:handle", args=[own_request.pk]),
        {"action": "reply", "reply-body": "Please sign the attached form.", "reply-document": pdf("form-A.pdf")},
    )

    assert response.status_code == 302
    attachment = RequestAttachment.objects.get()
    assert attachment.message.from_staff and attachment.original_name == "form-A.pdf"
    (email,) = mail.outbox
    assert email.to == [own_request.contact_email]
    assert "New document" in email.subject and "form-A.pdf" in email.body
    page = client.get(reverse("service_requests:handle", args=[own_request.pk])).content.decode()
    assert "form-A.pdf" in page


def test_the_admin_refuses_a_reply_document_of_the_wrong_type(client, own_request):
    handler = admin_user("services.handle_servicerequest")
    client.force_login(handler)

    response = client.post(
        reverse("service_requests:handle", args=[own_request.pk]),
        {
            "action": "reply",
            "reply-body": "See attached.",
            "reply-document": SimpleUploadedFile("form.pdf", b"MZ\x90\x00 an exe"),
        },
    )

    assert response.status_code == 400
    assert "is not a PDF, PNG or JPEG file" in response.content.decode()
    assert not RequestAttachment.objects.exists()


def test_a_chinese_requester_is_emailed_about_a_staff_document_in_chinese(client, free_service, staff_member):
    service_request = ServiceRequestFactory(service=free_service, preferred_language="zh-hans")
    client.force_login(staff_member)

    send(client, service_request, pdf("清单.pdf"), consent=False)

    (email,) = mail.outbox
    assert "我们的工作人员" in email.body
    assert "清单.pdf" in email.body


def test_the_subject_of_a_document_email_is_in_the_requesters_language(client, free_service, staff_member):
    """Passes once the new Chinese msgids are merged into locale/."""
    service_request = ServiceRequestFactory(service=free_service, preferred_language="zh-hans")
    client.force_login(staff_member)

    send(client, service_request, pdf("清单.pdf"), consent=False)

    assert re.search(r"[\u4e00-\u9fff]", mail.outbox[0].subject)


def test_form_attachments_and_thread_documents_are_listed_apart(client, requester, own_request):
    client.force_login(requester)
    send(client, own_request, pdf())

    page = client.get(reverse("services:detail", args=[own_request.reference])).content.decode()

    thread = page[page.index('id="messages"') :]
    assert "passport-scan.pdf" in thread
    assert 'id="attachments-heading"' not in page  # no file came with the request form itself
