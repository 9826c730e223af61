"""Applying to a competition (the form, its eligibility rules checked on the server, the deadline, the rate
limit) and the applicant's own application page, in both languages."""

import datetime
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from challenges.models import Submission, SubmissionAttachment, SubmissionStatus
from competitions.models import Application, ResultEntry
from competitions.views.apply import APPLICATIONS_PER_HOUR
from judging.choices import EntryStatus, FeedbackReason, PhaseKind
from judging.models import Evaluation, Feedback, PitchSlot
from tests.challenges.factories import RegistrationFactory, TeamInvitationFactory, make_member
from tests.competitions.factories import ApplicationFactory, competition_with_form, valid_answers
from tests.judging.factories import EvaluationPhaseFactory, entry

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 pitch deck"


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def form():
    return competition_with_form()


@pytest.fixture
def applicant(client, form):
    """A solver registered for the competition's challenge, signed in."""
    registration = RegistrationFactory(challenge=form[0].challenge, user=make_member())
    client.force_login(registration.user)
    return registration


def apply_url(competition, language="en"):
    return f"/{language}/competitions/{competition.pk}/apply/"


def application_url(competition, language="en"):
    return f"/{language}/competitions/{competition.pk}/application/"


def answers_posted(questions, **changes):
    """The form's answer fields: valid answers, with ``changes`` by question name."""
    answers = valid_answers(questions)
    for name, value in changes.items():
        answers[str(questions[name].pk)] = value
    return {f"question_{pk}": value for pk, value in answers.items()}


def posted(tracks, questions, track="overseas", **changes):
    return {
        "track": tracks[track].pk if track else "",
        "title": "Reef Robotics",
        "abstract": "Underwater robots that clean coral reefs.",
        "proposal": "Market: 1,200 dive resorts in Hainan. Team: three founders from Auckland.",
        **answers_posted(questions, **changes),
    }


# --- who may open the form --------------------------------------------------------------------------


def test_a_visitor_must_sign_in_to_apply(client, form):
    response = client.get(apply_url(form[0]))

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_solver_who_has_not_registered_is_sent_to_register_first(client, form):
    client.force_login(make_member())

    response = client.get(apply_url(form[0]), follow=True)

    assert response.redirect_chain[0][0] == f"/en/challenges/{form[0].challenge.pk}/register/"
    assert "Register for the competition&#x27;s challenge first" in response.content.decode()


def test_a_solver_who_has_applied_is_sent_to_their_application(client, form):
    competition, tracks, _questions = form
    submission = entry(competition.challenge, status=EntryStatus.AWAITING_SCREENING)
    ApplicationFactory(submission=submission, track=tracks["haikou"])
    client.force_login(submission.registration.user)

    response = client.get(apply_url(competition))

    assert response.status_code == 302 and response["Location"] == application_url(competition)


# --- the form -----------------------------------------------------------------------------------------


def test_the_form_asks_the_track_the_project_and_the_questions_by_section(client, form, applicant):
    competition, _tracks, _questions = form

    page = client.get(apply_url(competition)).content.decode()

    assert 'type="radio" name="track"' in page
    for label in ("Project name", "Summary", "Business plan", "The summary may be shown publicly", "Attachments"):
        assert label in page
    # Sections in the form's order: team, stage, funding.
    assert page.index(">Team</h2>") < page.index(">Stage</h2>") < page.index(">Funding</h2>")
    assert page.index("How many people are in your team?") < page.index(">Stage</h2>")


def test_each_question_is_drawn_by_its_kind(client, form, applicant):
    competition, _tracks, questions = form

    page = client.get(apply_url(competition)).content.decode()

    team_size = re.search(rf'<input[^>]*name="question_{questions["team_size"].pk}"[^>]*>', page).group(0)
    assert 'inputmode="decimal"' in team_size
    assert f'type="radio" name="question_{questions["stage"].pk}" value="Series A"' in page
    assert f'type="radio" name="question_{questions["registered_in_china"].pk}" value="no"' in page
    funding_label = page.split("Funding sought (CNY)")[1][:60]
    assert "(optional)" in funding_label  # the one question that may be left empty


def test_the_form_reads_in_chinese(client, form, applicant):
    page = client.get(apply_url(form[0], "zh-hans")).content.decode()

    for text in ("海口赛区", "海外赛区", "团队有多少人？", "发展阶段", "种子轮", "贵公司是否在中国大陆注册？"):
        assert text in page


# --- sending ------------------------------------------------------------------------------------------


def test_an_eligible_application_is_sent_with_its_answers(client, form, applicant, django_capture_on_commit_callbacks):
    competition, tracks, questions = form

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(apply_url(competition), posted(tracks, questions), follow=True)

    application = Application.objects.get()
    assert response.redirect_chain[-1][0] == application_url(competition)
    assert application.track == tracks["overseas"]
    assert application.answers[str(questions["stage"].pk)] == "Seed"
    assert application.submission.status == SubmissionStatus.SUBMITTED
    assert application.submission.reference in response.content.decode()
    assert "Your application was sent" in response.content.decode()
    assert len(mail.outbox) == 1  # the receipt


