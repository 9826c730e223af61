"""The requester's pages: my requests, the secret link, the status page, attachments, messages and cancelling.

The access rule: a requester sees only their own requests, a secret link opens that one request,
staff who handle requests see all. Anyone else gets a 404.
"""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from services.models import RequestAttachment, RequestMessage, RequestStatus, StatusChange
from services.workflow import MESSAGES_PER_HOUR, assign
from tests.accounts.factories import UserFactory

from .factories import ServiceRequestFactory, StatusChangeFactory

pytestmark = pytest.mark.django_db


def detail_url(service_request):
    return reverse("services:detail", args=[service_request.reference])


def track_url(service_request):
    return reverse("services:track", args=[service_request.access_token])


@pytest.fixture
def requester():
    return UserFactory()


def attach(service_request, name="passport.pdf", content=b"%PDF-1.4 passport"):
    attachment = RequestAttachment(
        request=service_request,
        field_name="passport_scan",
        original_name=name,
        content_type="application/pdf",
        size=len(content),
    )
    attachment.file.save(name, ContentFile(content), save=True)
    return attachment


# My service requests


def test_my_requests_needs_an_account(client):
    response = client.get(reverse("services:my_requests"))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_my_requests_lists_own_requests_only(client, requester, own_request, free_service):
    someone_else = ServiceRequestFactory(service=free_service, requester=UserFactory())
    client.force_login(requester)

    html = client.get(reverse("services:my_requests")).content.decode()

    assert own_request.reference in html
    assert someone_else.reference not in html


def test_my_requests_has_an_empty_state(client, requester, service_index):
    client.force_login(requester)

    html = client.get(reverse("services:my_requests")).content.decode()

    assert "You have not requested any services yet." in html
    assert 'href="/en/services/"' in html


def test_my_requests_is_paginated(client, requester):
    for _ in range(21):
        ServiceRequestFactory(requester=requester)
    client.force_login(requester)

    first = client.get(reverse("services:my_requests"))
    second = client.get(reverse("services:my_requests"), {"page": 2})

    assert len(first.context["service_requests"]) == 20
    assert len(second.context["service_requests"]) == 1


def test_my_requests_page_queries_do_not_grow_with_requests(client, requester, free_service):
    ServiceRequestFactory(service=free_service, requester=requester)
    client.force_login(requester)
    client.get(reverse("services:my_requests"))  # warm caches (site root paths, session)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("services:my_requests"))
    for _ in range(15):
        ServiceRequestFactory(service=free_service, requester=requester)

    with CaptureQueriesContext(connection) as many:
        client.get(reverse("services:my_requests"))

    assert len(many) == len(few)


# The status page and who may see it


def test_requester_sees_their_request_status_page(client, requester, own_request):
    client.force_login(requester)

    response = client.get(detail_url(own_request))

    html = response.content.decode()
    assert response.status_code == 200
    assert own_request.reference in html
    assert "Legal consultation" in html
    assert 'id="request-status">Submitted<' in html


def test_another_user_gets_not_found(client, own_request):
    client.force_login(UserFactory())

    assert client.get(detail_url(own_request)).status_code == 404


def test_anonymous_visitor_without_the_link_gets_not_found(client, own_request):
    assert client.get(detail_url(own_request)).status_code == 404


def test_unknown_reference_gets_not_found(client, requester):
    client.force_login(requester)

    assert client.get(reverse("services:detail", args=["SR-2026-999999"])).status_code == 404


def test_staff_who_handle_requests_see_every_request(client, staff_member, own_request):
    client.force_login(staff_member)

    assert client.get(detail_url(own_request)).status_code == 200


def test_secret_link_opens_that_request_without_an_account(client, own_request):
    response = client.get(track_url(own_request), follow=True)

    assert response.redirect_chain[-1][0] == detail_url(own_request)
    assert response.status_code == 200
    assert own_request.reference in response.content.decode()


def test_secret_link_opens_only_its_own_request(client, own_request, free_service):
    other = ServiceRequestFactory(service=free_service)

    client.get(track_url(own_request))

    assert client.get(detail_url(own_request)).status_code == 200
    assert client.get(detail_url(other)).status_code == 404


def test_wrong_secret_link_gets_not_found(client, own_request):
    assert client.get(reverse("services:track", args=["not-the-token"])).status_code == 404


def test_status_page_in_chinese(client, own_request):
    client.get(track_url(own_request))

    response = client.get(reverse("services:detail", args=[own_request.reference]).replace("/en/", "/zh-hans/", 1))

    assert response.status_code == 200
    assert '<html lang="zh-hans">' in response.content.decode()


def test_status_page_shows_answers_and_history_notes(client, requester, free_service):
    service_request = ServiceRequestFactory(
        service=free_service,
        requester=requester,
        status=RequestStatus.IN_PROGRESS,
        answers=[{"name": "company_name", "label": "Company name", "value": "Engines Haikou"}],
    )
    StatusChangeFactory(request=service_request, from_status="", to_status=RequestStatus.SUBMITTED)
    StatusChangeFactory(
        request=service_request,
        from_status=RequestStatus.SUBMITTED,
        to_status=RequestStatus.IN_PROGRESS,
        note="Documents checked, filing on Monday.",
    )
    client.force_login(requester)

    html = client.get(detail_url(service_request)).content.decode()

    assert "Company name" in html and "Engines Haikou" in html
    assert "Documents checked, filing on Monday." in html


