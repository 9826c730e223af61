"""The staff's judging desk in the Wagtail admin: challenges to judge, options, phases and rubrics, judges,
screening and decisions, standings with outliers and their reconciliation, and exports. Staff only."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from judging.models import (
    Criterion,
    Decision,
    EntryStatus,
    Evaluation,
    EvaluationPhase,
    JudgeAssignment,
    JudgingOptions,
    Recusal,
    RecusalReason,
)
from judging.standings import phase_standings
from tests.challenges.factories import ChallengeFactory, UserFactory, make_member
from tests.challenges.test_posting import beijing_input
from tests.challenges.test_vetting import staff_user
from tests.judging.factories import (
    ClosedChallengeFactory,
    CriterionFactory,
    EvaluationPhaseFactory,
    JudgeAssignmentFactory,
    entry,
)
from tests.judging.test_standings import fill, on_ten, scored

pytestmark = pytest.mark.django_db


def desk(name, *args):
    return reverse(f"judging_desk:{name}", args=args)


@pytest.fixture
def staff(client):
    user = staff_user("change_challenge")
    client.force_login(user)
    return user


@pytest.fixture
def phase():
    phase = EvaluationPhaseFactory(name_en="Expert review")
    CriterionFactory(phase=phase, name_en="Technical merit", scale_max=10)
    return phase


def phase_data(challenge, criteria=(), **overrides):
    """The phase form with its rubric, as the browser posts it: ``criteria`` are dicts of a new criterion's fields."""
    data = {
        "name_en": "Expert review",
        "name_zh_hans": "专家评审",
        "kind": "review",
        "entry_status": EntryStatus.SHORTLISTED,
        "position": "1",
        "closes_at": beijing_input(challenge.submission_deadline + datetime.timedelta(days=14)),
        "criteria-TOTAL_FORMS": str(len(criteria)),
        "criteria-INITIAL_FORMS": "0",
        "criteria-MIN_NUM_FORMS": "0",
        "criteria-MAX_NUM_FORMS": "1000",
    }
    for index, criterion in enumerate(criteria):
        fields = {
            "name_en": "Technical merit",
            "name_zh_hans": "技术水平",
            "kind": "scale",
            "scale_max": "10",
            "weight": "2",
            "position": str(index + 1),
            **criterion,
        }
        data.update({f"criteria-{index}-{name}": value for name, value in fields.items()})
    data.update(overrides)
    return data


# --- who may use the desk ---


@pytest.mark.parametrize("view", ["index", "challenge", "entries", "standings", "export"])
def test_an_admin_user_without_the_permission_is_refused_every_page(client, phase, view):
    client.force_login(staff_user())  # may open the admin, not challenges
    challenge = phase.challenge
    urls = {
        "index": desk("index"),
        "challenge": desk("challenge", challenge.pk),
        "entries": desk("entries", challenge.pk),
        "standings": desk("standings", challenge.pk, phase.pk),
        "export": desk("export", challenge.pk, phase.pk, "score-sheet", "csv"),
    }

    response = client.get(urls[view])

    assert response.status_code in (302, 403)
    assert challenge.title.encode() not in response.content


def test_an_admin_user_without_the_permission_cannot_decide(client, phase):
    client.force_login(staff_user())
    submission = entry(phase.challenge, status=EntryStatus.AWAITING_SCREENING)

    response = client.post(desk("entry", phase.challenge.pk, submission.pk), {"to_status": EntryStatus.ELIGIBLE})

    assert response.status_code in (302, 403)
    assert not Decision.objects.exists()


def test_a_signed_in_member_is_sent_to_the_admin_login(client, phase):
    client.force_login(UserFactory())

    response = client.get(desk("challenge", phase.challenge.pk))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_judging_menu_item_is_shown_to_staff_only(client, staff):
    assert desk("index").encode() in client.get(reverse("wagtailadmin_home")).content
    client.force_login(staff_user())
    assert desk("index").encode() not in client.get(reverse("wagtailadmin_home")).content


