"""The public Q&A of a challenge: registrants ask, the seeker or staff answer publicly or privately.

A public answer is shown on the challenge page to everyone and emailed to every registrant (and team
member) once the answer is saved; a private answer only to the person who asked.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from core.i18n import current_language_code

from . import access, notices
from .choices import AnswerVisibility
from .models import Question

# How many questions one person (and one client address) may ask in an hour, over every challenge.
QUESTIONS_PER_HOUR = 10


def may_ask(user, challenge):
    """Only a solver in an active registration's team may ask, while the challenge is public."""
    return challenge.is_public and access.team_registration(user, challenge) is not None


def ask_question(challenge, user, text, language=None):
    """Record ``user``'s question in the language they wrote it in (the page's language by default)."""
    if not may_ask(user, challenge):
        raise PermissionDenied
    return Question.objects.create(
        challenge=challenge, asker=user, text=text, language=language or current_language_code()
    )


def answer_question(question, user, answer, visibility):
    """Answer (or correct the answer to) ``question``; a newly public answer is emailed to every registrant."""
    if not access.manages(user, question.challenge):
        raise PermissionDenied
    with transaction.atomic():
        # Read from the database: a bound ModelForm has already changed the instance in memory.
        was_public = Question.objects.answered_publicly().filter(pk=question.pk).exists()
        question.answer = answer
        question.visibility = visibility
        question.answered_by = user
        question.answered_at = timezone.now()
        question.save(update_fields=["answer", "visibility", "answered_by", "answered_at"])
        if visibility == AnswerVisibility.PUBLIC and not was_public:
            transaction.on_commit(lambda: notices.notify_public_answer(question))
    return question
