"""From winner to deal: staff introduce the winning team and the seeker (contacts revealed to both, each in
their language), the deal's page for the two sides only, and the outcome either side records there."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from judging import deals
from judging.models import Deal, DealOutcome
from tests.challenges.factories import UserFactory, make_member
from tests.judging.factories import ClosedChallengeFactory
from tests.judging.test_awards import (
    accepted_member,
    admin_user_without_challenges,
    make_award,
    staff_user,
    winner,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff():
    return staff_user()


@pytest.fixture
def award(staff):
    seeker = make_member(
        UserFactory(email="wang@seeker.example"), language="zh-hans", full_name="王芳", phone="+86 898 1234 5678"
    )
    challenge = ClosedChallengeFactory(owner=seeker, organisation=seeker.profile.organisation)
    submission = winner(challenge, language="en")
    lead = submission.registration.user
    lead.profile.full_name, lead.profile.phone = "Amelia Hart", "+65 6123 4567"
    lead.profile.save()
    return make_award(submission, staff=staff)


def introduced(award, staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return deals.introduce(award, staff)


def test_the_introduction_gives_each_side_the_others_contacts(
    award, staff, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    member = accepted_member(award.submission, 20)

    introduced(award, staff, django_capture_on_commit_callbacks)

    by_address = {message.to[0]: message.body for message in mailoutbox}
    seeker, lead = award.challenge.owner, award.submission.registration.user
    assert set(by_address) == {seeker.email, lead.email, member.email}
    assert "Amelia Hart" in by_address[seeker.email] and lead.email in by_address[seeker.email]
    assert "+65 6123 4567" in by_address[seeker.email]
    for address in (lead.email, member.email):
        assert "王芳" in by_address[address] and seeker.email in by_address[address]
        assert seeker.profile.organisation.name in by_address[address]


def test_each_side_is_written_to_in_their_own_language(award, staff, mailoutbox, django_capture_on_commit_callbacks):
    mailoutbox.clear()
    introduced(award, staff, django_capture_on_commit_callbacks)

    subjects = {message.to[0]: message.subject for message in mailoutbox}
    challenge = award.challenge
    assert challenge.title_zh_hans in subjects[challenge.owner.email]
    assert challenge.title_en in subjects[award.submission.registration.user.email]


def test_a_winner_and_the_seeker_are_introduced_once(award, staff, django_capture_on_commit_callbacks):
    introduced(award, staff, django_capture_on_commit_callbacks)

    with pytest.raises(ValidationError, match="introduced already"):
        deals.introduce(award, staff)
    assert Deal.objects.count() == 1


def test_only_staff_introduce(award):
    with pytest.raises(PermissionDenied):
        deals.introduce(award, award.challenge.owner)


# --- the deal's page ------------------------------------------------------------------------------


@pytest.mark.parametrize("side", ["seeker", "lead", "member"])
def test_both_sides_see_the_deal_page_with_both_contacts(
    client, award, staff, side, django_capture_on_commit_callbacks
):
    member = accepted_member(award.submission, 20)
    deal = introduced(award, staff, django_capture_on_commit_callbacks)
    viewer = {"seeker": award.challenge.owner, "lead": award.submission.registration.user, "member": member}[side]
    client.force_login(viewer)

    html = client.get(reverse("judging:deal", args=[deal.pk])).content.decode()

    assert "Amelia Hart" in html and "王芳" in html
    assert award.challenge.owner.email in html and award.submission.registration.user.email in html


@pytest.mark.parametrize("who", ["stranger", "staff", "anonymous"])
def test_anyone_else_gets_404_for_the_deal_page(client, award, staff, who, django_capture_on_commit_callbacks):
    deal = introduced(award, staff, django_capture_on_commit_callbacks)
    if who != "anonymous":
        client.force_login(make_member() if who == "stranger" else staff)

    response = client.get(reverse("judging:deal", args=[deal.pk]))

    assert response.status_code == (302 if who == "anonymous" else 404)


def test_a_side_records_the_outcome_on_the_deal_page(client, award, staff, django_capture_on_commit_callbacks):
    deal = introduced(award, staff, django_capture_on_commit_callbacks)
    client.force_login(award.challenge.owner)

    client.post(
        reverse("judging:deal", args=[deal.pk]), {"outcome": DealOutcome.PILOT, "value": "500000", "currency": "CNY"}
    )

    deal.refresh_from_db()
    assert (deal.outcome, deal.value, deal.currency) == (DealOutcome.PILOT, 50_000_000, "CNY")
    assert deal.recorded_by == award.challenge.owner
    assert "CNY 500,000" in client.get(reverse("judging:deal", args=[deal.pk])).content.decode()


def test_an_outcome_outside_the_list_is_refused_and_the_value_kept(
    client, award, staff, django_capture_on_commit_callbacks
):
    deal = introduced(award, staff, django_capture_on_commit_callbacks)
    client.force_login(award.submission.registration.user)

    response = client.post(
        reverse("judging:deal", args=[deal.pk]), {"outcome": "merger", "value": "123.45", "currency": "CNY"}
    )

    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    assert 'value="123.45"' in response.content.decode()
    deal.refresh_from_db()
    assert deal.outcome == ""


def test_a_stranger_cannot_record_an_outcome(award, staff, django_capture_on_commit_callbacks):
    deal = introduced(award, staff, django_capture_on_commit_callbacks)

    with pytest.raises(PermissionDenied):
        deals.record_outcome(deal, make_member(), DealOutcome.LICENCE)


def test_a_stranger_posting_an_outcome_gets_404(client, award, staff, django_capture_on_commit_callbacks):
    deal = introduced(award, staff, django_capture_on_commit_callbacks)
    client.force_login(make_member())

    response = client.post(reverse("judging:deal", args=[deal.pk]), {"outcome": DealOutcome.LICENCE})

    assert response.status_code == 404
    deal.refresh_from_db()
    assert deal.outcome == ""


# --- from the award's admin page --------------------------------------------------------------------


def test_staff_introduce_from_the_award_page_and_see_the_outcome(client, award, staff):
    client.force_login(staff)
    url = reverse("awards:review", args=[award.pk])

    assert "Introduce to the seeker" in client.get(url).content.decode()
    client.post(url, {"action": "introduce"})
    deal = Deal.objects.get(award=award)
    deals.record_outcome(deal, award.challenge.owner, DealOutcome.CONTRACT, 10_000_000, "USD")

    html = client.get(url).content.decode()
    assert "Contract" in html and "USD 100,000" in html


def test_the_award_page_cannot_introduce_for_someone_who_does_not_handle_challenges(client, award):
    client.force_login(admin_user_without_challenges())

    client.post(reverse("awards:review", args=[award.pk]), {"action": "introduce"})

    assert not Deal.objects.exists()
