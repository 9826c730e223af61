"""Results: every scored application averaged in each round, ranked within its track, and published by staff.

The online round is the competition's first written-review phase, the pitch round its last pitch phase
(``judging.PhaseKind``). An entry's averages are ``judging.standings``' (counted reviews only). Within a
track, entries that pitched come first, by their pitch average, then the rest by their online average;
equal scores share a place. Unscored entries (ineligible, or never reached) are not ranked.

Publishing needs every round closed, and snapshots the ranking (``ResultEntry``): a later change to a score
does not move a published place until staff publish again. Queries do not grow with the number of entries.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from challenges.choices import SubmissionStatus
from challenges.models import Submission
from core.emails import recipient_language, send_templated_email_to
from judging.choices import PhaseKind
from judging.selectors import public_entrant_name
from judging.standings import phase_standings, ranks

from .access import is_competition_staff
from .models import Application, Competition, ResultEntry


@dataclass
class Standing:
    application: Application
    online: float | None
    pitch: float | None
    rank: int | None = None

    @property
    def key(self):
        """Pitched first, by pitch average, then by online average; averages rounded so that float noise
        (80.00000000000001 against 80.0) neither orders nor separates two entries the page shows alike."""
        return (self.pitch is None, -round(self.pitch or 0, 6), self.online is None, -round(self.online or 0, 6))


def rounds(competition):
    """``(online phase or None, pitch phase or None)``."""
    phases = list(competition.challenge.evaluation_phases.order_by("position", "pk"))
    online = next((phase for phase in phases if phase.kind == PhaseKind.REVIEW), None)
    pitch = next((phase for phase in reversed(phases) if phase.kind == PhaseKind.PITCH), None)
    return online, pitch


def _averages(phase, entries):
    if phase is None:
        return {}
    return {entry.submission.pk: entry.average for entry in phase_standings(phase, entries).entries}


def standings(competition):
    """``[(track, [Standing ranked])]`` in track order; only entries with an online or pitch average."""
    online, pitch = rounds(competition)
    entries = Submission.objects.filter(application__competition=competition, status=SubmissionStatus.SUBMITTED)
    online_averages, pitch_averages = _averages(online, entries), _averages(pitch, entries)
    applications = (
        Application.objects.filter(competition=competition, submission__status=SubmissionStatus.SUBMITTED)
        .select_related("submission__registration__user__profile", "submission__evaluation", "track")
        .order_by("pk")
    )
    by_track = {track.pk: (track, []) for track in competition.tracks.all()}
    for application in applications:
        standing = Standing(
            application, online_averages.get(application.submission_id), pitch_averages.get(application.submission_id)
        )
        if (standing.online is not None or standing.pitch is not None) and application.track_id in by_track:
            by_track[application.track_id][1].append(standing)
    result = []
    for track, rows in by_track.values():
        rows.sort(key=lambda row: (row.key, row.application.submission.reference or ""))
        for row, place in zip(rows, _places([row.key for row in rows]), strict=True):
            row.rank = place
        result.append((track, rows))
    return result


def _places(keys):
    """1, 2, 2, 4 …: equal keys share a place (``judging.standings.ranks`` over the keys' order)."""
    order = {key: index for index, key in enumerate(sorted(set(keys)))}
    return ranks([float(order[key]) for key in keys])


def unclosed_rounds(competition, now=None):
    now = now or timezone.now()
    return [phase for phase in competition.challenge.evaluation_phases.all() if phase.is_open(now)]


def _require_staff(user):
    if not is_competition_staff(user):
        raise ValidationError(_("Only the platform's staff can publish results."), code="not_staff")


def publish(competition, user, now=None, notify=True):
    """Snapshot the ranking as the published results (replacing any earlier ones).

    The first publication emails every ranked applicant their place, in the background
    (``tell_applicants``); a later one (a correction, even after the results were taken down) does not, nor
    does ``notify=False`` (the demo).
    """
    _require_staff(user)
    now = now or timezone.now()
    still_open = unclosed_rounds(competition, now)
    if still_open:
        raise ValidationError(
            _("Scoring is still open in: %(rounds)s. Publish once every round has closed.")
            % {"rounds": ", ".join(phase.name for phase in still_open)},
            code="rounds_open",
        )
    ranked = standings(competition)
    if not any(rows for _track, rows in ranked):
        raise ValidationError(_("No entry has been scored yet: there are no results to publish."), code="empty")
    with transaction.atomic():
        competition = Competition.objects.select_for_update().get(pk=competition.pk)
        tell = notify and competition.applicants_told_at is None  # withdrawing and publishing again tells nobody
        competition.results.all().delete()
        ResultEntry.objects.bulk_create(
            ResultEntry(
                competition=competition,
                track=track,
                application=row.application,
                rank=row.rank,
                online_score=row.online,
                pitch_score=row.pitch,
                entry_status=getattr(getattr(row.application.submission, "evaluation", None), "status", ""),
                entrant_name=public_entrant_name(row.application.submission)[:200],
                project_title=row.application.submission.title[:200],
            )
            for track, rows in ranked
            for row in rows
        )
        competition.results_published_at = now
        competition.results_published_by = user
        fields = ["results_published_at", "results_published_by"]
        if tell:
            competition.applicants_told_at = now
            fields.append("applicants_told_at")
            pk = competition.pk
            transaction.on_commit(lambda: tell_applicants.enqueue(pk))
        competition.save(update_fields=fields)
    return competition


@task(backend="background")
def tell_applicants(competition_pk):
    """Email each ranked applicant's team lead their published place, in their language. Returns the count."""
    competition = Competition.objects.filter(pk=competition_pk, results_published_at__isnull=False).first()
    if competition is None:  # taken down before the worker ran
        return 0
    entries = competition.results.select_related(
        "track", "application__submission__registration__user__profile", "competition__challenge"
    )
    sent = 0
    for entry in entries:
        lead = entry.application.submission.registration.user
        language = recipient_language(lead)
        with translation.override(language):
            path = reverse("competitions:results", args=[competition.pk])
        sent += send_templated_email_to(
            lead.email,
            language,
            "competitions/email/results_published",
            {
                "user": lead,
                "entry": entry,
                "competition": competition,
                "challenge": competition.challenge,
                "path": path,
            },
            robust=True,
        )
    return sent


def withdraw(competition, user):
    """Take the results down (the snapshot is deleted)."""
    _require_staff(user)
    with transaction.atomic():
        competition.results.all().delete()
        competition.results_published_at = None
        competition.results_published_by = None
        competition.save(update_fields=["results_published_at", "results_published_by"])


def published(competition):
    """``[(track, [ResultEntry])]`` of the published results, in track order (empty before publication)."""
    if not competition.has_results:
        return []
    by_track = {track.pk: (track, []) for track in competition.tracks.all()}
    for entry in competition.results.all():
        if entry.track_id in by_track:
            by_track[entry.track_id][1].append(entry)
    return [(track, rows) for track, rows in by_track.values() if rows]
