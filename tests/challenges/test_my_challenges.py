"""“My challenges”: the seeker's challenges with their status and, once approved, what solvers are doing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from challenges import lifecycle
from challenges.models import Question, Status, SubmissionStatus
from tests.challenges.factories import ChallengeFactory, RegistrationFactory, SubmissionFactory, make_member

pytestmark = pytest.mark.django_db

MINE = "/en/challenges/mine/"


@pytest.fixture
def seeker(client):
    user = make_member()
    client.force_login(user)
    return user


def ask(challenge, answered=False):
    return Question.objects.create(
        challenge=challenge,
        text="Is a film of 20 microns acceptable?",
        language="en",
        answer="Yes." if answered else "",
        answered_at=timezone.now() if answered else None,
    )


def test_an_approved_challenge_shows_its_registrations_questions_and_submissions(client, seeker):
    challenge = ChallengeFactory(owner=seeker)
    registration = RegistrationFactory(challenge=challenge)
    RegistrationFactory(challenge=challenge, withdrawn_at=timezone.now())  # withdrawn: not counted
    ask(challenge, answered=True)
    ask(challenge)
    ask(challenge)
    SubmissionFactory(registration=registration, status=SubmissionStatus.SUBMITTED)
    SubmissionFactory(registration=registration)  # a draft: not counted

    page = client.get(MINE).content.decode()

    assert "1 registration" in page
    assert "3 questions</a> (2 unanswered)" in page
    assert "1 submission" in page


def test_a_draft_shows_its_status_and_the_owners_actions(client, seeker):
    challenge = ChallengeFactory(owner=seeker, status=Status.DRAFT, title_en="AI triage for remote clinics")

    page = client.get(MINE).content.decode()

    assert "AI triage for remote clinics" in page
    assert "Draft" in page
    assert reverse("challenges:edit", args=[challenge.pk]) in page
    assert reverse("challenges:submit", args=[challenge.pk]) in page
    assert "registration" not in page.split("AI triage for remote clinics", 1)[1].split("</li>", 1)[0]


def test_a_returned_challenge_shows_the_reason(client, seeker):
    ChallengeFactory(owner=seeker, status=Status.RETURNED, return_reason="Add the size of a pilot field.")

    assert "Add the size of a pilot field." in client.get(MINE).content.decode()


def test_an_approved_challenge_offers_no_edit_to_its_owner(client, seeker):
    challenge = ChallengeFactory(owner=seeker)

    page = client.get(MINE).content.decode()

    assert reverse("challenges:edit", args=[challenge.pk]) not in page
    assert "Open for submissions" in page


def test_other_seekers_challenges_are_not_listed(client, seeker):
    ChallengeFactory(title_en="Someone else's challenge")

    page = client.get(MINE).content.decode()

    assert "Someone else&#x27;s challenge" not in page and "Someone else's challenge" not in page
    assert "You have not posted any challenges yet." in page


def test_the_empty_state_in_chinese(client, seeker):
    response = client.get("/zh-hans/challenges/mine/")

    assert response.status_code == 200
    assert 'lang="zh-hans"' in response.content.decode()
    assert reverse("challenges:create") in response.content.decode()


def test_visitors_must_log_in(client):
    response = client.get(MINE)

    assert response.status_code == 302
    assert "/login/" in response.url


def test_the_account_menu_links_to_my_challenges(client, seeker):
    assert f'href="{MINE}"' in client.get(MINE).content.decode()


def _queries_for_page(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(MINE).status_code == 200
    return len(queries)


def _approved_with_activity(seeker):
    challenge = ChallengeFactory(owner=seeker)
    registration = RegistrationFactory(challenge=challenge)
    ask(challenge)
    SubmissionFactory(registration=registration, status=SubmissionStatus.SUBMITTED)
    return challenge


def test_the_page_takes_as_many_queries_for_five_challenges_as_for_one(client, seeker, django_assert_num_queries):
    _approved_with_activity(seeker)
    _queries_for_page(client)  # warm what is read once per process (site, settings)
    one = _queries_for_page(client)
    for _ in range(4):
        _approved_with_activity(seeker)

    with django_assert_num_queries(one):
        assert client.get(MINE).status_code == 200


@pytest.mark.parametrize(
    ("status", "kinds"),
    [
        (Status.DRAFT, ["edit", "submit", "withdraw"]),
        (Status.RETURNED, ["edit", "submit", "withdraw"]),
        (Status.SUBMITTED, ["withdraw"]),
        (Status.APPROVED, []),
        (Status.WITHDRAWN, []),
    ],
)
def test_the_owner_is_offered_what_the_status_allows(seeker, status, kinds):
    challenge = ChallengeFactory(owner=seeker, status=status)

    assert [action.kind for action in lifecycle.owner_actions(challenge, seeker)] == kinds


def test_nobody_else_is_offered_the_owners_actions(seeker):
    challenge = ChallengeFactory(status=Status.DRAFT)

    assert lifecycle.owner_actions(challenge, seeker) == []
