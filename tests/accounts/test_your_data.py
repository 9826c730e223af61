"""The "Your data" page: a signed-in member downloads everything the platform holds about them, and nobody else's."""

import json

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.data_export import personal_data
from opportunities.models import IntroductionMessage, Listing, ListingChange
from services.history_notes import amount_param
from services.models import ServiceRequest, StatusChange
from tests.accounts.factories import UserFactory
from tests.accounts.personal_data import member_with_records

pytestmark = pytest.mark.django_db


def _download(client, user):
    client.force_login(user)
    response = client.get("/en/account/your-data/download/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    return json.loads(response.content)


def test_the_export_holds_the_members_own_records(client):
    user, _partner = member_with_records()

    data = _download(client, user)

    assert data["profile"]["full_name"] == "Amelia Hart"
    assert data["organisation"]["name"] == user.profile.organisation.name
    assert [consent["version"] for consent in data["consents"]] == ["2026-12-01"]
    assert data["listings"][0]["title"] == "Amelia Hart listing 0"
    assert data["listings"][0]["attachments"] == [
        {"name": "brochure.pdf", "content_type": "application/pdf", "size": 8}
    ]
    assert data["expressions_of_interest"][0]["messages"][0]["body"] == "Hello from our team 0"
    assert data["saved_searches"][0]["name"] == "Amelia Hart search 0"
    request = data["service_requests"][0]
    assert request["details"] == "Amelia Hart needs help"
    assert request["messages"][0]["body"] == "Amelia Hart asks a question"
    assert request["attachments"][0]["name"] == "passport.pdf"
    assert request["payments"][0]["amount_minor_units"] == 150000


def test_the_export_holds_nobody_elses_data(client):
    user, _partner = member_with_records("Amelia Hart")
    member_with_records("Bo Chen")

    text = json.dumps(_download(client, user), ensure_ascii=False)

    assert "Bo Chen" not in text


def test_the_export_never_holds_payment_secrets(client):
    user, _partner = member_with_records()

    assert "pi_secret_do_not_export" not in json.dumps(_download(client, user))


def test_the_export_holds_no_payment_processor_ids_in_the_request_history(client):
    user, _partner = member_with_records()
    request = ServiceRequest.objects.get(requester=user)
    StatusChange.objects.create(request=request, to_status="submitted", note="Card payment received (pi_3QabcdEFgh12)")
    StatusChange.objects.create(
        request=request,
        to_status="submitted",
        note="Card payment of 1,500.00 received.",
        note_key="payment-received",
        note_params={"amount": amount_param(150000, "CNY"), "processor_id": "pi_3QxyzUVwx34"},
    )

    data = _download(client, user)

    assert "pi_" not in json.dumps(data)
    notes = [entry["note"] for entry in data["service_requests"][0]["history"]]
    assert "Card payment received" in notes and any(note.startswith("Card payment of") for note in notes)


def test_the_export_holds_the_proposed_change_and_the_files_attached_to_messages(client):
    user, _partner = member_with_records()
    ListingChange.objects.create(listing=Listing.objects.get(owner=user), changed_fields={"title": "A better title"})
    message = IntroductionMessage.objects.get(author=user)
    message.attachment.save("deck.pdf", ContentFile(b"%PDF-1.4"), save=False)
    message.attachment_name, message.attachment_type, message.attachment_size = "deck.pdf", "application/pdf", 8
    message.save()

    data = _download(client, user)

    assert data["listings"][0]["proposed_change"]["changed_fields"] == {"title": "A better title"}
    assert data["expressions_of_interest"][0]["messages"][0]["attachment"] == {
        "name": "deck.pdf",
        "content_type": "application/pdf",
        "size": 8,
    }


def test_the_download_needs_a_signed_in_member(client):
    response = client.get("/en/account/your-data/download/")

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_another_member_gets_their_own_data_whatever_the_url_says(client):
    owner, _partner = member_with_records("Amelia Hart")
    other = UserFactory()
    client.force_login(other)

    response = client.get(f"/en/account/your-data/download/?user={owner.pk}")

    assert "Amelia Hart" not in response.content.decode()


def test_the_number_of_queries_does_not_grow_with_the_data():
    few, _partner = member_with_records("Few", count=1)
    many, _partner = member_with_records("Many", count=4)

    with CaptureQueriesContext(connection) as for_few:
        personal_data(few)
    with CaptureQueriesContext(connection) as for_many:
        personal_data(many)

    assert len(for_many) == len(for_few)


def test_the_download_is_rate_limited(client):
    user = UserFactory()
    client.force_login(user)

    statuses = [client.get("/en/account/your-data/download/").status_code for _attempt in range(11)]

    assert statuses[-1] == 429


def test_the_account_tabs_link_the_your_data_page(client, site_tree):
    client.force_login(UserFactory())

    html = client.get("/en/account/profile/").content.decode()

    assert 'href="/en/account/your-data/"' in html
