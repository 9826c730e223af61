"""Deleting an account: confirmed by password; the person disappears, what the law requires stays."""

import os

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.test import TestCase

from accounts import account_deletion
from accounts.models import ConsentRecord
from opportunities.models import IntroductionMessage, Listing, ListingAttachment, ListingChange, Status
from opportunities.moderation import awaiting_moderation
from payments.models import Payment, PaymentStatus
from search import engine
from search.backends.base import SearchQuery
from services.models import RequestAttachment, ServiceRequest
from tests.accounts.factories import PASSWORD
from tests.accounts.personal_data import member_with_records

pytestmark = pytest.mark.django_db

DELETE = "/en/account/delete/"


@pytest.fixture
def member(client):
    user, partner = member_with_records()
    user.set_password(PASSWORD)
    user.save()
    client.force_login(user)
    return user, partner


def _delete(client, password=PASSWORD):
    with TestCase.captureOnCommitCallbacks(execute=True):  # files and the confirmation wait for the commit
        return client.post(DELETE, {"password": password})


def test_the_confirmation_page_says_what_is_deleted_and_what_is_kept_and_why(client, member, site_tree):
    html = client.get(DELETE).content.decode()

    assert "Deleted now" in html and "Kept for legal reasons" in html
    assert "Accounting Archives" in html
    assert "evidence that we processed your information lawfully" in html
    assert 'name="password"' in html


def test_a_wrong_password_deletes_nothing(client, member):
    user, _partner = member

    response = _delete(client, password="not my password")

    assert "That is not your password" in response.content.decode()
    user.refresh_from_db()
    assert user.is_active


def test_after_deletion_login_fails(client, member):
    user, _partner = member
    email = user.email
    _delete(client)

    client.logout()
    client.post("/en/accounts/login/", {"login": email, "password": PASSWORD})

    assert "_auth_user_id" not in client.session


def test_a_confirmation_goes_to_the_address_before_it_is_removed(client, member):
    user, _partner = member
    email = user.email

    _delete(client)

    assert mail.outbox[-1].to == [email]
    assert "deleted" in mail.outbox[-1].subject


def test_partners_see_deleted_user_instead_of_the_name_and_email(client, member):
    user, partner = member
    email = user.email
    interest = user.interests_sent.get()
    _delete(client)

    client.force_login(partner)
    html = client.get(f"/en/opportunities/introductions/{interest.pk}/").content.decode()

    assert "Deleted user" in html
    assert "Amelia Hart" not in html and email not in html


def test_open_listings_are_withdrawn_and_their_files_deleted(client, member):
    user, _partner = member
    path = ListingAttachment.objects.get(listing__owner=user).file.path

    _delete(client)

    assert set(Listing.objects.filter(owner=user).values_list("status", flat=True)) == {Status.CLOSED}
    assert not ListingAttachment.objects.filter(listing__owner=user).exists()
    assert not os.path.exists(path)


def test_payments_consents_and_anonymised_service_requests_are_kept(client, member):
    user, _partner = member

    _delete(client)

    service_request = ServiceRequest.objects.get(requester=user)
    assert service_request.contact_name == "" and service_request.contact_phone == ""
    assert "Amelia" not in service_request.contact_email
    assert Payment.objects.filter(request=service_request).exists()
    assert ConsentRecord.objects.filter(user=user).exists()
    # The passport of a paid request is part of an accounting record, so it stays.
    assert RequestAttachment.objects.filter(request=service_request).exists()


def test_documents_of_unpaid_requests_are_deleted():
    from accounts.account_deletion import delete_account

    user, _partner = member_with_records(paid=False)
    path = RequestAttachment.objects.get(request__requester=user).file.path

    with TestCase.captureOnCommitCallbacks(execute=True):
        delete_account(user)

    assert not RequestAttachment.objects.filter(request__requester=user).exists()
    assert not os.path.exists(path)


def test_documents_are_deleted_when_the_payment_never_succeeded(client, member):
    user, _partner = member
    Payment.objects.filter(request__requester=user).update(status=PaymentStatus.CANCELLED)
    path = RequestAttachment.objects.get(request__requester=user).file.path

    _delete(client)

    assert not RequestAttachment.objects.filter(request__requester=user).exists()
    assert not os.path.exists(path)


def test_documents_of_a_refunded_request_are_kept(client, member):
    user, _partner = member
    Payment.objects.filter(request__requester=user).update(status=PaymentStatus.REFUNDED)

    _delete(client)

    assert RequestAttachment.objects.filter(request__requester=user).exists()


def test_withdrawn_listings_leave_the_search_and_the_moderation_queue(client, member, settings):
    settings.ELASTICSEARCH_URL = ""
    user, _partner = member
    listing = Listing.objects.get(owner=user)
    ListingChange.objects.create(listing=listing, changed_fields={"title": "A proposed new title"})
    assert listing in awaiting_moderation()
    assert listing.title in [hit.title for hit in engine.search(SearchQuery(text="Amelia", language="en")).hits]

    _delete(client)

    assert listing.title not in [hit.title for hit in engine.search(SearchQuery(text="Amelia", language="en")).hits]
    assert not awaiting_moderation().filter(pk=listing.pk).exists()
    assert not ListingChange.objects.filter(listing=listing).exists()


def test_files_attached_to_introduction_messages_are_deleted_and_the_text_kept(client, member):
    user, _partner = member
    message = IntroductionMessage.objects.get(author=user)
    message.attachment.save("deck.pdf", ContentFile(b"%PDF-1.4"), save=False)
    message.attachment_name, message.attachment_type, message.attachment_size = "deck.pdf", "application/pdf", 8
    message.save()
    path = message.attachment.path

    _delete(client)

    message.refresh_from_db()
    assert not os.path.exists(path)
    assert (message.attachment.name, message.attachment_name, message.attachment_size) == ("", "", 0)
    assert message.body.startswith("Hello from our team")


def test_a_failed_deletion_keeps_every_file_and_sends_nothing(member, monkeypatch):
    user, _partner = member
    path = ListingAttachment.objects.get(listing__owner=user).file.path

    def broken(user):
        raise RuntimeError("database went away")

    monkeypatch.setattr(account_deletion, "_forget_searches_and_notices", broken)
    with TestCase.captureOnCommitCallbacks(execute=True), pytest.raises(RuntimeError):
        account_deletion.delete_account(user)

    assert os.path.exists(path)
    assert mail.outbox == []
    user.refresh_from_db()
    assert user.is_active


def test_the_profile_no_longer_holds_name_or_phone(client, member):
    user, _partner = member

    _delete(client)

    user.refresh_from_db()
    assert (user.profile.full_name, user.profile.phone, user.first_name) == ("", "", "")
    assert not user.emailaddress_set.exists()
