"""Judges score in their own language against the rubric, revise until the phase closes, and see their progress."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from judging import reviews
from judging.models import CriterionKind, CriterionScore, Review
from judging.scoring import weighted_score
from tests.judging.factories import CriterionFactory, EvaluationPhaseFactory, JudgeAssignmentFactory, entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def phase():
    return EvaluationPhaseFactory()


@pytest.fixture
def rubric(phase):
    """Technical merit 0–10 (weight 2), a 1–5 star rating, and a yes/no, each in both languages."""
    return {
        "merit": CriterionFactory(
            phase=phase, name_en="Technical merit", name_zh_hans="技术水平", scale_max=10, weight=2, position=1
        ),
        "market": CriterionFactory(
            phase=phase, name_en="Market fit", name_zh_hans="市场契合度", kind=CriterionKind.RATING, position=2
        ),
        "pilot": CriterionFactory(
            phase=phase, name_en="Ready for a pilot", name_zh_hans="可开展试点", kind=CriterionKind.YES_NO, position=3
        ),
    }


@pytest.fixture
def assignment(phase):
    return JudgeAssignmentFactory(phase=phase)


@pytest.fixture
def submission(phase):
    return entry(phase.challenge)


@pytest.fixture
def judge(client, assignment):
    client.force_login(assignment.judge)
    return client


def entry_url(assignment, submission, language="en"):
    return f"/{language}/judging/{assignment.pk}/entries/{submission.pk}/"


def form_data(rubric, merit="7", market="4", pilot="1", comment="Sound chemistry; the field trial is thin."):
    return {
        f"criterion_{rubric['merit'].pk}": merit,
        f"criterion_{rubric['market'].pk}": market,
        f"criterion_{rubric['pilot'].pk}": pilot,
        "comment": comment,
    }


def values(review):
    return {score.criterion.name_en: score.value for score in review.scores.select_related("criterion")}


def close(phase):
    phase.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    phase.save()


def test_a_judge_scores_an_entry_with_a_comment(judge, assignment, submission, rubric):
    response = judge.post(entry_url(assignment, submission), form_data(rubric))

    review = Review.objects.get()
    assert response["Location"] == f"/en/judging/{assignment.pk}/"
    assert (review.assignment, review.submission, review.language) == (assignment, submission, "en")
    assert review.comment == "Sound chemistry; the field trial is thin."
    assert values(review) == {"Technical merit": 7, "Market fit": 4, "Ready for a pilot": 1}


def test_a_revision_replaces_the_scores_and_keeps_the_first_submission_time(judge, assignment, submission, rubric):
    judge.post(entry_url(assignment, submission), form_data(rubric))
    first = Review.objects.get().submitted_at

    judge.post(
        entry_url(assignment, submission), form_data(rubric, merit="3", pilot="0", comment="On reflection, weak.")
    )

    review = Review.objects.get()
    assert values(review) == {"Technical merit": 3, "Market fit": 4, "Ready for a pilot": 0}
    assert review.comment == "On reflection, weak."
    assert review.submitted_at == first
    assert CriterionScore.objects.count() == 3


def test_the_form_is_prefilled_with_the_judges_earlier_scores(judge, assignment, submission, rubric):
    judge.post(entry_url(assignment, submission), form_data(rubric, merit="6", comment="Promising pilot data."))

    page = judge.get(entry_url(assignment, submission)).content.decode()

    assert f'name="criterion_{rubric["merit"].pk}" value="6"' in page
    assert "Promising pilot data." in page
    assert "Save my revised scores" in page


def test_a_closed_phase_refuses_a_score_on_the_server_and_keeps_nothing(judge, assignment, submission, rubric, phase):
    close(phase)

    response = judge.post(entry_url(assignment, submission), form_data(rubric))

    page = response.content.decode()
    assert response.status_code == 400
    assert "Scoring for this phase closed on" in page
    assert "Beijing time" in page
    assert "Your scores were not saved." in page
    assert not Review.objects.exists()


def test_a_closed_phase_refuses_a_revision_and_keeps_the_earlier_scores(judge, assignment, submission, rubric, phase):
    judge.post(entry_url(assignment, submission), form_data(rubric, merit="8"))
    close(phase)

    judge.post(entry_url(assignment, submission), form_data(rubric, merit="1", comment="Changed my mind."))

    review = Review.objects.get()
    assert values(review)["Technical merit"] == 8
    assert review.comment != "Changed my mind."


def test_save_review_refuses_after_closing_with_the_date_and_zone(assignment, submission, rubric, phase):
    after = phase.closes_at + datetime.timedelta(seconds=1)

    with pytest.raises(ValidationError) as refused:
        reviews.save_review(assignment, submission, {c.pk: 1 for c in rubric.values()}, "Fine.", "en", now=after)

    assert "Scoring for this phase closed on" in refused.value.messages[0]
    assert "Beijing time (UTC+8)" in refused.value.messages[0]
    assert not Review.objects.exists()


def test_after_closing_the_entry_shows_the_judges_scores_read_only(judge, assignment, submission, rubric, phase):
    judge.post(entry_url(assignment, submission), form_data(rubric, merit="7", market="4", pilot="1"))
    close(phase)

    page = judge.get(entry_url(assignment, submission)).content.decode()

    assert "Scoring for this phase closed on" in page
    assert "7 out of 10" in page
    assert "4 stars" in page
    assert f'name="criterion_{rubric["merit"].pk}"' not in page


def test_an_out_of_range_score_is_refused_naming_the_criterion_and_keeping_the_input(
    judge, assignment, submission, rubric
):
    response = judge.post(entry_url(assignment, submission), form_data(rubric, merit="11", comment="Kept text."))

    page = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in page
    assert "The score for “Technical merit” must be from 0 to 10." in page
    assert "Kept text." in page
    assert not Review.objects.exists()


def test_errors_on_the_chinese_page_name_the_criterion_in_chinese(judge, assignment, submission, rubric):
    response = judge.post(entry_url(assignment, submission, "zh-hans"), form_data(rubric, merit="", market="9"))

    page = response.content.decode()
    assert response.status_code == 400
    assert "“技术水平”" in page
    assert "“市场契合度”" in page


def test_a_missing_score_or_comment_is_refused(judge, assignment, submission, rubric):
    data = form_data(rubric, comment="   ")
    del data[f"criterion_{rubric['pilot'].pk}"]

    page = judge.post(entry_url(assignment, submission), data).content.decode()

    assert "Give a score for “Ready for a pilot”." in page
    assert "Write a comment: say why you gave these scores." in page
    assert not Review.objects.exists()


@pytest.mark.parametrize(
    ("scores", "message"),
    [
        ({"merit": 7, "market": 4}, "Give a score for “Ready for a pilot”."),
        ({"merit": 7, "market": 0, "pilot": 1}, "The score for “Market fit” must be from 1 to 5."),
        ({"merit": 7, "market": 4, "pilot": 2}, "The score for “Ready for a pilot” must be from 0 to 1."),
        ({"merit": "7", "market": 4, "pilot": 1}, "Enter a whole number for “Technical merit”."),
    ],
)
def test_save_review_checks_every_criterion_on_the_server(assignment, submission, rubric, scores, message):
    with pytest.raises(ValidationError) as refused:
        reviews.save_review(assignment, submission, {rubric[k].pk: v for k, v in scores.items()}, "Fine.", "en")

    assert message in refused.value.messages
    assert not Review.objects.exists()


def test_save_review_requires_a_comment(assignment, submission, rubric):
    with pytest.raises(ValidationError, match="Write a comment"):
        reviews.save_review(assignment, submission, {c.pk: 1 for c in rubric.values()}, "  \n ", "en")


def test_save_review_refuses_an_entry_the_judge_is_recused_from(assignment, submission, rubric):
    assignment.recusals.create(submission=submission, reason="declared-entrant")

    with pytest.raises(ValidationError, match="You do not judge this entry."):
        reviews.save_review(assignment, submission, {c.pk: 1 for c in rubric.values()}, "Fine.", "en")


def test_save_review_refuses_a_judge_who_has_not_declared(phase, submission, rubric):
    assignment = JudgeAssignmentFactory(phase=phase, not_ready=True)

    with pytest.raises(ValidationError, match="declare your conflicts"):
        reviews.save_review(assignment, submission, {c.pk: 1 for c in rubric.values()}, "Fine.", "en")


def test_a_phase_without_a_rubric_offers_no_form_and_refuses_scores(judge, assignment, submission):
    page = judge.get(entry_url(assignment, submission)).content.decode()

    assert "The rubric of this phase is not ready yet." in page
    assert 'name="comment"' not in page
    with pytest.raises(ValidationError, match="no criteria"):
        reviews.save_review(assignment, submission, {}, "Fine.", "en")


def test_the_chinese_page_shows_the_rubric_in_chinese(judge, assignment, submission, rubric):
    page = judge.get(entry_url(assignment, submission, "zh-hans")).content.decode()

    assert "技术水平" in page
    assert "市场契合度" in page
    assert "可开展试点" in page
    assert "Technical merit" not in page


def test_a_criterion_written_in_english_only_shows_in_english_on_the_chinese_page(judge, assignment, submission, phase):
    CriterionFactory(phase=phase, name_en="Carbon footprint", name_zh_hans="")

    assert "Carbon footprint" in judge.get(entry_url(assignment, submission, "zh-hans")).content.decode()


def test_a_review_written_on_the_chinese_page_records_its_language(judge, assignment, submission, rubric):
    judge.post(entry_url(assignment, submission, "zh-hans"), form_data(rubric))

    assert Review.objects.get().language == "zh-hans"


def test_the_guidance_is_shown_as_text_not_markup(judge, assignment, submission, phase):
    CriterionFactory(phase=phase, guidance_en="Score <b>evidence</b>, not claims.")

    page = judge.get(entry_url(assignment, submission)).content.decode()

    assert "Score &lt;b&gt;evidence&lt;/b&gt;, not claims." in page


def test_the_dashboard_shows_each_assignments_progress_and_closing_time(judge, assignment, submission, rubric, phase):
    entry(phase.challenge)
    judge.post(entry_url(assignment, submission), form_data(rubric))

    page = judge.get("/en/judging/").content.decode()

    assert "1 of 2 scored" in page
    assert "Beijing time" in page
    assert phase.challenge.title_en in page


def test_the_dashboard_links_an_unready_assignment_to_its_declaration(client, phase):
    assignment = JudgeAssignmentFactory(phase=phase, not_ready=True)
    client.force_login(assignment.judge)

    page = client.get("/en/judging/").content.decode()

    assert f'href="/en/judging/{assignment.pk}/declaration/"' in page
    assert "scored" not in page


def test_the_dashboard_has_an_empty_state(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("nobody"))

    assert "You have not been asked to judge any challenge yet." in client.get("/en/judging/").content.decode()


def test_progress_counts_only_the_judges_own_reviews_of_entries_they_judge(assignment, submission, rubric, phase):
    recused = entry(phase.challenge)
    assignment.recusals.create(submission=recused, reason="declared-entrant")
    other_judge = JudgeAssignmentFactory(phase=phase)
    reviews.save_review(other_judge, submission, {c.pk: 1 for c in rubric.values()}, "Fine.", "en")

    assert reviews.progress(assignment) == (0, 1)
    reviews.save_review(assignment, submission, {c.pk: 1 for c in rubric.values()}, "Fine.", "en")
    assert reviews.progress(assignment) == (1, 1)


def test_the_weighted_score_normalises_each_criterion_and_applies_its_weight(assignment, submission, rubric):
    review = reviews.save_review(
        assignment,
        submission,
        {rubric["merit"].pk: 5, rubric["market"].pk: 5, rubric["pilot"].pk: 0},
        "Fine.",
        "en",
    )

    # merit 50 × 2, market 100 × 1, pilot 0 × 1, over 4
    assert weighted_score(review) == pytest.approx(50.0)