def test_a_pdf_attachment_is_sent_with_the_application(client, form, applicant):
    competition, tracks, questions = form
    upload = SimpleUploadedFile("deck.pdf", PDF, content_type="application/pdf")

    client.post(apply_url(competition), {**posted(tracks, questions), "new_attachments": [upload]})

    attachment = SubmissionAttachment.objects.get()
    assert attachment.submission == Application.objects.get().submission
    assert attachment.original_name == "deck.pdf"


def test_every_rule_not_met_is_listed_at_the_top_and_by_its_question(client, form, applicant):
    competition, tracks, questions = form

    response = client.post(
        apply_url(competition), posted(tracks, questions, team_size="1", stage="Idea", registered_in_china="yes")
    )

    page = response.content.decode()
    summary = page.split('class="error-summary"')[1].split("</div>")[0]
    assert response.status_code == 400
    for message in (
        "Teams need at least two founders.",
        "The competition is for seed and Series A startups.",
        "The overseas track is for companies not yet registered in mainland China.",
    ):
        assert message in summary
        assert page.count(message) == 2  # in the summary and next to its question
    assert not Application.objects.exists() and not Submission.objects.exists()


def test_what_was_typed_is_kept_after_a_refusal(client, form, applicant):
    competition, tracks, questions = form

    page = client.post(apply_url(competition), posted(tracks, questions, team_size="1")).content.decode()

    assert 'value="Reef Robotics"' in page
    assert "Market: 1,200 dive resorts in Hainan." in page
    assert f'value="{tracks["overseas"].pk}" id="id_track_1" checked' in page or re.search(
        rf'value="{tracks["overseas"].pk}"[^>]*checked', page
    )
    assert re.search(rf'name="question_{questions["stage"].pk}" value="Seed"[^>]*checked', page)


def test_a_file_chosen_before_a_refusal_is_kept_for_the_next_attempt(client, form, applicant):
    competition, tracks, questions = form
    upload = SimpleUploadedFile("deck.pdf", PDF, content_type="application/pdf")

    refused = client.post(
        apply_url(competition), {**posted(tracks, questions, team_size="1"), "new_attachments": [upload]}
    )
    token = re.search(r'name="new_attachments-kept" value="([^"]+)"', refused.content.decode()).group(1)
    client.post(apply_url(competition), {**posted(tracks, questions), "new_attachments-kept": token})

    assert "You chose deck.pdf" in refused.content.decode()
    assert SubmissionAttachment.objects.get().original_name == "deck.pdf"


def test_the_rule_messages_read_in_chinese(client, form, applicant):
    competition, tracks, questions = form

    page = client.post(apply_url(competition, "zh-hans"), posted(tracks, questions, team_size="1")).content.decode()

    assert "团队至少需要两名创始人。" in page


def test_missing_fields_and_unanswered_questions_are_reported_together(client, form, applicant):
    competition, tracks, questions = form
    data = {**posted(tracks, questions, track=None, team_size=""), "title": ""}

    response = client.post(apply_url(competition), data)

    summary = response.content.decode().split('class="error-summary"')[1].split("</div>")[0]
    assert response.status_code == 400
    assert "Choose the track you are entering." in summary
    assert "How many people are in your team?: Please answer this question." in summary
    assert summary.count("Choose the track you are entering.") == 1
    assert "Project name" in summary  # the missing title names its field


def test_a_track_that_is_not_the_competitions_is_refused(client, form, applicant):
    competition, tracks, questions = form

    for track in ("not-a-number", "99999999999999999999"):
        response = client.post(apply_url(competition), {**posted(tracks, questions), "track": track})
        assert response.status_code == 400
    assert not Application.objects.exists()


def test_a_refusal_from_the_challenge_is_shown_at_the_top(client, form, applicant):
    competition, tracks, questions = form
    TeamInvitationFactory(registration=applicant, email="cofounder@example.com")

    response = client.post(apply_url(competition), posted(tracks, questions))

    summary = response.content.decode().split('class="error-summary"')[1].split("</div>")[0]
    assert response.status_code == 400
    assert "Every team invitation must be answered before you send" in summary
    assert not Application.objects.exists()


def test_sending_is_rate_limited(client, form, applicant):
    competition, tracks, questions = form
    TeamInvitationFactory(registration=applicant)  # every attempt reaches sending, and is refused there
    for _number in range(APPLICATIONS_PER_HOUR):
        client.post(apply_url(competition), posted(tracks, questions))

    response = client.post(apply_url(competition), {**posted(tracks, questions), "title": "One too many"})

    assert response.status_code == 429
    assert "One too many" in response.content.decode()


# --- the deadline -----------------------------------------------------------------------------------------


@pytest.fixture
def closed(client):
    now = timezone.now()
    competition, tracks, questions = competition_with_form(
        publish_at=now - datetime.timedelta(days=40), submission_deadline=now - datetime.timedelta(minutes=1)
    )
    registration = RegistrationFactory(challenge=competition.challenge, user=make_member())
    client.force_login(registration.user)
    return competition, tracks, questions


