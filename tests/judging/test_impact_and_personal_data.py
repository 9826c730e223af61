"""What judging adds to the public impact page (challenges solved, deals signed, their value) and to a
member's data export and account deletion (PIPL)."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts import account_deletion
from accounts.data_export import personal_data
from judging import announcements, conflicts, deals, feedback
from judging.models import AwardShare, CriterionScore, DealOutcome, FeedbackReason, Review
from judging.personal_data import export_judging_records
from tests.challenges.factories import make_member
from tests.judging.factories import (
    ClosedChallengeFactory,
    CriterionFactory,
    EvaluationPhaseFactory,
    JudgeAssignmentFactory,
    entry,
)
from tests.judging.test_awards import accepted_member, make_award, staff_user, winner

pytestmark = pytest.mark.django_db


def deal_with(outcome=None, value=None, currency="CNY", staff=None):
    staff = staff or staff_user()
    made = make_award(staff=staff)
    deal = deals.introduce(made, staff)
    if outcome:
        deals.record_outcome(deal, made.challenge.owner, outcome, value, currency)
    return deal


def _section(html):
    return html.split('id="impact-outcomes-heading"', 1)[1]


def test_the_impact_page_shows_challenges_solved_deals_signed_and_their_value(client, site_tree):
    staff = staff_user()
    solved = deal_with(DealOutcome.PILOT, 50_000_000, staff=staff)
    deal_with(DealOutcome.LICENCE, 25_000_000, staff=staff)
    deal_with(DealOutcome.INVESTMENT, 10_000_000, "USD", staff=staff)
    deal_with(staff=staff)  # introduced, nothing recorded yet: not a deal signed
    announcements.publish_announcement(solved.award.challenge, staff, "Thank you.", "谢谢。")

    html = _section(client.get("/en/opportunities/impact/").content.decode())

    assert '<span class="impact-number">1</span> challenges solved' in html
    assert '<span class="impact-number">3</span> deals signed with winners' in html
    assert "CNY 750,000" in html and "USD 100,000" in html


def test_the_impact_page_shows_the_value_in_chinese_conventions(client, site_tree):
    deal_with(DealOutcome.CONTRACT, 50_000_000)

    html = _section(client.get("/zh-hans/opportunities/impact/").content.decode())

    assert "500,000 元" in html


def test_the_impact_section_reads_a_fixed_number_of_queries(client, site_tree, django_assert_max_num_queries):
    deal_with(DealOutcome.CONTRACT, 1_000)
    client.get("/en/opportunities/impact/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/opportunities/impact/")
    for _number in range(3):
        deal_with(DealOutcome.PILOT, 2_000, "USD")

    with django_assert_max_num_queries(len(few)):
        client.get("/en/opportunities/impact/")


# --- personal data ------------------------------------------------------------------------------


def judge_with_a_review(count=1):
    """A judge who declared a link and reviewed ``count`` entries in one phase."""
    judge = make_member()
    phase = EvaluationPhaseFactory()
    criterion = CriterionFactory(phase=phase, name_en="Technical merit")
    assignment = JudgeAssignmentFactory(phase=phase, judge=judge, not_ready=True)
    conflicts.declare(assignment, [], links="I advised one applicant in 2025.")
    for _number in range(count):
        submission = entry(phase.challenge)
        review = Review.objects.create(
            assignment=assignment, submission=submission, comment="Solid field data.", submitted_at=timezone.now()
        )
        CriterionScore.objects.create(review=review, criterion=criterion, value=8)
    return judge


def test_the_export_holds_the_judges_assignment_declaration_and_reviews():
    judge = judge_with_a_review()

    assignment = personal_data(judge)["judge_assignments"][0]

    assert assignment["declared_links"] == "I advised one applicant in 2025."
    assert assignment["agreement_accepted_at"] and assignment["conflicts_declared_at"]
    assert assignment["reviews"][0]["comment"] == "Solid field data."
    assert assignment["reviews"][0]["scores"] == [{"criterion": "Technical merit", "value": 8}]


def test_the_export_holds_the_feedback_award_share_and_deal_of_a_team_member():
    staff = staff_user()
    submission = winner()
    member = accepted_member(submission, 40)
    feedback.write_feedback(submission, FeedbackReason.SELECTED, "Congratulations.", staff)
    feedback.send_feedback(submission.challenge, staff)
    made = make_award(submission, amount=1_000_000, staff=staff)
    deals.record_outcome(deals.introduce(made, staff), member, DealOutcome.PILOT)

    export = export_judging_records(member)

    assert export["challenge_feedback_received"][0]["text"] == "Congratulations."
    award = export["challenge_awards"][0]
    assert (award["your_share_percent"], award["your_share_minor_units"]) == (40, 400_000)
    deal = export["challenge_deals"][0]
    assert (deal["as"], deal["outcome"], deal["recorded_by_you"]) == ("winner", DealOutcome.PILOT, True)


def test_feedback_not_sent_yet_is_not_in_the_entrants_export():
    submission = entry(ClosedChallengeFactory())
    feedback.write_feedback(submission, FeedbackReason.COST, "Draft wording.", staff_user())

    assert export_judging_records(submission.registration.user)["challenge_feedback_received"] == []


def test_the_seeker_finds_their_deals_in_the_export():
    deal = deal_with(DealOutcome.LICENCE, 5_000)

    export = export_judging_records(deal.award.challenge.owner)

    assert [row["as"] for row in export["challenge_deals"]] == ["seeker"]


def test_the_export_holds_nobody_elses_judging_records():
    judge_with_a_review()
    other = make_member()

    assert json.dumps(export_judging_records(other)) == json.dumps(
        {"judge_assignments": [], "challenge_feedback_received": [], "challenge_awards": [], "challenge_deals": []}
    )


def test_the_number_of_export_queries_does_not_grow_with_the_records():
    few, many = judge_with_a_review(count=1), judge_with_a_review(count=4)

    with CaptureQueriesContext(connection) as for_few:
        export_judging_records(few)
    with CaptureQueriesContext(connection) as for_many:
        export_judging_records(many)

    assert len(for_many) == len(for_few)


def test_deleting_the_account_empties_the_name_in_award_shares_and_keeps_the_amount():
    submission = winner(language="en")
    member = accepted_member(submission, 30, full_name="Li Wei")
    made = make_award(submission, amount=1_000_000)

    account_deletion.delete_account(member)

    share = AwardShare.objects.get(award=made, percent=30)
    assert share.name == "" and share.amount == 300_000


def test_the_review_of_a_deleted_judge_stays_for_the_evaluation_record():
    judge = judge_with_a_review()

    account_deletion.delete_account(judge)

    assert Review.objects.filter(assignment__judge=judge, comment="Solid field data.").exists()
