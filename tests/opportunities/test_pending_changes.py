"""Editing a published listing: the published version stays live until a moderator approves the change."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from PIL import Image

from opportunities import pending_changes
from opportunities.models import Listing, ListingChange, ListingChangeStatus, Status
from search import engine
from search.backends.base import SearchQuery
from tests.factories import SectorFactory
from tests.opportunities.factories import CooperationTypeFactory, ListingFactory, UserFactory, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def embedded_search(settings):
    settings.ELASTICSEARCH_URL = ""
    engine.reset()
    yield
    engine.reset()


@pytest.fixture
def listing():
    """A published listing whose owner reads email in English."""
    sector, cooperation = SectorFactory(), CooperationTypeFactory()
    return ListingFactory(
        title="Tidal energy turbine",
        summary="Clean power from the tides.",
        sectors=[sector],
        cooperation_types=[cooperation],
    )


@pytest.fixture
def owner(client, listing):
    client.force_login(listing.owner)
    return listing.owner


@pytest.fixture
def moderator():
    group, _ = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="opportunities", codename="change_listing"),
    )
    user = UserFactory()
    user.groups.add(group)
    return user


def edit_data(listing, **overrides):
    data = {
        "kind": listing.kind,
        "title": listing.title,
        "summary": listing.summary,
        "description": listing.description,
        "original_language": listing.original_language,
        "sectors": [s.pk for s in listing.sectors.all()],
        "cooperation_types": [c.pk for c in listing.cooperation_types.all()],
        "stage": listing.stage,
        "ip_status": listing.ip_status,
        "budget_currency": listing.budget_currency,
        "deadline": listing.deadline.isoformat(),
        "action": "save",
    }
    data.update(overrides)
    return data


def propose(client, listing, **overrides):
    return client.post(reverse("opportunities:edit", args=[listing.pk]), edit_data(listing, **overrides))


def found(text):
    return [hit.title for hit in engine.search(SearchQuery(text=text, language="en")).hits]


def png_upload(name="plan.png"):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "blue").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_owner_edit_is_kept_as_a_pending_change(client, owner, listing):
    response = propose(client, listing, title="Tidal turbine, second generation")

    change = ListingChange.objects.get(listing=listing)
    assert response.status_code == 302
    assert change.status == ListingChangeStatus.PENDING
    assert change.changed_fields == {"title": "Tidal turbine, second generation"}


def test_published_version_stays_on_the_detail_page_while_the_change_waits(client, owner, listing):
    propose(client, listing, title="Tidal turbine, second generation")
    client.logout()

    page = client.get(reverse("opportunities:detail", args=[listing.pk])).content.decode()

    assert "Tidal energy turbine" in page
    assert "second generation" not in page


def test_published_version_stays_on_the_browse_page_while_the_change_waits(client, owner, listing):
    propose(client, listing, title="Tidal turbine, second generation")
    client.logout()

    page = client.get(reverse("opportunities:index")).content.decode()

    assert "Tidal energy turbine" in page
    assert "second generation" not in page


def test_search_finds_the_published_version_while_the_change_waits(client, owner, listing):
    propose(client, listing, title="Wave generator", summary="Power from waves.")

    assert found("tidal") == ["Tidal energy turbine"]
    assert found("wave") == []


def test_owner_sees_the_waiting_notice_on_the_edit_form_their_listings_and_the_detail_page(client, owner, listing):
    propose(client, listing, title="Tidal turbine, second generation")
    notice = "Your changes are waiting for review; the current version stays public."

    for url in (
        reverse("opportunities:edit", args=[listing.pk]),
        reverse("opportunities:my_listings"),
        reverse("opportunities:detail", args=[listing.pk]),
    ):
        assert notice in client.get(url).content.decode(), url


def test_edit_form_shows_the_proposed_version_to_edit_again(client, owner, listing):
    propose(client, listing, title="Tidal turbine, second generation")

    page = client.get(reverse("opportunities:edit", args=[listing.pk])).content.decode()

    assert 'value="Tidal turbine, second generation"' in page


def test_editing_the_pending_change_again_replaces_it(client, owner, listing):
    propose(client, listing, title="First try")
    propose(client, listing, summary="Clean power from tides and currents.")

    change = ListingChange.objects.get(listing=listing)
    assert change.changed_fields == {"summary": "Clean power from tides and currents."}


def test_owner_withdraws_the_change_and_the_published_version_remains(client, owner, listing):
    propose(client, listing, title="Tidal turbine, second generation", new_attachments=[png_upload()])

    client.post(reverse("opportunities:withdraw_change", args=[listing.pk]))

    listing.refresh_from_db()
    assert not ListingChange.objects.filter(listing=listing).exists()
    assert listing.attachments.count() == 0
    assert listing.title == "Tidal energy turbine"


def test_another_user_gets_404_on_the_pending_change(client, owner, listing):
    propose(client, listing, title="Tidal turbine, second generation")
    client.force_login(make_member())

    assert client.get(reverse("opportunities:edit", args=[listing.pk])).status_code == 404
    assert client.post(reverse("opportunities:withdraw_change", args=[listing.pk])).status_code == 404
    assert ListingChange.objects.filter(listing=listing).exists()


def test_file_added_with_a_change_is_not_public_until_approved(client, owner, listing):
    propose(client, listing, new_attachments=[png_upload()])
    attachment = listing.attachments.get()
    client.logout()

    assert client.get(reverse("opportunities:attachment", args=[attachment.pk])).status_code == 404
    assert "plan.png" not in client.get(reverse("opportunities:detail", args=[listing.pk])).content.decode()


def test_approving_applies_the_change_everywhere(client, owner, listing, moderator, django_capture_on_commit_callbacks):
    propose(client, listing, title="Wave generator", budget_max=5_000_000, new_attachments=[png_upload()])
    change = ListingChange.objects.get(listing=listing)

    with django_capture_on_commit_callbacks(execute=True):
        pending_changes.approve_change(change, moderator)

    listing.refresh_from_db()
    client.logout()
    assert listing.title == "Wave generator"
    assert listing.budget_max == 5_000_000
    assert listing.status == Status.PUBLISHED
    assert not ListingChange.objects.filter(listing=listing).exists()
    assert found("wave") == ["Wave generator"]
    assert "plan.png" in client.get(reverse("opportunities:detail", args=[listing.pk])).content.decode()
    assert mail.outbox[-1].to == [listing.owner.email]


def test_approving_changes_the_sectors_and_queues_matching(
    client, owner, listing, moderator, django_capture_on_commit_callbacks
):
    other_sector = SectorFactory()
    propose(client, listing, sectors=[other_sector.pk])

    with django_capture_on_commit_callbacks(execute=True):
        pending_changes.approve_change(ListingChange.objects.get(listing=listing), moderator)

    assert list(listing.sectors.all()) == [other_sector]
    queued = DBTaskResult.objects.filter(task_path="opportunities.tasks.refresh_listing_matches")
    assert [task.args_kwargs["args"] for task in queued] == [[listing.pk]]


def test_moderator_approves_in_the_admin(client, owner, listing, moderator, django_capture_on_commit_callbacks):
    propose(client, listing, title="Wave generator")
    client.force_login(moderator)
    review_url = reverse("listing_moderation:review", args=[listing.pk])

    review = client.get(review_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review_url, {"action": "approve_change"})

    listing.refresh_from_db()
    assert "Proposed changes" in review and "Tidal energy turbine" in review and "Wave generator" in review
    assert response.status_code == 302
    assert listing.title == "Wave generator"


def test_review_page_compares_published_and_proposed_values(client, owner, listing, moderator):
    propose(client, listing, title="Wave generator", is_anonymous="on", budget_max=3800)
    client.force_login(moderator)

    page = client.get(reverse("listing_moderation:review", args=[listing.pk])).content.decode()

    assert "listing-change__row--title" in page
    assert "3,800" in page
    assert "Yes" in page and "No" in page


def test_returning_keeps_the_published_version_and_emails_the_owner_in_their_language(client, listing, moderator):
    owner = make_member(organisation=listing.organisation, language="zh-hans")
    listing.owner = owner
    listing.save()
    client.force_login(owner)
    propose(client, listing, title="Wave generator")
    client.force_login(moderator)

    client.post(
        reverse("listing_moderation:review", args=[listing.pk]),
        {"action": "return_change", "reason": "Please keep the original product name."},
    )

    listing.refresh_from_db()
    change = ListingChange.objects.get(listing=listing)
    assert listing.title == "Tidal energy turbine"
    assert listing.is_public
    assert change.status == ListingChangeStatus.RETURNED
    assert mail.outbox[-1].to == [owner.email]
    assert "Please keep the original product name." in mail.outbox[-1].body
    assert "/zh-hans/" in mail.outbox[-1].body


def test_owner_sees_the_reason_of_a_returned_change_and_can_send_it_again(client, owner, listing, moderator):
    propose(client, listing, title="Wave generator")
    pending_changes.return_change(ListingChange.objects.get(listing=listing), moderator, "Keep the old name.")

    page = client.get(reverse("opportunities:my_listings")).content.decode()
    propose(client, listing, title="Tidal wave generator")

    assert "Keep the old name." in page
    assert ListingChange.objects.get(listing=listing).status == ListingChangeStatus.PENDING


def test_returning_without_a_reason_shows_an_error(client, owner, listing, moderator):
    propose(client, listing, title="Wave generator")
    client.force_login(moderator)

    response = client.post(reverse("listing_moderation:review", args=[listing.pk]), {"action": "return_change"})

    assert response.status_code == 200
    assert ListingChange.objects.get(listing=listing).status == ListingChangeStatus.PENDING


def test_changed_listing_waits_in_the_moderation_queue(client, owner, listing, moderator):
    propose(client, listing, title="Wave generator")
    client.force_login(moderator)

    page = client.get(reverse("listing_moderation:index")).content.decode()

    assert "Tidal energy turbine" in page
    assert "Changes to a published listing" in page


def test_saving_without_changes_proposes_nothing(client, owner, listing):
    response = propose(client, listing)

    assert response.status_code == 302
    assert not ListingChange.objects.filter(listing=listing).exists()


def test_closing_the_listing_drops_its_pending_change(client, owner, listing):
    propose(client, listing, title="Wave generator")

    client.post(reverse("opportunities:close", args=[listing.pk]))

    assert not ListingChange.objects.filter(listing=listing).exists()


def test_a_renewal_made_while_the_change_waits_is_not_undone(client, owner, listing, moderator):
    propose(client, listing, title="Wave generator")
    listing.deadline = timezone.localdate() + datetime.timedelta(days=150)
    listing.save()

    pending_changes.approve_change(ListingChange.objects.get(listing=listing), moderator)

    listing.refresh_from_db()
    assert listing.deadline == timezone.localdate() + datetime.timedelta(days=150)


def test_a_new_listing_still_goes_through_the_old_flow(client, moderator):
    member = make_member()
    client.force_login(member)
    draft = ListingFactory(
        owner=member,
        organisation=member.profile.organisation,
        status=Status.DRAFT,
        sectors=[SectorFactory()],
        cooperation_types=[CooperationTypeFactory()],
    )

    client.post(reverse("opportunities:edit", args=[draft.pk]), edit_data(draft, title="New", action="submit"))

    draft.refresh_from_db()
    assert draft.title == "New"
    assert draft.status == Status.SUBMITTED
    assert not ListingChange.objects.filter(listing=draft).exists()


def test_editing_an_expired_listing_directly_drops_the_older_pending_change(client, owner, listing, moderator):
    propose(client, listing, title="Wave generator")
    Listing.objects.filter(pk=listing.pk).update(status=Status.EXPIRED)
    listing.refresh_from_db()

    propose(client, listing, title="Tidal turbine, renewed")

    listing.refresh_from_db()
    assert listing.title == "Tidal turbine, renewed"
    assert listing.status == Status.SUBMITTED
    assert not ListingChange.objects.filter(listing=listing).exists()


def test_a_change_cannot_be_approved_once_the_listing_went_back_to_moderation(client, owner, listing, moderator):
    propose(client, listing, title="Wave generator")
    Listing.objects.filter(pk=listing.pk).update(status=Status.SUBMITTED, title="Newer direct edit")

    with pytest.raises(ValidationError):
        pending_changes.approve_change(ListingChange.objects.get(listing=listing), moderator)

    listing.refresh_from_db()
    assert listing.title == "Newer direct edit"


def test_returning_a_change_withdrawn_meanwhile_is_a_clear_error(client, owner, listing, moderator):
    propose(client, listing, title="Wave generator")
    change = ListingChange.objects.get(listing=listing)
    ListingChange.objects.filter(pk=change.pk).delete()

    with pytest.raises(ValidationError):
        pending_changes.return_change(change, moderator, "Keep the old name.")

    assert not ListingChange.objects.filter(listing=listing).exists()
    assert not mail.outbox
