"""The entrant's page: their feedback, once sent, for the entry's team only (anyone else gets a 404)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .. import feedback as feedback_rules
from .. import selectors


@login_required
def feedback(request, submission_pk):
    entrant_feedback = selectors.entrant_feedback_or_404(request.user, submission_pk)
    submission = entrant_feedback.submission
    challenge = submission.challenge
    scores = feedback_rules.entrant_scores(submission) if feedback_rules.shows_scores(challenge) else []
    return render(
        request,
        "judging/entrant/feedback.html",
        {"feedback": entrant_feedback, "submission": submission, "challenge": challenge, "scores": scores},
    )
