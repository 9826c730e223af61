"""The demo's finished competition: two tracks, six applications, an online and a pitch round, published results."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.db import transaction
from django.utils.html import escape

from challenges.models import Challenge, Registration, Submission
from competitions import results
from competitions.models import Application, ApplicationQuestion, Competition, ResultEntry, Track
from demo.challenges_loader import load_challenges
from demo.competitions_loader import load_competitions
from demo.marketplace_loader import load_marketplace
from demo.staff_loader import ensure_users
from judging.choices import PhaseKind
from judging.models import Decision, EntryStatus, EvaluationPhase, JudgeAssignment, PitchSlot, Recusal, Review

pytestmark = pytest.mark.django_db

MODELS = (
    Challenge,
    Competition,
    Track,
    ApplicationQuestion,
    Registration,
    Submission,
    Application,
    EvaluationPhase,
    JudgeAssignment,
    Review,
    Decision,
    PitchSlot,
    ResultEntry,
)


@pytest.fixture(scope="module")
def demo_competition(django_db_setup, django_db_blocker):
    """Marketplace, staff, challenges and the finished competition, loaded once and rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        mail.outbox = []
        load_marketplace()
        ensure_users(Group.objects.get_or_create(name="Editors")[0], Group.objects.get_or_create(name="Moderators")[0])
        load_challenges()  # gives the moderators the challenge permission the judging desk needs
        loaded = load_competitions()
        loaded["emails"] = len(mail.outbox)
        yield loaded
        transaction.set_rollback(True)


def _competition(demo_competition):
    return Competition.objects.select_related("challenge").get(pk=demo_competition["competition"])


def test_the_competition_is_public_closed_and_has_a_haikou_and_an_overseas_track(demo_competition):
    competition = _competition(demo_competition)

    assert competition.challenge.title_zh_hans == "国际离岸创新创业大赛"
    assert Challenge.objects.closed_for_submissions().filter(pk=competition.challenge_id).exists()
    assert [(track.name_en, track.name_zh_hans) for track in competition.tracks.all()] == [
        ("Haikou", "海口赛区"),
        ("Overseas", "海外赛区"),
    ]


def test_every_application_meets_the_form_s_eligibility_rules(demo_competition):
    competition = _competition(demo_competition)
    questions = {question.label_en: question for question in competition.questions.all()}
    stage = questions["What stage is your company at?"]
    team = questions["How many full-time members does your team have?"]

    assert len(questions) == 6 and all(question.label_zh_hans for question in questions.values())
    assert stage.options_zh_hans.splitlines() == ["创意阶段", "种子轮", "A轮", "B轮"]
    for application in competition.applications.all():
        assert application.answers[str(stage.pk)] in ("Seed", "Series A")
        assert int(application.answers[str(team.pk)]) >= 2
    assert [track.applications.count() for track in competition.tracks.all()] == [3, 3]


def test_the_finalists_pitch_in_the_room_or_online_and_both_rounds_are_closed(demo_competition):
    online, pitch = results.rounds(_competition(demo_competition))
    slots = list(pitch.pitch_slots.select_related("submission__application__track"))

    assert online.kind == PhaseKind.REVIEW and pitch.kind == PhaseKind.PITCH
    assert not online.is_open() and not pitch.is_open()
    assert len(slots) == 4
    for slot in slots:
        if slot.submission.application.track.name_en == "Overseas":
            assert slot.online_link and not slot.room
        else:
            assert slot.room == "Haikou Fortune Plaza, Room 3"


def test_two_judges_scored_every_entry_of_each_round_and_nobody_was_recused(demo_competition):
    online, pitch = results.rounds(_competition(demo_competition))

    assert Review.objects.filter(assignment__phase=online).count() == 12
    assert Review.objects.filter(assignment__phase=pitch).count() == 8
    assert not Recusal.objects.filter(assignment__phase__in=[online, pitch]).exists()


def test_the_published_results_have_one_winner_at_the_top_of_each_track(demo_competition):
    published = results.published(_competition(demo_competition))

    assert [track.name_en for track, _rows in published] == ["Haikou", "Overseas"]
    for _track, rows in published:
        assert [row.rank for row in rows] == [1, 2, 3]
        assert [row.entry_status for row in rows] == [
            EntryStatus.WINNER,
            EntryStatus.FINALIST,
            EntryStatus.NOT_SELECTED,
        ]
    winners = {track.name_en: rows[0].entrant_name for track, rows in published}
    assert winners == {"Haikou": "蓝测科技 BlueProbe Sensing", "Overseas": "Arktika Marine Therapeutics"}


def test_every_decision_was_recorded_by_the_moderator_after_the_deadline(demo_competition):
    competition = _competition(demo_competition)
    decisions = Decision.objects.filter(evaluation__submission__challenge=competition.challenge)

    assert {decision.decided_by.username for decision in decisions} == {"moderator"}
    assert all(decision.decided_at > competition.challenge.submission_deadline for decision in decisions)
    assert decisions.filter(to_status=EntryStatus.WINNER).count() == 2


@pytest.mark.parametrize(
    ("language", "names", "winner_title"),
    [
        ("en", ["Haikou", "Overseas"], "Antifungal drug leads from Arctic marine microorganisms"),
        ("zh-hans", ["海口赛区", "海外赛区"], "源自北极海洋微生物的抗真菌候选药物"),
    ],
)
def test_the_results_page_shows_both_tracks_and_the_winners_in_each_language(
    demo_competition, client, language, names, winner_title
):
    response = client.get(f"/{language}/competitions/{demo_competition['competition']}/results/")

    assert response.status_code == 200
    page = response.content.decode()
    assert all(f">{name}</h2>" in page for name in names)
    assert winner_title in page and "Arktika Marine Therapeutics" in page


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_competition_its_challenge_and_the_archive_render_in_each_language(demo_competition, client, language):
    competition = _competition(demo_competition)
    title = competition.challenge.title_en if language == "en" else competition.challenge.title_zh_hans
    paths = [
        f"/{language}/competitions/{competition.pk}/",
        f"/{language}/challenges/{competition.challenge_id}/",
        f"/{language}/competitions/archive/",
    ]

    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert escape(title) in response.content.decode(), path


def test_loading_the_demo_competition_sends_no_email_and_a_second_run_changes_nothing(demo_competition):
    before = {model.__name__: model.objects.count() for model in MODELS}

    again = load_competitions()

    assert demo_competition["emails"] == 0
    assert again["created"] is False and again["competition"] == demo_competition["competition"]
    assert {model.__name__: model.objects.count() for model in MODELS} == before
