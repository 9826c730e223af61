"""Views: the current competitions, the archive of past ones with their winners, a competition's page, its results.

Thin: the reads are ``selectors`` and ``results``; the competition page's button is decided by
``applicant_panel.call_to_action``. A competition that is not public, or results not yet published, is a 404.
"""

from django.http import Http404
from django.shortcuts import render

from core.pagination import paginate

from .. import results as competition_results
from .. import selectors
from ..applicant_panel import call_to_action

COMPETITIONS_PER_PAGE = 12


def competition_list(request):
    competitions = selectors.current().prefetch_related("tracks")
    return render(
        request,
        "competitions/competition_list.html",
        {"competitions": paginate(request, competitions, COMPETITIONS_PER_PAGE)},
    )


def archive(request):
    return render(
        request,
        "competitions/archive.html",
        {"competitions": paginate(request, selectors.archive_with_winners(), COMPETITIONS_PER_PAGE)},
    )


def competition_detail(request, pk):
    competition = selectors.public_competition_or_404(pk)
    rounds = [
        (phase, list(phase.criteria.all())) for phase in competition_results.rounds(competition) if phase is not None
    ]
    return render(
        request,
        "competitions/competition_detail.html",
        {
            "competition": competition,
            "challenge": competition.challenge,
            "tracks": list(competition.tracks.all()),
            "rounds": rounds,
            "action": call_to_action(request.user, competition),
        },
    )


def results(request, pk):
    competition = selectors.public_competition_or_404(pk)
    if not competition.has_results:
        raise Http404
    return render(
        request,
        "competitions/results.html",
        {
            "competition": competition,
            "challenge": competition.challenge,
            "tracks": competition_results.published(competition),
        },
    )
