"""Answers to a competition's form: cleaned by kind, then checked against each question's eligibility rule."""

import pytest
from django.utils import translation

from competitions import eligibility
from competitions.models import QuestionKind, RuleOperator
from tests.competitions.factories import CompetitionFactory, QuestionFactory, competition_with_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def competition():
    return CompetitionFactory()


def question(competition, kind=QuestionKind.SHORT_TEXT, **fields):
    return QuestionFactory(competition=competition, kind=kind, **fields)


def stage_question(competition, **fields):
    return question(
        competition,
        QuestionKind.CHOICE,
        options_en="Idea\nSeed\nSeries A",
        options_zh_hans="创意\n种子轮\nA轮",
        **fields,
    )


# Cleaning, kind by kind


def test_a_number_may_be_written_with_thousands_separators(competition):
    assert eligibility.clean_answer(question(competition, QuestionKind.NUMBER), " 1,500,000 ") == ("1500000", None)


def test_a_number_is_stored_without_trailing_zeros(competition):
    assert eligibility.clean_answer(question(competition, QuestionKind.NUMBER), "2.50") == ("2.5", None)


@pytest.mark.parametrize("raw", ["about ten", "12 people", "NaN", "Infinity"])
def test_an_answer_that_is_not_a_number_is_refused_and_kept(competition, raw):
    value, error = eligibility.clean_answer(question(competition, QuestionKind.NUMBER), raw)

    assert value == raw
    assert error == "Enter a number, for example 12 or 1500000."


@pytest.mark.parametrize("raw", ["yes", "no"])
def test_yes_or_no_is_accepted(competition, raw):
    assert eligibility.clean_answer(question(competition, QuestionKind.YES_NO), raw) == (raw, None)


def test_anything_but_yes_or_no_is_refused(competition):
    assert eligibility.clean_answer(question(competition, QuestionKind.YES_NO), "maybe") == (
        "maybe",
        "Choose yes or no.",
    )


def test_an_option_of_the_list_is_stored_as_written_in_english(competition):
    assert eligibility.clean_answer(stage_question(competition), "Seed") == ("Seed", None)


@pytest.mark.parametrize("raw", ["Series C", "种子轮"])
def test_an_option_not_in_the_list_is_refused(competition, raw):
    assert eligibility.clean_answer(stage_question(competition), raw)[1] == "Choose one of the options."


def test_a_short_answer_may_have_up_to_300_characters(competition):
    assert eligibility.clean_answer(question(competition), "x" * 300) == ("x" * 300, None)


def test_a_longer_short_answer_is_refused_with_its_length(competition):
    _value, error = eligibility.clean_answer(question(competition), "x" * 301)

    assert error == "Keep this answer to 300 characters or fewer (it has 301)."


def test_a_long_answer_may_have_up_to_5000_characters(competition):
    long_text = question(competition, QuestionKind.LONG_TEXT)

    assert eligibility.clean_answer(long_text, "x" * 5000) == ("x" * 5000, None)
    assert eligibility.clean_answer(long_text, "x" * 5001)[1] == (
        "Keep this answer to 5000 characters or fewer (it has 5001)."
    )


@pytest.mark.parametrize("raw", ["", "   ", None])
def test_a_required_question_left_empty_must_be_answered(competition, raw):
    assert eligibility.clean_answer(question(competition), raw) == ("", "Please answer this question.")


@pytest.mark.parametrize("kind", [QuestionKind.NUMBER, QuestionKind.CHOICE, QuestionKind.YES_NO])
def test_an_optional_question_may_be_left_empty(competition, kind):
    assert eligibility.clean_answer(question(competition, kind, required=False), "  ") == ("", None)


def test_clean_answers_keys_every_answer_and_error_by_question(competition):
    size = question(competition, QuestionKind.NUMBER)
    name = question(competition)
    note = question(competition, required=False)

    answers, errors = eligibility.clean_answers(
        [size, name, note], {str(size.pk): "lots", str(name.pk): " Blue Ocean "}
    )

    assert answers == {str(size.pk): "lots", str(name.pk): "Blue Ocean", str(note.pk): ""}
    assert errors == {str(size.pk): "Enter a number, for example 12 or 1500000."}


# Rules, operator by operator


def rule(competition, kind, operator, value, **fields):
    return question(competition, kind, rule_operator=operator, rule_value=value, **fields)


