"""Awards tracked to payment: only winners, team shares that add up to the fen, awarded → agreement signed →
paid in that order with dates, the seeker told the due date, overdue awards flagged to staff once a day,
and the staff's admin pages for it."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from challenges.choices import InvitationStatus
from core.hooks import daily_tasks
from judging import awards, tasks
from judging.models import Award, AwardStatus, EntryStatus
from tests.challenges.factories import TeamInvitationFactory, UserFactory, make_member
from tests.judging.factories import ClosedChallengeFactory, entry

pytestmark = pytest.mark.django_db

DUE = datetime.date(2030, 6, 30)


def staff_user(**fields):
    """A member of staff who may handle challenges in the admin (``challenges.change_challenge``)."""
    group, _created = Group.objects.get_or_create(name="Challenge staff")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="challenges", codename="change_challenge"),
    )
    user = UserFactory(**fields)
    user.groups.add(group)
    return user


def admin_user_without_challenges():
    """Someone who may open the Wagtail admin but not handle challenges."""
    group, _created = Group.objects.get_or_create(name="Editors only")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user = UserFactory()
    user.groups.add(group)
    return user


def accepted_member(submission, share, language="en", **profile):
    member = make_member(language=language, **profile)
    TeamInvitationFactory(
        registration=submission.registration,
        email=member.email,
        member=member,
        award_share=share,
        status=InvitationStatus.ACCEPTED,
    )
    return member


def winner(challenge=None, language="en", **submission_fields):
    """A winning entry by a solver reading email in ``language``, to a closed challenge."""
    challenge = challenge or ClosedChallengeFactory(owner=make_member(language="en"))
    return entry(challenge, EntryStatus.WINNER, user=make_member(language=language), **submission_fields)


def make_award(submission=None, amount=20_000_000, staff=None, due_on=DUE, **fields):
    submission = submission or winner()
    return awards.award(submission, staff or staff_user(), amount, "CNY", due_on, **fields)


# --- making an award ---------------------------------------------------------------------------


def test_only_a_winning_entry_can_be_given_an_award():
    finalist = entry(ClosedChallengeFactory(), EntryStatus.FINALIST)

    with pytest.raises(ValidationError, match="Only a winning entry"):
        awards.award(finalist, staff_user(), 1_000_000, "CNY", DUE)


def test_an_entry_gets_one_award_only():
    submission = winner()
    make_award(submission)

    with pytest.raises(ValidationError, match="has an award already"):
        make_award(submission)


def test_only_challenge_staff_can_make_an_award():
    with pytest.raises(PermissionDenied):
        awards.award(winner(), make_member(), 1_000_000, "CNY", DUE)


def test_team_shares_add_up_to_the_award_to_the_fen_and_the_lead_keeps_the_rest():
    submission = winner()
    first, second = accepted_member(submission, 33), accepted_member(submission, 33)

    made = make_award(submission, amount=100_001)

    shares = {share.member: (share.percent, share.amount) for share in made.shares.all()}
    assert shares[first] == (33, 33_000) and shares[second] == (33, 33_000)
    assert shares[submission.registration.user] == (34, 34_001)
    assert sum(amount for _percent, amount in shares.values()) == 100_001


@pytest.mark.parametrize("amount", [1, 7, 99, 100, 333_333, 20_000_000, 10**15 + 7])
def test_split_always_sums_to_the_amount(amount):
    lead, members = awards.split(amount, [33, 33, 17])

    assert lead + sum(members) == amount
    assert lead >= max(members) * 17 // 33  # the lead's rounding gain is never a loss


def test_a_pending_invitation_does_not_take_a_share():
    submission = winner()
    TeamInvitationFactory(registration=submission.registration, award_share=40)  # never answered

    made = make_award(submission, amount=1_000_000)

    assert [(share.percent, share.amount) for share in made.shares.all()] == [(100, 1_000_000)]


def test_the_team_and_the_seeker_are_emailed_with_the_due_date(mailoutbox, django_capture_on_commit_callbacks):
    submission = winner()
    member = accepted_member(submission, 25)

    with django_capture_on_commit_callbacks(execute=True):
        make_award(submission, amount=20_000_000)

    by_address = {message.to[0]: message for message in mailoutbox}
    seeker = submission.challenge.owner
    assert set(by_address) == {submission.registration.user.email, member.email, seeker.email}
    assert "30 June 2030" in by_address[seeker.email].subject
    assert "To be paid by: 30 June 2030" in by_address[seeker.email].body
    assert "CNY 200,000" in by_address[member.email].body
    assert "25 %, that is CNY 50,000" in by_address[member.email].body


# --- awarded → agreement signed → paid --------------------------------------------------------------


def test_an_award_cannot_be_paid_before_its_agreement_is_signed():
    made = make_award()

    with pytest.raises(ValidationError, match="awarded, then agreement signed, then paid"):
        awards.mark_paid(made, staff_user(), timezone.localdate())
    made.refresh_from_db()
    assert made.status == AwardStatus.AWARDED and made.paid_at is None


def test_each_step_records_its_date_in_order():
    made, staff = make_award(), staff_user()
    today = timezone.localdate()

    awards.mark_agreement_signed(made, staff, today)
    awards.mark_paid(made, staff, today)

    made.refresh_from_db()
    assert made.status == AwardStatus.PAID
    assert timezone.localdate(made.agreement_signed_at) == today == timezone.localdate(made.paid_at)


def test_the_agreement_cannot_be_signed_twice():
    made, staff = make_award(), staff_user()
    awards.mark_agreement_signed(made, staff, timezone.localdate())

    with pytest.raises(ValidationError):
        awards.mark_agreement_signed(made, staff, timezone.localdate())


def test_a_step_cannot_be_dated_in_the_future():
    with pytest.raises(ValidationError, match="future"):
        awards.mark_agreement_signed(make_award(), staff_user(), timezone.localdate() + datetime.timedelta(days=1))


# --- overdue --------------------------------------------------------------------------------------


def overdue_award():
    made = make_award(due_on=timezone.localdate() + datetime.timedelta(days=10))
    Award.objects.filter(pk=made.pk).update(due_on=timezone.localdate() - datetime.timedelta(days=3))
    return made


def test_an_award_past_its_due_date_and_unpaid_is_overdue_and_a_paid_one_is_not():
    late = overdue_award()
    paid = overdue_award()
    Award.objects.filter(pk=paid.pk).update(status=AwardStatus.PAID)

    assert list(awards.overdue_awards()) == [late]


def test_staff_are_emailed_the_overdue_awards_once_a_day(mailoutbox):
    late = overdue_award()
    staff = staff_user(email="desk@example.com")
    mailoutbox.clear()
    today = timezone.localdate()

    awards.flag_overdue_awards(today)
    awards.flag_overdue_awards(today)  # the job ran twice

    to_staff = [message for message in mailoutbox if message.to == [staff.email]]
    assert len(to_staff) == 1
    assert "1 challenge award is overdue" in to_staff[0].subject
    assert late.submission.reference in to_staff[0].body
    awards.flag_overdue_awards(today + datetime.timedelta(days=1))
    assert len([message for message in mailoutbox if message.to == [staff.email]]) == 2


def test_nobody_is_emailed_when_no_award_is_overdue(mailoutbox):
    make_award()
    staff_user()
    mailoutbox.clear()

    assert awards.flag_overdue_awards() == 0
    assert mailoutbox == []


def test_the_overdue_check_runs_daily():
    assert tasks.flag_overdue_awards in daily_tasks()


# --- the admin ----------------------------------------------------------------------------------


def test_the_award_list_flags_an_overdue_award_in_words(client):
    late = overdue_award()
    client.force_login(staff_user())

    html = client.get(reverse("awards:index")).content.decode()

    assert str(late.challenge.title) in html
    assert "Overdue: was due" in html


def test_staff_mark_the_agreement_signed_then_paid_on_the_award_page(client):
    made = make_award()
    client.force_login(staff_user())
    url = reverse("awards:review", args=[made.pk])
    today = timezone.localdate().isoformat()

    assert "Mark the agreement signed" in client.get(url).content.decode()
    client.post(url, {"action": "sign", "on": today})
    assert "Mark paid" in client.get(url).content.decode()
    client.post(url, {"action": "pay", "on": today})

    made.refresh_from_db()
    assert made.status == AwardStatus.PAID


def test_a_payment_posted_out_of_order_is_refused_with_a_message(client):
    made = make_award()
    client.force_login(staff_user())

    response = client.post(
        reverse("awards:review", args=[made.pk]), {"action": "pay", "on": timezone.localdate().isoformat()}, follow=True
    )

    assert "this step is not possible" in response.content.decode()
    made.refresh_from_db()
    assert made.status == AwardStatus.AWARDED


def test_staff_make_an_award_on_the_winners_page_and_see_its_due_date(client):
    submission = winner()
    client.force_login(staff_user())
    url = reverse("awards:announcement", args=[submission.challenge_id])
    prefix = f"award-{submission.pk}"

    client.post(
        url,
        {
            "submission": submission.pk,
            "action": "award",
            f"{prefix}-amount": "200000",
            f"{prefix}-currency": "CNY",
            f"{prefix}-due_on": "2030-06-30",
        },
    )

    made = Award.objects.get(submission=submission)
    assert (made.amount, made.due_on) == (20_000_000, DUE)
    html = client.get(url).content.decode()
    assert "To be paid by (the seeker was told)" in html and "30 June 2030" in html


def test_an_award_form_with_a_past_due_date_is_shown_again_with_the_error(client):
    submission = winner()
    client.force_login(staff_user())
    prefix = f"award-{submission.pk}"

    response = client.post(
        reverse("awards:announcement", args=[submission.challenge_id]),
        {
            "submission": submission.pk,
            "action": "award",
            f"{prefix}-amount": "1234.5",
            f"{prefix}-currency": "CNY",
            f"{prefix}-due_on": "2020-01-01",
        },
    )

    assert response.status_code == 400
    assert "The due date cannot be in the past." in response.content.decode()
    assert 'value="1234.5"' in response.content.decode()
    assert not Award.objects.exists()


@pytest.mark.parametrize("name", ["index", "challenges"])
def test_admin_pages_are_refused_to_someone_who_does_not_handle_challenges(client, name):
    client.force_login(admin_user_without_challenges())

    response = client.get(reverse(f"awards:{name}"))

    assert response.status_code in (302, 403)


def test_an_award_page_is_refused_to_someone_who_does_not_handle_challenges(client):
    made = make_award()
    client.force_login(admin_user_without_challenges())

    assert client.get(reverse("awards:review", args=[made.pk])).status_code in (302, 403)
    assert client.get(reverse("awards:announcement", args=[made.challenge_id])).status_code in (302, 403)


def test_the_results_list_counts_each_challenges_entries_and_awards(client, django_assert_max_num_queries):
    for _number in range(3):
        make_award()
    client.force_login(staff_user())

    with django_assert_max_num_queries(20):
        response = client.get(reverse("awards:challenges"))

    assert response.status_code == 200
    assert response.content.decode().count("Not published") == 3


def test_the_award_list_finds_an_award_by_its_entry_reference(client):
    wanted, other = make_award(), make_award()
    client.force_login(staff_user())

    html = client.get(reverse("awards:index"), {"q": wanted.submission.reference}).content.decode()

    assert str(wanted.challenge.title) in html and str(other.challenge.title) not in html
