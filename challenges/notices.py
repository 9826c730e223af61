"""Telling registrants what changed: public answers and amendments, each in the registrant's language.

``notify_public_answer(question)`` and ``notify_amendment(amendment)`` are called once the write has
committed (``transaction.on_commit``); each sends one email per active registrant and accepted team
member, in the language of their profile. A mail server failure is logged, not raised: the answer or
amendment is saved already, and an error page would only make staff repeat it.
"""

from core.emails import recipient_language, send_templated_email_to

from .selectors import challenge_participants


def _notify_participants(challenge, template, context):
    sent = 0
    for user in challenge_participants(challenge):
        sent += send_templated_email_to(
            user.email,
            recipient_language(user),
            template,
            {"user": user, "challenge": challenge, **context},
            robust=True,
        )
    return sent


def notify_public_answer(question):
    """Email every registrant the question and its public answer. Returns the number of emails sent."""
    return _notify_participants(question.challenge, "challenges/email/public_answer", {"question": question})


def notify_amendment(amendment):
    """Email every registrant what changed in the brief. Returns the number of emails sent."""
    return _notify_participants(amendment.challenge, "challenges/email/amendment", {"amendment": amendment})
