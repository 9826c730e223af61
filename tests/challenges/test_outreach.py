"""A challenge is a need in the marketplace: owners of fitting offers are suggested and invited, with limits."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from challenges.models import ChallengeFollow, SolverInvitation
from challenges.outreach import INVITATIONS_PER_MONTH, invite_solvers_for_new_challenges, suggested_solvers
from opportunities.models import ListingKind, Stage
from tests.challenges.factories import ChallengeFactory
from tests.factories import SectorFactory
from tests.opportunities.factories import ListingFactory, TechnologyKeywordFactory, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def vocabulary():
    """A sector and two keywords, and offers about other things: matching weighs terms by how rare they
    are among the published listings, as in a real marketplace."""
    for _ in range(6):
        ListingFactory(
            kind=ListingKind.TECHNOLOGY_OFFER, sectors=[SectorFactory()], keywords=[TechnologyKeywordFactory()]
        )
    return SectorFactory(), [TechnologyKeywordFactory(), TechnologyKeywordFactory()]


def fitting_offer(vocabulary, kind=ListingKind.TECHNOLOGY_OFFER, **fields):
    sector, keywords = vocabulary
    return ListingFactory(kind=kind, sectors=[sector], keywords=keywords, **fields)


def open_challenge(vocabulary, **fields):
    sector, keywords = vocabulary
    challenge = ChallengeFactory(sectors=[sector], **fields)
    challenge.keywords.set(keywords)
    return challenge


def test_published_offers_sharing_the_challenges_sectors_and_keywords_are_suggested(vocabulary):
    offer = fitting_offer(vocabulary)
    unrelated = ListingFactory(kind=ListingKind.TECHNOLOGY_OFFER, sectors=[SectorFactory()])
    request = fitting_offer(vocabulary, kind=ListingKind.TECHNOLOGY_REQUEST)
    challenge = open_challenge(vocabulary)

    suggested = [result.candidate for result in suggested_solvers(challenge)]

    assert suggested == [offer]
    assert unrelated not in suggested and request not in suggested


def test_an_offer_less_mature_than_the_trl_wanted_ranks_below_one_that_is_ready(vocabulary):
    idea = fitting_offer(vocabulary, stage=Stage.IDEA)
    pilot = fitting_offer(vocabulary, stage=Stage.PILOT)
    challenge = open_challenge(vocabulary, trl_wanted=7)

    suggested = [result.candidate for result in suggested_solvers(challenge)]

    assert suggested.index(pilot) < suggested.index(idea)


def test_owners_of_fitting_offers_are_invited_once_in_their_language(vocabulary):
    owner = make_member(language="zh-hans")
    fitting_offer(vocabulary, owner=owner, organisation=owner.profile.organisation)
    challenge = open_challenge(vocabulary, title_zh_hans="可降解地膜挑战")

    assert invite_solvers_for_new_challenges() == 1
    assert invite_solvers_for_new_challenges() == 0  # the challenge is done

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [owner.email]
    assert "可降解地膜挑战" in email.subject
    assert f"/zh-hans/challenges/{challenge.pk}/" in email.body
    assert SolverInvitation.objects.get().recipient == owner


def test_an_owner_who_opted_out_is_not_invited(vocabulary, client):
    owner = make_member()
    fitting_offer(vocabulary, owner=owner, organisation=owner.profile.organisation)
    follow = ChallengeFollow.objects.create(user=owner)
    response = client.post(f"/en/challenges/opt-out/{follow.token}/invitations/")
    assert "no longer be invited" in response.content.decode()
    open_challenge(vocabulary)

    assert invite_solvers_for_new_challenges() == 0
    assert mail.outbox == []


def test_nobody_gets_more_than_the_monthly_number_of_invitations(vocabulary):
    owner = make_member()
    fitting_offer(vocabulary, owner=owner, organisation=owner.profile.organisation)
    for _ in range(INVITATIONS_PER_MONTH + 2):
        open_challenge(vocabulary)

    invite_solvers_for_new_challenges()

    assert len(mail.outbox) == INVITATIONS_PER_MONTH


def test_the_seekers_own_offers_and_closed_challenges_invite_nobody(vocabulary):
    seeker = make_member()
    fitting_offer(vocabulary, owner=seeker, organisation=seeker.profile.organisation)
    open_challenge(vocabulary, owner=seeker, organisation=seeker.profile.organisation)
    other_vocabulary = (SectorFactory(), [TechnologyKeywordFactory(), TechnologyKeywordFactory()])
    open_challenge(other_vocabulary, submission_deadline=timezone.now() - datetime.timedelta(minutes=1))
    fitting_offer(other_vocabulary)  # fits the closed challenge only

    assert invite_solvers_for_new_challenges() == 0
    assert mail.outbox == []


def test_an_opt_out_link_with_an_unknown_token_or_kind_is_not_found(client, vocabulary):
    follow = ChallengeFollow.objects.create(user=make_member())

    assert client.get("/en/challenges/opt-out/nope/invitations/").status_code == 404
    assert client.get(f"/en/challenges/opt-out/{follow.token}/everything/").status_code == 404


def test_the_seeker_sees_fitting_offers_on_the_challenge_page_and_solvers_do_not(vocabulary, client):
    offer = fitting_offer(vocabulary, title="Starch-based film line")
    challenge = open_challenge(vocabulary)
    client.force_login(make_member())
    assert offer.title not in client.get(f"/en/challenges/{challenge.pk}/").content.decode()

    client.force_login(challenge.owner)
    page = client.get(f"/zh-hans/challenges/{challenge.pk}/").content.decode()

    assert offer.title in page and f"/zh-hans/opportunities/{offer.pk}/" in page
