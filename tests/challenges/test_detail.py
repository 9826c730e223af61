"""The challenge page: the public brief for everyone, drafts only for their seeker and staff, the
confidential details only for registrants, the deadline in Beijing time and in the reader's own zone."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from challenges.models import ChallengeAmendment, ChallengePhase, ChallengeType, IPModel, Status
from tests.challenges.factories import ChallengeFactory, RegistrationFactory, UserFactory
from tests.opportunities.factories import RegionFactory

pytestmark = pytest.mark.django_db

CONFIDENTIAL_EN = "film costs 18,000 CNY per tonne."
CONFIDENTIAL_ZH = "现有供应商地膜价格为每吨18000元。"


def url(challenge, language="en"):
    return f"/{language}/challenges/{challenge.pk}/"


def make_staff():
    staff = UserFactory()
    staff.user_permissions.add(
        Permission.objects.get(content_type__app_label="challenges", codename="change_challenge")
    )
    return staff


def test_anyone_reads_the_public_brief_in_english(client):
    challenge = ChallengeFactory(background_en="Hainan farms use 20,000 tonnes a year.")
    page = client.get(url(challenge)).content.decode()
    for text in (
        challenge.title_en,
        "A mulch film that degrades within one growing season.",
        "Plastic mulch film stays in the soil for decades.",
        "Degrade within 120 days in tropical soil.",
        "Hainan farms use 20,000 tonnes a year.",
        challenge.organisation.name,
    ):
        assert text in page


def test_anyone_reads_the_public_brief_in_chinese(client):
    challenge = ChallengeFactory()
    page = client.get(url(challenge, "zh-hans")).content.decode()
    assert challenge.title_zh_hans in page and "塑料地膜在土壤中残留数十年。" in page


def test_the_page_explains_type_maturity_award_entrants_regions_and_ip(client):
    region = RegionFactory(code="asean", name_en="ASEAN countries", name_zh_hans="东盟国家")
    challenge = ChallengeFactory(
        challenge_type=ChallengeType.PROTOTYPE,
        trl_wanted=6,
        ip_model=IPModel.SOLVER_KEEPS,
        agreement_terms_en="Trials run on the seeker's farm.",
    )
    challenge.eligible_regions.set([region])
    page = client.get(url(challenge)).content.decode()
    for text in (
        "Prototype or reduction to practice",
        "A working prototype or data from a trial that shows the solution works.",
        "TRL 6: technology demonstrated in a relevant environment",
        "CNY 200,000",
        "Individuals, Teams, Organisations",
        "ASEAN countries",
        "The solver keeps the IP",
        "You keep all intellectual property in your submission.",
        "Trials run on the seeker&#x27;s farm.",
    ):
        assert text in page, text


def test_a_challenge_open_to_anywhere_says_so(client):
    assert "Solvers from anywhere" in client.get(url(ChallengeFactory())).content.decode()


def test_the_deadline_is_in_beijing_time_with_a_machine_readable_time_for_the_readers_zone(client):
    deadline = datetime.datetime(2031, 3, 31, 1, 30, tzinfo=datetime.UTC)
    challenge = ChallengeFactory(submission_deadline=deadline)
    english = client.get(url(challenge)).content.decode()
    assert "31 March 2031, 09:30 Beijing time (UTC+8)" in english
    assert 'datetime="2031-03-31T09:30:00+08:00"' in english
    assert "challenges/local_time.js" in english  # fills in the reader's own time; no inline script
    chinese = client.get(url(challenge, "zh-hans")).content.decode()
    assert "北京时间" in chinese


def test_the_phases_are_shown_in_order(client):
    challenge = ChallengeFactory()
    now = timezone.now()
    ChallengePhase.objects.create(challenge=challenge, name_en="Judging", ends_at=now + datetime.timedelta(days=60))
    ChallengePhase.objects.create(challenge=challenge, name_en="Q&A", ends_at=now + datetime.timedelta(days=10))
    page = client.get(url(challenge)).content.decode()
    assert page.index("Q&amp;A</strong>") < page.index("Judging</strong>")


def test_amendments_are_shown_newest_first_in_the_readers_language(client):
    challenge = ChallengeFactory()
    first = ChallengeAmendment.objects.create(
        challenge=challenge, note_en="Deadline moved.", note_zh_hans="截止日期已调整。"
    )
    second = ChallengeAmendment.objects.create(
        challenge=challenge, note_en="Budget raised.", note_zh_hans="奖金已提高。"
    )
    ChallengeAmendment.objects.filter(pk=first.pk).update(created_at=timezone.now() - datetime.timedelta(days=1))
    assert second.pk
    english = client.get(url(challenge)).content.decode()
    assert english.index("Budget raised.") < english.index("Deadline moved.")
    chinese = client.get(url(challenge, "zh-hans")).content.decode()
    assert "奖金已提高。" in chinese and "Budget raised." not in chinese


def test_a_visitor_does_not_see_the_confidential_details(client):
    challenge = ChallengeFactory()
    page = client.get(url(challenge)).content.decode()
    assert CONFIDENTIAL_EN not in page
    assert "Register to see the confidential details." in page


def test_a_signed_in_solver_who_has_not_registered_does_not_see_them(client):
    challenge = ChallengeFactory()
    client.force_login(UserFactory())
    assert CONFIDENTIAL_EN not in client.get(url(challenge)).content.decode()


def test_a_registrant_sees_the_confidential_details_in_their_language(client):
    registration = RegistrationFactory()
    client.force_login(registration.user)
    assert CONFIDENTIAL_EN in client.get(url(registration.challenge)).content.decode()
    assert CONFIDENTIAL_ZH in client.get(url(registration.challenge, "zh-hans")).content.decode()


def test_a_withdrawn_registrant_no_longer_sees_them(client):
    registration = RegistrationFactory(withdrawn_at=timezone.now())
    client.force_login(registration.user)
    assert CONFIDENTIAL_EN not in client.get(url(registration.challenge)).content.decode()


def test_the_seeker_sees_the_confidential_details(client):
    challenge = ChallengeFactory()
    client.force_login(challenge.owner)
    assert CONFIDENTIAL_EN in client.get(url(challenge)).content.decode()


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.RETURNED])
def test_a_challenge_not_yet_approved_is_a_404_for_everyone_else(client, status):
    challenge = ChallengeFactory(status=status)
    assert client.get(url(challenge)).status_code == 404
    client.force_login(UserFactory())
    assert client.get(url(challenge)).status_code == 404


def test_a_scheduled_challenge_is_a_404_before_publication(client):
    challenge = ChallengeFactory(publish_at=timezone.now() + datetime.timedelta(days=1))
    assert client.get(url(challenge)).status_code == 404


def test_its_seeker_sees_a_draft_with_a_not_public_banner(client):
    challenge = ChallengeFactory(status=Status.DRAFT)
    client.force_login(challenge.owner)
    response = client.get(url(challenge))
    assert response.status_code == 200
    assert "This challenge is not public." in response.content.decode()
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_staff_see_a_draft_with_the_banner_in_chinese(client):
    challenge = ChallengeFactory(status=Status.SUBMITTED)
    client.force_login(make_staff())
    response = client.get(url(challenge, "zh-hans"))
    assert response.status_code == 200
    assert challenge.title_zh_hans in response.content.decode()


def test_a_public_challenge_has_no_banner(client):
    challenge = ChallengeFactory()
    client.force_login(challenge.owner)
    assert "This challenge is not public." not in client.get(url(challenge)).content.decode()


def test_an_unknown_or_absurd_id_is_a_404(client):
    assert client.get("/en/challenges/999999/").status_code == 404
    assert client.get("/en/challenges/999999999999999999999/").status_code == 404


def test_the_language_switcher_and_hreflang_point_to_the_same_challenge(client):
    challenge = ChallengeFactory()
    page = client.get(url(challenge)).content.decode()
    assert f'hreflang="zh-hans" href="http://testserver/zh-hans/challenges/{challenge.pk}/"' in page or (
        f'/zh-hans/challenges/{challenge.pk}/" hreflang="zh-hans"' in page
    )
