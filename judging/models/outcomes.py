"""What judging ends in: feedback for every entrant, awards tracked to payment, the winners' announcement,
and the deal a winner and the seeker make once introduced."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.money import format_amount

from ..choices import AwardStatus, Currency, DealOutcome, FeedbackReason


class Feedback(models.Model):
    """What one entrant is told: a reason code and optional text; emailed in the entrant's language."""

    submission = models.OneToOneField("challenges.Submission", on_delete=models.CASCADE, related_name="feedback")
    reason = models.CharField(_("reason"), max_length=30, choices=FeedbackReason.choices)
    text = models.TextField(_("feedback"), max_length=5_000, blank=True)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")

    def __str__(self):
        return f"{self.submission}: {self.get_reason_display()}"


class AwardQuerySet(models.QuerySet):
    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.exclude(status=AwardStatus.PAID).filter(due_on__lt=today)


class Award(models.Model):
    """A winning submission's award, from the decision to the payment (awarded → agreement signed → paid)."""

    submission = models.OneToOneField("challenges.Submission", on_delete=models.CASCADE, related_name="award")
    challenge = models.ForeignKey("challenges.Challenge", on_delete=models.CASCADE, related_name="awards")
    amount = models.PositiveBigIntegerField(_("cash award"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.CNY)
    description = models.CharField(_("award"), max_length=300, blank=True)
    status = models.CharField(_("status"), max_length=30, choices=AwardStatus.choices, default=AwardStatus.AWARDED)
    due_on = models.DateField(_("to be paid by"))
    awarded_at = models.DateTimeField()
    awarded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    agreement_signed_at = models.DateTimeField(null=True, blank=True)
    paid_at = models.DateTimeField(null=True, blank=True)
    overdue_flagged_on = models.DateField(
        null=True, blank=True, help_text="The day staff were last emailed that this award is overdue."
    )

    objects = AwardQuerySet.as_manager()

    class Meta:
        ordering = ["-awarded_at", "-pk"]
        verbose_name = _("award")
        verbose_name_plural = _("awards")

    def __str__(self):
        return f"{self.challenge}: {self.submission}"

    def is_overdue(self, today=None):
        return self.status != AwardStatus.PAID and self.due_on < (today or timezone.localdate())

    @property
    def amount_text(self):
        """The cash award in the active language ("CNY 200,000" / "200,000 元"); "" when not in cash."""
        return format_amount(self.amount, self.currency) if self.amount else ""


class AwardShare(models.Model):
    """A team member's part of a cash award, as agreed at registration (the lead keeps the rest)."""

    award = models.ForeignKey(Award, on_delete=models.CASCADE, related_name="shares")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(max_length=200)
    percent = models.PositiveSmallIntegerField()
    amount = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-percent", "pk"]
        verbose_name = _("award share")
        verbose_name_plural = _("award shares")

    def __str__(self):
        return f"{self.name}: {self.percent} %"

    @property
    def amount_text(self):
        return format_amount(self.amount, self.award.currency) if self.amount else ""


class WinnerAnnouncement(models.Model):
    """The public page of a challenge's winners, with the seeker's statement, once staff publish it."""

    challenge = models.OneToOneField(
        "challenges.Challenge", on_delete=models.CASCADE, related_name="winner_announcement"
    )
    seeker_statement = models.TextField(_("the seeker's statement"), max_length=3_000, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    news_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("winners' announcement")
        verbose_name_plural = _("winners' announcements")

    def __str__(self):
        return str(self.challenge)

    @property
    def is_published(self):
        return self.published_at is not None


class Deal(models.Model):
    """A winner introduced to the seeker (contacts revealed to both), and what came of it."""

    award = models.OneToOneField(Award, on_delete=models.CASCADE, related_name="deal")
    introduced_at = models.DateTimeField()
    introduced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=DealOutcome.choices, blank=True)
    value = models.PositiveBigIntegerField(_("value"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.CNY)
    recorded_at = models.DateTimeField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-introduced_at", "-pk"]
        verbose_name = _("deal")
        verbose_name_plural = _("deals")

    def __str__(self):
        return str(self.award)

    @property
    def value_text(self):
        """The value reported, in the active language; "" when none was given."""
        return format_amount(self.value, self.currency) if self.value else ""
