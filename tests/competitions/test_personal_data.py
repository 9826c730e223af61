"""A member's competition applications in their data export, and what account deletion does to them (PIPL)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.hooks import personal_data_sections
from competitions import personal_data
from competitions.models import ResultEntry, SoftLandingInvitation
from judging.models import EntryStatus
from tests.challenges.factories import UserFactory, make_member
from tests.competitions.factories import ApplicationFactory, competition_with_form, valid_answers
from tests.judging.factories import entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def form():
    return competition_with_form(title_en="Offshore Innovation Competition", title_zh_hans="离岸创新创业大赛")


def apply(form, user=None, team_name="", title="Tidal-power buoys"):
    competition, tracks, questions = form
    submission = entry(competition.challenge, status=EntryStatus.FINALIST, user=user or make_member(), title=title)
    if team_name:
        submission.registration.team_name = team_name
        submission.registration.save(update_fields=["team_name"])
    return ApplicationFactory(submission=submission, track=tracks["overseas"], answers=valid_answers(questions))


def lead_of(application):
    return application.submission.registration.user


def invite(application, used=False):
    return SoftLandingInvitation.objects.create(application=application, used_at=timezone.now() if used else None)


def result_for(application, rank=1):
    return ResultEntry.objects.create(
        competition=application.competition,
        track=application.track,
        application=application,
        rank=rank,
        online_score=80.0,
        entry_status=EntryStatus.FINALIST,
        entrant_name=application.submission.registration.team_name or "Li Wei",
        project_title=application.submission.title,
    )


def test_the_export_lists_the_application_with_its_answers(form):
    application = apply(form)

    (exported,) = personal_data.export_applications(lead_of(application))["competition_applications"]

    assert exported["competition"] == "Offshore Innovation Competition"
    assert exported["year"] == 2026
    assert exported["submission"] == application.submission.reference
    assert exported["track"] == "Overseas"
    assert exported["sent_at"] == application.created_at.isoformat()
    assert exported["answers"] == [
        {"question": "How many people are in your team?", "answer": "3"},
        {"question": "Stage", "answer": "Seed"},
        {"question": "Is your company registered in mainland China?", "answer": "no"},
        {"question": "Funding sought (CNY)", "answer": "2000000"},
    ]


def test_the_export_lists_the_invitations_and_when_they_were_opened(form):
    application = apply(form)
    opened = invite(application, used=True)

    (exported,) = personal_data.export_applications(lead_of(application))["competition_applications"]

    assert exported["soft_landing_invitations"] == [
        {"sent_at": opened.sent_at.isoformat(), "opened_at": opened.used_at.isoformat()}
    ]


def test_the_export_holds_nothing_of_other_members(form):
    own = apply(form, title="Own project")
    invite(apply(form, title="Someone else's project"))

    exported = personal_data.export_applications(lead_of(own))["competition_applications"]

    assert [row["submission"] for row in exported] == [own.submission.reference]
    assert exported[0]["soft_landing_invitations"] == []


def test_a_member_without_applications_exports_an_empty_list(form):
    apply(form)

    assert personal_data.export_applications(UserFactory()) == {"competition_applications": []}


def test_the_applications_are_part_of_the_members_data_download(form):
    application = apply(form)

    sections = personal_data_sections(lead_of(application))

    assert [row["submission"] for row in sections["competition_applications"]] == [application.submission.reference]


def export_queries(applications):
    user = make_member()
    for number in range(applications):
        competition_form = competition_with_form()
        invite(apply(competition_form, user=user, title=f"Project {number}"))
    with CaptureQueriesContext(connection) as queries:
        exported = personal_data.export_applications(user)["competition_applications"]
    assert len(exported) == applications
    return len(queries)


def test_the_export_queries_do_not_grow_with_the_applications():
    assert export_queries(3) == export_queries(1)


# Account deletion


def test_deletion_empties_the_leads_own_name_in_published_results(form):
    application = apply(form)
    row = result_for(application)

    personal_data.forget_names_in_results(lead_of(application))

    row.refresh_from_db()
    assert row.entrant_name == ""
    assert (row.project_title, row.rank, row.online_score) == ("Tidal-power buoys", 1, 80.0)


def test_deletion_keeps_a_team_name_in_published_results(form):
    application = apply(form, team_name="Blue Tide")
    row = result_for(application)

    personal_data.forget_names_in_results(lead_of(application))

    row.refresh_from_db()
    assert row.entrant_name == "Blue Tide"


def test_deletion_leaves_other_entrants_names_alone(form):
    leaving = apply(form)
    staying = result_for(apply(form, title="Another project"), rank=2)
    result_for(leaving)

    personal_data.forget_names_in_results(lead_of(leaving))

    staying.refresh_from_db()
    assert staying.entrant_name == "Li Wei"


def test_deletion_deletes_unused_invitations_and_keeps_opened_ones(form):
    application = apply(form)
    unused = invite(application)
    opened = invite(application, used=True)
    others = invite(apply(form, title="Another project"))

    personal_data.forget_names_in_results(lead_of(application))

    assert set(SoftLandingInvitation.objects.all()) == {opened, others}
    assert not SoftLandingInvitation.objects.filter(pk=unused.pk).exists()
