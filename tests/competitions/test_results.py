"""Results: averaged per round, ranked within each track (pitched entries first), and published as a snapshot."""

import datetime
from dataclasses import dataclass, field

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult

from challenges.models import Registration, Submission, SubmissionStatus
from competitions import results
from competitions.models import ResultEntry
from judging.models import EntryStatus, Evaluation, PhaseKind
from judging.reviews import save_review
from tests.challenges.factories import make_member
from tests.competitions.factories import ApplicationFactory, competition_staff, competition_with_form
from tests.judging.factories import CriterionFactory, EvaluationPhaseFactory, JudgeAssignmentFactory, entry

pytestmark = pytest.mark.django_db


@dataclass
class Round:
    phase: object
    criterion: object
    judges: list = field(default_factory=list)

    def score(self, submission, *values):
        """Each judge in turn scores ``submission`` (0–10 on the one criterion: 10 points each on 0–100)."""
        for judge, value in zip(self.judges, values, strict=True):
            save_review(judge, submission, {self.criterion.pk: value}, "Clear plan, credible team.", "en")

    def close(self):
        self.phase.closes_at = timezone.now() - datetime.timedelta(minutes=1)
        self.phase.save(update_fields=["closes_at"])

    def reopen(self):
        self.phase.closes_at = timezone.now() + datetime.timedelta(days=1)
        self.phase.save(update_fields=["closes_at"])


def judged_round(challenge, kind, pool, position, name):
    phase = EvaluationPhaseFactory(
        challenge=challenge, kind=kind, entry_status=pool, position=position, name_en=name, name_zh_hans=name
    )
    criterion = CriterionFactory(phase=phase, scale_max=10)
    return Round(phase, criterion, [JudgeAssignmentFactory(phase=phase) for _ in range(2)])


@dataclass
class Competition:
    competition: object
    tracks: dict
    online: Round
    pitch: Round
    entries: dict = field(default_factory=dict)

    def add(self, name, track, status=EntryStatus.ELIGIBLE, team_name=""):
        submission = entry(self.competition.challenge, status=EntryStatus.ELIGIBLE, user=make_member(), title=name)
        if team_name:
            Registration.objects.filter(pk=submission.registration_id).update(team_name=team_name)
        ApplicationFactory(submission=submission, track=self.tracks[track])
        self.entries[name] = submission
        self.move(name, status)
        return submission

    def move(self, name, status):
        Evaluation.objects.filter(submission=self.entries[name]).update(status=status)

    def close(self):
        self.online.close()
        self.pitch.close()


def new_competition():
    competition, tracks, _questions = competition_with_form(
        publish_at=timezone.now() - datetime.timedelta(days=40),
        submission_deadline=timezone.now() - datetime.timedelta(days=1),
    )
    challenge = competition.challenge
    return Competition(
        competition,
        tracks,
        online=judged_round(challenge, PhaseKind.REVIEW, EntryStatus.ELIGIBLE, 1, "Online round"),
        pitch=judged_round(challenge, PhaseKind.PITCH, EntryStatus.FINALIST, 2, "Pitch round"),
    )


@pytest.fixture
def judged():
    """Haikou: A and B pitched (A better on the day, B better online), C was scored online then not
    selected, D only scored online, E ineligible and F never scored. Overseas: G and H tie, I behind."""
    judged = new_competition()
    online, pitch = judged.online, judged.pitch
    for name, track, status in (
        ("A", "haikou", EntryStatus.FINALIST),
        ("B", "haikou", EntryStatus.FINALIST),
        ("C", "haikou", EntryStatus.ELIGIBLE),
        ("D", "haikou", EntryStatus.ELIGIBLE),
        ("E", "haikou", EntryStatus.INELIGIBLE),
        ("F", "haikou", EntryStatus.ELIGIBLE),
        ("G", "overseas", EntryStatus.FINALIST),
        ("H", "overseas", EntryStatus.FINALIST),
        ("I", "overseas", EntryStatus.ELIGIBLE),
    ):
        judged.add(name, track, status)
    entries = judged.entries
    online.score(entries["A"], 6, 6)
    pitch.score(entries["A"], 9, 9)
    online.score(entries["B"], 10, 9)
    pitch.score(entries["B"], 7, 7)
    online.score(entries["C"], 8, 8)
    judged.move("C", EntryStatus.NOT_SELECTED)
    online.score(entries["D"], 5, 5)
    online.score(entries["G"], 7, 7)
    pitch.score(entries["G"], 8, 8)
    online.score(entries["H"], 7, 7)
    pitch.score(entries["H"], 9, 7)
    online.score(entries["I"], 4, 4)
    return judged


@pytest.fixture
def staff():
    return competition_staff()


def ranking(competition):
    """``{track name: [(project, place, online, pitch)]}`` as ``standings`` ranks them."""
    return {
        track.name: [(row.application.submission.title, row.rank, row.online, row.pitch) for row in rows]
        for track, rows in results.standings(competition)
    }


def places(track_rows):
    return [(row.project_title, row.rank) for row in track_rows]


