"""Feedback for every entrant: refused until each has some, emailed to every team member in their own language,
scores shown only when the challenge's rules say so, and the entrant's page for the team alone."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from challenges.choices import SubmissionStatus
from judging import feedback
from judging.models import (
    CriterionKind,
    CriterionScore,
    EntryStatus,
    Feedback,
    FeedbackReason,
    Recusal,
    RecusalReason,
    Review,
)
from tests.challenges.factories import ChallengeFactory, SubmissionFactory, make_member
from tests.judging.factories import (
    ClosedChallengeFactory,
    CriterionFactory,
    EvaluationPhaseFactory,
    JudgeAssignmentFactory,
    JudgingOptionsFactory,
    entry,
)
from tests.judging.test_awards import accepted_member, admin_user_without_challenges, staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff():
    return staff_user()


def closed_challenge(**fields):
    return ClosedChallengeFactory(
        title_en="Mulch film that degrades", title_zh_hans="可降解地膜挑战", owner=make_member(), **fields
    )


def sent_feedback(submission, staff, reason=FeedbackReason.NOT_MATURE, text="Promising; run a field trial."):
    feedback.write_feedback(submission, reason, text, staff)
    feedback.send_feedback(submission.challenge, staff)
    return Feedback.objects.get(submission=submission)


def score(submission, criterion, value, excluded=False):
    assignment = JudgeAssignmentFactory(phase=criterion.phase)
    review = Review.objects.create(
        assignment=assignment, submission=submission, comment="Fine.", submitted_at=timezone.now(), excluded=excluded
    )
    CriterionScore.objects.create(review=review, criterion=criterion, value=value)
    return review


# --- writing and sending -------------------------------------------------------------------------


def test_sending_is_refused_while_an_entrant_has_no_feedback(staff, mailoutbox):
    challenge = closed_challenge()
    written, missing = entry(challenge), entry(challenge, EntryStatus.NOT_SELECTED)
    feedback.write_feedback(written, FeedbackReason.COST, "", staff)

    with pytest.raises(ValidationError, match="1 entrant has no feedback yet"):
        feedback.send_feedback(challenge, staff)

    assert mailoutbox == []
    assert Feedback.objects.get(submission=written).sent_at is None
    assert not Feedback.objects.filter(submission=missing).exists()


def test_a_draft_is_not_an_entrant_waiting_for_feedback(staff):
    challenge = closed_challenge()
    sent = entry(challenge)
    SubmissionFactory(challenge=challenge, status=SubmissionStatus.DRAFT)
    feedback.write_feedback(sent, FeedbackReason.COST, "", staff)

    assert feedback.send_feedback(challenge, staff) == 1


def test_each_entrant_is_emailed_in_their_own_language(staff, mailoutbox):
    challenge = closed_challenge()
    english = entry(challenge, user=make_member(language="en"))
    chinese = entry(challenge, user=make_member(language="zh-hans"))
    for submission in (english, chinese):
        feedback.write_feedback(submission, FeedbackReason.BETTER_ALTERNATIVES, "", staff)

    assert feedback.send_feedback(challenge, staff) == 2

    by_address = {message.to[0]: message for message in mailoutbox}
    to_english = by_address[english.registration.user.email]
    to_chinese = by_address[chinese.registration.user.email]
    assert "Mulch film that degrades" in to_english.subject and "可降解地膜挑战" not in to_english.body
    assert "可降解地膜挑战" in to_chinese.subject and "Mulch film that degrades" not in to_chinese.body
    assert "Other submissions fitted the need better" in to_english.body
    assert reverse("judging:feedback", args=[english.pk]) in to_english.body


def test_every_accepted_team_member_gets_the_feedback(staff, mailoutbox):
    submission = entry(closed_challenge())
    member = accepted_member(submission, 30)

    sent_feedback(submission, staff)

    assert {message.to[0] for message in mailoutbox} == {submission.registration.user.email, member.email}


def test_sending_twice_emails_nobody_twice(staff, mailoutbox):
    submission = entry(closed_challenge())
    sent_feedback(submission, staff)

    assert feedback.send_feedback(submission.challenge, staff) == 0
    assert len(mailoutbox) == 1


def test_feedback_once_sent_can_no_longer_be_changed(staff):
    submission = entry(closed_challenge())
    sent_feedback(submission, staff)

    with pytest.raises(ValidationError, match="sent already"):
        feedback.write_feedback(submission, FeedbackReason.COST, "Changed my mind.", staff)


def test_feedback_is_revised_until_it_is_sent(staff):
    submission = entry(closed_challenge())
    feedback.write_feedback(submission, FeedbackReason.COST, "First try.", staff)

    feedback.write_feedback(submission, FeedbackReason.IP_POSITION, "  Second try.  ", staff)

    written = Feedback.objects.get(submission=submission)
    assert (written.reason, written.text) == (FeedbackReason.IP_POSITION, "Second try.")


def test_feedback_cannot_be_written_before_the_deadline(staff):
    open_challenge = ChallengeFactory()
    submission = SubmissionFactory(
        challenge=open_challenge, status=SubmissionStatus.SUBMITTED, submitted_at=timezone.now()
    )

    with pytest.raises(ValidationError, match="deadline has passed"):
        feedback.write_feedback(submission, FeedbackReason.COST, "", staff)


def test_a_reason_outside_the_list_is_refused(staff):
    with pytest.raises(ValidationError, match="Choose a reason"):
        feedback.write_feedback(entry(closed_challenge()), "because", "", staff)


# --- scores -------------------------------------------------------------------------------------


def scored_entry(challenge):
    phase = EvaluationPhaseFactory(challenge=challenge)
    merit = CriterionFactory(phase=phase, name_en="Technical merit", scale_max=10)
    submission = entry(challenge)
    score(submission, merit, 7)
    score(submission, merit, 8)
    score(submission, merit, 1, excluded=True)  # an outlier staff left out of the averages
    return submission


def test_entrant_scores_average_the_reviews_that_count_in_one_query(django_assert_num_queries):
    submission = scored_entry(closed_challenge())
    yes_no = CriterionFactory(phase=submission.challenge.evaluation_phases.get(), kind=CriterionKind.YES_NO)
    score(submission, yes_no, 1)
    score(submission, yes_no, 0)

    with django_assert_num_queries(1):
        rows = feedback.entrant_scores(submission)

    assert [(row.criterion, row.display) for row in rows] == [
        ("Technical merit", "7.5 / 10"),
        (yes_no.name, "1 of 2 judges: yes"),
    ]
    assert rows[0].normalised == 75.0


def test_a_recused_judges_review_never_counts_in_the_entrants_scores():
    submission = scored_entry(closed_challenge())
    merit = submission.challenge.evaluation_phases.get().criteria.get()
    review = score(submission, merit, 0)
    Recusal.objects.create(assignment=review.assignment, submission=submission, reason=RecusalReason.DECLARED_ENTRANT)

    [row] = feedback.entrant_scores(submission)

    assert row.display == "7.5 / 10"


def test_scores_are_in_the_email_and_on_the_page_when_the_rules_say_so(staff, mailoutbox, client):
    challenge = closed_challenge()
    JudgingOptionsFactory(challenge=challenge, show_scores_in_feedback=True)
    submission = scored_entry(challenge)

    sent_feedback(submission, staff)
    client.force_login(submission.registration.user)

    assert "Technical merit: 7.5 / 10" in mailoutbox[0].body
    assert "7.5 / 10" in client.get(reverse("judging:feedback", args=[submission.pk])).content.decode()


def test_scores_are_not_shown_when_the_rules_do_not_say_so(staff, mailoutbox, client):
    challenge = closed_challenge()
    JudgingOptionsFactory(challenge=challenge, show_scores_in_feedback=False)
    submission = scored_entry(challenge)

    sent_feedback(submission, staff)
    client.force_login(submission.registration.user)

    assert "7.5" not in mailoutbox[0].body
    html = client.get(reverse("judging:feedback", args=[submission.pk])).content.decode()
    assert "7.5" not in html and "average score" not in html


# --- the entrant's page ---------------------------------------------------------------------------


def test_the_team_reads_its_feedback_once_sent(staff, client):
    submission = entry(closed_challenge())
    member = accepted_member(submission, 20)
    sent_feedback(submission, staff, reason=FeedbackReason.NOT_MATURE, text="Run a field trial first.")
    client.force_login(member)

    html = client.get(reverse("judging:feedback", args=[submission.pk])).content.decode()

    assert "Not mature enough yet" in html and "Run a field trial first." in html


def test_feedback_written_but_not_sent_is_404_for_the_entrant(staff, client):
    submission = entry(closed_challenge())
    feedback.write_feedback(submission, FeedbackReason.COST, "", staff)
    client.force_login(submission.registration.user)

    assert client.get(reverse("judging:feedback", args=[submission.pk])).status_code == 404


@pytest.mark.parametrize("who", ["stranger", "seeker"])
def test_anyone_outside_the_team_gets_404_for_the_feedback_page(staff, client, who):
    submission = entry(closed_challenge())
    sent_feedback(submission, staff)
    client.force_login(make_member() if who == "stranger" else submission.challenge.owner)

    assert client.get(reverse("judging:feedback", args=[submission.pk])).status_code == 404


def test_an_unknown_entry_is_404_not_an_error(client):
    client.force_login(make_member())

    assert client.get(reverse("judging:feedback", args=[2**63])).status_code == 404


# --- the staff's feedback page ------------------------------------------------------------------


def test_staff_write_each_entrants_feedback_and_send_it_to_all(client, staff, mailoutbox):
    challenge = closed_challenge()
    first, second = entry(challenge), entry(challenge, EntryStatus.NOT_SELECTED)
    client.force_login(staff)
    url = reverse("awards:feedback", args=[challenge.pk])

    assert "Send feedback to all 2 entrants" in client.get(url).content.decode()
    for submission in (first, second):
        client.post(
            url,
            {
                "action": "save",
                "submission": submission.pk,
                f"entry-{submission.pk}-reason": FeedbackReason.COST,
                f"entry-{submission.pk}-text": "Too costly for now.",
            },
        )
    client.post(url, {"action": "send"})

    assert Feedback.objects.filter(sent_at__isnull=False).count() == 2
    assert len(mailoutbox) == 2


def test_sending_from_the_staff_page_is_refused_while_feedback_is_missing(client, staff, mailoutbox):
    challenge = closed_challenge()
    entry(challenge)
    client.force_login(staff)

    response = client.post(reverse("awards:feedback", args=[challenge.pk]), {"action": "send"}, follow=True)

    assert "1 entrant has no feedback yet" in response.content.decode()
    assert mailoutbox == []


def test_an_invalid_feedback_form_keeps_what_staff_typed(client, staff):
    challenge = closed_challenge()
    submission = entry(challenge)
    client.force_login(staff)

    response = client.post(
        reverse("awards:feedback", args=[challenge.pk]),
        {"action": "save", "submission": submission.pk, f"entry-{submission.pk}-text": "Kept text"},
    )

    assert response.status_code == 400
    assert "Choose the reason this entrant is given." in response.content.decode()
    assert "Kept text" in response.content.decode()


def test_the_staff_feedback_page_is_refused_to_others(client):
    challenge = closed_challenge()
    client.force_login(admin_user_without_challenges())

    assert client.get(reverse("awards:feedback", args=[challenge.pk])).status_code in (302, 403)


def test_the_staff_feedback_page_reads_a_fixed_number_of_queries(client, staff, django_assert_max_num_queries):
    challenge = closed_challenge()
    for _number in range(6):
        feedback.write_feedback(entry(challenge), FeedbackReason.COST, "", staff)
    client.force_login(staff)

    with django_assert_max_num_queries(25):
        assert client.get(reverse("awards:feedback", args=[challenge.pk])).status_code == 200
