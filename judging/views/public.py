"""The public winners' page of a challenge: 404 until staff publish the announcement."""

from django.shortcuts import render

from .. import selectors


def winners(request, challenge_pk):
    announcement = selectors.published_announcement_or_404(challenge_pk)
    challenge = announcement.challenge
    return render(
        request,
        "judging/public/winners.html",
        {"announcement": announcement, "challenge": challenge, "winners": selectors.winners_of(challenge)},
    )
