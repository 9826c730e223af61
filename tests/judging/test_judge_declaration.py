"""A judge accepts the confidentiality agreement and declares conflicts before seeing anything; recusals follow."""

import pytest

from judging.conflicts import AGREEMENT_VERSION
from judging.models import RecusalReason
from tests.challenges.factories import OrganisationFactory, make_member
from tests.judging.factories import EvaluationPhaseFactory, JudgeAssignmentFactory, JudgingOptionsFactory, entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def phase():
    return EvaluationPhaseFactory()


@pytest.fixture
def judge_org():
    return OrganisationFactory(name="Hainan University")


@pytest.fixture
def assignment(phase, judge_org):
    return JudgeAssignmentFactory(phase=phase, judge=make_member(organisation=judge_org), not_ready=True)


@pytest.fixture
def signed_in(client, assignment):
    client.force_login(assignment.judge)
    return client


def declaration_url(assignment, language="en"):
    return f"/{language}/judging/{assignment.pk}/declaration/"


def phase_url(assignment):
    return f"/en/judging/{assignment.pk}/"


def entry_url(assignment, submission):
    return f"/en/judging/{assignment.pk}/entries/{submission.pk}/"


def entry_from(organisation, phase):
    return entry(phase.challenge, user=make_member(organisation=organisation))


def test_a_judge_who_has_not_declared_is_sent_to_the_declaration(signed_in, assignment, phase):
    submission = entry_from(OrganisationFactory(), phase)

    assert signed_in.get(phase_url(assignment))["Location"] == declaration_url(assignment)
    assert signed_in.get(entry_url(assignment, submission))["Location"] == declaration_url(assignment)


def test_the_declaration_shows_the_agreement_and_the_entrants_organisations(signed_in, assignment, phase):
    entry_from(OrganisationFactory(name="Blue Reef Materials"), phase)

    page = signed_in.get(declaration_url(assignment)).content.decode()

    assert "I will keep every submission, score and discussion of this evaluation confidential" in page
    assert "Blue Reef Materials" in page
    assert "If you have no links with these organisations, leave them all unticked." in page


def test_declaring_without_accepting_is_refused_and_keeps_what_was_typed(signed_in, assignment):
    response = signed_in.post(declaration_url(assignment), {"declared_links": "I reviewed for a former colleague."})

    page = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in page
    assert "Tick the box to accept the agreement" in page
    assert "I reviewed for a former colleague." in page
    assignment.refresh_from_db()
    assert not assignment.is_ready


def test_declaring_records_the_agreement_and_opens_the_entries(signed_in, assignment):
    response = signed_in.post(declaration_url(assignment), {"accept": "on", "declared_links": "None really."})

    assignment.refresh_from_db()
    assert response["Location"] == phase_url(assignment)
    assert assignment.is_ready
    assert assignment.agreement_version == AGREEMENT_VERSION
    assert assignment.declared_links == "None really."
    assert signed_in.get(phase_url(assignment)).status_code == 200


def test_a_judge_without_links_is_not_told_about_recusals(signed_in, assignment, phase):
    entry_from(OrganisationFactory(), phase)

    response = signed_in.post(declaration_url(assignment), {"accept": "on"}, follow=True)

    page = response.content.decode()
    assert "Your declaration is recorded" in page
    assert "recused" not in page


def test_a_judge_of_an_entrants_organisation_is_recused_and_told_how_many(signed_in, assignment, phase, judge_org):
    own = entry_from(judge_org, phase)
    entry_from(OrganisationFactory(), phase)

    response = signed_in.post(declaration_url(assignment), {"accept": "on"}, follow=True)

    page = response.content.decode()
    assert "Because of your links, you were recused from 1 entry." in page
    assert "You were recused from 1 entry." in page
    assert own.reference not in page
    assert assignment.recusals.get().reason == RecusalReason.SAME_ORGANISATION
    assert signed_in.get(entry_url(assignment, own)).status_code == 404


def test_a_declared_organisation_recuses_the_judge_from_its_entries(signed_in, assignment, phase):
    linked = OrganisationFactory(name="Blue Reef Materials")
    submission = entry_from(linked, phase)
    other = entry_from(OrganisationFactory(), phase)

    signed_in.post(declaration_url(assignment), {"accept": "on", "organisations": [linked.pk]})

    assert assignment.recusals.get().reason == RecusalReason.DECLARED_ORGANISATION
    assert signed_in.get(entry_url(assignment, submission)).status_code == 404
    assert signed_in.get(entry_url(assignment, other)).status_code == 200


