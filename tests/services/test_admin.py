"""Staff handle service requests in the Wagtail admin: the list, filters, export, and one request's page."""

import csv
import datetime
import io
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks

from payments.models import Payment, PaymentStatus
from services.models import RequestAttachment, RequestStatus, StatusChange
from tests.accounts.factories import UserFactory

from .factories import ServiceRequestFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/services/requests/"


def admin_user(*codenames, **user_fields):
    """A user who can open the Wagtail admin, with the given ``app_label.codename`` permissions."""
    user = UserFactory(**user_fields)
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for name in codenames:
        app_label, codename = name.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return user


@pytest.fixture
def handler(client):
    """A member of the service desk: admin access and the handle permission, nothing else."""
    user = admin_user("services.handle_servicerequest", first_name="Mei", last_name="Lin")
    client.force_login(user)
    return user


@pytest.fixture
def editor(client):
    user = admin_user()
    client.force_login(user)
    return user


def handle_url(service_request):
    return reverse("service_requests:handle", args=[service_request.pk])


def overdue_request(**fields):
    return ServiceRequestFactory(due_on=timezone.localdate() - datetime.timedelta(days=1), **fields)


def row_of(page, reference):
    """The listing's table row that mentions ``reference``."""
    return next(row for row in re.findall(r"<tr\b.*?</tr>", page, flags=re.S) if reference in row)


# Permission


def test_staff_without_the_permission_can_neither_list_nor_handle_requests(client, editor):
    service_request = ServiceRequestFactory()

    listing = client.get(LIST_URL)
    detail = client.get(handle_url(service_request))
    post = client.post(handle_url(service_request), {"action": "status", "status-to_status": "in-progress"})

    service_request.refresh_from_db()
    assert listing.status_code in (302, 403)
    assert detail.status_code in (302, 403)
    assert post.status_code in (302, 403)
    assert service_request.status == RequestStatus.SUBMITTED


def test_service_requests_menu_is_shown_to_handlers_only(client, handler):
    handler_home = client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(admin_user())
    editor_home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert LIST_URL in handler_home
    assert LIST_URL not in editor_home


def test_handle_permission_is_offered_in_the_group_editor():
    offered = {
        permission.codename
        for hook in hooks.get_hooks("register_permissions")
        for permission in hook()
        if permission.content_type.app_label == "services"
    }

    assert "handle_servicerequest" in offered
    assert "delete_servicerequest" not in offered


def test_group_with_the_permission_sees_the_list(client):
    group = Group.objects.create(name="Service desk")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="handle_servicerequest")
    )
    user = UserFactory()
    user.groups.add(group)
    client.force_login(user)

    assert client.get(LIST_URL).status_code == 200


# The list


def test_list_shows_reference_requester_country_and_amount(client, handler, paid_service, free_service):
    paid = ServiceRequestFactory(service=paid_service, contact_name="Ana Silva", country="BR")
    free = ServiceRequestFactory(service=free_service)

    page = client.get(LIST_URL).content.decode()

    paid_row = row_of(page, paid.reference)
    assert "Company registration" in paid_row
    assert "Ana Silva (Brazil)" in paid_row
    assert "CNY 1,500" in paid_row
    assert "Free" in row_of(page, free.reference)


def test_list_shows_newest_requests_first(client, handler):
    older = ServiceRequestFactory(created_at=timezone.now() - datetime.timedelta(days=3))
    newer = ServiceRequestFactory()

    page = client.get(LIST_URL).content.decode()

    assert page.index(newer.reference) < page.index(older.reference)


def test_list_filters_by_status(client, handler):
    in_progress = ServiceRequestFactory(status=RequestStatus.IN_PROGRESS)
    submitted = ServiceRequestFactory()

    page = client.get(LIST_URL, {"status": RequestStatus.IN_PROGRESS}).content.decode()

    assert in_progress.reference in page
    assert submitted.reference not in page


def test_list_filters_by_service(client, handler, paid_service, free_service):
    paid = ServiceRequestFactory(service=paid_service)
    free = ServiceRequestFactory(service=free_service)

    page = client.get(LIST_URL, {"service": paid_service.pk}).content.decode()

    assert paid.reference in page
    assert free.reference not in page


def test_list_filters_overdue_requests(client, handler):
    late = overdue_request()
    on_time = ServiceRequestFactory()
    late_but_done = overdue_request(status=RequestStatus.COMPLETED)

    overdue_page = client.get(LIST_URL, {"overdue": "true"}).content.decode()
    on_time_page = client.get(LIST_URL, {"overdue": "false"}).content.decode()

    assert late.reference in overdue_page
    assert on_time.reference not in overdue_page and late_but_done.reference not in overdue_page
    assert late.reference not in on_time_page and on_time.reference in on_time_page


