"""Saved searches: saving and deleting one's own, and the daily digest of new matching listings."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from opportunities.models import ListingKind, SavedSearch, Status
from opportunities.saved_searches import MAX_SAVED_SEARCHES, send_saved_search_digests
from tests.accounts.factories import UserFactory
from tests.factories import SectorFactory
from tests.opportunities.factories import ListingFactory, make_member

pytestmark = pytest.mark.django_db

CREATE_URL = "/en/opportunities/saved-searches/new/"
LIST_URL = "/en/opportunities/saved-searches/"


def delete_url(search):
    return f"/en/opportunities/saved-searches/{search.pk}/delete/"


def saved_search(user, query=None, name="AI offers", created_days_ago=1):
    search = SavedSearch.objects.create(user=user, name=name, query=query or {})
    SavedSearch.objects.filter(pk=search.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=created_days_ago)
    )
    search.refresh_from_db()
    return search


def published(hours_ago=1, **fields):
    return ListingFactory(published_at=timezone.now() - datetime.timedelta(hours=hours_ago), **fields)


# Saving, listing and deleting


def test_signed_in_user_saves_the_current_filters(client):
    user = UserFactory()
    SectorFactory(code="health")
    client.force_login(user)
    response = client.post(
        CREATE_URL, {"name": "Health tech", "kind": "tech-offer", "sector": "health", "q": "sensors"}
    )
    search = SavedSearch.objects.get(user=user)
    assert search.name == "Health tech"
    assert search.query == {"kind": "tech-offer", "sector": "health", "q": "sensors"}
    assert response.status_code == 302 and response.url.startswith("/en/opportunities/?")


def test_saving_leaves_out_unknown_parameters_and_invalid_values(client):
    user = UserFactory()
    client.force_login(user)
    client.post(CREATE_URL, {"name": "Mixed", "kind": "not-a-kind", "stage": "market", "page": "3", "evil": "x"})
    assert SavedSearch.objects.get(user=user).query == {"stage": "market"}


def test_saving_without_a_name_is_refused_with_a_message(client):
    client.force_login(UserFactory())
    response = client.post(CREATE_URL, {"name": "  ", "kind": "tech-offer"}, follow=True)
    assert not SavedSearch.objects.exists()
    assert "Give the search a name" in response.content.decode()


def test_saving_beyond_the_limit_is_refused_with_a_message(client):
    user = UserFactory()
    for index in range(MAX_SAVED_SEARCHES):
        saved_search(user, name=f"Search {index}")
    client.force_login(user)
    response = client.post(CREATE_URL, {"name": "One too many"}, follow=True)
    assert SavedSearch.objects.filter(user=user).count() == MAX_SAVED_SEARCHES
    assert "Delete one to save another" in response.content.decode()


def test_visitors_who_are_not_signed_in_cannot_save_a_search(client):
    response = client.post(CREATE_URL, {"name": "Anything"})
    assert response.status_code == 302 and "login" in response.url
    assert not SavedSearch.objects.exists()


def test_saving_needs_a_post(client):
    client.force_login(UserFactory())
    assert client.get(CREATE_URL, {"name": "Sneaky"}).status_code == 405
    assert not SavedSearch.objects.exists()


def test_browse_page_offers_signed_in_users_to_save_the_search(client):
    client.force_login(UserFactory())
    page = client.get("/en/opportunities/", {"kind": "tech-offer"}).content.decode()
    assert f'action="{CREATE_URL}"' in page
    assert '<input type="hidden" name="kind" value="tech-offer">' in page


def test_saved_searches_page_lists_only_ones_own_searches(client):
    user, other = UserFactory(), UserFactory()
    saved_search(user, {"kind": "tech-offer"}, name="Mine")
    saved_search(other, name="Theirs")
    client.force_login(user)
    page = client.get(LIST_URL).content.decode()
    assert "Mine" in page and "Theirs" not in page
    assert 'href="/en/opportunities/?kind=tech-offer"' in page


def test_saved_searches_page_needs_sign_in(client):
    response = client.get(LIST_URL)
    assert response.status_code == 302 and "login" in response.url


def test_user_deletes_their_saved_search(client):
    user = UserFactory()
    search = saved_search(user)
    client.force_login(user)
    response = client.post(delete_url(search))
    assert response.status_code == 302
    assert not SavedSearch.objects.filter(pk=search.pk).exists()


def test_nobody_deletes_another_users_saved_search(client):
    search = saved_search(UserFactory())
    client.force_login(UserFactory())
    assert client.post(delete_url(search)).status_code == 404
    assert SavedSearch.objects.filter(pk=search.pk).exists()


def test_deleting_needs_a_post(client):
    user = UserFactory()
    search = saved_search(user)
    client.force_login(user)
    assert client.get(delete_url(search)).status_code == 405
    assert SavedSearch.objects.filter(pk=search.pk).exists()


# The daily digest


def test_digest_lists_new_matching_listings_only(client):
    user = make_member()
    search = saved_search(user, {"kind": "tech-request"}, created_days_ago=2)
    new_match = published(kind=ListingKind.TECHNOLOGY_REQUEST, title="New matching request")
    published(kind=ListingKind.TECHNOLOGY_OFFER, title="New offer of another type")
    published(hours_ago=24 * 3, kind=ListingKind.TECHNOLOGY_REQUEST, title="Request from before the search")
    ListingFactory(kind=ListingKind.TECHNOLOGY_REQUEST, status=Status.SUBMITTED, title="Request not yet public")
    assert send_saved_search_digests() == 1
    body = mail.outbox[0].body
    assert "New matching request" in body
    assert f"/en/opportunities/{new_match.pk}/" in body
    assert "AI offers" in body
    for title in ("New offer of another type", "Request from before the search", "Request not yet public"):
        assert title not in body
    assert mail.outbox[0].to == [user.email]
    search.refresh_from_db()
    assert search.last_sent_at is not None


def test_digest_leaves_out_the_users_own_listings(client):
    user = make_member()
    saved_search(user)
    published(owner=user, organisation=user.profile.organisation)
    assert send_saved_search_digests() == 0


def test_no_digest_when_nothing_new_matches(client):
    saved_search(make_member(), {"sector": SectorFactory(code="health").code})
    published(sectors=[SectorFactory(code="logistics")])
    assert send_saved_search_digests() == 0
    assert mail.outbox == []


def test_digest_only_reports_listings_since_the_last_one():
    user = make_member()
    search = saved_search(user, created_days_ago=5)
    published(hours_ago=24 * 3, title="Already sent")
    SavedSearch.objects.filter(pk=search.pk).update(last_sent_at=timezone.now() - datetime.timedelta(days=2))
    published(title="Published since")
    send_saved_search_digests()
    assert "Published since" in mail.outbox[0].body
    assert "Already sent" not in mail.outbox[0].body


def test_at_most_one_digest_a_day():
    saved_search(make_member())
    published(title="First")
    now = timezone.now()
    assert send_saved_search_digests(now=now) == 1
    published(hours_ago=0, title="Second")
    assert send_saved_search_digests(now=now + datetime.timedelta(hours=2)) == 0
    assert send_saved_search_digests(now=now + datetime.timedelta(days=1)) == 1
    assert "Second" in mail.outbox[1].body and "First" not in mail.outbox[1].body


def test_one_email_gathers_all_of_a_users_searches():
    user = make_member()
    saved_search(user, {"kind": "tech-offer"}, name="Offers")
    saved_search(user, {"kind": "tech-request"}, name="Requests")
    published(kind=ListingKind.TECHNOLOGY_OFFER)
    published(kind=ListingKind.TECHNOLOGY_REQUEST)
    assert send_saved_search_digests() == 1
    assert "Offers" in mail.outbox[0].body and "Requests" in mail.outbox[0].body


def test_digest_is_written_in_the_users_language():
    user = make_member(language="zh-hans")
    saved_search(user, name="医疗")
    listing = published(original_language="en", title="Smart port sensors", translated_title="智慧港口传感器")
    send_saved_search_digests()
    body = mail.outbox[0].body
    assert "智慧港口传感器" in body
    assert f"/zh-hans/opportunities/{listing.pk}/" in body
    assert "/zh-hans/opportunities/saved-searches/" in body


def test_daily_task_sends_the_digests():
    from opportunities.tasks import send_saved_search_digests as digest_task

    saved_search(make_member())
    published()
    digest_task.call()
    assert len(mail.outbox) == 1