def test_equals_on_text_ignores_case(competition):
    city = rule(competition, QuestionKind.SHORT_TEXT, RuleOperator.EQUALS, "Haikou")

    assert eligibility.meets_rule(city, "haikou")
    assert not eligibility.meets_rule(city, "Sanya")


def test_not_equals_on_text(competition):
    city = rule(competition, QuestionKind.SHORT_TEXT, RuleOperator.NOT_EQUALS, "Haikou")

    assert eligibility.meets_rule(city, "Singapore")
    assert not eligibility.meets_rule(city, "HAIKOU")


def test_equals_on_a_number_compares_values_not_text(competition):
    founders = rule(competition, QuestionKind.NUMBER, RuleOperator.EQUALS, "2")

    assert eligibility.meets_rule(founders, "2.0")
    assert not eligibility.meets_rule(founders, "3")


def test_not_equals_on_a_number(competition):
    founders = rule(competition, QuestionKind.NUMBER, RuleOperator.NOT_EQUALS, "0")

    assert eligibility.meets_rule(founders, "4")
    assert not eligibility.meets_rule(founders, "0.00")


def test_at_least_includes_its_bound(competition):
    size = rule(competition, QuestionKind.NUMBER, RuleOperator.AT_LEAST, "2")

    assert eligibility.meets_rule(size, "2")
    assert eligibility.meets_rule(size, "15")
    assert not eligibility.meets_rule(size, "1")


def test_at_most_includes_its_bound(competition):
    funding = rule(competition, QuestionKind.NUMBER, RuleOperator.AT_MOST, "5,000,000")

    assert eligibility.meets_rule(funding, "5000000")
    assert not eligibility.meets_rule(funding, "5000001")


def test_at_least_is_not_met_by_an_answer_that_is_not_a_number(competition):
    size = rule(competition, QuestionKind.SHORT_TEXT, RuleOperator.AT_LEAST, "2")

    assert not eligibility.meets_rule(size, "two")


def test_one_of_ignores_case_and_blank_lines(competition):
    stage = rule(competition, QuestionKind.CHOICE, RuleOperator.ONE_OF, "Seed\n\n Series A \n")

    assert eligibility.meets_rule(stage, "series a")
    assert eligibility.meets_rule(stage, "Seed")
    assert not eligibility.meets_rule(stage, "Idea")


def test_a_question_without_a_rule_accepts_any_answer(competition):
    assert eligibility.meets_rule(question(competition), "anything at all")


def test_an_empty_optional_answer_meets_every_rule():
    _competition, _tracks, questions = competition_with_form()
    funding = questions["funding"]

    assert eligibility.rule_failures([funding], {str(funding.pk): ""}) == {}
    assert eligibility.rule_failures([funding], {}) == {}


def test_rule_failures_name_only_the_answers_that_break_their_rule():
    _competition, _tracks, questions = competition_with_form()
    answers = {
        str(questions["team_size"].pk): "1",
        str(questions["stage"].pk): "Seed",
        str(questions["registered_in_china"].pk): "yes",
        str(questions["funding"].pk): "100",
    }

    failures = eligibility.rule_failures(list(questions.values()), answers)

    assert failures == {
        str(questions["team_size"].pk): "Teams need at least two founders.",
        str(questions["registered_in_china"].pk): (
            "The overseas track is for companies not yet registered in mainland China."
        ),
    }


# Rule messages


def test_the_rule_message_is_shown_in_the_active_language():
    _competition, _tracks, questions = competition_with_form()
    team_size = questions["team_size"]

    with translation.override("zh-hans"):
        failures = eligibility.rule_failures([team_size], {str(team_size.pk): "1"})

    assert failures == {str(team_size.pk): "团队至少需要两名创始人。"}


def test_without_a_message_of_its_own_the_rule_names_the_question(competition):
    size = rule(
        competition,
        QuestionKind.NUMBER,
        RuleOperator.AT_LEAST,
        "2",
        label_en="How many founders?",
        label_zh_hans="有几位创始人？",
    )

    assert eligibility.rule_failures([size], {str(size.pk): "1"}) == {
        str(size.pk): "Your answer to “How many founders?” does not meet the competition's rules."
    }
    with translation.override("zh-hans"):
        assert "有几位创始人？" in eligibility.rule_failures([size], {str(size.pk): "1"})[str(size.pk)]