def test_list_filters_requests_assigned_to_me(client, handler):
    mine = ServiceRequestFactory(assigned_to=handler)
    someone_elses = ServiceRequestFactory(assigned_to=UserFactory())

    page = client.get(LIST_URL, {"assigned_to_me": "true"}).content.decode()

    assert mine.reference in page
    assert someone_elses.reference not in page


def test_list_searches_by_email(client, handler):
    wanted = ServiceRequestFactory(contact_email="founder@oceanic.example")
    other = ServiceRequestFactory()

    page = client.get(LIST_URL, {"q": "oceanic"}).content.decode()

    assert wanted.reference in page
    assert other.reference not in page


def test_overdue_request_is_flagged_in_words(client, handler):
    late = overdue_request()
    on_time = ServiceRequestFactory()

    page = client.get(LIST_URL).content.decode()

    assert "Overdue" in row_of(page, late.reference)
    assert "service-request--overdue" in row_of(page, late.reference)
    assert "Overdue" not in row_of(page, on_time.reference)


def _queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_list_runs_the_same_queries_for_3_or_30_requests(client, handler, paid_service):
    client.get(LIST_URL)  # warm per-process caches (content types, site)
    provider_user = UserFactory()
    ServiceRequestFactory.create_batch(3, service=paid_service, assigned_to=provider_user)
    few = _queries_for(client, LIST_URL)
    ServiceRequestFactory.create_batch(27, service=paid_service, assigned_to=provider_user)

    assert _queries_for(client, LIST_URL) == few


def test_csv_export_has_the_filtered_requests_with_decimal_amounts(client, handler, paid_service):
    paid = ServiceRequestFactory(
        service=paid_service,
        contact_name="Ana Silva",
        contact_email="ana@example.com",
        country="BR",
        organisation_name="Silva Ltda",
        payment_method="card",
        assigned_to=handler,
    )
    ServiceRequestFactory(status=RequestStatus.COMPLETED)

    response = client.get(LIST_URL, {"status": RequestStatus.SUBMITTED, "export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="service-requests.csv"' in response["Content-Disposition"]
    assert rows[0] == [
        "Reference",
        "Service",
        "Status",
        "Requester",
        "Email",
        "Country",
        "Organisation",
        "Amount",
        "Currency",
        "Payment method",
        "Assigned to",
        "Submitted",
        "Due",
        "Overdue",
    ]
    assert len(rows) == 2
    assert rows[1][:11] == [
        paid.reference,
        "Company registration",
        "Submitted",
        "Ana Silva",
        "ana@example.com",
        "Brazil",
        "Silva Ltda",
        "1500.00",
        "CNY",
        "Card (online)",
        "Mei Lin",
    ]
    assert rows[1][12:] == [paid.due_on.isoformat(), "no"]


def test_csv_export_keeps_formula_like_requester_text_as_text(client, handler, paid_service):
    ServiceRequestFactory(
        service=paid_service, contact_name='=HYPERLINK("http://evil.example","x")', organisation_name="@SUM(A1:A9)"
    )

    response = client.get(LIST_URL, {"export": "csv"})
    row = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))[1]

    assert row[3] == '\'=HYPERLINK("http://evil.example","x")'
    assert row[6] == "'@SUM(A1:A9)"


def test_dashboard_counts_open_and_overdue_requests(client, handler):
    ServiceRequestFactory()
    overdue_request()
    ServiceRequestFactory(status=RequestStatus.COMPLETED)

    page = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "2 open requests" in page
    assert "1 overdue" in page


# One request


def test_handle_page_shows_details_answers_and_history(client, handler, paid_service):
    service_request = ServiceRequestFactory(
        service=paid_service,
        details="We need a WFOE.",
        answers=[{"name": "company_name", "label": "Proposed company name", "value": "Oceanic Robotics"}],
    )

    page = client.get(handle_url(service_request)).content.decode()

    assert service_request.reference in page
    assert "We need a WFOE." in page
    assert "Proposed company name" in page and "Oceanic Robotics" in page
    assert "CNY 1,500" in page


