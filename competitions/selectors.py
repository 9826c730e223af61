"""Reads other modules and apps ask of competitions: public competitions, the archive, links for the challenge page."""

from django.db.models import Prefetch, Q
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from challenges.hooks import PageLink
from judging.choices import EntryStatus
from parks.choices import ParkType
from parks.models import ParkIndexPage
from services.models import ServicePage
from services.selectors import service_catalogue

from .models import Competition, ResultEntry


def public_competitions(now=None):
    return Competition.objects.public(now).select_related("challenge__organisation")


def current(now=None):
    """Public competitions still taking applications or being judged (results not yet published)."""
    return public_competitions(now).filter(results_published_at__isnull=True).order_by("challenge__submission_deadline")


def archive(now=None):
    """Past competitions with published results, newest edition first."""
    return public_competitions(now).with_results().order_by("-edition", "-results_published_at")


def archive_with_winners(now=None):
    """The archive, each competition with ``winners``: its first places and winners, in track order."""
    winners = ResultEntry.objects.filter(Q(rank=1) | Q(entry_status=EntryStatus.WINNER)).select_related("track")
    return archive(now).prefetch_related(Prefetch("results", queryset=winners, to_attr="winners"))


def public_competition_or_404(pk, now=None):
    competition = public_competitions(now).filter(pk=pk).first() if isinstance(pk, int) else None
    if competition is None:
        raise Http404
    return competition


def competition_of(challenge):
    """The competition ``challenge`` is, or None (one query, none if already cached on the challenge)."""
    try:
        return challenge.competition
    except Competition.DoesNotExist:
        return None


def application_form_url(challenge):
    """The challenges hook: solvers of a competition apply through its form."""
    competition = competition_of(challenge)
    return reverse("competitions:apply", args=[competition.pk]) if competition else None


def challenge_page_links(challenge):
    """The challenges hook: the competition's page and, once published, its results."""
    competition = competition_of(challenge)
    if competition is None:
        return []
    links = [PageLink(_("Tracks and how to apply"), reverse("competitions:detail", args=[competition.pk]))]
    if competition.has_results:
        links.append(PageLink(_("Results"), reverse("competitions:results", args=[competition.pk])))
    return links


def soft_landing_services():
    """The live services of the catalogue a finalist is invited into (none while there is no catalogue)."""
    catalogue = service_catalogue()
    return ServicePage.objects.in_index(catalogue) if catalogue else ServicePage.objects.none()


def incubators_url(request):
    """The parks directory filtered to incubators, or "" while there is no directory."""
    directory = ParkIndexPage.objects.live().first()
    return f"{directory.get_url(request)}?park_type={ParkType.INCUBATOR}" if directory else ""
