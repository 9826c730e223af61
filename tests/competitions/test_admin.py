"""The staff's competitions admin: editing a competition with its tracks and application form in both languages
(with the form's rules checked on the server), and each competition's results desk: standings, publishing and
taking down the results, inviting finalists and winners into the soft-landing services. Staff only."""

import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from challenges.models import Status
from competitions.models import Competition, ResultEntry, SoftLandingInvitation, Track
from judging.models import EntryStatus, EvaluationPhase, PhaseKind
from judging.reviews import save_review
from tests.challenges.factories import ChallengeFactory, UserFactory, make_member
from tests.challenges.test_vetting import staff_user
from tests.competitions.factories import ApplicationFactory, competition_staff, competition_with_form
from tests.judging.factories import CriterionFactory, EvaluationPhaseFactory, JudgeAssignmentFactory, entry

pytestmark = pytest.mark.django_db


def admin(name, *args):
    return reverse(f"competition_admin:{name}", args=args)


@pytest.fixture
def staff(client):
    user = competition_staff()
    client.force_login(user)
    return user


def track_row(**fields):
    return {
        "name_en": "Haikou",
        "name_zh_hans": "海口赛区",
        "description_en": "Startups based in Hainan.",
        "description_zh_hans": "海南本地初创企业。",
        "sort_order": "1",
        **fields,
    }


def question_row(**fields):
    return {
        "section": "team",
        "kind": "short-text",
        "required": "on",
        "label_en": "Who leads the team?",
        "label_zh_hans": "团队负责人是谁？",
        "help_text_en": "",
        "help_text_zh_hans": "",
        "options_en": "",
        "options_zh_hans": "",
        "rule_operator": "",
        "rule_value": "",
        "rule_message_en": "",
        "rule_message_zh_hans": "",
        "sort_order": "1",
        **fields,
    }


def competition_data(challenge, tracks=None, questions=(), initial_tracks=0, initial_questions=0, **fields):
    """The edit form as the admin posts it: the competition's fields and its two inline formsets."""
    data = {
        "challenge": str(challenge.pk),
        "edition": "2026",
        "results_note_en": "",
        "results_note_zh_hans": "",
        "tracks": inline_formset([track_row()] if tracks is None else list(tracks), initial=initial_tracks),
        "questions": inline_formset(list(questions), initial=initial_questions),
        **fields,
    }
    return nested_form_data(data)


def existing_rows(competition, relation, changes=None):
    """The rows the edit page shows for ``competition``'s tracks or questions, with their ids."""
    rows = []
    for item in getattr(competition, relation).all():
        builder = track_row if relation == "tracks" else question_row
        fields = builder()
        row = {name: (getattr(item, name) if getattr(item, name) is not None else "") for name in fields}
        row["required"] = "on" if row.get("required") else ""
        rows.append({**row, "id": str(item.pk), **(changes or {}).get(item.pk, {})})
    return rows


# --- editing a competition ---


