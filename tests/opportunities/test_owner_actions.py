"""The owner's actions on a listing: offered from the lifecycle's rules, the same on both pages."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from opportunities import lifecycle
from opportunities.models import Status
from tests.opportunities.factories import ListingFactory, UserFactory

pytestmark = pytest.mark.django_db

EXPECTED = {
    Status.DRAFT: ["edit", "submit", "close"],
    Status.RETURNED: ["edit", "submit", "close"],
    Status.SUBMITTED: ["edit", "close"],
    Status.PUBLISHED: ["edit", "renew", "close"],
    Status.EXPIRED: ["edit", "renew", "close"],
    Status.CLOSED: [],
}


@pytest.mark.parametrize("status", list(EXPECTED))
def test_the_owner_is_offered_what_the_lifecycle_allows(status):
    listing = ListingFactory(status=status)
    assert [action.kind for action in lifecycle.owner_actions(listing, listing.owner)] == EXPECTED[status]


def test_nobody_else_is_offered_anything():
    listing = ListingFactory(status=Status.DRAFT)
    assert lifecycle.owner_actions(listing, UserFactory()) == []
    assert lifecycle.owner_actions(listing, AnonymousUser()) == []


def test_changes_are_posted_and_pages_are_linked():
    listing = ListingFactory(status=Status.DRAFT)
    methods = {action.kind: (action.method, action.url) for action in lifecycle.owner_actions(listing, listing.owner)}
    assert methods["edit"] == ("get", reverse("opportunities:edit", args=[listing.pk]))
    assert methods["submit"] == ("post", reverse("opportunities:submit", args=[listing.pk]))
    assert methods["close"] == ("get", reverse("opportunities:close", args=[listing.pk]))


@pytest.mark.parametrize("page", ["opportunities:dashboard", "opportunities:my_listings"])
def test_both_pages_close_through_the_confirmation_page(client, page):
    listing = ListingFactory(status=Status.PUBLISHED)
    client.force_login(listing.owner)
    content = client.get(reverse(page)).content.decode()
    close_url = reverse("opportunities:close", args=[listing.pk])
    assert f'href="{close_url}"' in content  # closing cannot be undone, so it asks first
    assert f'action="{close_url}"' not in content
    assert reverse("opportunities:edit", args=[listing.pk]) in content
    assert reverse("opportunities:renew", args=[listing.renewal_token]) in content


@pytest.mark.parametrize("page", ["opportunities:dashboard", "opportunities:my_listings"])
def test_both_pages_submit_a_draft_by_a_form_posting_with_csrf(client, page):
    listing = ListingFactory(status=Status.DRAFT)
    client.force_login(listing.owner)
    content = client.get(reverse(page)).content.decode()
    submit_url = reverse("opportunities:submit", args=[listing.pk])
    form = re.search(rf'<form method="post" action="{re.escape(submit_url)}">(.*?)</form>', content, re.S)
    assert form and "csrfmiddlewaretoken" in form.group(1)
