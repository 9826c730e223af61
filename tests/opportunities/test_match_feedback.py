"""Owners say whether a suggested match is useful: the dashboard's form and undo, who may answer, the
moderators' list and export, and the answers in the owner's personal data."""

import pytest
from django.test import Client
from django.urls import reverse

from accounts import account_deletion
from accounts.data_export import personal_data
from opportunities import match_feedback
from opportunities.models import FeedbackReason, FeedbackVerdict, ListingKind, Match, MatchFeedback, Status
from tests.opportunities.factories import ListingFactory
from tests.opportunities.test_moderation_admin import staff_user

pytestmark = pytest.mark.django_db

REASONS_SHOWN = {"keywords": ["desalination"], "stage": True}
CANDIDATE_TITLE = "Solar desalination units"


@pytest.fixture
def match():
    """A stored match between an owner's request and a public offer, as the matcher leaves it."""
    request = ListingFactory(kind=ListingKind.TECHNOLOGY_REQUEST, title="Clean water for a resort")
    offer = ListingFactory(title=CANDIDATE_TITLE)
    return Match.objects.create(listing=request, candidate=offer, score=72, reasons=REASONS_SHOWN)


@pytest.fixture
def owner(client, match):
    client.force_login(match.listing.owner)
    return match.listing.owner


def feedback_url(match, language="en"):
    return f"/{language}/opportunities/matches/{match.listing_id}/{match.candidate_id}/feedback/"


def undo_url(match, language="en"):
    return feedback_url(match, language) + "undo/"


def dashboard(client, language="en"):
    return client.get(f"/{language}/opportunities/dashboard/").content.decode()


def answer(client, match, verdict, reason="", language="en"):
    """Press a button of the match's form; returns the dashboard it leads back to."""
    return client.post(feedback_url(match, language), {"verdict": verdict, "reason": reason}, follow=True)


# Giving an answer


def test_useful_is_recorded_with_its_reason(client, owner, match):
    answer(client, match, FeedbackVerdict.USEFUL, FeedbackReason.GOOD_FIT)

    feedback = MatchFeedback.objects.get()
    assert (feedback.listing, feedback.candidate, feedback.user) == (match.listing, match.candidate, owner)
    assert (feedback.verdict, feedback.reason) == (FeedbackVerdict.USEFUL, FeedbackReason.GOOD_FIT)


def test_useful_thanks_the_owner_and_returns_to_the_matches(client, owner, match):
    response = answer(client, match, FeedbackVerdict.USEFUL)

    assert response.redirect_chain[0][0] == "/en/opportunities/dashboard/#matches-heading"
    assert "Marked useful." in response.content.decode()


def test_not_relevant_is_recorded_with_its_reason(client, owner, match):
    answer(client, match, FeedbackVerdict.NOT_RELEVANT, FeedbackReason.WRONG_STAGE)

    feedback = MatchFeedback.objects.get()
    assert (feedback.verdict, feedback.reason) == (FeedbackVerdict.NOT_RELEVANT, FeedbackReason.WRONG_STAGE)


def test_a_reason_is_optional(client, owner, match):
    answer(client, match, FeedbackVerdict.NOT_RELEVANT)

    assert MatchFeedback.objects.get().reason == FeedbackReason.NONE


def test_the_score_and_reasons_the_owner_saw_are_kept_when_the_match_changes(client, owner, match):
    answer(client, match, FeedbackVerdict.USEFUL)
    Match.objects.filter(pk=match.pk).update(score=15, reasons={})

    feedback = MatchFeedback.objects.get()
    assert (feedback.score, feedback.reasons) == (72, REASONS_SHOWN)


def test_the_owner_may_change_their_mind(client, owner, match):
    answer(client, match, FeedbackVerdict.USEFUL)
    answer(client, match, FeedbackVerdict.NOT_RELEVANT, FeedbackReason.WRONG_FIELD)

    assert list(MatchFeedback.objects.values_list("verdict", "reason")) == [
        (FeedbackVerdict.NOT_RELEVANT, FeedbackReason.WRONG_FIELD)
    ]


