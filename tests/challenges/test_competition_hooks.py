"""A challenge that is a competition sends its solvers to the competition's application form (challenges.hooks);
an ordinary challenge keeps its own submission form."""

import pytest
from django.utils import timezone

from challenges.models import Submission
from tests.challenges.factories import ChallengeFactory, RegistrationFactory, make_member
from tests.competitions.factories import competition_with_form

pytestmark = pytest.mark.django_db

FIELDS = {"title": "Reef Robotics", "abstract": "Robots for reefs.", "proposal": "A plan.", "action": "send"}


@pytest.fixture
def competition():
    return competition_with_form()[0]


def registered(client, challenge):
    registration = RegistrationFactory(challenge=challenge, user=make_member())
    client.force_login(registration.user)
    return registration


def test_a_competitions_challenge_page_links_to_its_tracks_and_form(client, competition):
    page = client.get(f"/en/challenges/{competition.challenge.pk}/").content.decode()

    assert f'href="/en/competitions/{competition.pk}/">Tracks and how to apply</a>' in page
    assert f"/en/competitions/{competition.pk}/results/" not in page


def test_the_challenge_page_links_to_the_results_once_published(client, competition):
    competition.results_published_at = timezone.now()
    competition.save()

    page = client.get(f"/en/challenges/{competition.challenge.pk}/").content.decode()

    assert f'href="/en/competitions/{competition.pk}/results/">Results</a>' in page


def test_an_ordinary_challenge_page_has_no_competition_links(client):
    challenge = ChallengeFactory()

    page = client.get(f"/en/challenges/{challenge.pk}/").content.decode()

    assert "/competitions/" not in page.split("<main")[1]


def test_the_solver_panel_starts_a_competition_entry_on_the_application_form(client, competition):
    registered(client, competition.challenge)

    page = client.get(f"/en/challenges/{competition.challenge.pk}/").content.decode()

    assert f'<a class="button" href="/en/competitions/{competition.pk}/apply/">New submission</a>' in page
    assert f"/en/challenges/{competition.challenge.pk}/submissions/new/" not in page


def test_the_solver_panel_of_an_ordinary_challenge_keeps_its_own_form(client):
    challenge = ChallengeFactory()
    registered(client, challenge)

    page = client.get(f"/en/challenges/{challenge.pk}/").content.decode()

    assert f'href="/en/challenges/{challenge.pk}/submissions/new/">New submission</a>' in page


def test_the_plain_submission_form_of_a_competition_redirects_to_its_application_form(client, competition):
    registered(client, competition.challenge)
    url = f"/en/challenges/{competition.challenge.pk}/submissions/new/"

    shown = client.get(url)
    sent = client.post(url, FIELDS)

    assert shown.status_code == sent.status_code == 302
    assert shown["Location"] == sent["Location"] == f"/en/competitions/{competition.pk}/apply/"
    assert not Submission.objects.exists()  # nobody skips the competition's eligibility rules


def test_an_ordinary_challenge_keeps_its_submission_form(client):
    challenge = ChallengeFactory()
    registered(client, challenge)

    response = client.get(f"/en/challenges/{challenge.pk}/submissions/new/")

    assert response.status_code == 200 and "New submission" in response.content.decode()