@pytest.mark.parametrize(
    "url",
    [
        lambda phase, other: desk("standings", other.challenge.pk, phase.pk),
        lambda phase, other: desk("challenge", 999_999),
        lambda phase, other: desk("export", phase.challenge.pk, phase.pk, "everything", "csv"),
        lambda phase, other: desk("export", phase.challenge.pk, phase.pk, "shortlist", "pdf"),
        lambda phase, other: desk("entry", other.challenge.pk, entry(phase.challenge).pk),
    ],
)
def test_ids_that_do_not_belong_together_are_not_found(client, staff, phase, url):
    other = EvaluationPhaseFactory()

    assert client.get(url(phase, other), follow=True).status_code == 404  # via /en/admin/, as Wagtail's 404s


@pytest.mark.parametrize("view", ["challenge", "phase_add", "phase", "judges", "entries", "entry", "standings"])
def test_every_page_of_the_desk_opens_for_staff_in_both_languages(client, staff, phase, outlier, view):
    challenge = phase.challenge
    urls = {
        "challenge": desk("challenge", challenge.pk),
        "phase_add": desk("phase_add", challenge.pk),
        "phase": desk("phase", challenge.pk, phase.pk),
        "judges": desk("judges", challenge.pk, phase.pk),
        "entries": desk("entries", challenge.pk),
        "entry": desk("entry", challenge.pk, outlier.submission_id),
        "standings": desk("standings", challenge.pk, phase.pk),
    }
    for language, title in (("en", challenge.title_en), ("zh-hans", challenge.title_zh_hans)):
        profile = UserProfile.get_for_user(staff)
        profile.preferred_language = language
        profile.save()
        response = client.get(urls[view])
        assert response.status_code == 200
        assert title in response.content.decode()  # the bilingual content in the staff's language


# --- the list and a challenge's page ---


def test_the_desk_lists_closed_challenges_with_their_counts(client, staff):
    closed = ClosedChallengeFactory(title_en="Mulch film, closed")
    entry(closed, status=EntryStatus.AWAITING_SCREENING)
    entry(closed, status=EntryStatus.SHORTLISTED)
    entry(closed, status=EntryStatus.SHORTLISTED)
    ChallengeFactory(title_en="Still open for entries")

    response = client.get(desk("index"))

    page = response.content.decode()
    assert "Mulch film, closed" in page
    assert "Still open for entries" not in page
    row = page[page.index("Mulch film, closed") :]
    assert [cell.split("<")[0] for cell in row.split("<td>")[2:5]] == ["3", "1", "2"]


def test_open_challenges_are_listed_apart_to_prepare_judging(client, staff):
    ChallengeFactory(title_en="Still open for entries")

    assert "Still open for entries" in client.get(desk("index") + "?show=open").content.decode()


def test_the_desk_list_reads_in_a_fixed_number_of_queries(client, staff, django_assert_max_num_queries):
    for _ in range(6):
        entry(ClosedChallengeFactory())
    client.get(desk("index"))  # warm up the session and the site

    with django_assert_max_num_queries(12):
        assert client.get(desk("index")).status_code == 200


def test_staff_save_the_judging_options(client, staff, phase):
    response = client.post(desk("challenge", phase.challenge.pk), {"anonymous": "on"})

    assert response.status_code == 302
    options = JudgingOptions.objects.get(challenge=phase.challenge)
    assert (options.anonymous, options.show_scores_in_feedback) == (True, False)


def test_the_challenge_page_lists_its_phases(client, staff, phase):
    page = client.get(desk("challenge", phase.challenge.pk)).content.decode()

    assert "Expert review" in page
    assert desk("standings", phase.challenge.pk, phase.pk) in page


# --- phases and rubrics ---


def test_staff_add_a_phase_with_its_rubric_in_both_languages(client, staff):
    challenge = ClosedChallengeFactory()

    response = client.post(desk("phase_add", challenge.pk), phase_data(challenge, [{"weight": "3"}]))

    assert response.status_code == 302
    phase = EvaluationPhase.objects.get(challenge=challenge)
    criterion = phase.criteria.get()
    assert (phase.name_zh_hans, criterion.name_zh_hans, criterion.weight) == ("专家评审", "技术水平", 3)


