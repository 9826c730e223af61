"""Exports of a phase: the score sheet (one row per review) and the shortlist (ranked), in CSV and XLSX, with
criterion names in the staff's language and nothing a spreadsheet would run as a formula."""

import csv
import io

import openpyxl
import pytest
from django.utils import translation

from judging.exports import as_csv, as_xlsx, score_sheet, shortlist
from judging.models import EntryStatus
from tests.judging.factories import CriterionFactory, EvaluationPhaseFactory, JudgeAssignmentFactory, entry
from tests.judging.test_standings import scored

pytestmark = pytest.mark.django_db


def read_csv(content):
    assert content.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for Chinese text
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def read_xlsx(content):
    worksheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return [[cell.value for cell in row] for row in worksheet.iter_rows()]


@pytest.fixture
def phase():
    return EvaluationPhaseFactory()


@pytest.fixture
def rubric(phase):
    return [
        CriterionFactory(phase=phase, name_en="Technical merit", name_zh_hans="技术水平", weight=3, position=1),
        CriterionFactory(phase=phase, name_en="Market fit", name_zh_hans="市场契合度", weight=1, position=2),
    ]


@pytest.fixture
def judge(phase):
    return JudgeAssignmentFactory(phase=phase, judge__email="chen.judge@example.com")


def test_the_score_sheet_has_one_row_per_review_with_each_criterion_and_the_weighted_score(phase, rubric, judge):
    submission = entry(phase.challenge, title="Cassava film")
    scored(judge, submission, dict(zip(rubric, (10, 6), strict=True)), comment="Strong chemistry.")

    header, row = read_csv(as_csv(score_sheet(phase)))

    assert header[:5] == ["Reference", "Title", "Judge", "Technical merit", "Market fit"]
    assert row[:5] == [submission.reference, "Cassava film", "chen.judge@example.com", "10", "6"]
    assert row[5:8] == ["90.0", "Strong chemistry.", "No"]  # (3 × 100 + 1 × 60) / 4


def test_the_score_sheet_says_which_reviews_are_left_out(phase, rubric, judge):
    scored(judge, entry(phase.challenge), dict(zip(rubric, (1, 1), strict=True)), excluded=True)

    _header, row = read_csv(as_csv(score_sheet(phase)))

    assert row[7] == "Yes"


def test_the_score_sheet_names_criteria_in_the_staffs_language(phase, rubric, judge):
    with translation.override("zh-hans"):
        header = score_sheet(phase).headers

    assert header[3:5] == ["技术水平", "市场契合度"]


def test_the_shortlist_holds_shortlisted_finalists_and_winners_ranked_by_average(phase, rubric, judge):
    phase.entry_status = EntryStatus.ELIGIBLE
    phase.save()
    second = entry(phase.challenge, status=EntryStatus.SHORTLISTED)
    first = entry(phase.challenge, status=EntryStatus.WINNER)
    left_out = entry(phase.challenge, status=EntryStatus.ELIGIBLE)
    for submission, values in ((second, (5, 5)), (first, (9, 9)), (left_out, (10, 10))):
        scored(judge, submission, dict(zip(rubric, values, strict=True)))

    header, *rows = read_csv(as_csv(shortlist(phase)))

    assert header[:2] == ["Rank", "Reference"]
    assert [(row[0], row[1], row[4], row[5], row[6]) for row in rows] == [
        ("1", first.reference, "Winner", "90.0", "1 of 1"),
        ("2", second.reference, "Shortlisted", "50.0", "1 of 1"),
    ]


def test_text_that_looks_like_a_formula_stays_text_in_csv(phase, rubric, judge):
    scored(judge, entry(phase.challenge, title='=HYPERLINK("http://evil.example","Win")'), {rubric[0]: 1})

    _header, row = read_csv(as_csv(score_sheet(phase)))

    assert row[1] == '\'=HYPERLINK("http://evil.example","Win")'


def test_the_xlsx_score_sheet_holds_the_same_rows_with_numbers_as_numbers(phase, rubric, judge):
    submission = entry(phase.challenge, title="Cassava film")
    scored(judge, submission, dict(zip(rubric, (10, 6), strict=True)), comment="Strong chemistry.")

    header, row = read_xlsx(as_xlsx(score_sheet(phase)))

    assert header[:4] == ["Reference", "Title", "Judge", "Technical merit"]
    assert row[:7] == [submission.reference, "Cassava film", "chen.judge@example.com", 10, 6, 90.0, "Strong chemistry."]


def test_text_that_looks_like_a_formula_stays_text_in_xlsx(phase, rubric, judge):
    scored(judge, entry(phase.challenge), {rubric[0]: 1}, comment="=1+1")

    worksheet = openpyxl.load_workbook(io.BytesIO(as_xlsx(score_sheet(phase)))).active

    comment = worksheet.cell(row=2, column=7)
    assert (comment.value, comment.data_type) == ("=1+1", "s")


def test_control_characters_a_spreadsheet_refuses_are_dropped_from_xlsx(phase, rubric, judge):
    scored(judge, entry(phase.challenge), {rubric[0]: 1}, comment="Fine\x1b work\x07")

    _header, row = read_xlsx(as_xlsx(score_sheet(phase)))

    assert row[6] == "Fine work"
