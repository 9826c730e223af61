"""Staff vetting in the Wagtail admin: the queue, the review in both languages, approve or ask for changes
(the seeker is told in their language), staff edits of the brief and the amendments of a public challenge."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from challenges.models import ChallengeAmendment, ChallengePhase, Stage, Status
from tests.challenges.factories import ChallengeFactory, UserFactory, make_member
from tests.challenges.test_posting import beijing_input, phase_management

pytestmark = pytest.mark.django_db


def staff_user(*codenames):
    group, _ = Group.objects.get_or_create(name=f"Challenge staff {'-'.join(codenames)}")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in codenames:
        group.permissions.add(Permission.objects.get(content_type__app_label="challenges", codename=codename))
    user = UserFactory()
    user.groups.add(group)
    return user


@pytest.fixture
def staff(client):
    user = staff_user("change_challenge")
    client.force_login(user)
    return user


def submitted(**fields):
    return ChallengeFactory(
        status=Status.SUBMITTED, publish_at=None, approved_at=None, owner=make_member(language="en"), **fields
    )


def review_url(challenge):
    return reverse("challenge_vetting:review", args=[challenge.pk])


def edit_url(challenge):
    return reverse("challenge_vetting:edit", args=[challenge.pk])


def edit_data(challenge, **overrides):
    """The staff edit form as it comes back unchanged for ``challenge`` (from the factory), plus ``overrides``."""
    data = {
        f"{name}_{suffix}": getattr(challenge, f"{name}_{suffix}") or ""
        for name in ("title", "summary", "problem", "must_do", "confidential_details")
        for suffix in ("en", "zh_hans")
    }
    data.update(
        {
            "challenge_type": challenge.challenge_type,
            "trl_wanted": str(challenge.trl_wanted),
            "sectors": [sector.pk for sector in challenge.sectors.all()],
            "award_amount": str(challenge.award_amount),
            "award_currency": challenge.award_currency,
            "entrants": challenge.entrants,
            "ip_model": challenge.ip_model,
            "submission_deadline": beijing_input(challenge.submission_deadline),
            **phase_management(),
        }
    )
    data.update(overrides)
    return data


def test_the_queue_lists_challenges_awaiting_review_first(client, staff):
    submitted(title_en="Waiting for review")
    ChallengeFactory(title_en="Already open")  # newer, yet after the one awaiting review

    page = client.get(reverse("challenge_vetting:index")).content.decode()

    assert page.index("Waiting for review") < page.index("Already open")


def test_the_queue_filters_by_status(client, staff):
    ChallengeFactory(title_en="Already open")
    submitted(title_en="Waiting for review")

    page = client.get(reverse("challenge_vetting:index"), {"status": "submitted"}).content.decode()

    assert "Waiting for review" in page
    assert "Already open" not in page


def test_the_review_shows_the_whole_brief_in_both_languages(client, staff):
    challenge = submitted(title_zh_hans="可降解地膜挑战", confidential_details_en="Supplier price: 18,000 CNY.")

    page = client.get(review_url(challenge)).content.decode()

    assert "English" in page and "中文" in page
    assert "可降解地膜挑战" in page
    assert challenge.title_en in page
    assert "Supplier price: 18,000 CNY." in page


def test_staff_approve_now_and_the_seeker_is_told_in_their_language(client, staff, django_capture_on_commit_callbacks):
    challenge = submitted(title_zh_hans="可降解地膜挑战")
    make_member(challenge.owner, language="zh-hans")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review_url(challenge), {"action": "approve", "publish_at": ""})

    challenge.refresh_from_db()
    assert response.status_code == 302
    assert challenge.status == Status.APPROVED
    assert challenge.approved_by == staff
    assert challenge.stage() == Stage.OPEN
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [challenge.owner.email]
    assert "可降解地膜挑战" in mail.outbox[0].subject
    assert "/zh-hans/challenges/mine/" in mail.outbox[0].body


def test_an_english_speaking_seeker_is_told_in_english(client, staff, django_capture_on_commit_callbacks):
    challenge = submitted(title_en="Biodegradable mulch", title_zh_hans="可降解地膜")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(review_url(challenge), {"action": "approve", "publish_at": ""})

    assert "Biodegradable mulch" in mail.outbox[0].subject
    assert "is approved" in mail.outbox[0].subject
    assert "/en/challenges/mine/" in mail.outbox[0].body


def test_a_later_publication_time_schedules_the_challenge(client, staff, django_capture_on_commit_callbacks):
    challenge = submitted()
    later = timezone.now() + datetime.timedelta(days=2)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(review_url(challenge), {"action": "approve", "publish_at": beijing_input(later)})

    challenge.refresh_from_db()
    assert challenge.stage() == Stage.SCHEDULED
    assert not challenge.is_public


def test_approval_is_refused_until_title_and_summary_are_in_both_languages(client, staff):
    challenge = submitted(title_zh_hans="", summary_zh_hans="")

    review = client.get(review_url(challenge)).content.decode()
    response = client.post(review_url(challenge), {"action": "approve", "publish_at": ""}, follow=True)

    challenge.refresh_from_db()
    assert "must be written in both languages" in review
    assert challenge.status == Status.SUBMITTED
    assert "Add the translation before approving. Missing: 中文: title, public summary." in response.content.decode()
    assert not mail.outbox


def test_staff_request_changes_with_a_reason_emailed_to_the_seeker(client, staff, django_capture_on_commit_callbacks):
    challenge = submitted()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(review_url(challenge), {"action": "return", "reason": "Say how many clinics take part."})

    challenge.refresh_from_db()
    assert challenge.status == Status.RETURNED
    assert challenge.return_reason == "Say how many clinics take part."
    assert "Say how many clinics take part." in mail.outbox[0].body
    assert f"/en/challenges/{challenge.pk}/edit/" in mail.outbox[0].body


def test_requesting_changes_needs_a_reason(client, staff):
    challenge = submitted()

    response = client.post(review_url(challenge), {"action": "return", "reason": " "})

    challenge.refresh_from_db()
    assert "Say what the seeker should change." in response.content.decode()
    assert challenge.status == Status.SUBMITTED
    assert not mail.outbox


def test_an_admin_user_without_the_permission_cannot_review(client):
    client.force_login(staff_user())
    challenge = submitted()

    for url in (review_url(challenge), edit_url(challenge)):
        response = client.get(url)
        assert response.status_code in (302, 403)
    assert client.post(review_url(challenge), {"action": "approve"}).status_code in (302, 403)
    challenge.refresh_from_db()
    assert challenge.status == Status.SUBMITTED


def test_a_seeker_cannot_open_the_vetting_admin(client):
    challenge = submitted()
    client.force_login(challenge.owner)

    response = client.get(review_url(challenge))

    assert response.status_code in (302, 403)


def test_staff_add_the_translation_before_approving_without_an_amendment(client, staff):
    challenge = submitted(title_zh_hans="", summary_zh_hans="")

    response = client.post(
        edit_url(challenge), edit_data(challenge, title_zh_hans="可降解地膜", summary_zh_hans="一季内降解的地膜。")
    )

    challenge.refresh_from_db()
    assert response.status_code == 302
    assert challenge.title_zh_hans == "可降解地膜"
    assert not ChallengeAmendment.objects.exists()


def test_an_edit_of_a_public_challenge_needs_a_note(client, staff):
    challenge = ChallengeFactory()

    response = client.post(edit_url(challenge), edit_data(challenge, must_do_en="Degrade within 90 days."))

    challenge.refresh_from_db()
    assert response.status_code == 400
    assert "Say what changed, in at least one language" in response.content.decode()
    assert challenge.must_do_en != "Degrade within 90 days."


def test_an_edit_of_a_public_challenge_is_recorded_as_an_amendment_and_registrants_are_told(
    client, staff, monkeypatch, django_capture_on_commit_callbacks
):
    challenge = ChallengeFactory()
    notified = []
    monkeypatch.setattr("challenges.notices.notify_amendment", notified.append)
    ends = beijing_input(timezone.now() + datetime.timedelta(days=20))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            edit_url(challenge),
            edit_data(
                challenge,
                must_do_en="Degrade within 90 days.",
                note_zh_hans="降解期限改为90天。",
                **phase_management(total=1),
                **{"phases-0-name_en": "Judging", "phases-0-ends_at": ends},
            ),
        )

    assert response.status_code == 302
    amendment = ChallengeAmendment.objects.get()
    assert amendment.challenge == challenge
    assert amendment.author == staff
    assert amendment.note_zh_hans == "降解期限改为90天。"
    assert amendment.changed_fields == ["must_do_en", "phases"]
    assert notified == [amendment]
    assert ChallengePhase.objects.filter(challenge=challenge, name_en="Judging").exists()


def test_saving_a_public_challenge_unchanged_records_no_amendment(client, staff):
    challenge = ChallengeFactory()

    response = client.post(edit_url(challenge), edit_data(challenge))

    assert response.status_code == 302
    assert not ChallengeAmendment.objects.exists()


def test_editing_a_scheduled_challenge_records_no_amendment(client, staff):
    challenge = ChallengeFactory(publish_at=timezone.now() + datetime.timedelta(days=2))

    client.post(edit_url(challenge), edit_data(challenge, must_do_en="Degrade within 90 days."))

    challenge.refresh_from_db()
    assert challenge.must_do_en == "Degrade within 90 days."
    assert not ChallengeAmendment.objects.exists()


def test_the_edit_page_shows_both_languages(client, staff):
    challenge = submitted()

    page = client.get(edit_url(challenge)).content.decode()

    assert 'name="title_en"' in page and 'name="title_zh_hans"' in page
    assert 'name="note_en"' not in page


def test_the_admin_home_says_how_many_challenges_wait_for_review(client, staff):
    submitted()
    submitted()

    page = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "2 challenges waiting for review" in page