def test_a_criterion_weighing_less_than_one_is_refused_and_what_was_typed_is_kept(client, staff):
    challenge = ClosedChallengeFactory()

    response = client.post(
        desk("phase_add", challenge.pk), phase_data(challenge, [{"weight": "0", "name_en": "Cost of adoption"}])
    )

    assert response.status_code == 400
    assert not EvaluationPhase.objects.exists()
    page = response.content.decode()
    assert "There is a problem" in page
    assert 'value="Cost of adoption"' in page


def test_a_phase_must_close_after_the_submission_deadline(client, staff):
    challenge = ClosedChallengeFactory()
    data = phase_data(challenge, closes_at=beijing_input(challenge.submission_deadline - datetime.timedelta(days=1)))

    response = client.post(desk("phase_add", challenge.pk), data)

    assert response.status_code == 400
    assert "Scoring must close after the submission deadline." in response.content.decode()


def with_existing_criterion(data, criterion, **fields):
    """``data`` with the phase's one saved ``criterion`` as its rubric, as the edit form sends it back."""
    fields = {
        "id": str(criterion.pk),
        "name_en": criterion.name_en,
        "name_zh_hans": criterion.name_zh_hans,
        "kind": criterion.kind,
        "scale_max": str(criterion.scale_max),
        "weight": str(criterion.weight),
        "position": str(criterion.position),
        **fields,
    }
    data.update({"criteria-TOTAL_FORMS": "1", "criteria-INITIAL_FORMS": "1"})
    data.update({f"criteria-0-{name}": value for name, value in fields.items()})
    return data


def test_staff_edit_a_criterion_of_the_rubric(client, staff, phase):
    criterion = phase.criteria.get()
    data = with_existing_criterion(
        phase_data(phase.challenge), criterion, name_en="Technical depth", scale_max="5", weight="4"
    )

    response = client.post(desk("phase", phase.challenge.pk, phase.pk), data)

    assert response.status_code == 302
    criterion.refresh_from_db()
    assert (criterion.name_en, criterion.scale_max, criterion.weight) == ("Technical depth", 5, 4)


def test_the_last_criterion_cannot_be_removed_once_judges_are_assigned(client, staff, phase):
    JudgeAssignmentFactory(phase=phase)
    criterion = phase.criteria.get()
    data = with_existing_criterion(phase_data(phase.challenge), criterion, DELETE="on")

    response = client.post(desk("phase", phase.challenge.pk, phase.pk), data)

    assert response.status_code == 400
    assert Criterion.objects.filter(pk=criterion.pk).exists()


# --- judges ---


def test_staff_assign_a_judge_by_email_who_is_told_in_their_language(
    client, staff, phase, mailoutbox, django_capture_on_commit_callbacks
):
    judge = make_member(UserFactory(email="wang.expert@example.com"), language="zh-hans")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(desk("judges", phase.challenge.pk, phase.pk), {"email": "Wang.Expert@example.com"})

    assert response.status_code == 302
    assignment = JudgeAssignment.objects.get(phase=phase, judge=judge)
    assert assignment.assigned_by == staff
    (message,) = mailoutbox
    assert message.to == ["wang.expert@example.com"]
    assert f"/zh-hans/judging/{assignment.pk}/declaration/" in message.body
    assert "可降解地膜" in message.subject  # the challenge's title in the judge's language


def test_assigning_an_email_without_an_account_says_so(client, staff, phase, mailoutbox):
    response = client.post(desk("judges", phase.challenge.pk, phase.pk), {"email": "nobody@example.com"})

    assert response.status_code == 400
    assert "No account uses this email address." in response.content.decode()
    assert not JudgeAssignment.objects.exists()
    assert mailoutbox == []


def test_a_judge_cannot_be_assigned_twice_to_a_phase(client, staff, phase):
    assignment = JudgeAssignmentFactory(phase=phase)

    response = client.post(desk("judges", phase.challenge.pk, phase.pk), {"email": assignment.judge.email})

    assert response.status_code == 400
    assert "already a judge of this phase" in response.content.decode()
    assert JudgeAssignment.objects.count() == 1


def test_judges_are_assigned_only_once_the_rubric_has_a_criterion(client, staff):
    phase = EvaluationPhaseFactory()

    response = client.post(desk("judges", phase.challenge.pk, phase.pk), {"email": UserFactory().email})

    assert response.status_code == 400
    assert not JudgeAssignment.objects.exists()


