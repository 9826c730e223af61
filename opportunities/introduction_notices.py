"""Emails about an introduction's activity: the first at once, the rest gathered into one digest.

A thread is what one recipient hears about either the messages of one introduction, or one sender's
interest in one listing across re-expressions (expressed, withdrawn, expressed again), so neither a
burst of messages nor such a loop sends an email each time. An action on a thread that was emailed less than ``DIGEST_WINDOW`` ago is kept as a waiting
``IntroductionNotice``, and one task, due when the window ends, emails every waiting notice together.
Each email is in the recipient's language. Notices are rows, not cache entries, and the listing's row is
locked while a thread is decided or flushed, so a notice arriving during a flush is never left behind.
"""

import datetime

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django_tasks import task

from core.emails import send_templated_email

from .models import ExpressionOfInterest, IntroductionNotice, Listing, NoticeKind

DIGEST_WINDOW = datetime.timedelta(minutes=15)

IMMEDIATE_TEMPLATES = {
    NoticeKind.INTEREST: "opportunities/email/interest_received",
    NoticeKind.WITHDRAWN: "opportunities/email/interest_withdrawn",
    NoticeKind.MESSAGE: "opportunities/email/interest_message",
}


def _thread(recipient_id, interest, kind):
    notices = IntroductionNotice.objects.filter(recipient_id=recipient_id)
    if kind == NoticeKind.MESSAGE:
        return notices.filter(interest=interest, kind=NoticeKind.MESSAGE)
    return notices.filter(
        interest__listing_id=interest.listing_id,
        interest__sender_id=interest.sender_id,
        kind__in=[NoticeKind.INTEREST, NoticeKind.WITHDRAWN],
    )


def _lock_listing(listing_id):
    Listing.objects.select_for_update().filter(pk=listing_id).first()


@transaction.atomic
def notify(recipient, interest, kind, message=None):
    """Tell ``recipient`` about ``kind`` on ``interest``: an email now, or a place in the thread's next digest."""
    _lock_listing(interest.listing_id)
    notice = IntroductionNotice.objects.create(recipient=recipient, interest=interest, kind=kind, message=message)
    thread = _thread(recipient.pk, interest, kind)
    if thread.filter(emailed_at__isnull=True).exclude(pk=notice.pk).exists():
        return notice  # a digest is already due and will carry this one too
    last_emailed = thread.aggregate(last=Max("emailed_at"))["last"]
    now = timezone.now()
    if last_emailed is None or now - last_emailed >= DIGEST_WINDOW:
        send_templated_email(
            recipient, IMMEDIATE_TEMPLATES[kind], {"interest": interest, "introduction_message": message}
        )
        notice.emailed_at = now
        notice.save(update_fields=["emailed_at"])
    else:
        due = last_emailed + DIGEST_WINDOW
        transaction.on_commit(
            lambda: send_introduction_digest.using(run_after=due).enqueue(recipient.pk, interest.pk, kind)
        )
    return notice


@transaction.atomic
def send_digest(recipient_id, interest_id, kind):
    """Email every waiting notice of the thread of ``interest_id`` and ``kind`` in one message.

    Returns how many notices it listed (none when an earlier digest took them already).
    """
    interest = ExpressionOfInterest.objects.filter(pk=interest_id).first()
    if interest is None:
        return 0
    _lock_listing(interest.listing_id)
    notices = list(
        _thread(recipient_id, interest, kind)
        .filter(emailed_at__isnull=True)
        .select_related("recipient__profile", "interest__listing", "interest__sender_organisation", "message")
    )
    if not notices:
        return 0
    recipient, latest = notices[0].recipient, notices[-1].interest
    send_templated_email(
        recipient,
        "opportunities/email/introduction_digest",
        {"notices": notices, "interest": latest, "listing": latest.listing},
    )
    IntroductionNotice.objects.filter(pk__in=[notice.pk for notice in notices]).update(emailed_at=timezone.now())
    return len(notices)


def send_overdue_digests():
    """Flush threads whose digest is overdue (a task that failed, a worker that was down); daily safety net."""
    overdue = (
        IntroductionNotice.objects.filter(emailed_at__isnull=True, created_at__lt=timezone.now() - 2 * DIGEST_WINDOW)
        .order_by()
        .values_list("recipient_id", "interest_id", "kind")
        .distinct()
    )
    return sum(send_digest(*thread) for thread in overdue)


@task(backend="background")
def send_introduction_digest(recipient_id, interest_id, kind):
    """One email with everything that happened on an introduction thread since its last email."""
    return send_digest(recipient_id, interest_id, kind)


@task(backend="background")
def send_overdue_introduction_digests():
    """Digests whose own task failed or never ran: nothing said on an introduction goes unsent."""
    return send_overdue_digests()
