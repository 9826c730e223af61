"""Posting a challenge: the bilingual brief, the award, entrants, deadline and phases, checked on the server;
drafts the seeker edits and submits; nobody else's challenge; the daily limit."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from challenges.models import Challenge, ChallengePhase, Entrant, IPModel, NonCashAward, Status
from tests.challenges.factories import ChallengeFactory, UserFactory, make_member
from tests.factories import SectorFactory
from tests.opportunities.factories import RegionFactory, TechnologyKeywordFactory

pytestmark = pytest.mark.django_db

BEIJING = ZoneInfo("Asia/Shanghai")


def beijing_input(moment):
    """A datetime as the form's datetime-local input sends it, in Beijing time."""
    return timezone.localtime(moment, BEIJING).strftime("%Y-%m-%dT%H:%M")


def phase_management(total=0, initial=0):
    return {
        "phases-TOTAL_FORMS": str(total),
        "phases-INITIAL_FORMS": str(initial),
        "phases-MIN_NUM_FORMS": "0",
        "phases-MAX_NUM_FORMS": "8",
    }


def challenge_data(sector, **overrides):
    """A complete English brief with a cash award, open to everyone, due in 30 days, without phases."""
    data = {
        "title_en": "AI triage for remote clinics",
        "summary_en": "Help village clinics decide which patients need a hospital.",
        "problem_en": "Village doctors see many patients and have no specialist nearby.",
        "must_do_en": "Work offline on a basic Android phone.",
        "challenge_type": "technical-proposal",
        "trl_wanted": "4",
        "sectors": [sector.pk],
        "award_amount": "100000",
        "award_currency": "CNY",
        "entrants": [Entrant.INDIVIDUALS, Entrant.TEAMS],
        "ip_model": IPModel.SOLVER_KEEPS,
        "submission_deadline": beijing_input(timezone.now() + datetime.timedelta(days=30)),
        "action": "save",
        **phase_management(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def sector():
    return SectorFactory(name_en="Digital health", name_zh_hans="数字健康")


@pytest.fixture
def seeker(client):
    user = make_member(language="zh-hans")
    client.force_login(user)
    return user


def create_url(language="en"):
    return f"/{language}/challenges/new/"


def test_a_seeker_saves_a_draft_for_their_organisation(client, seeker, sector):
    keyword = TechnologyKeywordFactory()
    region = RegionFactory()

    response = client.post(create_url(), challenge_data(sector, keywords=[keyword.pk], eligible_regions=[region.pk]))

    assert response.status_code == 302
    challenge = Challenge.objects.get()
    assert challenge.status == Status.DRAFT
    assert challenge.owner == seeker
    assert challenge.organisation == seeker.profile.organisation
    assert list(challenge.sectors.all()) == [sector]
    assert list(challenge.keywords.all()) == [keyword]
    assert list(challenge.eligible_regions.all()) == [region]
    assert challenge.entrants == [Entrant.INDIVIDUALS, Entrant.TEAMS]


def test_a_brief_written_only_in_chinese_is_accepted(client, seeker, sector):
    data = challenge_data(
        sector,
        title_en="",
        summary_en="",
        problem_en="",
        must_do_en="",
        title_zh_hans="偏远诊所的人工智能分诊",
        summary_zh_hans="帮助村卫生室判断哪些病人需要转诊。",
        problem_zh_hans="村医病人多，附近没有专科医生。",
        must_do_zh_hans="在普通安卓手机上离线运行。",
    )

    response = client.post(create_url("zh-hans"), data)

    assert response.status_code == 302
    challenge = Challenge.objects.get()
    assert challenge.title_zh_hans == "偏远诊所的人工智能分诊"
    assert not challenge.title_en


def test_the_form_shows_the_brief_in_two_language_groups(client, seeker, sector):
    html = client.get(create_url()).content.decode()

    assert "<legend>English</legend>" in html
    assert "<legend>中文</legend>" in html
    assert 'name="title_en"' in html and 'name="title_zh_hans"' in html


def test_the_form_explains_each_maturity_level_and_each_ip_template(client, seeker, sector):
    html = client.get(create_url()).content.decode()

    assert "TRL 4: technology validated in the lab" in html
    assert "You keep all intellectual property in your submission." in html
    assert "Beijing time" in html


def test_an_incomplete_brief_is_refused_naming_what_is_missing_and_keeps_what_was_typed(client, seeker, sector):
    data = challenge_data(sector, summary_en="", must_do_en="")

    response = client.post(create_url(), data)

    html = response.content.decode()
    assert response.status_code == 400
    assert (
        "Write the brief completely in at least one language. In English, add: Public summary, A solution must" in html
    )
    assert 'href="#id_summary_en"' in html
    assert "AI triage for remote clinics" in html
    assert not Challenge.objects.exists()


def test_the_chinese_page_shows_the_errors_and_keeps_what_was_typed(client, seeker, sector):
    data = challenge_data(sector, title_en="", title_zh_hans="偏远诊所的人工智能分诊", award_amount="")

    response = client.post(create_url("zh-hans"), data)

    html = response.content.decode()
    assert response.status_code == 400
    assert 'lang="zh-hans"' in html
    assert "error-summary" in html
    assert 'href="#id_title_en"' in html  # English is the language written most: its gap is pointed at
    assert 'href="#id_award_amount"' in html
    assert "偏远诊所的人工智能分诊" in html
    assert not Challenge.objects.exists()


def test_a_challenge_without_any_award_is_refused(client, seeker, sector):
    response = client.post(create_url(), challenge_data(sector, award_amount=""))

    assert response.status_code == 400
    assert "Offer an award: a cash amount, a non-cash award (such as a pilot contract), or both." in (
        response.content.decode()
    )


def test_a_non_cash_award_alone_is_an_award(client, seeker, sector):
    response = client.post(
        create_url(), challenge_data(sector, award_amount="", non_cash_awards=[NonCashAward.PILOT_CONTRACT])
    )

    assert response.status_code == 302
    challenge = Challenge.objects.get()
    assert challenge.award_amount is None
    assert challenge.non_cash_awards == [NonCashAward.PILOT_CONTRACT]


def test_a_challenge_nobody_may_enter_is_refused(client, seeker, sector):
    data = challenge_data(sector)
    del data["entrants"]

    response = client.post(create_url(), data)

    assert response.status_code == 400
    assert "Choose who may enter: individuals, teams or organisations." in response.content.decode()


def test_a_deadline_in_the_past_is_refused(client, seeker, sector):
    yesterday = beijing_input(timezone.now() - datetime.timedelta(days=1))

    response = client.post(create_url(), challenge_data(sector, submission_deadline=yesterday))

    html = response.content.decode()
    assert response.status_code == 400
    assert "Choose a deadline at least 7 days from now" in html
    assert f'value="{yesterday}"' in html


def test_a_deadline_less_than_seven_days_ahead_is_refused(client, seeker, sector):
    soon = beijing_input(timezone.now() + datetime.timedelta(days=6))

    response = client.post(create_url(), challenge_data(sector, submission_deadline=soon))

    assert response.status_code == 400
    assert not Challenge.objects.exists()


def test_the_deadline_is_read_in_beijing_time(client, seeker, sector):
    year = timezone.now().year + 1
    client.post(create_url(), challenge_data(sector, submission_deadline=f"{year}-03-31T09:30"))

    deadline = Challenge.objects.get().submission_deadline
    assert deadline == datetime.datetime(year, 3, 31, 1, 30, tzinfo=datetime.UTC)


def test_phases_are_saved_with_the_challenge(client, seeker, sector):
    ends = beijing_input(timezone.now() + datetime.timedelta(days=10))
    data = challenge_data(
        sector,
        **phase_management(total=2),
        **{"phases-0-name_en": "Registration", "phases-0-name_zh_hans": "报名", "phases-0-ends_at": ends},
    )

    client.post(create_url(), data)

    phase = ChallengePhase.objects.get()
    assert phase.challenge == Challenge.objects.get()
    assert (phase.name_en, phase.name_zh_hans) == ("Registration", "报名")


def test_a_phase_without_an_end_saves_nothing(client, seeker, sector):
    data = challenge_data(sector, **phase_management(total=1), **{"phases-0-name_en": "Registration"})

    response = client.post(create_url(), data)

    assert response.status_code == 400
    assert "Say when the phase ends." in response.content.decode()
    assert not Challenge.objects.exists()
    assert not ChallengePhase.objects.exists()


def test_a_phase_ending_in_the_past_is_refused(client, seeker, sector):
    past = beijing_input(timezone.now() - datetime.timedelta(days=1))
    data = challenge_data(
        sector, **phase_management(total=1), **{"phases-0-name_en": "Registration", "phases-0-ends_at": past}
    )

    response = client.post(create_url(), data)

    assert response.status_code == 400
    assert "Choose a time in the future." in response.content.decode()


def test_a_user_without_an_organisation_is_asked_for_it_first(client, sector):
    client.force_login(UserFactory())

    response = client.get(create_url())

    assert response.status_code == 302
    assert response.url == reverse("accounts:organisation")


def test_visitors_must_log_in_to_post(client):
    response = client.get(create_url())

    assert response.status_code == 302
    assert "/login/" in response.url


def test_save_and_submit_sends_the_challenge_for_review(client, seeker, sector):
    client.post(create_url(), challenge_data(sector, action="submit"))

    challenge = Challenge.objects.get()
    assert challenge.status == Status.SUBMITTED
    assert challenge.submitted_at is not None


def test_the_owner_edits_a_draft_then_submits_it(client, seeker, sector):
    client.post(create_url(), challenge_data(sector))
    challenge = Challenge.objects.get()

    response = client.post(
        reverse("challenges:edit", args=[challenge.pk]), challenge_data(sector, title_en="AI triage, revised")
    )
    assert response.status_code == 302
    client.post(reverse("challenges:submit", args=[challenge.pk]))

    challenge.refresh_from_db()
    assert challenge.title_en == "AI triage, revised"
    assert challenge.status == Status.SUBMITTED


def test_the_owner_can_edit_a_returned_challenge(client, seeker, sector):
    challenge = ChallengeFactory(owner=seeker, status=Status.RETURNED, return_reason="Add the budget.")

    response = client.get(reverse("challenges:edit", args=[challenge.pk]))

    assert response.status_code == 200
    assert "Add the budget." in response.content.decode()


def test_an_approved_challenge_is_not_editable_by_its_owner(client, seeker, sector):
    challenge = ChallengeFactory(owner=seeker)

    response = client.post(reverse("challenges:edit", args=[challenge.pk]), challenge_data(sector, title_en="Hack"))

    challenge.refresh_from_db()
    assert response.status_code == 302
    assert challenge.title_en != "Hack"


def test_the_owner_withdraws_a_challenge_awaiting_review(client, seeker):
    challenge = ChallengeFactory(owner=seeker, status=Status.SUBMITTED)

    assert client.get(reverse("challenges:withdraw", args=[challenge.pk])).status_code == 200
    client.post(reverse("challenges:withdraw", args=[challenge.pk]))

    challenge.refresh_from_db()
    assert challenge.status == Status.WITHDRAWN


def test_an_approved_challenge_cannot_be_withdrawn_by_its_owner(client, seeker):
    challenge = ChallengeFactory(owner=seeker)

    client.post(reverse("challenges:withdraw", args=[challenge.pk]))

    challenge.refresh_from_db()
    assert challenge.status == Status.APPROVED


@pytest.mark.parametrize("name", ["challenges:edit", "challenges:submit", "challenges:withdraw"])
def test_another_user_gets_a_404_for_someone_elses_challenge(client, sector, name):
    challenge = ChallengeFactory(status=Status.DRAFT)
    client.force_login(make_member())

    response = client.post(reverse(name, args=[challenge.pk]), challenge_data(sector))

    challenge.refresh_from_db()
    assert response.status_code == 404
    assert challenge.status == Status.DRAFT


def test_submitting_needs_a_post(client, seeker):
    challenge = ChallengeFactory(owner=seeker, status=Status.DRAFT)

    assert client.get(reverse("challenges:submit", args=[challenge.pk])).status_code == 405


def test_starting_too_many_challenges_in_a_day_is_refused_with_a_429_and_the_text_kept(client, seeker, sector):
    for number in range(10):
        assert client.post(create_url(), challenge_data(sector, title_en=f"Challenge {number}")).status_code == 302

    refused = client.post(create_url(), challenge_data(sector, title_en="One too many"))

    assert refused.status_code == 429
    html = refused.content.decode()
    assert "You have started 10 challenges in the last 24 hours, the most allowed." in html
    assert "One too many" in html
    assert Challenge.objects.count() == 10


def test_an_id_out_of_range_is_a_404(client, seeker):
    assert client.get(f"/en/challenges/{2**70}/edit/").status_code == 404


def test_a_withdrawn_challenge_cannot_be_submitted(client, seeker):
    challenge = ChallengeFactory(owner=seeker, status=Status.WITHDRAWN)

    client.post(reverse("challenges:submit", args=[challenge.pk]))

    challenge.refresh_from_db()
    assert challenge.status == Status.WITHDRAWN
