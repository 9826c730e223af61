"""The emails that matter go out once under their idempotency key, however often a retried task sends them.

A second send under a key that went out sends nothing; a failed send leaves the key free for the retry;
a claim left by a sender that died at the mail server is taken over once it is stale, and the copy it
sends carries the same Message-ID as any first one, so a duplicate from that window is recognisable.
Then the three callers: receipts, match alerts and deadline reminders, each run again as a retry would.
"""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from challenges.digests import send_deadline_reminders
from core.emails import message_id_for, send_templated_email_to
from core.models import SentEmail
from opportunities.match_alerts import send_match_alerts
from opportunities.models import Match
from payments.charges import start_payment
from services.workflow import notify_requester
from tests.challenges.factories import ChallengeFactory, RegistrationFactory, SubmissionFactory
from tests.opportunities.factories import make_member
from tests.opportunities.test_matching import alerts_to, strong_pair, vocab  # noqa: F401
from tests.payments.conftest import awaiting_request, paid_service, provider, provider_index, service_index  # noqa: F401
from tests.payments.stripe_calls import VISA, confirm_in_browser, events_at_stripe, post_event
from tests.server_process import free_port

pytestmark = pytest.mark.django_db

TEMPLATE = "accounts/email/account_deleted"


def _send(key, address="amelia@example.com", **options):
    return send_templated_email_to(address, "en", TEMPLATE, {"email": address}, idempotency_key=key, **options)


@pytest.fixture
def dead_mail_server(settings):
    """SMTP to a loopback port nothing listens on: every send fails as with a mail server that is down."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    return settings


def test_a_second_send_under_the_same_key_sends_nothing(site_tree):
    assert _send("receipt:7") == 1
    assert _send("receipt:7") == 0

    assert len(mail.outbox) == 1
    assert SentEmail.objects.get(key="receipt:7").state == SentEmail.State.SENT


def test_a_different_key_is_a_different_email(site_tree):
    _send("deadline:1:7:5")
    _send("deadline:1:1:5")

    assert len(mail.outbox) == 2


def test_the_message_id_is_derived_from_the_key(site_tree):
    _send("receipt:7")

    assert mail.outbox[0].message()["Message-ID"] == message_id_for("receipt:7")
    assert message_id_for("receipt:7") != message_id_for("receipt:8")


def test_a_failed_send_leaves_the_key_for_the_retry(site_tree, dead_mail_server):
    with pytest.raises(OSError):
        _send("receipt:7")
    assert not SentEmail.objects.filter(key="receipt:7").exists()

    dead_mail_server.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # the server is back
    assert _send("receipt:7") == 1
    assert len(mail.outbox) == 1


def test_a_robust_send_that_fails_is_logged_and_leaves_the_key_for_the_retry(site_tree, dead_mail_server, caplog):
    assert _send("receipt:7", robust=True) == 0

    assert "Could not send" in caplog.text
    assert not SentEmail.objects.filter(key="receipt:7").exists()


def test_a_stale_claim_of_a_sender_that_died_is_taken_over(site_tree):
    SentEmail.objects.create(key="receipt:7", claimed_at=timezone.now() - datetime.timedelta(minutes=10))

    assert _send("receipt:7") == 1
    assert SentEmail.objects.get(key="receipt:7").state == SentEmail.State.SENT


def test_a_copy_sent_after_a_crash_before_the_mark_is_recognisably_the_same_message(site_tree):
    _send("receipt:7")
    # The sender died after the mail server took the message, before it marked the key sent.
    SentEmail.objects.filter(key="receipt:7").update(
        state=SentEmail.State.SENDING, sent_at=None, claimed_at=timezone.now() - datetime.timedelta(minutes=10)
    )

    _send("receipt:7")
    first, again = (message.message()["Message-ID"] for message in mail.outbox)
    assert first == again


def test_a_long_key_is_stored_shortened_and_still_sent_once(site_tree):
    key = "match-alert:1:" + ",".join(str(n) for n in range(200))

    assert _send(key) == 1
    assert _send(key) == 0
    assert len(SentEmail.objects.get().key) <= 255


# --- The callers, run again as a retried task runs them ---


def test_a_receipt_is_sent_once_per_payment(client, awaiting_request, django_capture_on_commit_callbacks):
    payment = start_payment(awaiting_request)
    confirm_in_browser(payment, VISA)
    [event] = events_at_stripe(payment, "payment_intent.succeeded")
    with django_capture_on_commit_callbacks(execute=True):
        post_event(client, event)
    assert SentEmail.objects.filter(key=f"receipt:{payment.pk}", state=SentEmail.State.SENT).exists()

    # Sent again as a retried task would: the payment's receipt has gone already.
    notify_requester(awaiting_request, "payments/email/receipt", {"payment": payment}, f"receipt:{payment.pk}")
    assert len(mail.outbox) == 1


def test_a_match_alert_run_again_after_it_died_before_marking_sends_nothing_twice(vocab):  # noqa: F811
    offer, request = strong_pair(vocab)
    assert send_match_alerts() == 2
    Match.objects.update(notified_at=None)  # the run died after sending, before marking the matches

    assert send_match_alerts() == 0
    assert len(alerts_to(offer.owner)) == len(alerts_to(request.owner)) == 1
    assert not Match.objects.filter(notified_at__isnull=True, score__gte=60).exists()  # marked by the retry


def test_a_deadline_reminder_run_again_after_it_died_before_marking_sends_nothing_twice():
    challenge = ChallengeFactory(submission_deadline=timezone.now() + datetime.timedelta(days=6, hours=12))
    for _ in range(2):
        SubmissionFactory(registration=RegistrationFactory(challenge=challenge, user=make_member()))
    assert send_deadline_reminders() == 2
    challenge.reminders_sent = []  # the run died after the emails, before marking the challenge
    challenge.save(update_fields=["reminders_sent"])

    assert send_deadline_reminders() == 0
    assert len(mail.outbox) == 2