def test_attachments_link_to_a_download_staff_may_open(client, handler):
    service_request = ServiceRequestFactory()
    attachment = RequestAttachment.objects.create(
        request=service_request,
        file=ContentFile(b"%PDF-1.4 passport", name="passport.pdf"),
        original_name="passport.pdf",
        content_type="application/pdf",
        size=17,
    )
    download_url = reverse("services:attachment", args=[service_request.reference, attachment.pk])

    page = client.get(handle_url(service_request)).content.decode()
    download = client.get(download_url)

    assert download_url in page
    assert b"".join(download.streaming_content) == b"%PDF-1.4 passport"


def test_assigning_logs_who_assigned_and_emails_the_provider(
    client, handler, provider, django_capture_on_commit_callbacks
):
    service_request = ServiceRequestFactory()
    colleague = admin_user("services.handle_servicerequest", first_name="Wei", last_name="Zhang")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            handle_url(service_request),
            {"action": "assign", "assign-staff": colleague.pk, "assign-provider": provider.pk},
        )

    service_request.refresh_from_db()
    entry = StatusChange.objects.get(request=service_request)
    assert response.status_code == 302
    assert (service_request.assigned_to, service_request.assigned_provider) == (colleague, provider.specific)
    assert entry.changed_by == handler
    assert "Wei Zhang" in entry.note and "Harbour Law" in entry.note
    assert [message.to for message in mail.outbox] == [[provider.contact_email]]
    assert service_request.reference in mail.outbox[0].subject


def test_requests_can_be_assigned_only_to_staff_who_handle_them(client, handler):
    service_request = ServiceRequestFactory()
    outsider = UserFactory()

    response = client.post(handle_url(service_request), {"action": "assign", "assign-staff": outsider.pk})

    service_request.refresh_from_db()
    assert response.status_code == 400
    assert service_request.assigned_to is None


def test_status_change_is_logged_with_note_and_who_and_the_requester_is_emailed(
    client, handler, django_capture_on_commit_callbacks
):
    service_request = ServiceRequestFactory(preferred_language="zh-hans")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            handle_url(service_request),
            {
                "action": "status",
                "status-to_status": RequestStatus.IN_PROGRESS,
                "status-note": "Documents received; filing tomorrow.",
            },
        )

    service_request.refresh_from_db()
    change = StatusChange.objects.get(request=service_request)
    assert service_request.status == RequestStatus.IN_PROGRESS
    assert (change.from_status, change.to_status) == (RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS)
    assert change.note == "Documents received; filing tomorrow."
    assert change.changed_by == handler
    assert change.changed_at is not None
    assert mail.outbox[-1].to == [service_request.contact_email]
    assert "/zh-hans/" in mail.outbox[-1].body


def test_history_shows_who_changed_the_status(client, handler, django_capture_on_commit_callbacks):
    service_request = ServiceRequestFactory()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            handle_url(service_request),
            {
                "action": "status",
                "status-to_status": RequestStatus.CANCELLED,
                "status-note": "Duplicate of another request.",
            },
        )

    page = client.get(handle_url(service_request)).content.decode()

    assert "Mei Lin" in page
    assert "Duplicate of another request." in page


def test_only_allowed_transitions_are_offered(client, handler):
    service_request = ServiceRequestFactory(status=RequestStatus.IN_PROGRESS)

    page = client.get(handle_url(service_request)).content.decode()

    assert f'value="{RequestStatus.COMPLETED}"' in page
    assert f'value="{RequestStatus.PAID}"' not in page


def test_a_request_paid_by_card_is_refunded_not_cancelled(client, handler):
    service_request = ServiceRequestFactory(status=RequestStatus.PAID, paid_at=timezone.now())

    page = client.get(handle_url(service_request)).content.decode()

    assert f'value="{RequestStatus.IN_PROGRESS}"' in page
    assert f'value="{RequestStatus.CANCELLED}"' not in page


def test_disallowed_transition_is_rejected_and_changes_nothing(client, handler):
    service_request = ServiceRequestFactory(status=RequestStatus.COMPLETED)

    response = client.post(
        handle_url(service_request), {"action": "status", "status-to_status": RequestStatus.IN_PROGRESS}
    )

    service_request.refresh_from_db()
    assert response.status_code == 400
    assert "cannot move to that status" in response.content.decode()
    assert service_request.status == RequestStatus.COMPLETED
    assert not StatusChange.objects.filter(request=service_request).exists()


def test_reply_emails_the_requester_and_joins_their_thread(client, handler):
    service_request = ServiceRequestFactory()

    client.post(handle_url(service_request), {"action": "reply", "reply-body": "Please send your passport copy."})
    client.logout()
    status_page = client.get(
        reverse("services:track", args=[service_request.access_token]), follow=True
    ).content.decode()

    assert mail.outbox[-1].to == [service_request.contact_email]
    assert "Please send your passport copy." in mail.outbox[-1].body
    assert "Please send your passport copy." in status_page


