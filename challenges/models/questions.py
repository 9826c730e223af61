"""Questions registrants ask about a challenge, answered publicly or privately by staff or the seeker."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import AnswerVisibility


class QuestionQuerySet(models.QuerySet):
    def answered_publicly(self):
        return self.filter(answered_at__isnull=False, visibility=AnswerVisibility.PUBLIC)


class Question(models.Model):
    challenge = models.ForeignKey("challenges.Challenge", on_delete=models.CASCADE, related_name="questions")
    asker = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="challenge_questions"
    )
    text = models.TextField(_("question"), max_length=2_000)
    language = models.CharField(max_length=10, choices=settings.LANGUAGES)
    answer = models.TextField(_("answer"), max_length=4_000, blank=True)
    visibility = models.CharField(
        _("who sees the answer"), max_length=10, choices=AnswerVisibility.choices, default=AnswerVisibility.PUBLIC
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text[:60]