# What the dashboard shows


def test_the_dashboard_asks_about_each_match_with_a_labelled_reason_list(client, owner, match):
    page = dashboard(client)

    field_id = f"match-feedback-{match.listing_id}-{match.candidate_id}-reason"
    assert "Is this match useful?" in page
    assert f'<label for="{field_id}">Why? (optional)</label>' in page
    assert f'<select name="reason" id="{field_id}">' in page
    assert "Different technology or field" in page
    assert f'action="{feedback_url(match)}"' in page


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_not_relevant_hides_the_match_from_the_dashboard(client, owner, match, language):
    assert CANDIDATE_TITLE in dashboard(client, language)

    response = answer(client, match, FeedbackVerdict.NOT_RELEVANT, language=language)

    assert response.redirect_chain[0][0] == f"/{language}/opportunities/dashboard/#matches-heading"
    assert CANDIDATE_TITLE not in dashboard(client, language)


def test_not_relevant_thanks_the_owner_and_offers_to_show_the_match_again(client, owner, match):
    page = answer(client, match, FeedbackVerdict.NOT_RELEVANT).content.decode()

    assert "Thanks — this match is no longer shown." in page
    assert f"“{CANDIDATE_TITLE}” is no longer shown in your matches." in page
    assert f'action="{undo_url(match)}"' in page and "Show it again" in page


def test_the_offer_to_show_it_again_is_made_once(client, owner, match):
    answer(client, match, FeedbackVerdict.NOT_RELEVANT)

    assert "Show it again" not in dashboard(client)


def test_undo_shows_a_not_relevant_match_again(client, owner, match):
    answer(client, match, FeedbackVerdict.NOT_RELEVANT)

    page = client.post(undo_url(match), follow=True).content.decode()

    assert "The match is shown again." in page
    assert CANDIDATE_TITLE in dashboard(client)
    assert not MatchFeedback.objects.exists()


def test_undo_of_a_match_no_longer_stored_says_it_may_come_back(client, owner, match):
    answer(client, match, FeedbackVerdict.NOT_RELEVANT)
    match.delete()  # the matcher filled the slot with another candidate

    page = client.post(undo_url(match), follow=True).content.decode()

    assert "The match may return when matches are next updated." in page
    assert not MatchFeedback.objects.exists()


def test_a_useful_match_says_so_and_offers_an_undo(client, owner, match):
    answer(client, match, FeedbackVerdict.USEFUL)

    page = dashboard(client)

    assert CANDIDATE_TITLE in page and "You marked this useful." in page
    assert f'action="{undo_url(match)}"' in page
    assert "Is this match useful?" not in page


def test_undo_of_useful_asks_again(client, owner, match):
    answer(client, match, FeedbackVerdict.USEFUL)

    page = client.post(undo_url(match), follow=True).content.decode()

    assert "Your “useful” answer was taken back." in page
    assert "Is this match useful?" in page
    assert not MatchFeedback.objects.exists()


# Who may answer, and what is refused


def test_another_user_cannot_answer_for_someone_elses_listing(client, match):
    client.force_login(ListingFactory().owner)

    response = client.post(feedback_url(match), {"verdict": FeedbackVerdict.NOT_RELEVANT})

    assert response.status_code == 404
    assert not MatchFeedback.objects.exists()


def test_the_candidates_owner_cannot_answer_for_the_listing_it_was_matched_to(client, match):
    client.force_login(match.candidate.owner)

    response = client.post(feedback_url(match), {"verdict": FeedbackVerdict.NOT_RELEVANT})

    assert response.status_code == 404
    assert not MatchFeedback.objects.exists()


def test_another_user_cannot_undo_someone_elses_answer(client, owner, match):
    answer(client, match, FeedbackVerdict.NOT_RELEVANT)
    client.force_login(ListingFactory().owner)

    assert client.post(undo_url(match)).status_code == 404
    assert MatchFeedback.objects.filter(verdict=FeedbackVerdict.NOT_RELEVANT).exists()