def test_empty_reply_is_not_sent(client, handler):
    service_request = ServiceRequestFactory()

    response = client.post(handle_url(service_request), {"action": "reply", "reply-body": ""})

    assert response.status_code == 400
    assert "Write a message before sending." in response.content.decode()
    assert not mail.outbox


def _payment(service_request, status):
    return Payment.objects.create(
        request=service_request,
        stripe_payment_intent_id=f"pi_{service_request.pk}",
        client_secret="secret",
        amount=service_request.amount,
        currency=service_request.currency,
        status=status,
    )


def test_refund_button_is_shown_only_when_a_card_payment_succeeded(client, handler, paid_service):
    paid = ServiceRequestFactory(service=paid_service, status=RequestStatus.PAID, payment_method="card")
    _payment(paid, PaymentStatus.SUCCEEDED)
    awaiting = ServiceRequestFactory(service=paid_service, status=RequestStatus.AWAITING_PAYMENT, payment_method="card")
    _payment(awaiting, PaymentStatus.REQUIRES_PAYMENT)
    refund_url = reverse("service_requests:refund", args=[paid.pk])

    assert refund_url in client.get(handle_url(paid)).content.decode()
    assert "Refund in full" not in client.get(handle_url(awaiting)).content.decode()


def test_refund_asks_for_confirmation_first(client, handler, paid_service):
    paid = ServiceRequestFactory(service=paid_service, status=RequestStatus.PAID, payment_method="card")
    payment = _payment(paid, PaymentStatus.SUCCEEDED)

    page = client.get(reverse("service_requests:refund", args=[paid.pk])).content.decode()

    payment.refresh_from_db()
    assert "Yes, refund in full" in page
    assert "CNY 1,500" in page
    assert payment.status == PaymentStatus.SUCCEEDED


def test_staff_without_the_permission_cannot_refund(client, editor, paid_service):
    paid = ServiceRequestFactory(service=paid_service, status=RequestStatus.PAID, payment_method="card")
    payment = _payment(paid, PaymentStatus.SUCCEEDED)

    response = client.post(reverse("service_requests:refund", args=[paid.pk]))

    payment.refresh_from_db()
    assert response.status_code in (302, 403)
    assert payment.status == PaymentStatus.SUCCEEDED


def _paid_at_localstripe(service_request):
    from payments.charges import start_payment, sync_payment
    from tests.payments.stripe_calls import VISA, confirm_in_browser

    payment = start_payment(service_request)
    confirm_in_browser(payment, VISA)
    return sync_payment(payment)


def test_staff_refund_from_the_admin_and_the_request_becomes_refunded(
    client, handler, paid_service, stripe_settings, django_capture_on_commit_callbacks
):  # noqa: F811
    service_request = ServiceRequestFactory(
        service=paid_service, status=RequestStatus.AWAITING_PAYMENT, payment_method="card"
    )
    payment = _paid_at_localstripe(service_request)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("service_requests:refund", args=[service_request.pk]), follow=True)

    payment.refresh_from_db()
    service_request.refresh_from_db()
    assert payment.status == PaymentStatus.REFUNDED
    assert service_request.status == RequestStatus.REFUNDED
    assert service_request.status_changes.get(to_status=RequestStatus.REFUNDED).changed_by == handler
    assert "CNY 1,500 was refunded" in response.content.decode()


def test_refund_that_stripe_rejects_is_shown_as_an_error(client, handler, paid_service, stripe_settings):  # noqa: F811
    service_request = ServiceRequestFactory(service=paid_service, status=RequestStatus.PAID, payment_method="card")
    payment = _payment(service_request, PaymentStatus.SUCCEEDED)  # an intent Stripe has never heard of

    response = client.post(reverse("service_requests:refund", args=[service_request.pk]), follow=True)

    payment.refresh_from_db()
    service_request.refresh_from_db()
    assert "Stripe did not refund the payment" in response.content.decode()
    assert payment.status == PaymentStatus.SUCCEEDED
    assert service_request.status == RequestStatus.PAID


def test_request_awaiting_payment_has_a_warning_badge(client, handler):
    ServiceRequestFactory(status=RequestStatus.AWAITING_PAYMENT, amount=380000, currency="CNY")

    page = client.get(LIST_URL).content.decode()

    assert "w-status--warning" in page
