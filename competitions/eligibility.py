"""Answers to a competition's form: cleaned by the question's kind, then checked against its eligibility rule.

``clean_answers`` returns ``(answers, errors)``: answers keyed by the question's pk as text, and errors
keyed the same way (a required question left empty, a number that is not one, an option not in the list).
``rule_failures`` then gives the rule's own message for each answer that does not meet its rule; an
empty answer to an optional question meets every rule. Both are plain functions of the questions and the
submitted values, so the form, the server-side check on sending and the tests share them.
"""

from decimal import Decimal, DecimalException

from django.utils.translation import gettext as _

from .choices import NO, YES, QuestionKind, RuleOperator

MAX_SHORT = 300
MAX_LONG = 5_000


MAX_NUMBER_TEXT = 30  # characters: room for any amount or count, none for "1e9999999"
MAX_DIGITS = 20  # a number at most 10^20 in size (and no finer than 10^-20)


def number(value):
    """The Decimal ``value`` writes ("1,500,000", "12.5"), or None for anything else or absurdly large."""
    text = str(value).strip().replace(",", "")
    if len(text) > MAX_NUMBER_TEXT:
        return None
    try:
        parsed = Decimal(text)
    except DecimalException:
        return None
    if not parsed.is_finite() or (parsed and abs(parsed.adjusted()) > MAX_DIGITS):
        return None
    return parsed


def clean_answer(question, raw):
    """``(value, error)`` for one question: the stored value, or a translated error."""
    value = "" if raw is None else str(raw).strip()
    if not value:
        return "", (_("Please answer this question.") if question.required else None)
    if question.kind == QuestionKind.NUMBER:
        parsed = number(value)
        if parsed is None:
            return value[:MAX_NUMBER_TEXT], _("Enter a number, for example 12 or 1500000.")
        return format(parsed.normalize(), "f"), None
    if question.kind == QuestionKind.YES_NO:
        return (value, None) if value in (YES, NO) else (value, _("Choose yes or no."))
    if question.kind == QuestionKind.CHOICE:
        allowed = [stored for stored, _label in question.option_pairs()]
        return (value, None) if value in allowed else (value, _("Choose one of the options."))
    limit = MAX_SHORT if question.kind == QuestionKind.SHORT_TEXT else MAX_LONG
    if len(value) > limit:
        return value, _("Keep this answer to %(limit)d characters or fewer (it has %(count)d).") % {
            "limit": limit,
            "count": len(value),
        }
    return value, None


def clean_answers(questions, data):
    """``(answers, errors)`` for every question; ``data`` maps ``str(question.pk)`` to what was sent."""
    answers, errors = {}, {}
    for question in questions:
        value, error = clean_answer(question, data.get(str(question.pk)))
        answers[str(question.pk)] = value
        if error:
            errors[str(question.pk)] = error
    return answers, errors


def meets_rule(question, value):
    """Whether ``value`` (cleaned) meets the question's rule. No rule, or no answer, always does."""
    operator = question.rule_operator
    if not operator or value in ("", None):
        return True
    expected = (question.rule_value or "").strip()
    if operator in (RuleOperator.AT_LEAST, RuleOperator.AT_MOST):
        given, bound = number(value), number(expected)
        if given is None or bound is None:
            return False
        return given >= bound if operator == RuleOperator.AT_LEAST else given <= bound
    if operator == RuleOperator.ONE_OF:
        return value.casefold() in {line.strip().casefold() for line in expected.splitlines() if line.strip()}
    if question.kind == QuestionKind.NUMBER and number(expected) is not None:
        same = number(value) == number(expected)
    else:
        same = value.casefold() == expected.casefold()
    return same if operator == RuleOperator.EQUALS else not same


def rule_message(question):
    return question.rule_message or _("Your answer to “%(question)s” does not meet the competition's rules.") % {
        "question": question.label
    }


def rule_failures(questions, answers):
    """``{question pk as text: message}`` for every answer that breaks its question's rule."""
    return {
        str(question.pk): rule_message(question)
        for question in questions
        if not meets_rule(question, answers.get(str(question.pk), ""))
    }