def test_status_steps_show_payment_steps_for_card_requests(client, requester, paid_service):
    service_request = ServiceRequestFactory(
        service=paid_service,
        requester=requester,
        payment_method="card",
        status=RequestStatus.AWAITING_PAYMENT,
        due_on=None,
    )
    client.force_login(requester)

    steps = client.get(detail_url(service_request)).context["steps"]

    assert [(step["status"], step["state"]) for step in steps] == [
        ("submitted", "done"),
        ("awaiting-payment", "current"),
        ("paid", "upcoming"),
        ("in-progress", "upcoming"),
        ("completed", "upcoming"),
    ]


def test_status_steps_of_a_free_request_skip_payment(client, requester, own_request):
    client.force_login(requester)

    steps = client.get(detail_url(own_request)).context["steps"]

    assert [step["status"] for step in steps] == ["submitted", "in-progress", "completed"]


def test_cancelled_request_shows_how_far_it_got_and_that_it_was_cancelled(client, requester, own_request):
    StatusChangeFactory(request=own_request, from_status=RequestStatus.SUBMITTED, to_status=RequestStatus.IN_PROGRESS)
    StatusChangeFactory(request=own_request, from_status=RequestStatus.IN_PROGRESS, to_status=RequestStatus.CANCELLED)
    own_request.status = RequestStatus.CANCELLED
    own_request.save()
    client.force_login(requester)

    steps = client.get(detail_url(own_request)).context["steps"]

    assert [(step["status"], step["state"]) for step in steps] == [
        ("submitted", "done"),
        ("in-progress", "done"),
        ("cancelled", "current"),
    ]


def test_awaiting_payment_request_offers_pay_now(client, requester, paid_service):
    service_request = ServiceRequestFactory(
        service=paid_service,
        requester=requester,
        payment_method="card",
        status=RequestStatus.AWAITING_PAYMENT,
        due_on=None,
    )
    client.force_login(requester)

    html = client.get(detail_url(service_request)).content.decode()

    assert f'href="{reverse("payments:pay", args=[service_request.reference])}"' in html
    assert "Pay now" in html


def test_invoice_request_says_an_invoice_will_follow(client, requester, paid_service):
    service_request = ServiceRequestFactory(service=paid_service, requester=requester, payment_method="invoice")
    client.force_login(requester)

    html = client.get(detail_url(service_request)).content.decode()

    assert "We will email you an invoice" in html
    assert "Pay now" not in html


# Attachments


def test_requester_downloads_their_attachment(client, requester, own_request):
    attachment = attach(own_request)
    client.force_login(requester)

    response = client.get(reverse("services:attachment", args=[own_request.reference, attachment.pk]))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 passport"
    assert 'attachment; filename="passport.pdf"' in response["Content-Disposition"]


def test_other_users_cannot_download_an_attachment(client, own_request):
    attachment = attach(own_request)
    client.force_login(UserFactory())

    response = client.get(reverse("services:attachment", args=[own_request.reference, attachment.pk]))

    assert response.status_code == 404


def test_attachment_of_another_request_is_not_found_through_yours(client, requester, own_request, free_service):
    foreign = attach(ServiceRequestFactory(service=free_service))
    client.force_login(requester)

    response = client.get(reverse("services:attachment", args=[own_request.reference, foreign.pk]))

    assert response.status_code == 404


def test_staff_download_any_attachment(client, staff_member, own_request):
    attachment = attach(own_request)
    client.force_login(staff_member)

    response = client.get(reverse("services:attachment", args=[own_request.reference, attachment.pk]))

    assert response.status_code == 200


# Messages


def test_requester_posts_a_message_that_appears_in_the_thread(client, requester, own_request):
    client.force_login(requester)

    response = client.post(
        reverse("services:post_message", args=[own_request.reference]),
        {"body": "Which passport pages do you need?"},
        follow=True,
    )

    message = RequestMessage.objects.get()
    assert (message.author, message.from_staff) == (requester, False)
    assert "Which passport pages do you need?" in response.content.decode()


def test_requester_message_is_emailed_to_the_assigned_staff_member(client, requester, own_request, staff_member):
    colleague = UserFactory(email="colleague@example.com")
    colleague.user_permissions.add(Permission.objects.get(codename="handle_servicerequest"))
    own_request.assigned_to = staff_member
    own_request.save()
    client.force_login(requester)

    client.post(reverse("services:post_message", args=[own_request.reference]), {"body": "Any news?"})

    assert [email.to for email in mail.outbox] == [["desk@example.com"]]
    assert own_request.reference in mail.outbox[0].subject
    assert "Any news?" in mail.outbox[0].body