def test_undo_without_an_answer_is_not_found(client, owner, match):
    assert client.post(undo_url(match)).status_code == 404


def test_a_pair_without_a_stored_match_is_not_found(client, owner, match):
    other_offer = ListingFactory()
    url = f"/en/opportunities/matches/{match.listing_id}/{other_offer.pk}/feedback/"

    assert client.post(url, {"verdict": FeedbackVerdict.USEFUL}).status_code == 404
    assert not MatchFeedback.objects.exists()


def test_a_match_whose_candidate_was_closed_cannot_be_answered(client, owner, match):
    match.candidate.status = Status.CLOSED
    match.candidate.save()

    assert client.post(feedback_url(match), {"verdict": FeedbackVerdict.USEFUL}).status_code == 404
    assert not MatchFeedback.objects.exists()


@pytest.mark.parametrize("ids", ["99999999999999999999/1", "1/99999999999999999999"])
def test_ids_out_of_range_are_not_found(client, owner, ids):
    response = client.post(f"/en/opportunities/matches/{ids}/feedback/", {"verdict": FeedbackVerdict.USEFUL})

    assert response.status_code == 404


VERDICT_ERROR = "Choose “Useful” or “Not relevant”."
REASON_ERROR = "Choose one of the reasons in the list, or none."


@pytest.mark.parametrize(
    "posted, error",
    [
        ({"verdict": "excellent"}, VERDICT_ERROR),
        ({}, VERDICT_ERROR),
        ({"verdict": FeedbackVerdict.USEFUL, "reason": "no-such-reason"}, REASON_ERROR),
        (
            {"verdict": FeedbackVerdict.USEFUL, "reason": "wrong-field"},
            "That reason says the match is not relevant: choose “Not relevant”.",
        ),
        (
            {"verdict": FeedbackVerdict.NOT_RELEVANT, "reason": "good-fit"},
            "“What we need” says the match is useful: choose “Useful”.",
        ),
    ],
    ids=["unknown verdict", "no verdict", "unknown reason", "useful for a wrong field", "not relevant but needed"],
)
def test_a_bad_answer_is_refused_with_a_message_and_nothing_saved(client, owner, match, posted, error):
    response = client.post(feedback_url(match), posted, follow=True)

    assert response.redirect_chain[0][0] == "/en/opportunities/dashboard/#matches-heading"
    assert error in response.content.decode()
    assert not MatchFeedback.objects.exists()


@pytest.mark.parametrize("url", [feedback_url, undo_url])
def test_answers_are_posted_not_fetched(client, owner, match, url):
    assert client.get(url(match)).status_code == 405


def test_an_answer_needs_a_signed_in_owner(client, match):
    response = client.post(feedback_url(match), {"verdict": FeedbackVerdict.USEFUL})

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not MatchFeedback.objects.exists()


def test_an_answer_without_the_csrf_token_is_refused(match):
    client = Client(enforce_csrf_checks=True)
    client.force_login(match.listing.owner)

    assert client.post(feedback_url(match), {"verdict": FeedbackVerdict.USEFUL}).status_code == 403
    assert not MatchFeedback.objects.exists()


def test_too_many_answers_in_an_hour_are_refused_with_a_message(client, owner, match, monkeypatch):
    monkeypatch.setattr(match_feedback, "FEEDBACK_PER_HOUR", 2)
    answer(client, match, FeedbackVerdict.USEFUL)
    answer(client, match, FeedbackVerdict.USEFUL, FeedbackReason.GOOD_FIT)

    page = answer(client, match, FeedbackVerdict.NOT_RELEVANT).content.decode()

    assert "You have answered 2 times in the last hour, the most allowed. Please try again later." in page
    assert MatchFeedback.objects.get().verdict == FeedbackVerdict.USEFUL