def test_staff_add_a_competition_with_its_tracks_and_form_in_both_languages(client, staff):
    challenge = ChallengeFactory()
    data = competition_data(
        challenge,
        tracks=[track_row(), track_row(name_en="Overseas", name_zh_hans="海外赛区", sort_order="2")],
        questions=[
            question_row(),
            question_row(
                section="stage",
                kind="choice",
                label_en="Stage",
                label_zh_hans="发展阶段",
                options_en="Idea\nSeed\nSeries A",
                options_zh_hans="创意\n种子轮\nA轮",
                rule_operator="one-of",
                rule_value="Seed\nSeries A",
                rule_message_en="Seed and Series A only.",
                rule_message_zh_hans="仅限种子轮和A轮。",
                sort_order="2",
            ),
        ],
        results_note_en="Places within each track.",
        results_note_zh_hans="按赛道排名。",
    )

    response = client.post(admin("add"), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    competition = Competition.objects.get(challenge=challenge)
    assert competition.results_note_zh_hans == "按赛道排名。"
    assert [(track.name_en, track.name_zh_hans) for track in competition.tracks.all()] == [
        ("Haikou", "海口赛区"),
        ("Overseas", "海外赛区"),
    ]
    stage = competition.questions.get(kind="choice")
    assert stage.option_pairs()[1] == ("Seed", "Seed")  # the English option is stored
    assert (stage.rule_operator, stage.rule_message_zh_hans) == ("one-of", "仅限种子轮和A轮。")


def test_staff_rename_a_track_remove_a_question_and_add_one(client, staff):
    competition, tracks, questions = competition_with_form()
    kept = questions["team_size"]
    question_rows = [
        {**row, "DELETE": "1"} if row["id"] != str(kept.pk) else row for row in existing_rows(competition, "questions")
    ]
    question_rows.append(question_row(label_en="Your website", label_zh_hans="网站", sort_order="9"))
    data = competition_data(
        competition.challenge,
        tracks=existing_rows(competition, "tracks", {tracks["haikou"].pk: {"name_en": "Hainan"}}),
        questions=question_rows,
        initial_tracks=2,
        initial_questions=len(questions),
    )

    response = client.post(admin("edit", competition.pk), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    assert Track.objects.get(pk=tracks["haikou"].pk).name_en == "Hainan"
    assert sorted(competition.questions.values_list("label_en", flat=True)) == sorted([kept.label_en, "Your website"])


@pytest.mark.parametrize(
    ("question", "message"),
    [
        (
            question_row(kind="choice", options_en="Idea\nSeed", options_zh_hans="创意"),
            "Give as many options in Chinese as in English (2)",
        ),
        (question_row(kind="choice"), "List the options, one per line."),
        (question_row(rule_operator="equals"), "Give the value the rule compares each answer with."),
        (question_row(rule_operator="at-least", rule_value="2"), "rules need a question answered by a number."),
        (question_row(kind="number", rule_operator="at-most", rule_value="a lot"), "Enter a number"),
        (
            question_row(
                kind="choice",
                options_en="Idea\nSeed",
                options_zh_hans="创意\n种子轮",
                rule_operator="one-of",
                rule_value="Seed\nSeries A",
            ),
            "Not among them: Series A",
        ),
        (
            question_row(
                kind="choice",
                options_en="Idea\nSeed",
                options_zh_hans="创意\n种子轮",
                rule_operator="equals",
                rule_value="种子轮",
            ),
            "Write options exactly as listed in English.",
        ),
        (question_row(kind="yes-no", rule_operator="equals", rule_value="maybe"), "Write “yes” or “no”."),
        (question_row(label_zh_hans=""), "This field is required."),
    ],
)
def test_a_question_the_rules_could_not_check_is_refused_with_the_reason(client, staff, question, message):
    challenge = ChallengeFactory()

    response = client.post(admin("add"), competition_data(challenge, questions=[question]))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Competition.objects.filter(challenge=challenge).exists()


def test_a_refused_form_keeps_what_staff_typed(client, staff):
    challenge = ChallengeFactory()
    question = question_row(
        kind="choice", label_en="Sector of the startup", options_en="AI\nHealth", options_zh_hans=""
    )

    html = client.post(admin("add"), competition_data(challenge, questions=[question])).content.decode()

    assert "Sector of the startup" in html
    assert "AI\nHealth" in html


def test_a_competition_needs_a_track(client, staff):
    challenge = ChallengeFactory()

    response = client.post(admin("add"), competition_data(challenge, tracks=[]))

    assert response.status_code == 200
    assert not Competition.objects.filter(challenge=challenge).exists()


def test_a_track_with_applications_cannot_be_removed(client, staff):
    competition, tracks, _questions = competition_with_form()
    ApplicationFactory(submission=entry(competition.challenge), track=tracks["haikou"])
    rows = existing_rows(competition, "tracks", {tracks["haikou"].pk: {"DELETE": "1"}})

    response = client.post(
        admin("edit", competition.pk), competition_data(competition.challenge, tracks=rows, initial_tracks=2)
    )

    assert response.status_code == 200
    assert "A track that applications are in cannot be removed" in response.content.decode()
    assert Track.objects.filter(pk=tracks["haikou"].pk).exists()


def test_only_approved_challenges_not_yet_competitions_can_be_chosen(client, staff):
    free = ChallengeFactory()
    draft = ChallengeFactory(status=Status.DRAFT)
    taken, _tracks, _questions = competition_with_form()

    html = client.get(admin("add")).content.decode()

    assert f'value="{free.pk}"' in html
    assert f'value="{draft.pk}"' not in html
    assert f'value="{taken.challenge.pk}"' not in html


def test_a_competition_with_applications_is_not_deleted(client, staff):
    competition, tracks, _questions = competition_with_form()
    ApplicationFactory(submission=entry(competition.challenge), track=tracks["haikou"])

    response = client.post(admin("delete", competition.pk), follow=True)

    assert "This competition has applications: it cannot be deleted." in response.content.decode()
    assert Competition.objects.filter(pk=competition.pk).exists()


def test_a_competition_nobody_applied_to_is_deleted_with_its_tracks_and_form(client, staff):
    competition, _tracks, _questions = competition_with_form()

    response = client.post(admin("delete", competition.pk))

    assert response.status_code == 302
    assert not Competition.objects.filter(pk=competition.pk).exists()
    assert not Track.objects.exists()


def test_the_list_shows_challenge_year_tracks_and_whether_results_are_published(client, staff):
    competition, _tracks, _questions = competition_with_form()
    Competition.objects.filter(pk=competition.pk).update(results_published_at=timezone.now())

    html = client.get(admin("index")).content.decode()

    listing = html[html.index('class="listing') :]
    cells = [" ".join(cell.split()) for cell in re.findall(r"<td[^>]*>(.*?)</td>", listing, flags=re.S)]
    assert competition.challenge.title in cells[0]
    assert admin("edit", competition.pk) in cells[0]
    assert cells[1:3] == ["2026", "2"]
    assert cells[3].startswith("Published")
    assert admin("results", competition.pk) in html


# --- who may use it ---


@pytest.mark.parametrize("view", ["index", "edit", "results"])
def test_an_admin_user_without_the_permission_is_refused(client, view):
    competition, _tracks, _questions = competition_with_form()
    client.force_login(staff_user())  # may open the admin, not competitions
    url = admin(view) if view == "index" else admin(view, competition.pk)

    response = client.get(url)

    assert response.status_code in (302, 403)
    assert competition.challenge.title.encode() not in response.content


def test_an_admin_user_without_the_permission_cannot_publish(client):
    competition, _phase = judged_competition()
    client.force_login(staff_user())

    response = client.post(admin("publish", competition.pk))

    assert response.status_code in (302, 403)
    assert not ResultEntry.objects.exists()


def test_a_signed_in_member_is_sent_to_the_admin_login(client):
    competition, _tracks, _questions = competition_with_form()
    client.force_login(UserFactory())

    response = client.get(admin("results", competition.pk))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_competitions_menu_item_is_shown_to_competition_staff_only(client, staff):
    assert admin("index").encode() in client.get(reverse("wagtailadmin_home")).content
    client.force_login(staff_user())
    assert admin("index").encode() not in client.get(reverse("wagtailadmin_home")).content


def test_an_unknown_competition_is_not_found(client, staff):
    assert client.get(admin("results", 999_999), follow=True).status_code == 404


# --- the results desk ---


def close_scoring(*phases):
    EvaluationPhase.objects.filter(pk__in=[phase.pk for phase in phases]).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )


def judged_competition(per_track=1, status=EntryStatus.FINALIST, lead=None):
    """A closed competition whose online round scored ``per_track`` entries in each of its two tracks.

    Each entry's score out of 10 falls with its order, so the first of each track leads it. Returns the
    competition and the online round (still open for scoring).
    """
    now = timezone.now()
    competition, tracks, _questions = competition_with_form(
        publish_at=now - datetime.timedelta(days=40), submission_deadline=now - datetime.timedelta(days=1)
    )
    online = EvaluationPhaseFactory(challenge=competition.challenge, kind=PhaseKind.REVIEW, name_en="Business plans")
    criterion = CriterionFactory(phase=online, scale_max=10)
    judge = JudgeAssignmentFactory(phase=online)
    for track in tracks.values():
        for index in range(per_track):
            user = lead if lead and not competition.applications.exists() else None
            submission = entry(
                competition.challenge, status=status, user=user, title=f"{track.name_en} project {index + 1}"
            )
            ApplicationFactory(submission=submission, track=track)
            save_review(judge, submission, {criterion.pk: 9 - index}, "A credible plan.", "en")
    return competition, online


def test_the_desk_shows_each_tracks_standings_with_averages(client, staff):
    competition, _online = judged_competition(per_track=2)

    html = client.get(admin("results", competition.pk)).content.decode()

    haikou, overseas = html.index(">Haikou</h3>"), html.index(">Overseas</h3>")
    assert html.index("Haikou project 1") < html.index("Haikou project 2") < overseas
    assert haikou < overseas < html.index("Overseas project 1")
    assert "90.0" in html and "80.0" in html
    assert "Finalist" in html


def test_results_are_not_published_while_a_round_is_open(client, staff):
    competition, online = judged_competition()

    html = client.post(admin("publish", competition.pk), follow=True).content.decode()

    assert "Scoring is still open in: Business plans." in html
    competition.refresh_from_db()
    assert competition.results_published_at is None


def test_staff_publish_the_results_once_every_round_has_closed(client, staff):
    competition, online = judged_competition()
    close_scoring(online)

    response = client.post(admin("publish", competition.pk), follow=True)

    assert "The results are published" in response.content.decode()
    competition.refresh_from_db()
    assert competition.results_published_at is not None
    assert sorted(ResultEntry.objects.values_list("project_title", "rank")) == [
        ("Haikou project 1", 1),
        ("Overseas project 1", 1),
    ]


def test_staff_take_the_results_down(client, staff):
    competition, online = judged_competition()
    close_scoring(online)
    client.post(admin("publish", competition.pk))

    html = client.post(admin("withdraw", competition.pk), follow=True).content.decode()

    assert "The results were taken down" in html
    competition.refresh_from_db()
    assert competition.results_published_at is None
    assert not ResultEntry.objects.exists()


def test_publishing_is_a_post_with_a_csrf_token(staff):
    competition, online = judged_competition()
    close_scoring(online)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(staff)

    assert browser.get(admin("publish", competition.pk)).status_code == 405
    assert browser.post(admin("publish", competition.pk)).status_code == 403
    competition.refresh_from_db()
    assert competition.results_published_at is None


def test_staff_invite_a_finalist_and_the_lead_is_emailed_in_their_language(client, staff):
    lead = make_member(language="zh-hans")
    competition, _online = judged_competition(lead=lead)
    application = competition.applications.get(submission__registration__user=lead)

    response = client.post(admin("invite", competition.pk, application.pk), follow=True)

    assert "was invited to the soft-landing services" in response.content.decode()
    invitation = SoftLandingInvitation.objects.get(application=application)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [lead.email]
    assert reverse_in("zh-hans", "competitions:soft_landing", invitation.token) in message.body
    assert "尊敬的用户" in message.body


def test_a_double_click_on_invite_sends_one_invitation(client, staff):
    competition, _online = judged_competition()
    application = competition.applications.first()

    client.post(admin("invite", competition.pk, application.pk))
    html = client.post(admin("invite", competition.pk, application.pk), follow=True).content.decode()

    assert "An invitation was sent to this team a moment ago: it is not sent twice." in html
    assert SoftLandingInvitation.objects.filter(application=application).count() == 1
    assert len(mail.outbox) == 1


def test_the_desk_lists_invitations_sent_and_opened(client, staff):
    competition, _online = judged_competition()
    application = competition.applications.first()
    SoftLandingInvitation.objects.create(application=application, invited_by=staff, used_at=timezone.now())

    html = client.get(admin("results", competition.pk)).content.decode()

    assert "Sent " in html and "opened " in html
    assert "Invite again" in html


def test_an_entry_that_is_not_a_finalist_is_not_invited(client, staff):
    competition, _online = judged_competition(status=EntryStatus.SHORTLISTED)
    application = competition.applications.first()

    html = client.post(admin("invite", competition.pk, application.pk), follow=True).content.decode()

    assert "Only finalists and winners can be invited." in html
    assert not SoftLandingInvitation.objects.exists()
    assert not mail.outbox


def test_an_application_of_another_competition_is_not_found(client, staff):
    competition, _online = judged_competition()
    other, _other_online = judged_competition()

    response = client.post(admin("invite", competition.pk, other.applications.first().pk), follow=True)

    assert response.status_code == 404
    assert not SoftLandingInvitation.objects.exists()


def reverse_in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def desk_queries(client, competition):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(admin("results", competition.pk)).status_code == 200
    return len(queries)


def test_the_desk_does_not_query_more_with_more_entries(client, staff):
    few, _online = judged_competition(per_track=1)
    many, _many_online = judged_competition(per_track=3)
    for competition in (few, many):
        for application in competition.applications.all():
            SoftLandingInvitation.objects.create(application=application, invited_by=staff)
    desk_queries(client, few)  # warm caches (content types, site settings)

    assert desk_queries(client, few) == desk_queries(client, many)