def test_staff_remove_a_judge_who_has_not_scored(client, staff, phase):
    assignment = JudgeAssignmentFactory(phase=phase)

    client.post(desk("judge_remove", phase.challenge.pk, phase.pk, assignment.pk))

    assert not JudgeAssignment.objects.exists()


def test_a_judge_who_has_scored_stays_on_the_record(client, staff, phase):
    assignment = JudgeAssignmentFactory(phase=phase)
    scored(assignment, entry(phase.challenge), on_ten(phase, 50))

    response = client.post(desk("judge_remove", phase.challenge.pk, phase.pk, assignment.pk), follow=True)

    assert JudgeAssignment.objects.filter(pk=assignment.pk).exists()
    assert "already scored entries" in response.content.decode()


# --- screening and decisions ---


def test_opening_the_entries_gives_every_sent_submission_its_evaluation(client, staff, phase):
    submission = entry(phase.challenge)
    submission.evaluation.delete()

    page = client.get(desk("entries", phase.challenge.pk)).content.decode()

    assert Evaluation.objects.get(submission=submission).status == EntryStatus.AWAITING_SCREENING
    assert submission.reference in page


def test_a_bulk_decision_moves_the_ticked_entries_and_records_who(client, staff, phase):
    ticked = [entry(phase.challenge, status=EntryStatus.ELIGIBLE) for _ in range(2)]
    untouched = entry(phase.challenge, status=EntryStatus.ELIGIBLE)

    response = client.post(
        desk("entries", phase.challenge.pk),
        {"evaluations": [item.evaluation.pk for item in ticked], "to_status": EntryStatus.SHORTLISTED},
    )

    assert response.status_code == 302
    statuses = dict(Evaluation.objects.values_list("submission_id", "status"))
    assert [statuses[item.pk] for item in ticked] == [EntryStatus.SHORTLISTED] * 2
    assert statuses[untouched.pk] == EntryStatus.ELIGIBLE
    assert Decision.objects.filter(decided_by=staff).count() == 2


def test_a_bulk_decision_one_entry_cannot_make_changes_nothing(client, staff, phase):
    movable = entry(phase.challenge, status=EntryStatus.ELIGIBLE)
    stuck = entry(phase.challenge, status=EntryStatus.WINNER)

    response = client.post(
        desk("entries", phase.challenge.pk),
        {"evaluations": [movable.evaluation.pk, stuck.evaluation.pk], "to_status": EntryStatus.SHORTLISTED},
    )

    assert response.status_code == 400
    assert "cannot be moved to" in response.content.decode()
    assert not Decision.objects.exists()


def test_a_bulk_decision_with_an_entry_of_another_challenge_is_refused(client, staff, phase):
    foreign = entry(ClosedChallengeFactory(), status=EntryStatus.ELIGIBLE)

    response = client.post(
        desk("entries", phase.challenge.pk), {"evaluations": [foreign.evaluation.pk], "to_status": "shortlisted"}
    )

    assert response.status_code == 400
    assert not Decision.objects.exists()


def test_staff_make_an_entry_ineligible_with_a_reason_shown_in_its_history(client, staff, phase):
    submission = entry(phase.challenge, status=EntryStatus.AWAITING_SCREENING)
    url = desk("entry", phase.challenge.pk, submission.pk)

    client.post(url, {"to_status": EntryStatus.INELIGIBLE, "reason": "No team member based in Hainan."})

    page = client.get(url).content.decode()
    assert "No team member based in Hainan." in page
    assert staff.get_username() in page
    assert Decision.objects.get().decided_by == staff


def test_making_an_entry_ineligible_without_a_reason_is_refused(client, staff, phase):
    submission = entry(phase.challenge, status=EntryStatus.AWAITING_SCREENING)

    response = client.post(desk("entry", phase.challenge.pk, submission.pk), {"to_status": EntryStatus.INELIGIBLE})

    assert response.status_code == 400
    assert "Say why the entry is ineligible" in response.content.decode()
    assert not Decision.objects.exists()


def test_an_entry_page_offers_only_the_moves_the_table_allows(client, staff, phase):
    submission = entry(phase.challenge, status=EntryStatus.FINALIST)

    response = client.post(desk("entry", phase.challenge.pk, submission.pk), {"to_status": EntryStatus.ELIGIBLE})

    assert response.status_code == 400
    submission.evaluation.refresh_from_db()
    assert submission.evaluation.status == EntryStatus.FINALIST