def test_an_organisation_that_did_not_enter_cannot_be_declared(signed_in, assignment, phase):
    entry_from(OrganisationFactory(), phase)
    stranger = OrganisationFactory()

    response = signed_in.post(declaration_url(assignment), {"accept": "on", "organisations": [stranger.pk]})

    assert response.status_code == 400
    assignment.refresh_from_db()
    assert not assignment.is_ready


def test_a_ready_judge_sees_what_they_declared_without_a_form(client, phase):
    linked = OrganisationFactory(name="Blue Reef Materials")
    entry_from(linked, phase)
    assignment = JudgeAssignmentFactory(phase=phase, declared_links="My cousin works at Coral Labs.")
    assignment.declared_organisations.set([linked])
    client.force_login(assignment.judge)

    page = client.get(declaration_url(assignment)).content.decode()

    assert "Declarations are final." in page
    assert "Blue Reef Materials" in page
    assert "My cousin works at Coral Labs." in page
    assert 'name="accept"' not in page


def test_a_declaration_cannot_be_changed_once_made(client, phase):
    linked = OrganisationFactory()
    entry_from(linked, phase)
    assignment = JudgeAssignmentFactory(phase=phase, declared_links="First answer.")
    client.force_login(assignment.judge)

    client.post(declaration_url(assignment), {"accept": "on", "organisations": [linked.pk], "declared_links": "New."})

    assignment.refresh_from_db()
    assert assignment.declared_links == "First answer."
    assert not assignment.declared_organisations.exists()
    assert not assignment.recusals.exists()


def test_the_declaration_page_is_shown_in_chinese(signed_in, assignment):
    response = signed_in.get(declaration_url(assignment, "zh-hans"))

    assert response.status_code == 200
    assert "专家评审" in response.content.decode()


# --- flagging one entry later -------------------------------------------------------------


@pytest.fixture
def ready(client, phase):
    assignment = JudgeAssignmentFactory(phase=phase)
    client.force_login(assignment.judge)
    return assignment


def test_a_judge_who_flags_a_conflict_is_recused_from_that_entry(client, ready, phase):
    submission = entry_from(OrganisationFactory(), phase)

    response = client.post(f"{entry_url(ready, submission)}conflict/", follow=True)

    page = response.content.decode()
    assert f"You are recused from {submission.reference}." in page
    assert "You were recused from 1 entry." in page
    assert ready.recusals.get().reason == RecusalReason.DECLARED_ENTRANT
    assert client.get(entry_url(ready, submission)).status_code == 404


def test_flagging_a_conflict_takes_a_post(client, ready, phase):
    submission = entry_from(OrganisationFactory(), phase)

    assert client.get(f"{entry_url(ready, submission)}conflict/").status_code == 405
    assert not ready.recusals.exists()


def test_under_anonymous_judging_the_declaration_does_not_list_who_entered(signed_in, assignment, phase):
    JudgingOptionsFactory(challenge=phase.challenge, anonymous=True)
    entry_from(OrganisationFactory(name="Blue Reef Materials"), phase)

    page = signed_in.get(declaration_url(assignment)).content.decode()

    assert "Blue Reef Materials" not in page
    assert "Judging is anonymous, so entrants are not listed." in page


def test_under_anonymous_judging_a_typed_organisation_name_recuses_without_saying_it_matched(
    signed_in, assignment, phase
):
    JudgingOptionsFactory(challenge=phase.challenge, anonymous=True)
    reef = entry_from(OrganisationFactory(name="Blue Reef Materials"), phase)
    other = entry_from(OrganisationFactory(name="Coconut Fibre Works"), phase)

    typed = "blue reef materials\nSouth Sea Ventures"
    signed_in.post(declaration_url(assignment), {"accept": "on", "organisations": typed})

    assignment.refresh_from_db()
    assert [r.submission for r in assignment.recusals.all()] == [reef]
    assert reef.title not in signed_in.get(phase_url(assignment)).content.decode()
    assert other.title in signed_in.get(phase_url(assignment)).content.decode()
    # The judge's record shows what they typed, both names alike: not which one was an entrant's.
    record = signed_in.get(declaration_url(assignment)).content.decode()
    assert "blue reef materials" in record and "South Sea Ventures" in record
    assert "Blue Reef Materials" not in record
