"""A document in an introduction's thread: checked like listing attachments, stored privately, and only
the two parties can open it."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.consent import SENSITIVE_CONSENT_FIELD
from accounts.models import ConsentKind, ConsentRecord
from core.storage import private_media_root
from core.uploads import GENERATED_NAME, MAX_UPLOAD_BYTES
from opportunities import introductions
from opportunities.models import IntroductionMessage
from tests.opportunities.factories import ListingFactory, make_member

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def accepted():
    listing = ListingFactory(title="Offshore AI diagnostics")
    make_member(user=listing.owner, organisation=listing.organisation, full_name="Olivia Owner")
    sender = make_member(full_name="Sam Sender")
    interest = introductions.express_interest(listing, sender, "We would like to license this in Hainan.")
    introductions.respond(interest, listing.owner, accept=True)
    mail.outbox.clear()
    return interest


def post(client, interest, document, body="Our term sheet is attached.", consent=True):
    data = {"body": body, "attachment": document}
    if consent:  # the separate consent a document that may hold sensitive information needs (accounts.consent)
        data[SENSITIVE_CONSENT_FIELD] = "on"
    return client.post(reverse("opportunities:interest_message", args=[interest.pk]), data)


def pdf(name="term-sheet.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def download_url(interest, message):
    return reverse("opportunities:interest_attachment", args=[interest.pk, message.pk])


def test_a_party_attaches_a_document_to_a_message(client, accepted):
    client.force_login(accepted.sender)

    response = post(client, accepted, pdf())

    assert response.status_code == 302
    message = IntroductionMessage.objects.get()
    assert (message.attachment_name, message.attachment_type) == ("term-sheet.pdf", "application/pdf")
    page = client.get(reverse("opportunities:interest_detail", args=[accepted.pk])).content.decode()
    assert "term-sheet.pdf" in page and download_url(accepted, message) in page


def test_the_document_is_stored_privately_under_a_generated_name(client, accepted):
    client.force_login(accepted.sender)

    post(client, accepted, pdf())

    stored = IntroductionMessage.objects.get().attachment
    assert GENERATED_NAME.match(stored.name.rsplit("/", 1)[-1])
    assert stored.path.startswith(private_media_root())


def test_the_other_party_is_emailed_about_the_document(client, accepted):
    client.force_login(accepted.sender)

    post(client, accepted, pdf())

    (email,) = mail.outbox
    assert email.to == [accepted.listing.owner.email]
    assert "term-sheet.pdf" in email.body


def test_both_parties_can_download_the_document(client, accepted):
    client.force_login(accepted.sender)
    post(client, accepted, pdf())
    message = IntroductionMessage.objects.get()

    for party in (accepted.sender, accepted.listing.owner):
        client.force_login(party)
        response = client.get(download_url(accepted, message))
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PDF
        assert response["X-Content-Type-Options"] == "nosniff"


def test_anyone_else_gets_404_for_the_document(client, accepted):
    client.force_login(accepted.sender)
    post(client, accepted, pdf())
    message = IntroductionMessage.objects.get()
    client.force_login(make_member())

    assert client.get(download_url(accepted, message)).status_code == 404


def test_a_file_of_the_wrong_type_is_refused_with_a_clear_error(client, accepted):
    client.force_login(accepted.sender)

    response = post(client, accepted, SimpleUploadedFile("term-sheet.pdf", b"<script>alert(1)</script>"))

    assert response.status_code == 400
    assert "is not a PDF, PNG or JPEG file" in response.content.decode()
    assert not IntroductionMessage.objects.exists()


def test_a_file_over_5_mb_is_refused_with_a_clear_error(client, accepted):
    client.force_login(accepted.sender)

    response = post(client, accepted, pdf(content=PDF + b"0" * MAX_UPLOAD_BYTES))

    assert response.status_code == 400
    assert "is larger than 5 MB" in response.content.decode()


def test_a_message_without_a_document_still_works(client, accepted):
    client.force_login(accepted.sender)

    post(client, accepted, "", body="Hello again.")

    assert IntroductionMessage.objects.get().attachment.name == ""


def test_the_message_form_asks_separately_for_consent_to_process_the_document(client, accepted):
    client.force_login(accepted.sender)

    page = client.get(reverse("opportunities:interest_detail", args=[accepted.pk])).content.decode()

    assert f'name="{SENSITIVE_CONSENT_FIELD}"' in page
    assert "sharing it with the other party of this introduction" in page


def test_a_document_without_the_consent_is_refused_and_nothing_is_sent(client, accepted):
    client.force_login(accepted.sender)

    response = post(client, accepted, pdf(), consent=False)

    assert response.status_code == 400
    assert "Tick this box to consent" in response.content.decode()
    assert "Our term sheet is attached." in response.content.decode()  # the typed text is kept
    assert not IntroductionMessage.objects.exists()
    assert not ConsentRecord.objects.exists()


def test_the_consent_is_recorded_with_the_message(client, accepted):
    client.force_login(accepted.sender)

    post(client, accepted, pdf())

    message = IntroductionMessage.objects.get()
    record = ConsentRecord.objects.get()
    assert (record.user, record.kind) == (accepted.sender, ConsentKind.SENSITIVE_UPLOAD)
    assert record.reference == f"introduction-{accepted.pk}-message-{message.pk}"
    assert "other party of this introduction" in record.purpose


def test_a_message_without_a_document_needs_no_consent(client, accepted):
    client.force_login(accepted.sender)

    response = post(client, accepted, "", body="Hello again.", consent=False)

    assert response.status_code == 302
    assert IntroductionMessage.objects.exists() and not ConsentRecord.objects.exists()