def test_nothing_is_decided_before_the_submission_deadline(client, staff):
    challenge = ChallengeFactory()
    submission = entry(challenge, status=EntryStatus.AWAITING_SCREENING)

    response = client.post(desk("entry", challenge.pk, submission.pk), {"to_status": EntryStatus.ELIGIBLE})

    assert response.status_code == 400
    assert "once the submission deadline has passed" in response.content.decode()
    assert not Decision.objects.exists()


def test_the_entries_page_lists_recusals_with_their_reason(client, staff, phase):
    submission = entry(phase.challenge)
    assignment = JudgeAssignmentFactory(phase=phase, judge__email="li.judge@example.com")
    Recusal.objects.create(assignment=assignment, submission=submission, reason=RecusalReason.SAME_ORGANISATION)

    page = client.get(desk("entries", phase.challenge.pk)).content.decode()

    assert "li.judge@example.com" in page
    assert str(RecusalReason.SAME_ORGANISATION.label).replace("'", "&#x27;") in page


def test_the_entries_page_reads_in_a_fixed_number_of_queries(client, staff, phase, django_assert_max_num_queries):
    for _ in range(8):
        submission = entry(phase.challenge, status=EntryStatus.ELIGIBLE)
        Decision.objects.create(
            evaluation=submission.evaluation,
            from_status=EntryStatus.AWAITING_SCREENING,
            to_status=EntryStatus.ELIGIBLE,
            decided_by=staff,
            decided_at=timezone.now(),
        )
    client.get(desk("entries", phase.challenge.pk))

    with django_assert_max_num_queries(16):
        assert client.get(desk("entries", phase.challenge.pk)).status_code == 200


# --- standings, outliers and reconciliation ---


@pytest.fixture
def outlier(phase):
    """One entry scored 80, 80 and 50 by three judges: the third review is an outlier (30 below the others)."""
    submission = entry(phase.challenge)
    judges = JudgeAssignmentFactory.create_batch(3, phase=phase)
    JudgeAssignmentFactory.create_batch(2, phase=phase)  # two more judges who have not scored
    for judge, score in zip(judges, (80, 80, 50), strict=True):
        review = scored(judge, submission, on_ten(phase, score))
    return review


def test_the_standings_show_progress_averages_and_the_outlier_in_words(client, staff, phase, outlier):
    page = client.get(desk("standings", phase.challenge.pk, phase.pk)).content.decode()

    assert "3 of 5 scored" in page
    assert "70.0" in page  # (80 + 80 + 50) / 3
    assert "1 outlier" in page
    assert f'id="review-{outlier.pk}"' in page


def test_staff_reconcile_an_outlier_and_leave_it_out_of_the_average(client, staff, phase, outlier):
    url = desk("reconcile", phase.challenge.pk, phase.pk, outlier.pk)
    prefix = f"review-{outlier.pk}"

    response = client.post(url, {f"{prefix}-note": "Read the previous version.", f"{prefix}-exclude": "on"})

    assert response.status_code == 302
    outlier.refresh_from_db()
    assert (outlier.excluded, outlier.reconciled_by) == (True, staff)
    page = client.get(desk("standings", phase.challenge.pk, phase.pk)).content.decode()
    assert "70.0" not in page  # the average is now 80.0, the two other judges'
    assert "Left out of the averages." in page
    assert "Read the previous version." in page


def test_a_reconciliation_without_a_note_is_refused(client, staff, phase, outlier):
    response = client.post(desk("reconcile", phase.challenge.pk, phase.pk, outlier.pk), {})

    assert response.status_code == 400
    assert "Write a note saying what you found." in response.content.decode()
    outlier.refresh_from_db()
    assert outlier.reconciled_at is None


def test_a_review_of_another_phase_cannot_be_reconciled_here(client, staff, phase, outlier):
    other = EvaluationPhaseFactory(challenge=phase.challenge)

    url = desk("reconcile", phase.challenge.pk, other.pk, outlier.pk)

    response = client.post(url, {f"review-{outlier.pk}-note": "Checked."}, follow=True)

    assert response.status_code == 404
    outlier.refresh_from_db()
    assert outlier.reconciled_at is None