def test_after_the_deadline_the_form_is_not_shown(client, closed):
    page = client.get(apply_url(closed[0])).content.decode()

    assert "The deadline has passed: this competition no longer takes applications." in page
    assert '<form method="post" enctype' not in page


def test_after_the_deadline_even_an_unregistered_solver_reads_that_applications_are_closed(client, closed):
    client.force_login(make_member())

    response = client.get(apply_url(closed[0]))

    assert response.status_code == 200
    assert "this competition no longer takes applications" in response.content.decode()


def test_after_the_deadline_an_application_is_refused_on_the_server(client, closed):
    competition, tracks, questions = closed

    response = client.post(apply_url(competition), posted(tracks, questions))

    assert response.status_code == 400
    assert "The deadline has passed" in response.content.decode()
    assert not Application.objects.exists() and not Submission.objects.exists()


# --- the application page -------------------------------------------------------------------------------


@pytest.fixture
def sent(form):
    """An application to the overseas track, its answers as sent, awaiting screening."""
    competition, tracks, questions = form
    submission = entry(competition.challenge, status=EntryStatus.AWAITING_SCREENING, title="Tidal Sensors")
    Evaluation.objects.filter(submission=submission).delete()  # not yet screened
    return ApplicationFactory(submission=submission, track=tracks["overseas"], answers=valid_answers(questions))


def test_the_applicant_reads_their_reference_track_status_and_answers(client, sent):
    client.force_login(sent.submission.registration.user)

    page = client.get(application_url(sent.competition)).content.decode()

    assert sent.submission.reference in page
    assert "Overseas" in page and "Received" in page
    assert "How many people are in your team?" in page and "Seed" in page


def test_the_application_page_reads_in_chinese(client, sent):
    client.force_login(sent.submission.registration.user)

    page = client.get(application_url(sent.competition, "zh-hans")).content.decode()

    assert "海外赛区" in page and "种子轮" in page and "团队有多少人？" in page


def test_the_status_is_the_entrys_evaluation_once_screened(client, sent):
    Evaluation.objects.create(submission=sent.submission, status=EntryStatus.SHORTLISTED)
    client.force_login(sent.submission.registration.user)

    page = client.get(application_url(sent.competition)).content.decode()

    assert "Shortlisted" in page and "Received" not in page


def test_someone_elses_application_is_not_found(client, sent):
    client.force_login(make_member())

    assert client.get(application_url(sent.competition)).status_code == 404


def test_a_visitor_must_sign_in_to_see_an_application(client, sent):
    response = client.get(application_url(sent.competition))

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_pitch_slot_shows_when_and_where_in_beijing_time(client, sent):
    Evaluation.objects.create(submission=sent.submission, status=EntryStatus.FINALIST)
    phase = EvaluationPhaseFactory(
        challenge=sent.competition.challenge,
        name_en="Final pitch",
        kind=PhaseKind.PITCH,
        entry_status=EntryStatus.FINALIST,
    )
    PitchSlot.objects.create(
        phase=phase,
        submission=sent.submission,
        starts_at=datetime.datetime(2031, 5, 20, 2, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2031, 5, 20, 2, 15, tzinfo=datetime.UTC),
        room="Hall B",
        online_link="https://meet.example.com/tidal",
    )
    client.force_login(sent.submission.registration.user)

    page = client.get(application_url(sent.competition)).content.decode()

    assert "Final pitch" in page
    assert "20 May 2031, 10:00 Beijing time (UTC+8)" in page and "10:15 Beijing time (UTC+8)" in page
    assert "Hall B" in page and 'href="https://meet.example.com/tidal"' in page


def test_the_published_place_is_shown(client, sent):
    competition = sent.competition
    ResultEntry.objects.create(
        competition=competition,
        track=sent.track,
        application=sent,
        rank=2,
        online_score=80.0,
        entry_status=EntryStatus.FINALIST,
        entrant_name="Aroha Ngata",
        project_title="Tidal Sensors",
    )
    competition.results_published_at = timezone.now()
    competition.save()
    client.force_login(sent.submission.registration.user)

    page = client.get(application_url(competition)).content.decode()

    assert "Place 2 in the Overseas track" in page


def test_the_feedback_is_linked_once_it_is_sent(client, sent):
    feedback = Feedback.objects.create(submission=sent.submission, reason=FeedbackReason.NOT_MATURE)
    client.force_login(sent.submission.registration.user)
    link = f'href="/en/judging/feedback/{sent.submission.pk}/"'

    before = client.get(application_url(sent.competition)).content.decode()
    feedback.sent_at = timezone.now()
    feedback.save()
    after = client.get(application_url(sent.competition)).content.decode()

    assert link not in before and link in after


def test_a_withdrawn_application_is_not_found(client, sent):
    Submission.objects.filter(pk=sent.submission_id).update(status=SubmissionStatus.WITHDRAWN)
    client.force_login(sent.submission.registration.user)

    assert client.get(application_url(sent.competition)).status_code == 404
