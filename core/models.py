"""What core keeps in the database: the record of emails sent under an idempotency key (core/emails.py)."""

from django.db import models


class SentEmail(models.Model):
    """One real-world email (a receipt, a match alert, a deadline reminder) and whether it has gone out.

    A sender claims the key (``sending``) before talking to the mail server and marks it ``sent`` after,
    so a retried task skips what went out. A ``sending`` claim older than a few minutes belongs to a
    sender that died, and may be taken over.
    """

    class State(models.TextChoices):
        SENDING = "sending", "sending"
        SENT = "sent", "sent"

    key = models.CharField(max_length=255, unique=True)
    state = models.CharField(max_length=8, choices=State.choices, default=State.SENDING)
    claimed_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "sent email"

    def __str__(self):
        return f"{self.key} ({self.state})"
