"""The Q&A: registrants ask, the seeker or staff answer publicly or privately, registrants are emailed."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.utils import timezone

from challenges.models import AnswerVisibility, InvitationStatus, Question
from challenges.questions import QUESTIONS_PER_HOUR
from tests.challenges.factories import (
    ChallengeFactory,
    RegistrationFactory,
    TeamInvitationFactory,
    UserFactory,
    make_member,
)

pytestmark = pytest.mark.django_db


def detail_url(challenge, language="en"):
    return f"/{language}/challenges/{challenge.pk}/"


def questions_url(challenge, language="en"):
    return f"/{language}/challenges/{challenge.pk}/questions/"


def answer_url(question, language="en"):
    return f"/{language}/challenges/{question.challenge_id}/questions/{question.pk}/answer/"


def answer(client, question, text="Yes, cassava starch is fine.", visibility="public", language="en"):
    return client.post(
        answer_url(question, language), {f"q{question.pk}-answer": text, f"q{question.pk}-visibility": visibility}
    )


def make_staff():
    staff = UserFactory()
    staff.user_permissions.add(
        Permission.objects.get(content_type__app_label="challenges", codename="change_challenge")
    )
    return staff


@pytest.fixture
def registration():
    return RegistrationFactory(user=make_member(language="en"))


@pytest.fixture
def question(registration):
    return Question.objects.create(
        challenge=registration.challenge, asker=registration.user, text="May we use cassava starch?", language="en"
    )


# --- asking ------------------------------------------------------------------------------


def test_a_registrant_asks_a_question_from_the_challenge_page(client, registration):
    client.force_login(registration.user)
    response = client.post(detail_url(registration.challenge), {"text": "Is PBAT allowed?"})
    assert response.status_code == 302
    question = Question.objects.get()
    assert (question.text, question.asker, question.language) == ("Is PBAT allowed?", registration.user, "en")


def test_a_question_asked_on_the_chinese_page_is_recorded_as_chinese(client, registration):
    client.force_login(registration.user)
    client.post(questions_url(registration.challenge, "zh-hans"), {"text": "可以使用PBAT吗？"})
    assert Question.objects.get().language == "zh-hans"


def test_the_asker_sees_their_unanswered_question_under_your_questions(client, registration):
    client.force_login(registration.user)
    client.post(questions_url(registration.challenge), {"text": "Is PBAT allowed?"})
    page = client.get(detail_url(registration.challenge)).content.decode()
    assert "Your questions" in page and "Is PBAT allowed?" in page and "Waiting for an answer." in page


def test_an_accepted_team_member_may_ask(client, registration):
    member = UserFactory()
    TeamInvitationFactory(registration=registration, member=member, status=InvitationStatus.ACCEPTED)
    client.force_login(member)
    client.post(questions_url(registration.challenge), {"text": "Who owns the field data?"})
    assert Question.objects.filter(asker=member).exists()


def test_a_visitor_who_is_not_signed_in_is_sent_to_sign_in(client):
    challenge = ChallengeFactory()
    response = client.post(questions_url(challenge), {"text": "Hello?"})
    assert response.status_code == 302 and "login" in response["Location"]
    assert not Question.objects.exists()


def test_a_solver_who_has_not_registered_cannot_ask(client):
    challenge = ChallengeFactory()
    client.force_login(UserFactory())
    response = client.post(questions_url(challenge), {"text": "Hello?"}, follow=True)
    assert "Only registered solvers can ask questions." in response.content.decode()
    assert not Question.objects.exists()


def test_a_withdrawn_registrant_cannot_ask(client):
    registration = RegistrationFactory(withdrawn_at=timezone.now())
    client.force_login(registration.user)
    client.post(questions_url(registration.challenge), {"text": "Hello?"})
    assert not Question.objects.exists()


def test_the_question_form_is_shown_to_registrants_only(client, registration):
    assert "Ask a question" not in client.get(detail_url(registration.challenge)).content.decode()
    client.force_login(registration.user)
    assert "Ask a question" in client.get(detail_url(registration.challenge)).content.decode()


def test_an_empty_question_is_refused_with_a_message(client, registration):
    client.force_login(registration.user)
    response = client.post(questions_url(registration.challenge), {"text": "   "})
    assert response.status_code == 400
    assert "Write your question." in response.content.decode()
    assert not Question.objects.exists()


def test_an_empty_question_is_refused_in_chinese_too(client, registration):
    client.force_login(registration.user)
    response = client.post(questions_url(registration.challenge, "zh-hans"), {"text": ""})
    assert response.status_code == 400
    assert 'lang="zh-hans"' in response.content.decode()


def test_asking_too_often_is_refused_with_429_and_keeps_the_text(client, registration):
    client.force_login(registration.user)
    for number in range(QUESTIONS_PER_HOUR):
        client.post(questions_url(registration.challenge), {"text": f"Question {number}"})
    response = client.post(questions_url(registration.challenge), {"text": "One question too many"})
    assert response.status_code == 429
    assert "One question too many" in response.content.decode()
    assert Question.objects.count() == QUESTIONS_PER_HOUR


def test_a_draft_challenge_takes_no_questions(client):
    registration = RegistrationFactory(challenge=ChallengeFactory(status="draft"))
    client.force_login(registration.user)
    assert client.post(questions_url(registration.challenge), {"text": "Hello?"}).status_code == 404


# --- the seeker's page of questions ---------------------------------------------------------


def test_the_seeker_sees_every_question(client, question):
    client.force_login(question.challenge.owner)
    response = client.get(questions_url(question.challenge))
    assert response.status_code == 200 and "May we use cassava starch?" in response.content.decode()


def test_staff_see_every_question_in_chinese(client, question):
    client.force_login(make_staff())
    response = client.get(questions_url(question.challenge, "zh-hans"))
    assert response.status_code == 200 and "May we use cassava starch?" in response.content.decode()


def test_nobody_else_sees_the_page_of_questions(client, question):
    assert client.get(questions_url(question.challenge)).status_code == 404
    client.force_login(question.asker)
    assert client.get(questions_url(question.challenge)).status_code == 404
    client.force_login(UserFactory())
    assert client.get(questions_url(question.challenge)).status_code == 404


# --- answering ---------------------------------------------------------------------------------


def test_a_public_answer_is_shown_to_everyone(client, question, django_capture_on_commit_callbacks):
    client.force_login(question.challenge.owner)
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, question)
    client.logout()
    page = client.get(detail_url(question.challenge)).content.decode()
    assert "May we use cassava starch?" in page and "Yes, cassava starch is fine." in page
    assert "Yes, cassava starch is fine." in client.get(detail_url(question.challenge, "zh-hans")).content.decode()


def test_a_public_answer_is_emailed_to_every_registrant_in_their_language(
    client, question, django_capture_on_commit_callbacks
):
    challenge = question.challenge
    chinese = RegistrationFactory(challenge=challenge, user=make_member(language="zh-hans"))
    member = make_member(language="en")
    TeamInvitationFactory(registration=chinese, member=member, status=InvitationStatus.ACCEPTED)
    withdrawn = RegistrationFactory(challenge=challenge, withdrawn_at=timezone.now())
    RegistrationFactory(user=make_member())  # another challenge's registrant
    client.force_login(challenge.owner)
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, question)
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {question.asker.email, chinese.user.email, member.email}
    assert withdrawn.user.email not in by_address
    assert challenge.title_en in by_address[question.asker.email].subject
    assert "Yes, cassava starch is fine." in by_address[member.email].body
    assert challenge.title_zh_hans in by_address[chinese.user.email].subject
    assert f"/zh-hans/challenges/{challenge.pk}/" in by_address[chinese.user.email].body


def test_correcting_a_public_answer_does_not_email_everyone_again(client, question, django_capture_on_commit_callbacks):
    client.force_login(question.challenge.owner)
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, question)
        answer(client, question, text="Yes, cassava or corn starch.")
    assert len(mail.outbox) == 1
    question.refresh_from_db()
    assert question.answer == "Yes, cassava or corn starch."


def test_a_private_answer_is_shown_to_the_asker_only(client, question, django_capture_on_commit_callbacks):
    other = RegistrationFactory(challenge=question.challenge)
    client.force_login(make_staff())
    with django_capture_on_commit_callbacks(execute=True):
        answer(client, question, text="Your supplier is not allowed.", visibility=AnswerVisibility.PRIVATE)
    assert mail.outbox == []
    client.force_login(question.asker)
    page = client.get(detail_url(question.challenge)).content.decode()
    assert "Your supplier is not allowed." in page and "Answered to you alone." in page
    client.force_login(other.user)
    assert "Your supplier is not allowed." not in client.get(detail_url(question.challenge)).content.decode()
    client.logout()
    assert "Your supplier is not allowed." not in client.get(detail_url(question.challenge)).content.decode()


def test_nobody_but_the_seeker_and_staff_can_answer(client, question):
    for user in (question.asker, UserFactory()):
        client.force_login(user)
        assert answer(client, question).status_code == 404
    client.logout()
    assert answer(client, question).status_code == 404
    question.refresh_from_db()
    assert question.answered_at is None


def test_a_question_of_another_challenge_cannot_be_answered_through_this_one(client, question):
    mine = ChallengeFactory()
    client.force_login(mine.owner)
    response = client.post(
        f"/en/challenges/{mine.pk}/questions/{question.pk}/answer/",
        {f"q{question.pk}-answer": "x", f"q{question.pk}-visibility": "public"},
    )
    assert response.status_code == 404


def test_an_empty_answer_is_refused_and_nothing_is_saved(client, question):
    client.force_login(question.challenge.owner)
    response = answer(client, question, text="  ")
    assert response.status_code == 400
    assert "Write an answer." in response.content.decode()
    question.refresh_from_db()
    assert question.answered_at is None


# --- amendments --------------------------------------------------------------------------------


def test_an_amendment_is_emailed_to_every_registrant_in_their_language(registration):
    from challenges.models import ChallengeAmendment
    from challenges.notices import notify_amendment

    challenge = registration.challenge
    chinese = RegistrationFactory(challenge=challenge, user=make_member(language="zh-hans"))
    RegistrationFactory(challenge=challenge, withdrawn_at=timezone.now())
    amendment = ChallengeAmendment.objects.create(
        challenge=challenge, note_en="The deadline moved by two weeks.", note_zh_hans="截止日期推迟两周。"
    )
    assert notify_amendment(amendment) == 2
    by_address = {message.to[0]: message for message in mail.outbox}
    assert "The deadline moved by two weeks." in by_address[registration.user.email].body
    assert "截止日期推迟两周。" in by_address[chinese.user.email].body
    assert challenge.title_zh_hans in by_address[chinese.user.email].subject
