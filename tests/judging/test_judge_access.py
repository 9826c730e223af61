"""A judge sees only their own assignments, the entries they judge and their own scores; anything else is a 404."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from challenges.models import SubmissionAttachment
from judging import conflicts, reviews
from judging.models import EntryStatus, JudgingOptions
from tests.challenges.factories import OrganisationFactory, make_member
from tests.judging.factories import CriterionFactory, EvaluationPhaseFactory, JudgeAssignmentFactory, entry

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 field-trial results"


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def phase():
    return EvaluationPhaseFactory()


@pytest.fixture
def criterion(phase):
    return CriterionFactory(phase=phase)


@pytest.fixture
def assignment(phase):
    return JudgeAssignmentFactory(phase=phase)


@pytest.fixture
def submission(phase):
    """An entry by Li Wei of Blue Reef Materials, team "Reef Makers", with one file named after the company."""
    solver = make_member(organisation=OrganisationFactory(name="Blue Reef Materials"), full_name="Li Wei")
    sent = entry(phase.challenge, user=solver)
    sent.registration.team_name = "Reef Makers"
    sent.registration.save()
    attachment = SubmissionAttachment(
        submission=sent, original_name="BlueReef-trial.pdf", content_type="application/pdf", size=len(PDF)
    )
    attachment.file.save("trial.pdf", ContentFile(PDF), save=True)
    return sent


@pytest.fixture
def judge(client, assignment):
    client.force_login(assignment.judge)
    return client


def urls(assignment, submission):
    base = f"/en/judging/{assignment.pk}/"
    attachment = submission.attachments.get()
    return {
        "phase": base,
        "declaration": f"{base}declaration/",
        "entry": f"{base}entries/{submission.pk}/",
        "attachment": f"{base}entries/{submission.pk}/attachments/{attachment.pk}/",
    }


def test_a_visitor_is_sent_to_log_in_everywhere(client, assignment, submission):
    for url in ["/en/judging/", *urls(assignment, submission).values()]:
        response = client.get(url)

        assert response.status_code == 302
        assert "/login/" in response["Location"]


def test_another_users_assignment_is_404_on_every_page(client, assignment, submission):
    client.force_login(make_member())

    for url in urls(assignment, submission).values():
        assert client.get(url).status_code == 404
    assert client.post(f"{urls(assignment, submission)['entry']}conflict/").status_code == 404
    assert client.post(urls(assignment, submission)["entry"], {"comment": "Sneaky."}).status_code == 404
    assert not assignment.recusals.exists()
    assert not assignment.reviews.exists()


def test_another_judge_of_the_same_phase_cannot_use_this_judges_assignment(client, assignment, submission, phase):
    other = JudgeAssignmentFactory(phase=phase)
    client.force_login(other.judge)

    assert client.get(urls(assignment, submission)["entry"]).status_code == 404


def test_the_judge_opens_the_entry_and_downloads_its_file_privately(judge, assignment, submission, criterion):
    page = judge.get(urls(assignment, submission)["entry"])
    file = judge.get(urls(assignment, submission)["attachment"])

    assert page.status_code == 200
    assert submission.proposal in page.content.decode()
    assert file.status_code == 200
    assert b"".join(file.streaming_content) == PDF
    assert (file["Content-Type"], file["X-Content-Type-Options"]) == ("application/pdf", "nosniff")
    assert file["Cache-Control"] == "private, no-store"


def test_a_judge_of_the_same_organisation_gets_404_for_that_entry_and_its_file(client, phase, submission):
    organisation = submission.registration.user.profile.organisation
    assignment = JudgeAssignmentFactory(phase=phase, judge=make_member(organisation=organisation), not_ready=True)
    conflicts.declare(assignment, [])
    client.force_login(assignment.judge)

    assert client.get(urls(assignment, submission)["entry"]).status_code == 404
    assert client.get(urls(assignment, submission)["attachment"]).status_code == 404
    assert client.post(f"{urls(assignment, submission)['entry']}conflict/").status_code == 404


def test_a_judge_who_declared_the_entrants_organisation_gets_404_for_that_entry(client, phase, submission):
    assignment = JudgeAssignmentFactory(phase=phase, not_ready=True)
    conflicts.declare(assignment, [submission.registration.user.profile.organisation])
    client.force_login(assignment.judge)

    assert client.get(urls(assignment, submission)["entry"]).status_code == 404
    assert client.get(urls(assignment, submission)["attachment"]).status_code == 404


def test_a_judge_who_has_not_declared_cannot_download_a_file(client, phase, submission):
    assignment = JudgeAssignmentFactory(phase=phase, not_ready=True)
    client.force_login(assignment.judge)

    assert client.get(urls(assignment, submission)["attachment"]).status_code == 404


def test_a_judge_of_one_phase_cannot_open_an_entry_of_another_challenge(judge, assignment):
    elsewhere = entry(EvaluationPhaseFactory().challenge)

    assert judge.get(f"/en/judging/{assignment.pk}/entries/{elsewhere.pk}/").status_code == 404


def test_a_judge_of_the_finalists_cannot_open_an_entry_that_was_only_shortlisted(client, phase):
    finals = EvaluationPhaseFactory(challenge=phase.challenge, entry_status=EntryStatus.FINALIST)
    assignment = JudgeAssignmentFactory(phase=finals)
    shortlisted = entry(phase.challenge, status=EntryStatus.SHORTLISTED)
    client.force_login(assignment.judge)

    assert client.get(f"/en/judging/{assignment.pk}/entries/{shortlisted.pk}/").status_code == 404
    assert shortlisted.reference not in client.get(f"/en/judging/{assignment.pk}/").content.decode()


def test_an_attachment_of_another_entry_is_404_through_this_entry(judge, assignment, submission, phase):
    other = entry(phase.challenge)

    url = f"/en/judging/{assignment.pk}/entries/{other.pk}/attachments/{submission.attachments.get().pk}/"

    assert judge.get(url).status_code == 404


def test_a_judge_never_sees_another_judges_scores_or_comments(judge, assignment, submission, criterion, phase):
    other = JudgeAssignmentFactory(phase=phase)
    reviews.save_review(other, submission, {criterion.pk: 9}, "Confidential remark by judge two.", "en")

    page = judge.get(urls(assignment, submission)["entry"]).content.decode()
    listing = judge.get(urls(assignment, submission)["phase"]).content.decode()

    assert "Confidential remark by judge two." not in page
    assert 'value="9"' not in page
    assert "Not scored yet" in listing
    assert "0 of 1 scored" in listing


def test_anonymous_judging_hides_names_team_organisation_and_file_names(judge, assignment, submission, phase):
    JudgingOptions.objects.create(challenge=phase.challenge, anonymous=True)

    page = judge.get(urls(assignment, submission)["entry"]).content.decode()
    file = judge.get(urls(assignment, submission)["attachment"])

    for identity in ("Li Wei", "Reef Makers", "Blue Reef Materials", "BlueReef"):
        assert identity not in page
        assert identity not in file["Content-Disposition"]
    assert f"{submission.reference}-1.pdf" in page


def test_without_anonymity_the_team_members_and_organisation_are_shown(judge, assignment, submission):
    page = judge.get(urls(assignment, submission)["entry"]).content.decode()

    assert "Reef Makers" in page
    assert "Li Wei" in page
    assert "Blue Reef Materials" in page
    assert "BlueReef-trial.pdf" in page


def test_a_solvers_email_is_never_shown_to_a_judge(judge, assignment, phase):
    nameless = entry(phase.challenge, user=make_member(full_name=""))

    page = judge.get(f"/en/judging/{assignment.pk}/entries/{nameless.pk}/").content.decode()

    assert nameless.registration.user.email not in page
    assert "Name not given" in page


def test_the_phase_page_lists_the_judged_entries_and_only_counts_recusals(client, phase, submission):
    judge = make_member(organisation=submission.registration.user.profile.organisation)
    assignment = JudgeAssignmentFactory(phase=phase, judge=judge, not_ready=True)
    judged = entry(phase.challenge)
    conflicts.declare(assignment, [])
    client.force_login(judge)

    page = client.get(f"/en/judging/{assignment.pk}/").content.decode()

    assert judged.reference in page
    assert submission.reference not in page
    assert submission.title not in page
    assert "You were recused from 1 entry." in page


def test_the_phase_page_is_shown_in_chinese(judge, assignment, submission):
    response = judge.get(f"/zh-hans/judging/{assignment.pk}/")

    assert response.status_code == 200
    assert "专家评审" in response.content.decode()


def _queries_for_phase_page(client, assignment):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/en/judging/{assignment.pk}/").status_code == 200
    return len(queries)


def test_the_phase_page_takes_as_many_queries_for_twenty_entries_as_for_five(judge, assignment, phase, criterion):
    for _ in range(5):
        reviews.save_review(assignment, entry(phase.challenge), {criterion.pk: 5}, "Fine.", "en")
    _queries_for_phase_page(judge, assignment)  # warm what is read once per process
    five = _queries_for_phase_page(judge, assignment)
    for _ in range(15):
        entry(phase.challenge)

    assert _queries_for_phase_page(judge, assignment) == five


def test_the_dashboard_lists_only_the_users_own_assignments(judge, assignment):
    someone_else = JudgeAssignmentFactory(phase=EvaluationPhaseFactory(name_en="Pitch final"))

    page = judge.get("/en/judging/").content.decode()

    assert assignment.phase.challenge.title_en in page
    assert someone_else.phase.challenge.title_en not in page
    assert "Pitch final" not in page
