"""Applying to a competition: answers checked on the server, then the submission and the answers saved together."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from challenges.models import Challenge, InvitationStatus, Submission, SubmissionStatus
from competitions import applications
from competitions.applications import ApplicationRefused
from competitions.models import Application, Section
from tests.challenges.factories import RegistrationFactory, TeamInvitationFactory, UserFactory, make_member
from tests.competitions.factories import QuestionFactory, TrackFactory, competition_with_form, valid_answers

pytestmark = pytest.mark.django_db

FIELDS = {
    "title": "Tidal-power buoys for island fish farms",
    "abstract": "Buoys that power a fish farm's sensors from the tide.",
    "abstract_is_public": False,
    "proposal": "Business plan: market, technology, business model, team and finance.",
}


@pytest.fixture
def form():
    return competition_with_form()


@pytest.fixture
def competition(form):
    return form[0]


@pytest.fixture
def tracks(form):
    return form[1]


@pytest.fixture
def questions(form):
    return form[2]


@pytest.fixture
def registration(competition):
    return RegistrationFactory(challenge=competition.challenge, user=make_member())


def apply(registration, track, answers, now=None):
    return applications.apply(registration, registration.user, track, answers, FIELDS, now=now)


def nothing_saved():
    return not Submission.objects.exists() and not Application.objects.exists()


def test_a_passing_application_sends_the_submission_with_a_reference(registration, tracks, questions):
    now = timezone.now()

    application = apply(registration, tracks["overseas"], valid_answers(questions), now=now)

    submission = application.submission
    assert submission.status == SubmissionStatus.SUBMITTED
    assert re.fullmatch(r"HIC-\d{4}-\d{6}", submission.reference)
    assert submission.submitted_at == now
    assert submission.title == FIELDS["title"]


def test_a_passing_application_keeps_the_track_and_the_cleaned_answers(registration, competition, tracks, questions):
    answers = {
        **valid_answers(questions),
        str(questions["team_size"].pk): " 3 ",
        str(questions["funding"].pk): "1,500,000",
    }

    application = apply(registration, tracks["overseas"], answers)

    saved = Application.objects.get()
    assert saved == application
    assert saved.competition == competition
    assert saved.track == tracks["overseas"]
    assert saved.answers == {
        str(questions["team_size"].pk): "3",
        str(questions["stage"].pk): "Seed",
        str(questions["registered_in_china"].pk): "no",
        str(questions["funding"].pk): "1500000",
    }


def test_an_optional_question_may_be_left_unanswered(registration, tracks, questions):
    answers = valid_answers(questions)
    del answers[str(questions["funding"].pk)]

    application = apply(registration, tracks["haikou"], answers)

    assert application.answers[str(questions["funding"].pk)] == ""


def test_a_rule_not_met_saves_nothing_and_says_why(registration, tracks, questions):
    answers = {**valid_answers(questions), str(questions["team_size"].pk): "1"}

    with pytest.raises(ApplicationRefused) as refused:
        apply(registration, tracks["overseas"], answers)

    assert refused.value.messages == ["Teams need at least two founders."]
    assert refused.value.field_errors == {str(questions["team_size"].pk): "Teams need at least two founders."}
    assert nothing_saved()


def test_every_rule_not_met_is_reported_at_once(registration, tracks, questions):
    answers = {
        **valid_answers(questions),
        str(questions["team_size"].pk): "1",
        str(questions["stage"].pk): "Idea",
        str(questions["registered_in_china"].pk): "yes",
    }

    with pytest.raises(ApplicationRefused) as refused:
        apply(registration, tracks["overseas"], answers)

    assert refused.value.messages == [
        "Teams need at least two founders.",
        "The competition is for seed and Series A startups.",
        "The overseas track is for companies not yet registered in mainland China.",
    ]
    assert set(refused.value.field_errors) == {
        str(questions["team_size"].pk),
        str(questions["stage"].pk),
        str(questions["registered_in_china"].pk),
    }
    assert nothing_saved()


def test_a_refusal_is_written_in_the_applicants_language(registration, tracks, questions):
    answers = {**valid_answers(questions), str(questions["stage"].pk): "Idea"}

    with translation.override("zh-hans"), pytest.raises(ApplicationRefused) as refused:
        apply(registration, tracks["overseas"], answers)

    assert refused.value.messages == ["本大赛面向种子轮和A轮初创企业。"]


def test_a_missing_answer_saves_nothing_and_marks_the_question(registration, tracks, questions):
    answers = valid_answers(questions)
    del answers[str(questions["stage"].pk)]
    answers[str(questions["team_size"].pk)] = "a few"

    with pytest.raises(ApplicationRefused) as refused:
        apply(registration, tracks["overseas"], answers)

    assert refused.value.messages == ["Some answers need your attention: see the questions marked below."]
    assert refused.value.field_errors == {
        str(questions["stage"].pk): "Please answer this question.",
        str(questions["team_size"].pk): "Enter a number, for example 12 or 1500000.",
    }
    assert nothing_saved()


def test_a_track_of_another_competition_is_refused(registration, questions):
    with pytest.raises(ApplicationRefused) as refused:
        apply(registration, TrackFactory(), valid_answers(questions))

    assert refused.value.messages == ["Choose the track you are entering."]
    assert nothing_saved()


def test_an_application_without_a_track_is_refused(registration, questions):
    with pytest.raises(ApplicationRefused) as refused:
        apply(registration, None, valid_answers(questions))

    assert "Choose the track you are entering." in refused.value.messages
    assert nothing_saved()


def test_after_the_deadline_an_application_is_refused_and_nothing_saved(registration, competition, tracks, questions):
    after = competition.challenge.submission_deadline + datetime.timedelta(minutes=1)

    with pytest.raises(ValidationError) as refused:
        apply(registration, tracks["haikou"], valid_answers(questions), now=after)

    assert not isinstance(refused.value, ApplicationRefused)
    assert refused.value.code == "closed"
    assert nothing_saved()


def test_a_team_applies_only_once(registration, tracks, questions):
    apply(registration, tracks["haikou"], valid_answers(questions))

    with pytest.raises(ValidationError) as refused:
        apply(registration, tracks["overseas"], valid_answers(questions))

    assert refused.value.code == "one_only"
    assert Application.objects.count() == 1
    assert Submission.objects.count() == 1


def test_someone_outside_the_team_cannot_apply_for_it(registration, tracks, questions):
    with pytest.raises(ValidationError) as refused:
        applications.apply(registration, UserFactory(), tracks["haikou"], valid_answers(questions), FIELDS)

    assert refused.value.code == "not_team"
    assert nothing_saved()


def test_the_lead_and_accepted_members_find_their_teams_application(registration, competition, tracks, questions):
    member = UserFactory()
    TeamInvitationFactory(registration=registration, member=member, status=InvitationStatus.ACCEPTED)
    application = apply(registration, tracks["haikou"], valid_answers(questions))

    assert applications.application_of(registration.user, competition) == application
    assert applications.application_of(member, competition) == application


def test_nobody_else_finds_the_application(registration, competition, tracks, questions):
    TeamInvitationFactory(
        registration=registration, member=(declined := UserFactory()), status=InvitationStatus.DECLINED
    )
    apply(registration, tracks["haikou"], valid_answers(questions))

    assert applications.application_of(UserFactory(), competition) is None
    assert applications.application_of(declined, competition) is None


def test_a_withdrawn_application_is_no_longer_the_teams(registration, competition, tracks, questions):
    application = apply(registration, tracks["haikou"], valid_answers(questions))
    Submission.objects.filter(pk=application.submission_id).update(status=SubmissionStatus.WITHDRAWN)

    assert applications.application_of(registration.user, competition) is None


# What the applicant reads back


def shown(application):
    return [
        (str(section), [(question.label, answer) for question, answer in rows])
        for section, rows in applications.answers_shown(application)
    ]


def test_answers_are_shown_by_section_in_the_forms_order(registration, competition, tracks, questions):
    plan = QuestionFactory(
        competition=competition,
        section=Section.BUSINESS_PLAN,
        label_en="Your market",
        label_zh_hans="目标市场",
        sort_order=99,
    )
    answers = {**valid_answers(questions), str(plan.pk): "Fish farms of Hainan"}
    application = apply(registration, tracks["overseas"], answers)

    assert shown(application) == [
        ("Business plan", [("Your market", "Fish farms of Hainan")]),
        (
            "Team",
            [("How many people are in your team?", "3"), ("Is your company registered in mainland China?", "No")],
        ),
        ("Stage", [("Stage", "Seed")]),
        ("Funding", [("Funding sought (CNY)", "2000000")]),
    ]


def test_options_are_shown_in_the_readers_language(registration, tracks, questions):
    application = apply(registration, tracks["overseas"], valid_answers(questions))

    with translation.override("zh-hans"):
        rows = dict(shown(application))
        stage, team = str(Section.STAGE.label), str(Section.TEAM.label)

    assert dict(rows[stage]) == {"发展阶段": "种子轮"}
    assert ("贵公司是否在中国大陆注册？", "否") in rows[team]


def test_a_team_applies_only_once_even_where_the_challenge_takes_several_submissions(registration, tracks, questions):
    Challenge.objects.filter(pk=registration.challenge_id).update(allows_multiple_submissions=True)
    registration.challenge.refresh_from_db()
    apply(registration, tracks["haikou"], valid_answers(questions))

    with pytest.raises(ValidationError) as refused:
        apply(registration, tracks["overseas"], valid_answers(questions))

    assert refused.value.code == "one_only"
    assert Application.objects.count() == 1 and Submission.objects.count() == 1
