"""Expressions of interest: who may send them, the owner's reply, contact reveal, messages, outcome."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone

from opportunities import introductions
from opportunities.models import ExpressionOfInterest, InterestStatus, IntroductionMessage, Outcome, Status
from tests.opportunities.factories import ListingFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing():
    listing = ListingFactory(title="Offshore AI diagnostics")
    make_member(user=listing.owner, organisation=listing.organisation, full_name="Olivia Owner", phone="+65 5555 0101")
    listing.owner.email = "olivia@owner.example"
    listing.owner.save()
    return listing


@pytest.fixture
def sender():
    user = make_member(full_name="Sam Sender", phone="+86 898 5555 0202")
    user.email = "sam@sender.example"
    user.save()
    return user


@pytest.fixture
def interest(listing, sender):
    return introductions.express_interest(listing, sender, "We would like to license this in Hainan.")


@pytest.fixture
def accepted(interest, listing):
    introductions.respond(interest, listing.owner, accept=True)
    mail.outbox.clear()
    return interest


# Expressing interest --------------------------------------------------------------------------


def test_expressing_interest_emails_the_listing_owner(listing, sender):
    introductions.express_interest(listing, sender, "We would like to license this in Hainan.")
    assert [email.to for email in mail.outbox] == [["olivia@owner.example"]]
    assert "Offshore AI diagnostics" in mail.outbox[0].subject
    assert "We would like to license this in Hainan." in mail.outbox[0].body


def test_interest_email_does_not_reveal_the_senders_contact_details(listing, sender):
    introductions.express_interest(listing, sender, "Hello")
    assert "sam@sender.example" not in mail.outbox[0].body
    assert "Sam Sender" not in mail.outbox[0].body


def test_interest_email_is_in_the_owners_language(listing, sender):
    listing.owner.profile.preferred_language = "zh-hans"
    listing.owner.profile.save()
    introductions.express_interest(listing, sender, "Hello")
    assert "/zh-hans/opportunities/introductions/" in mail.outbox[0].body


def test_expressing_interest_through_the_form_creates_it_and_shows_it(client, listing, sender):
    client.force_login(sender)
    response = client.post(f"/en/opportunities/{listing.pk}/interest/", {"message": "Interested!"}, follow=True)
    interest = ExpressionOfInterest.objects.get()
    assert (interest.sender, interest.listing, interest.status) == (sender, listing, InterestStatus.PENDING)
    assert response.redirect_chain[-1][0] == f"/en/opportunities/introductions/{interest.pk}/"


def test_the_interest_form_requires_a_message(client, listing, sender):
    client.force_login(sender)
    response = client.post(f"/en/opportunities/{listing.pk}/interest/", {"message": "  "})
    assert response.status_code == 400
    assert not ExpressionOfInterest.objects.exists()


def test_the_interest_form_requires_login(client, listing):
    response = client.get(f"/en/opportunities/{listing.pk}/interest/")
    assert response.status_code == 302
    assert "next=" in response["Location"]


def test_a_user_without_an_organisation_cannot_express_interest(listing):
    with pytest.raises(ValidationError, match="organisation"):
        introductions.express_interest(listing, UserFactory(), "Hello")


def test_a_user_without_an_organisation_is_told_to_add_one(client, listing):
    client.force_login(UserFactory())
    response = client.get(f"/en/opportunities/{listing.pk}/interest/")
    assert "Add your organisation to your profile" in response.content.decode()
    assert 'name="message"' not in response.content.decode()


def test_nobody_can_express_interest_in_their_own_listing(listing):
    with pytest.raises(ValidationError, match="own"):
        introductions.express_interest(listing, listing.owner, "Hello")


def test_a_colleague_cannot_express_interest_in_their_organisations_listing(listing):
    colleague = make_member(organisation=listing.organisation)
    with pytest.raises(ValidationError, match="own"):
        introductions.express_interest(listing, colleague, "Hello")


def test_no_interest_in_an_expired_listing(sender):
    expired = ListingFactory(deadline=timezone.localdate() - datetime.timedelta(days=1))
    with pytest.raises(ValidationError, match="no longer open"):
        introductions.express_interest(expired, sender, "Hello")


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.CLOSED, Status.EXPIRED])
def test_no_interest_in_a_listing_that_is_not_published(sender, status):
    hidden = ListingFactory(status=status)
    with pytest.raises(ValidationError):
        introductions.express_interest(hidden, sender, "Hello")
    assert not ExpressionOfInterest.objects.exists()


def test_the_interest_form_of_an_unpublished_listing_is_not_found(client, sender):
    draft = ListingFactory(status=Status.DRAFT)
    client.force_login(sender)
    assert client.get(f"/en/opportunities/{draft.pk}/interest/").status_code == 404


def test_one_pending_interest_per_listing(interest, listing, sender):
    with pytest.raises(ValidationError, match="already"):
        introductions.express_interest(listing, sender, "Again")


def test_at_most_five_pending_interests_per_user(sender):
    for _ in range(5):
        introductions.express_interest(ListingFactory(), sender, "Hello")
    with pytest.raises(ValidationError, match="5 expressions of interest waiting"):
        introductions.express_interest(ListingFactory(), sender, "One too many")
    assert ExpressionOfInterest.objects.filter(sender=sender).count() == 5


def test_answered_interests_do_not_count_towards_the_limit(sender):
    for _ in range(5):
        interest = introductions.express_interest(ListingFactory(), sender, "Hello")
    introductions.respond(interest, interest.listing.owner, accept=False)
    introductions.express_interest(ListingFactory(), sender, "Room for one more")
    assert ExpressionOfInterest.objects.filter(sender=sender, status=InterestStatus.PENDING).count() == 5


def test_the_limit_is_shown_on_the_form(client, sender):
    for _ in range(5):
        introductions.express_interest(ListingFactory(), sender, "Hello")
    client.force_login(sender)
    response = client.post(f"/en/opportunities/{ListingFactory().pk}/interest/", {"message": "Hi"})
    assert "5 expressions of interest waiting for a reply" in response.content.decode()
    assert ExpressionOfInterest.objects.count() == 5


# Replies and the contact reveal ----------------------------------------------------------------


def test_contact_details_are_hidden_from_the_sender_before_acceptance(client, interest):
    client.force_login(interest.sender)
    page = client.get(f"/en/opportunities/introductions/{interest.pk}/").content.decode()
    assert "olivia@owner.example" not in page
    assert "+65 5555 0101" not in page


def test_contact_details_are_hidden_from_the_owner_before_acceptance(client, interest, listing):
    client.force_login(listing.owner)
    page = client.get(f"/en/opportunities/introductions/{interest.pk}/").content.decode()
    assert "sam@sender.example" not in page
    assert "We would like to license this in Hainan." in page


def test_after_acceptance_the_sender_sees_the_owners_contact_details(client, accepted):
    client.force_login(accepted.sender)
    page = client.get(f"/en/opportunities/introductions/{accepted.pk}/").content.decode()
    assert "olivia@owner.example" in page
    assert "+65 5555 0101" in page
    assert "Olivia Owner" in page


def test_after_acceptance_the_owner_sees_the_senders_contact_details(client, accepted, listing):
    client.force_login(listing.owner)
    page = client.get(f"/en/opportunities/introductions/{accepted.pk}/").content.decode()
    assert "sam@sender.example" in page
    assert "+86 898 5555 0202" in page


def test_acceptance_emails_both_parties_the_others_contact_details(interest, listing):
    mail.outbox.clear()
    introductions.respond(interest, listing.owner, accept=True)
    by_recipient = {email.to[0]: email.body for email in mail.outbox}
    assert "olivia@owner.example" in by_recipient["sam@sender.example"]
    assert "sam@sender.example" in by_recipient["olivia@owner.example"]


def test_the_owner_accepts_through_the_page(client, interest, listing):
    client.force_login(listing.owner)
    client.post(f"/en/opportunities/introductions/{interest.pk}/respond/", {"decision": "accept"})
    interest.refresh_from_db()
    assert interest.status == InterestStatus.ACCEPTED


def test_declining_tells_the_sender_politely_without_contact_details(interest, listing):
    mail.outbox.clear()
    introductions.respond(interest, listing.owner, accept=False)
    assert [email.to for email in mail.outbox] == [["sam@sender.example"]]
    assert "Thank you for your interest" in mail.outbox[0].body
    assert "olivia@owner.example" not in mail.outbox[0].body


def test_a_declined_interest_never_shows_contact_details(client, interest, listing):
    introductions.respond(interest, listing.owner, accept=False)
    client.force_login(interest.sender)
    page = client.get(f"/en/opportunities/introductions/{interest.pk}/").content.decode()
    assert "olivia@owner.example" not in page


def test_only_the_owner_can_respond(interest):
    with pytest.raises(PermissionDenied):
        introductions.respond(interest, interest.sender, accept=True)


def test_the_sender_cannot_accept_through_the_page(client, interest):
    client.force_login(interest.sender)
    response = client.post(f"/en/opportunities/introductions/{interest.pk}/respond/", {"decision": "accept"})
    interest.refresh_from_db()
    assert response.status_code == 403
    assert interest.status == InterestStatus.PENDING


def test_an_interest_is_answered_only_once(accepted, listing):
    with pytest.raises(ValidationError):
        introductions.respond(accepted, listing.owner, accept=False)


# Other people see nothing -----------------------------------------------------------------------


def test_a_third_user_gets_404_on_the_interest_page(client, accepted):
    client.force_login(make_member())
    assert client.get(f"/en/opportunities/introductions/{accepted.pk}/").status_code == 404


def test_a_third_user_cannot_post_messages(client, accepted):
    client.force_login(make_member())
    response = client.post(f"/en/opportunities/introductions/{accepted.pk}/message/", {"body": "Spam"})
    assert response.status_code == 404
    assert not IntroductionMessage.objects.exists()


def test_a_third_user_cannot_post_messages_through_the_service(accepted):
    with pytest.raises(PermissionDenied):
        introductions.post_message(accepted, make_member(), "Spam")


def test_anonymous_visitors_are_sent_to_log_in(client, accepted):
    response = client.get(f"/en/opportunities/introductions/{accepted.pk}/")
    assert response.status_code == 302


# Messages ---------------------------------------------------------------------------------------


def test_no_messages_before_acceptance(interest):
    with pytest.raises(ValidationError):
        introductions.post_message(interest, interest.sender, "Hello?")


def test_no_message_form_before_acceptance(client, interest):
    client.force_login(interest.sender)
    page = client.get(f"/en/opportunities/introductions/{interest.pk}/").content.decode()
    assert 'name="body"' not in page


def test_after_acceptance_a_message_reaches_the_other_party_by_email(accepted):
    introductions.post_message(accepted, accepted.sender, "When can we meet in Haikou?")
    assert [email.to for email in mail.outbox] == [["olivia@owner.example"]]
    assert "When can we meet in Haikou?" in mail.outbox[0].body


def test_both_parties_see_the_thread(client, accepted, listing):
    introductions.post_message(accepted, accepted.sender, "When can we meet in Haikou?")
    introductions.post_message(accepted, listing.owner, "Next Tuesday <b>works</b>.")
    client.force_login(accepted.sender)
    page = client.get(f"/en/opportunities/introductions/{accepted.pk}/").content.decode()
    assert "When can we meet in Haikou?" in page
    assert "Next Tuesday &lt;b&gt;works&lt;/b&gt;." in page


def test_posting_a_message_through_the_page(client, accepted, listing):
    client.force_login(listing.owner)
    client.post(f"/en/opportunities/introductions/{accepted.pk}/message/", {"body": "Welcome!"})
    assert IntroductionMessage.objects.get().author == listing.owner


def test_an_empty_message_is_refused(client, accepted):
    client.force_login(accepted.sender)
    response = client.post(f"/en/opportunities/introductions/{accepted.pk}/message/", {"body": ""})
    assert response.status_code == 400
    assert not IntroductionMessage.objects.exists()


# Outcome and withdrawal ------------------------------------------------------------------------


def test_the_owner_records_the_outcome(client, accepted, listing):
    client.force_login(listing.owner)
    client.post(f"/en/opportunities/introductions/{accepted.pk}/outcome/", {"outcome": Outcome.AGREEMENT})
    accepted.refresh_from_db()
    assert accepted.outcome == Outcome.AGREEMENT


def test_the_sender_cannot_record_the_outcome(accepted):
    with pytest.raises(PermissionDenied):
        introductions.record_outcome(accepted, accepted.sender, Outcome.AGREEMENT)


def test_the_outcome_form_is_shown_to_the_owner_only(client, accepted, listing):
    client.force_login(accepted.sender)
    assert 'name="outcome"' not in client.get(f"/en/opportunities/introductions/{accepted.pk}/").content.decode()
    client.force_login(listing.owner)
    assert 'name="outcome"' in client.get(f"/en/opportunities/introductions/{accepted.pk}/").content.decode()


def test_no_outcome_before_acceptance(interest, listing):
    with pytest.raises(ValidationError):
        introductions.record_outcome(interest, listing.owner, Outcome.NEGOTIATING)


def test_an_unknown_outcome_is_refused(client, accepted, listing):
    client.force_login(listing.owner)
    response = client.post(f"/en/opportunities/introductions/{accepted.pk}/outcome/", {"outcome": "bribed"})
    accepted.refresh_from_db()
    assert response.status_code == 400
    assert accepted.outcome == ""


def test_the_sender_withdraws_a_pending_interest(client, interest):
    client.force_login(interest.sender)
    client.post(f"/en/opportunities/introductions/{interest.pk}/withdraw/")
    interest.refresh_from_db()
    assert interest.status == InterestStatus.WITHDRAWN


def test_the_owner_cannot_withdraw_the_senders_interest(interest, listing):
    with pytest.raises(PermissionDenied):
        introductions.withdraw(interest, listing.owner)


def test_an_accepted_interest_cannot_be_withdrawn(accepted):
    with pytest.raises(ValidationError):
        introductions.withdraw(accepted, accepted.sender)


def test_state_changes_need_post(client, interest):
    client.force_login(interest.sender)
    assert client.get(f"/en/opportunities/introductions/{interest.pk}/withdraw/").status_code == 405


# The listing page's actions ---------------------------------------------------------------------


def _actions_html(listing, user):
    request = RequestFactory().get(f"/en/opportunities/{listing.pk}/")
    request.user = user
    return render_to_string("opportunities/includes/listing_actions.html", {"listing": listing, "request": request})


def test_a_reader_is_offered_to_express_interest_and_to_report(listing, sender):
    html = _actions_html(listing, sender)
    assert f"/en/opportunities/{listing.pk}/interest/" in html
    assert f"/en/opportunities/{listing.pk}/report/" in html


def test_a_reader_who_expressed_interest_sees_its_status(interest, listing, sender):
    html = _actions_html(listing, sender)
    assert f"/en/opportunities/introductions/{interest.pk}/" in html
    assert "Waiting for a reply" in html


def test_the_owner_is_not_offered_to_express_interest(listing):
    assert "/interest/" not in _actions_html(listing, listing.owner)


def test_anonymous_readers_are_asked_to_log_in(listing):
    html = _actions_html(listing, AnonymousUser())
    assert "Log in to express interest" in html
    assert f"next=/en/opportunities/{listing.pk}/" in html.replace("%2F", "/")


def test_a_users_introductions_are_listed_both_ways(interest, listing, sender):
    assert introductions.introductions_of(listing.owner) == {"received": [interest], "sent": []}
    assert introductions.introductions_of(sender) == {"received": [], "sent": [interest]}
