"""The public pages of competitions: the current ones, the archive with its winners, a competition's page
with its call to action, and the published results, in both languages."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from challenges.models import Status
from competitions.models import ResultEntry
from judging.choices import EntryStatus, PhaseKind
from tests.challenges.factories import RegistrationFactory, UserFactory, make_member
from tests.competitions.factories import ApplicationFactory, TrackFactory, competition_with_form
from tests.judging.factories import CriterionFactory, EvaluationPhaseFactory, entry

pytestmark = pytest.mark.django_db


def past(**extra):
    """A competition whose deadline passed a month ago."""
    now = timezone.now()
    return competition_with_form(
        publish_at=now - datetime.timedelta(days=90), submission_deadline=now - datetime.timedelta(days=30), **extra
    )


def result(competition, track, rank, title, entrant="", online=None, pitch=None, status=EntryStatus.FINALIST):
    submission = entry(competition.challenge, status=status, title=title)
    application = ApplicationFactory(submission=submission, track=track)
    return ResultEntry.objects.create(
        competition=competition,
        track=track,
        application=application,
        rank=rank,
        online_score=online,
        pitch_score=pitch,
        entry_status=status,
        entrant_name=entrant,
        project_title=title,
    )


def published(competition):
    competition.results_published_at = timezone.now()
    competition.results_note_en = "Congratulations to every team that pitched in Haikou."
    competition.results_note_zh_hans = "祝贺所有在海口路演的团队。"
    competition.save()
    return competition


@pytest.fixture
def finished():
    """A past competition with published results: a winner and a runner-up in each track."""
    competition, tracks, _questions = past()
    result(competition, tracks["haikou"], 1, "Reef Robotics", "Lin Hai", 81.25, 88.04, EntryStatus.WINNER)
    result(competition, tracks["haikou"], 2, "Coconut Fibre Boards", "Wu Mei", 77.5, None)
    result(competition, tracks["overseas"], 1, "Tidal Sensors", "Aroha Ngata", 79.0, 90.5, EntryStatus.WINNER)
    result(competition, tracks["overseas"], 2, "Kelp Packaging", "", None, None)
    return published(competition), tracks


# --- the current competitions -----------------------------------------------------------------------


def test_the_list_shows_a_current_competition_with_its_deadline_in_beijing_time_and_tracks(client):
    competition, _tracks, _questions = competition_with_form(
        submission_deadline=datetime.datetime(2031, 3, 31, 1, 30, tzinfo=datetime.UTC)
    )

    page = client.get("/en/competitions/").content.decode()

    assert competition.challenge.title_en in page
    assert f'href="/en/competitions/{competition.pk}/"' in page
    assert "31 March 2031, 09:30 Beijing time (UTC+8)" in page
    assert "Haikou" in page and "Overseas" in page
    assert 'href="/en/competitions/archive/"' in page


def test_the_list_shows_track_names_in_chinese(client):
    competition_with_form()

    page = client.get("/zh-hans/competitions/").content.decode()

    assert "海口赛区" in page and "海外赛区" in page


def test_the_list_leaves_out_unpublished_and_finished_competitions(client, finished):
    draft, _tracks, _questions = competition_with_form(status=Status.DRAFT)

    page = client.get("/en/competitions/").content.decode()

    assert draft.challenge.title_en not in page
    assert finished[0].challenge.title_en not in page
    assert "No competition is taking applications or being judged right now." in page


def test_the_list_is_paginated(client):
    for _number in range(13):
        competition_with_form()

    first = client.get("/en/competitions/").content.decode()
    second = client.get("/en/competitions/?page=2").content.decode()

    assert "13 competitions" in first and "Page 1 of 2" in first
    assert "Page 2 of 2" in second and second.count('class="card competition-card"') == 1


def test_the_list_reads_a_fixed_number_of_queries(client):
    competition_with_form()
    client.get("/en/competitions/")  # warm up caches (site, settings)
    with CaptureQueriesContext(connection) as one:
        client.get("/en/competitions/")
    for _number in range(3):
        competition_with_form()
    with CaptureQueriesContext(connection) as four:
        client.get("/en/competitions/")

    assert len(four) == len(one)


# --- the archive ------------------------------------------------------------------------------------


def test_the_archive_shows_each_tracks_winner(client, finished):
    competition, _tracks = finished

    page = client.get("/en/competitions/archive/").content.decode()

    assert competition.challenge.title_en in page
    assert "Reef Robotics" in page and "Tidal Sensors" in page
    assert "Coconut Fibre Boards" not in page  # second place is on the results page only
    assert f'href="/en/competitions/{competition.pk}/results/"' in page


def test_the_archive_has_an_empty_state(client):
    competition_with_form()

    page = client.get("/en/competitions/archive/").content.decode()

    assert "No competition has published its results yet." in page


def test_the_archive_reads_a_fixed_number_of_queries(client, finished):
    client.get("/en/competitions/archive/")  # warm up caches (site, settings)
    with CaptureQueriesContext(connection) as one:
        client.get("/en/competitions/archive/")
    for _number in range(3):
        competition, tracks, _questions = past()
        result(competition, tracks["haikou"], 1, "Another winner", status=EntryStatus.WINNER)
        result(competition, tracks["overseas"], 1, "And another", status=EntryStatus.WINNER)
        published(competition)
    with CaptureQueriesContext(connection) as four:
        page = client.get("/en/competitions/archive/").content.decode()

    assert page.count("Another winner") == 3
    assert len(four) == len(one)


# --- a competition's page --------------------------------------------------------------------------


@pytest.fixture
def judged():
    """An open competition judged in an online round (market ×3, team ×2) and a pitch round."""
    competition, tracks, questions = competition_with_form()
    TrackFactory(
        competition=competition,
        name_en="Blue economy",
        description_en="Ocean technology founders.",
        description_zh_hans="海洋科技创业者。",
    )
    online = EvaluationPhaseFactory(challenge=competition.challenge, name_en="Online round", position=1)
    CriterionFactory(phase=online, name_en="Market", name_zh_hans="市场", weight=3)
    CriterionFactory(phase=online, name_en="Team", name_zh_hans="团队", weight=2)
    EvaluationPhaseFactory(
        challenge=competition.challenge,
        name_en="Final pitch",
        kind=PhaseKind.PITCH,
        position=2,
        entry_status=EntryStatus.FINALIST,
    )
    return competition


def url(competition, language="en"):
    return f"/{language}/competitions/{competition.pk}/"


def test_the_page_shows_the_challenge_tracks_rounds_and_deadline(client, judged):
    challenge = judged.challenge

    page = client.get(url(judged)).content.decode()

    assert challenge.title_en in page and challenge.summary_en in page
    assert f'href="/en/challenges/{challenge.pk}/"' in page
    assert "2026 edition" in page
    assert "Blue economy" in page and "Ocean technology founders." in page
    assert "Online round" in page and "Final pitch" in page
    assert "<td>Market</td><td>3</td>" in page and "<td>Team</td><td>2</td>" in page
    assert "The finalists pitch live to a panel of judges" in page
    assert "Beijing time (UTC+8)" in page


def test_the_page_reads_tracks_and_criteria_in_chinese(client, judged):
    page = client.get(url(judged, "zh-hans")).content.decode()

    assert "海口赛区" in page and "海洋科技创业者。" in page and "<td>市场</td>" in page


def test_a_competition_that_is_not_public_is_not_found(client):
    draft, _tracks, _questions = competition_with_form(status=Status.DRAFT)

    assert client.get(url(draft)).status_code == 404
    assert client.get("/en/competitions/99999999999999999999/").status_code == 404


def test_a_visitor_is_asked_to_sign_in_to_apply(client, judged):
    page = client.get(url(judged)).content.decode()

    assert "Sign in to apply" in page and "/accounts/login/?next=" in page


def test_a_signed_in_visitor_is_sent_to_register_for_the_challenge_first(client, judged):
    client.force_login(make_member())

    page = client.get(url(judged)).content.decode()

    assert f'href="/en/challenges/{judged.challenge.pk}/register/"' in page


def test_a_registered_solver_is_sent_to_the_application_form(client, judged):
    registration = RegistrationFactory(challenge=judged.challenge, user=make_member())
    client.force_login(registration.user)

    page = client.get(url(judged)).content.decode()

    assert f'href="/en/competitions/{judged.pk}/apply/"' in page


def test_an_applicant_is_offered_their_application(client, judged):
    submission = entry(judged.challenge, status=EntryStatus.AWAITING_SCREENING)
    ApplicationFactory(submission=submission, track=judged.tracks.first())
    client.force_login(submission.registration.user)

    page = client.get(url(judged)).content.decode()

    assert "View your application" in page
    assert f'href="/en/competitions/{judged.pk}/application/"' in page


def test_after_the_deadline_the_page_says_applications_are_closed(client, finished):
    client.force_login(UserFactory())

    page = client.get(url(finished[0])).content.decode()

    assert "Applications to this competition are closed." in page
    assert f'href="/en/competitions/{finished[0].pk}/results/"' in page


# --- results -----------------------------------------------------------------------------------------


def results_url(competition, language="en"):
    return f"/{language}/competitions/{competition.pk}/results/"


def test_results_show_place_project_entrant_and_both_rounds_to_one_decimal(client, finished):
    page = client.get(results_url(finished[0])).content.decode()

    assert "Reef Robotics" in page and "Lin Hai" in page
    assert "<td>81.2</td>" in page or "<td>81.3</td>" in page
    assert "<td>88.0</td>" in page and "<td>90.5</td>" in page
    assert "Congratulations to every team that pitched in Haikou." in page


def test_results_mark_the_winners_and_show_a_dash_without_a_score(client, finished):
    page = client.get(results_url(finished[0])).content.decode()

    assert page.count("competition-winner-row") == 2
    kelp_row = page.split("Kelp Packaging")[1].split("</tr>")[0]
    assert kelp_row.count("<td>—</td>") == 3  # no entrant name, no online and no pitch score


def test_results_read_in_chinese(client, finished):
    page = client.get(results_url(finished[0], "zh-hans")).content.decode()

    assert "海口赛区" in page and "海外赛区" in page and "祝贺所有在海口路演的团队。" in page
    assert 'hreflang="en"' in page and f"/en/competitions/{finished[0].pk}/results/" in page


def test_results_are_not_found_before_they_are_published(client, judged):
    assert client.get(results_url(judged)).status_code == 404