def test_attach_feedback_reads_every_answer_in_one_query(owner, match, django_assert_num_queries):
    match_feedback.give_feedback(owner, match.listing_id, match.candidate_id, FeedbackVerdict.USEFUL)
    other = Match.objects.create(listing=match.listing, candidate=ListingFactory(), score=50, reasons={})

    stored = list(Match.objects.filter(pk__in=[match.pk, other.pk]))

    with django_assert_num_queries(1):
        matches = match_feedback.attach_feedback(stored)

    assert {m.pk: m.feedback and m.feedback.verdict for m in matches} == {match.pk: "useful", other.pk: None}


# The moderators' list


@pytest.fixture
def given(owner, match):
    return match_feedback.give_feedback(
        owner, match.listing_id, match.candidate_id, FeedbackVerdict.NOT_RELEVANT, FeedbackReason.WRONG_REGION
    )


def test_moderators_see_each_answer_with_its_time_in_beijing(client, given):
    client.force_login(staff_user("Moderators", "change_listing"))

    page = client.get(reverse("match_feedback:index")).content.decode()

    assert CANDIDATE_TITLE in page and "Clean water for a resort" in page
    assert "Not relevant" in page and "Wrong country or market" in page
    assert "Beijing time (UTC+8)" in page


def test_moderators_find_the_list_in_the_moderation_menu(client, given):
    client.force_login(staff_user("Moderators", "change_listing"))

    assert reverse("match_feedback:index") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_list_filters_by_verdict(client, given, match):
    other = Match.objects.create(listing=match.listing, candidate=ListingFactory(title="Wave power"), score=40)
    match_feedback.give_feedback(given.user, other.listing_id, other.candidate_id, FeedbackVerdict.USEFUL)
    client.force_login(staff_user("Moderators", "change_listing"))

    page = client.get(reverse("match_feedback:index"), {"verdict": FeedbackVerdict.USEFUL}).content.decode()

    assert "Wave power" in page and CANDIDATE_TITLE not in page


def test_the_list_exports_the_answers_as_csv(client, given):
    client.force_login(staff_user("Moderators", "change_listing"))

    response = client.get(reverse("match_feedback:index"), {"export": "csv"})

    text = b"".join(response.streaming_content).decode()
    assert "Given at (Beijing time)" in text
    assert CANDIDATE_TITLE in text and "Not relevant" in text and "desalination" in text


def test_the_list_has_no_add_or_edit_pages(client, given):
    client.force_login(staff_user("Moderators", "change_listing"))

    page = client.get(reverse("match_feedback:index")).content.decode()

    assert "/moderation/match-feedback/new/" not in page
    assert client.get(reverse("match_feedback:index") + f"edit/{given.pk}/", follow=True).status_code == 404


def test_staff_without_the_moderation_permission_cannot_open_the_list(client, given):
    client.force_login(staff_user("Editors"))

    response = client.get(reverse("match_feedback:index"))

    assert response.status_code in (302, 403)
    assert CANDIDATE_TITLE not in response.content.decode()


def test_an_ordinary_member_cannot_open_the_list(client, owner, given):
    response = client.get(reverse("match_feedback:index"))

    assert response.status_code == 302 and "/admin/login/" in response["Location"]


# Personal data


def test_the_owners_data_export_holds_their_answers(owner, given):
    exported = personal_data(owner)["match_feedback"]

    assert exported == [
        {
            "listing": "Clean water for a resort",
            "match": CANDIDATE_TITLE,
            "verdict": "not-relevant",
            "reason": "wrong-region",
            "score_shown": 72,
            "given_at": exported[0]["given_at"],
        }
    ]
    assert exported[0]["given_at"]


def test_nobody_elses_export_holds_the_answers(given, match):
    assert personal_data(match.candidate.owner)["match_feedback"] == []


def test_account_deletion_keeps_the_answers_without_naming_the_owner(owner, given):
    account_deletion.delete_account(owner)

    feedback = MatchFeedback.objects.get()
    assert feedback.user is None
    assert (feedback.verdict, feedback.score) == (FeedbackVerdict.NOT_RELEVANT, 72)