def published_places(competition):
    return {track.name: places(rows) for track, rows in results.published(competition)}


def test_pitched_entries_rank_first_by_their_pitch_average(judged):
    haikou = ranking(judged.competition)["Haikou"]

    assert [(title, place) for title, place, _online, _pitch in haikou[:2]] == [("A", 1), ("B", 2)]


def test_entries_that_did_not_pitch_follow_by_their_online_average(judged):
    haikou = ranking(judged.competition)["Haikou"]

    assert haikou[2:] == [("C", 3, 80.0, None), ("D", 4, 50.0, None)]


def test_each_round_shows_the_judges_average(judged):
    haikou = ranking(judged.competition)["Haikou"]

    assert haikou[:2] == [("A", 1, 60.0, 90.0), ("B", 2, 95.0, 70.0)]


def test_equal_scores_share_a_place_and_the_next_place_is_skipped(judged):
    assert ranking(judged.competition)["Overseas"] == [
        ("G", 1, 70.0, 80.0),
        ("H", 1, 70.0, 80.0),
        ("I", 3, 40.0, None),
    ]


def test_each_track_is_ranked_on_its_own_in_track_order(judged):
    standings = results.standings(judged.competition)

    assert [track.name for track, _rows in standings] == ["Haikou", "Overseas"]
    assert [row.rank for row in standings[1][1]][0] == 1


def test_unscored_and_ineligible_entries_are_not_ranked(judged):
    listed = {title for rows in ranking(judged.competition).values() for title, *_rest in rows}

    assert "E" not in listed
    assert "F" not in listed


def test_an_entry_not_selected_after_the_online_round_keeps_its_place(judged):
    assert ("C", 3, 80.0, None) in ranking(judged.competition)["Haikou"]


def test_a_withdrawn_entry_is_not_ranked(judged):
    Submission.objects.filter(pk=judged.entries["D"].pk).update(status=SubmissionStatus.WITHDRAWN)

    assert [title for title, *_rest in ranking(judged.competition)["Haikou"]] == ["A", "B", "C"]


def test_the_online_round_is_the_first_review_and_the_pitch_round_the_last_pitch():
    judged = new_competition()
    challenge = judged.competition.challenge
    EvaluationPhaseFactory(challenge=challenge, kind=PhaseKind.REVIEW, position=3)
    final_pitch = EvaluationPhaseFactory(challenge=challenge, kind=PhaseKind.PITCH, position=4)

    assert results.rounds(judged.competition) == (judged.online.phase, final_pitch)


# Publishing


def test_results_cannot_be_published_while_a_round_is_open(judged, staff):
    judged.online.close()

    with pytest.raises(ValidationError) as refused:
        results.publish(judged.competition, staff)

    assert refused.value.code == "rounds_open"
    assert "Pitch round" in refused.value.messages[0]
    judged.competition.refresh_from_db()
    assert not judged.competition.has_results
    assert not ResultEntry.objects.exists()


def test_only_staff_publish_results(judged):
    judged.close()

    with pytest.raises(ValidationError) as refused:
        results.publish(judged.competition, judged.competition.challenge.owner)

    assert refused.value.code == "not_staff"
    assert not ResultEntry.objects.exists()


def test_there_is_nothing_to_publish_before_any_entry_is_scored(staff):
    judged = new_competition()
    judged.add("A", "haikou")
    judged.close()

    with pytest.raises(ValidationError) as refused:
        results.publish(judged.competition, staff)

    assert refused.value.code == "empty"


def test_nothing_is_published_before_publication(judged):
    assert results.published(judged.competition) == []


def test_published_results_show_each_tracks_ranking(judged, staff):
    judged.close()
    now = timezone.now()

    competition = results.publish(judged.competition, staff, now=now)

    assert competition.results_published_at == now
    assert competition.results_published_by == staff
    assert published_places(competition) == {
        "Haikou": [("A", 1), ("B", 2), ("C", 3), ("D", 4)],
        "Overseas": [("G", 1), ("H", 1), ("I", 3)],
    }


def test_a_published_row_keeps_the_scores_and_status_it_had(judged, staff):
    judged.close()

    competition = results.publish(judged.competition, staff)

    first = results.published(competition)[0][1][0]
    assert (first.online_score, first.pitch_score, first.entry_status) == (60.0, 90.0, EntryStatus.FINALIST)


def test_a_published_row_names_the_team_or_the_lead_never_their_email(staff):
    judged = new_competition()
    named = judged.add("A", "haikou", team_name="Blue Tide")
    unnamed = judged.add("B", "haikou")
    judged.online.score(named, 8, 8)
    judged.online.score(unnamed, 7, 7)
    judged.close()

    competition = results.publish(judged.competition, staff)

    rows = results.published(competition)[0][1]
    assert [row.entrant_name for row in rows] == ["Blue Tide", ""]
    assert unnamed.registration.user.email not in {row.entrant_name for row in rows}