def test_the_standings_page_reads_in_the_same_number_of_queries_for_5_or_20_entries(client, staff, phase):
    judges = JudgeAssignmentFactory.create_batch(3, phase=phase)
    url = desk("standings", phase.challenge.pk, phase.pk)
    fill(phase, judges, 5)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    fill(phase, judges, 15)
    with CaptureQueriesContext(connection) as many:
        page = client.get(url).content.decode()

    assert page.count("3 of 3 scored") == 20
    assert len(many) == len(few)


# --- exports ---


def test_the_score_sheet_downloads_as_csv(client, staff, phase, outlier):
    response = client.get(desk("export", phase.challenge.pk, phase.pk, "score-sheet", "csv"))

    assert response["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1 + 3
    assert rows[0][3] == "Technical merit"


def test_the_shortlist_downloads_as_xlsx(client, staff, phase, outlier):
    response = client.get(desk("export", phase.challenge.pk, phase.pk, "shortlist", "xlsx"))

    worksheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(worksheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Rank", "Reference", "Title")
    assert rows[1][0] == 1
    assert rows[1][5] == pytest.approx(70.0)


# --- the admin home page ---


def test_the_admin_home_says_how_many_entries_await_screening(client, staff):
    closed = ClosedChallengeFactory()
    entry(closed, status=EntryStatus.AWAITING_SCREENING)
    entry(closed, status=EntryStatus.AWAITING_SCREENING)
    entry(closed, status=EntryStatus.ELIGIBLE)
    entry(ChallengeFactory(), status=EntryStatus.AWAITING_SCREENING)  # still open: not yet to screen

    page = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "2 entries of closed challenges await screening" in page


@pytest.fixture
def many_outliers(phase):
    """22 entries with two reviews 60 points apart: 44 outliers, more than two pages of reconciliation forms."""
    first, second = JudgeAssignmentFactory.create_batch(2, phase=phase)
    for _number in range(22):
        submission = entry(phase.challenge)
        scored(first, submission, on_ten(phase, 90))
        scored(second, submission, on_ten(phase, 30))
    return phase


def test_outliers_are_reconciled_a_page_at_a_time(client, staff, many_outliers):
    phase = many_outliers
    url = desk("standings", phase.challenge.pk, phase.pk)

    first = client.get(url).content.decode()
    third = client.get(url + "?outliers=3").content.decode()

    assert first.count("Save the reconciliation") == 20 and "44 reviews are more than 20 points" in first
    assert third.count("Save the reconciliation") == 4


def test_a_refused_reconciliation_on_a_later_page_shows_that_page_with_its_error(client, staff, many_outliers):
    phase = many_outliers
    standings = phase_standings(phase)
    last = standings.entries[-1].reviews[-1].review  # the last item listed: on page 3

    response = client.post(desk("reconcile", phase.challenge.pk, phase.pk, last.pk) + "?outliers=1", {})

    page = response.content.decode()
    assert response.status_code == 400
    assert f'id="review-{last.pk}"' in page and "Write a note saying what you found." in page
    assert page.count("Save the reconciliation") == 4


def test_the_ranking_is_shown_fifty_entries_a_page_and_links_each_outlier_to_its_page(client, staff, phase):
    first, second = JudgeAssignmentFactory.create_batch(2, phase=phase)
    submissions = [entry(phase.challenge) for _number in range(55)]
    for number, submission in enumerate(submissions):
        scored(first, submission, on_ten(phase, 90 if number == 54 else 50))
        scored(second, submission, on_ten(phase, 20 if number == 54 else 50))
    url = desk("standings", phase.challenge.pk, phase.pk)

    first_page = client.get(url).content.decode()
    second_page = client.get(url + "?page=2").content.decode()

    others = submissions[:54]  # all at 50.0; the last entry averages 55.0 and is ranked first
    assert sum(submission.reference in first_page for submission in others) == 49
    assert sum(submission.reference in second_page for submission in others) == 5
    assert "Page 1 of 2" in first_page
    assert "?outliers=1#review-" in first_page  # its outliers are on the first page of reconciliation