def test_requester_message_goes_to_everyone_who_handles_requests_when_nobody_is_assigned(
    client, requester, own_request, staff_member
):
    client.force_login(requester)

    client.post(reverse("services:post_message", args=[own_request.reference]), {"body": "Any news?"})

    assert [email.to for email in mail.outbox] == [["desk@example.com"]]


def test_message_flood_is_refused_after_the_hourly_limit(client, requester, own_request):
    client.force_login(requester)
    url = reverse("services:post_message", args=[own_request.reference])
    for number in range(MESSAGES_PER_HOUR):
        client.post(url, {"body": f"Message {number}"})

    response = client.post(url, {"body": "One too many"})

    assert response.status_code == 429
    assert "the most allowed" in response.content.decode()
    assert RequestMessage.objects.count() == MESSAGES_PER_HOUR


def test_empty_message_is_refused_with_an_error(client, requester, own_request):
    client.force_login(requester)

    response = client.post(reverse("services:post_message", args=[own_request.reference]), {"body": "  "})

    assert response.status_code == 400
    assert "Write a message before sending." in response.content.decode()
    assert not RequestMessage.objects.exists()


def test_secret_link_holder_can_post_a_message(client, own_request):
    client.get(track_url(own_request))

    client.post(reverse("services:post_message", args=[own_request.reference]), {"body": "Hello from my phone"})

    assert RequestMessage.objects.get().body == "Hello from my phone"


def test_strangers_cannot_post_messages(client, own_request):
    client.force_login(UserFactory())

    response = client.post(reverse("services:post_message", args=[own_request.reference]), {"body": "Spam"})

    assert response.status_code == 404
    assert not RequestMessage.objects.exists()


def test_staff_reply_from_the_status_page_is_emailed_to_the_requester(client, staff_member, own_request):
    client.force_login(staff_member)

    client.post(reverse("services:post_message", args=[own_request.reference]), {"body": "Please send page 2."})

    assert RequestMessage.objects.get().from_staff is True
    assert mail.outbox[0].to == [own_request.contact_email]
    assert track_url(own_request) in mail.outbox[0].body


# Cancelling


def test_requester_cancels_a_submitted_request(client, requester, own_request, django_capture_on_commit_callbacks):
    client.force_login(requester)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("services:cancel", args=[own_request.reference]))

    own_request.refresh_from_db()
    change = StatusChange.objects.get(request=own_request)
    assert own_request.status == RequestStatus.CANCELLED
    assert (change.from_status, change.to_status, change.changed_by) == (
        RequestStatus.SUBMITTED,
        RequestStatus.CANCELLED,
        requester,
    )
    assert mail.outbox[0].to == [own_request.contact_email]


def test_requester_can_cancel_while_awaiting_payment(client, requester, paid_service):
    service_request = ServiceRequestFactory(
        service=paid_service, requester=requester, payment_method="card", status=RequestStatus.AWAITING_PAYMENT
    )
    client.force_login(requester)

    client.post(reverse("services:cancel", args=[service_request.reference]))

    service_request.refresh_from_db()
    assert service_request.status == RequestStatus.CANCELLED


def test_request_in_progress_cannot_be_cancelled_by_the_requester(client, requester, own_request):
    own_request.status = RequestStatus.IN_PROGRESS
    own_request.save()
    client.force_login(requester)

    page = client.get(detail_url(own_request)).content.decode()
    client.post(reverse("services:cancel", args=[own_request.reference]))

    own_request.refresh_from_db()
    assert own_request.status == RequestStatus.IN_PROGRESS
    assert "Cancel this request" not in page


def test_others_cannot_cancel_a_request(client, own_request, staff_member):
    client.force_login(UserFactory())
    assert client.post(reverse("services:cancel", args=[own_request.reference])).status_code == 404
    client.force_login(staff_member)
    assert client.post(reverse("services:cancel", args=[own_request.reference])).status_code == 404

    own_request.refresh_from_db()
    assert own_request.status == RequestStatus.SUBMITTED


def test_overdue_date_is_shown_as_expected_date(client, requester, free_service):
    due = timezone.localdate() + datetime.timedelta(days=5)
    service_request = ServiceRequestFactory(service=free_service, requester=requester, due_on=due)
    client.force_login(requester)

    response = client.get(detail_url(service_request))

    assert "Expected by" in response.content.decode()


def test_signed_in_users_find_their_requests_in_the_account_menu(client, requester, site_tree):
    client.force_login(requester)

    html = client.get("/en/").content.decode()

    assert f'href="{reverse("services:my_requests")}"' in html


def test_a_mail_server_failure_does_not_lose_the_message_or_show_an_error(client, requester, own_request, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    client.force_login(requester)

    response = client.post(reverse("services:post_message", args=[own_request.reference]), {"body": "Any news?"})

    assert response.status_code == 302
    assert RequestMessage.objects.get().body == "Any news?"


def test_staff_only_notes_are_not_shown_to_the_requester(client, requester, own_request, staff_member):
    assign(own_request, staff=staff_member, by=staff_member)
    client.force_login(requester)

    html = client.get(detail_url(own_request)).content.decode()

    assert "Assigned to" not in html