def test_a_changed_score_moves_no_published_place_until_published_again(judged, staff):
    judged.close()
    competition = results.publish(judged.competition, staff)
    judged.pitch.reopen()
    judged.pitch.score(judged.entries["B"], 10, 10)
    judged.pitch.close()

    assert published_places(competition)["Haikou"][:2] == [("A", 1), ("B", 2)]

    competition = results.publish(competition, staff)

    assert published_places(competition)["Haikou"][:2] == [("B", 1), ("A", 2)]


def test_publishing_again_replaces_the_earlier_rows(judged, staff):
    judged.close()
    results.publish(judged.competition, staff)

    results.publish(judged.competition, staff)

    assert ResultEntry.objects.count() == 7


def test_withdrawn_results_are_no_longer_published(judged, staff):
    judged.close()
    competition = results.publish(judged.competition, staff)

    results.withdraw(competition, staff)

    competition.refresh_from_db()
    assert not competition.has_results
    assert results.published(competition) == []
    assert not ResultEntry.objects.exists()


def test_only_staff_withdraw_results(judged, staff):
    judged.close()
    competition = results.publish(judged.competition, staff)

    with pytest.raises(ValidationError):
        results.withdraw(competition, competition.challenge.owner)

    competition.refresh_from_db()
    assert competition.has_results
    assert ResultEntry.objects.count() == 7


def standings_queries(entries):
    judged = new_competition()
    for number in range(entries):
        name = f"Project {number}"
        submission = judged.add(name, "haikou" if number % 2 else "overseas", EntryStatus.FINALIST)
        judged.online.score(submission, 5 + number % 5, 6)
        judged.pitch.score(submission, 7, 4 + number % 6)
    with CaptureQueriesContext(connection) as queries:
        ranked = results.standings(judged.competition)
    assert sum(len(rows) for _track, rows in ranked) == entries
    return len(queries)


def test_the_queries_for_the_standings_do_not_grow_with_the_entries():
    assert standings_queries(6) == standings_queries(2)


def test_the_first_publication_queues_the_applicants_emails(judged, staff, django_capture_on_commit_callbacks):
    judged.close()

    with django_capture_on_commit_callbacks(execute=True):
        competition = results.publish(judged.competition, staff)

    queued = DBTaskResult.objects.filter(task_path="competitions.results.tell_applicants")
    assert [task.args_kwargs["args"] for task in queued] == [[competition.pk]]


def test_a_correction_tells_nobody_even_after_the_results_were_taken_down(
    judged, staff, django_capture_on_commit_callbacks
):
    judged.close()
    with django_capture_on_commit_callbacks(execute=True):
        competition = results.publish(judged.competition, staff)
        results.withdraw(competition, staff)
        results.publish(competition, staff)
        results.publish(competition, staff)

    assert DBTaskResult.objects.filter(task_path="competitions.results.tell_applicants").count() == 1


def test_the_demo_publishes_without_telling_anyone(judged, staff, django_capture_on_commit_callbacks):
    judged.close()
    with django_capture_on_commit_callbacks(execute=True):
        results.publish(judged.competition, staff, notify=False)

    assert not DBTaskResult.objects.filter(task_path="competitions.results.tell_applicants").exists()


def test_each_ranked_applicant_is_emailed_their_place_in_their_language(judged, staff):
    judged.close()
    lead_a = judged.entries["A"].registration.user
    lead_a.profile.preferred_language = "zh-hans"
    lead_a.profile.save()
    competition = results.publish(judged.competition, staff, notify=False)
    mail.outbox.clear()

    assert results.tell_applicants.call(competition.pk) == 7  # A, B, C, D and G, H, I: not E nor F

    (to_a,) = [message for message in mail.outbox if lead_a.email in message.to]
    with translation.override("zh-hans"):
        placed = translation.gettext(
            "The results of “%(title)s” are published. Your project “%(project)s” is placed %(place)s in the "
            "%(track)s track."
        ) % {"title": competition.challenge.title, "project": "A", "place": 1, "track": "海口赛区"}
    assert placed in to_a.body.replace("\n", " ")
    lead_i = judged.entries["I"].registration.user
    (to_i,) = [message for message in mail.outbox if lead_i.email in message.to]
    assert "Your project “I” is placed 3 in the Overseas track." in to_i.body.replace("\n", " ")


def test_results_taken_down_before_the_worker_ran_email_nobody(judged, staff):
    judged.close()
    competition = results.publish(judged.competition, staff, notify=False)
    results.withdraw(competition, staff)
    mail.outbox.clear()

    assert results.tell_applicants.call(competition.pk) == 0
    assert mail.outbox == []


def test_float_noise_in_an_average_neither_orders_nor_separates_entries():
    """A's pitch average carries float noise (80.00000000000001), B's is 80.0: both read "80.0", so the pitch
    is a tie and B's better online score puts B first."""
    a = results.Standing(application=None, online=50.0, pitch=80.00000000000001)
    b = results.Standing(application=None, online=90.0, pitch=80.0)

    assert sorted([a, b], key=lambda row: row.key) == [b, a]
    assert a.key[:2] == b.key[:2]
