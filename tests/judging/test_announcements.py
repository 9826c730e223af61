"""The winners' announcement: published by staff once an award is made, a public page in both languages
(404 before), the abstract only where the entrant allowed it, and an optional draft news item."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import translation

from core.links import absolute_url
from judging import announcements
from judging.models import WinnerAnnouncement
from news.models import NewsPage
from tests.challenges.factories import make_member
from tests.judging.factories import ClosedChallengeFactory
from tests.judging.test_awards import admin_user_without_challenges, make_award, staff_user, winner

pytestmark = pytest.mark.django_db

STATEMENT_EN = "These solutions will reach our farms next season."
STATEMENT_ZH = "这些方案将在下一季进入我们的农场。"


@pytest.fixture
def staff():
    return staff_user()


@pytest.fixture
def awarded(staff):
    challenge = ClosedChallengeFactory(
        title_en="Mulch film that degrades", title_zh_hans="可降解地膜挑战", owner=make_member()
    )
    submission = winner(
        challenge, abstract="A cassava-starch film that breaks down in 90 days.", abstract_is_public=True
    )
    submission.registration.team_name = "Team Cassava"
    submission.registration.save()
    return make_award(submission, amount=20_000_000, staff=staff)


def publish(award, staff, **options):
    return announcements.publish_announcement(award.challenge, staff, STATEMENT_EN, STATEMENT_ZH, **options)


def winners_url(challenge, language="en"):
    with translation.override(language):
        return reverse("judging:winners", args=[challenge.pk])


def test_the_winners_cannot_be_announced_before_an_award_is_made(staff):
    challenge = winner().challenge

    with pytest.raises(ValidationError, match="at least one award"):
        announcements.publish_announcement(challenge, staff, STATEMENT_EN, STATEMENT_ZH)
    assert not WinnerAnnouncement.objects.exists()


def test_the_winners_page_is_404_until_it_is_published(client, awarded):
    assert client.get(winners_url(awarded.challenge)).status_code == 404


def test_the_winners_page_shows_the_winner_the_award_and_the_statement_in_english(client, awarded, staff):
    publish(awarded, staff)

    html = client.get(winners_url(awarded.challenge)).content.decode()

    assert "Winners of Mulch film that degrades" in html
    assert "Team Cassava" in html and "CNY 200,000" in html
    assert STATEMENT_EN in html and STATEMENT_ZH not in html
    assert "A cassava-starch film that breaks down in 90 days." in html


def test_the_winners_page_shows_the_chinese_statement_and_amount_to_chinese_readers(client, awarded, staff):
    publish(awarded, staff)

    html = client.get(winners_url(awarded.challenge, "zh-hans")).content.decode()

    assert "可降解地膜挑战" in html
    assert STATEMENT_ZH in html and STATEMENT_EN not in html
    assert "200,000 元" in html


def test_the_winners_page_has_a_title_a_description_and_both_language_alternates(client, awarded, staff):
    publish(awarded, staff)

    html = client.get(winners_url(awarded.challenge)).content.decode()

    assert "<title>Winners of Mulch film that degrades" in html
    assert '<meta name="description" content="The winner of' in html
    chinese = absolute_url(winners_url(awarded.challenge, "zh-hans"))
    assert f'<link rel="alternate" hreflang="zh-hans" href="{chinese}">' in html


def test_an_abstract_stays_private_unless_the_entrant_allowed_it(client, staff):
    submission = winner(abstract="Secret sauce: 40 % PBAT.", abstract_is_public=False)
    made = make_award(submission, staff=staff)
    publish(made, staff)

    html = client.get(winners_url(made.challenge)).content.decode()

    assert submission.title in html
    assert "Secret sauce" not in html


def test_a_solver_without_a_team_name_is_shown_by_their_name(client, staff):
    submission = winner()
    submission.registration.user.profile.full_name = "Amelia Hart"
    submission.registration.user.profile.save()
    publish(make_award(submission, staff=staff), staff)

    assert "Amelia Hart" in client.get(winners_url(submission.challenge)).content.decode()


def test_a_news_item_is_made_as_a_draft_under_the_news_section_in_both_languages(site_tree, awarded, staff):
    announcement = publish(awarded, staff, make_news_item=True)

    page = NewsPage.objects.get(pk=announcement.news_page_id)
    assert not page.live
    assert page.get_parent().specific == site_tree["news"]
    assert page.title_en == "Winners of Mulch film that degrades"
    assert "可降解地膜挑战" in page.title_zh_hans
    assert page.intro_en and page.intro_zh_hans


def test_publishing_again_updates_the_statement_and_makes_no_second_news_item(site_tree, awarded, staff):
    first = publish(awarded, staff, make_news_item=True)

    again = announcements.publish_announcement(awarded.challenge, staff, "Updated.", "已更新。", make_news_item=True)

    assert again.published_at == first.published_at
    assert again.seeker_statement_en == "Updated."
    assert NewsPage.objects.count() == 1


def test_without_a_live_news_section_the_news_item_is_refused():
    made = make_award()

    with pytest.raises(ValidationError, match="no live news section"):
        publish(made, staff_user(), make_news_item=True)
    assert not WinnerAnnouncement.objects.filter(published_at__isnull=False).exists()


def test_only_challenge_staff_publish(awarded):
    with pytest.raises(PermissionDenied):
        publish(awarded, awarded.challenge.owner)


# --- the staff's page ---------------------------------------------------------------------------


def test_staff_publish_the_announcement_from_the_winners_page(client, awarded, staff):
    client.force_login(staff)

    client.post(
        reverse("awards:announcement", args=[awarded.challenge_id]),
        {
            "action": "publish",
            "announcement-seeker_statement_en": STATEMENT_EN,
            "announcement-seeker_statement_zh_hans": STATEMENT_ZH,
        },
    )

    assert client.get(winners_url(awarded.challenge)).status_code == 200


def test_a_statement_in_one_language_only_is_refused_and_kept(client, awarded, staff):
    client.force_login(staff)

    response = client.post(
        reverse("awards:announcement", args=[awarded.challenge_id]),
        {"action": "publish", "announcement-seeker_statement_en": STATEMENT_EN},
    )

    assert response.status_code == 400
    assert "Write the statement in both languages" in response.content.decode()
    assert STATEMENT_EN in response.content.decode()
    assert not WinnerAnnouncement.objects.exists()


def test_the_winners_admin_page_is_refused_to_others(client, awarded):
    client.force_login(admin_user_without_challenges())

    response = client.post(
        reverse("awards:announcement", args=[awarded.challenge_id]),
        {
            "action": "publish",
            "announcement-seeker_statement_en": STATEMENT_EN,
            "announcement-seeker_statement_zh_hans": STATEMENT_ZH,
        },
    )

    assert response.status_code in (302, 403)
    assert not WinnerAnnouncement.objects.exists()
