"""factory-boy factories for competitions: a competition (a challenge) with tracks and an application form."""

import factory
from django.contrib.auth.models import Group, Permission

from competitions.models import Application, ApplicationQuestion, Competition, QuestionKind, Section, Track
from tests.challenges.factories import ChallengeFactory, UserFactory

__all__ = [
    "ApplicationFactory",
    "CompetitionFactory",
    "QuestionFactory",
    "TrackFactory",
    "competition_staff",
    "competition_with_form",
    "valid_answers",
]


class CompetitionFactory(factory.django.DjangoModelFactory):
    """A competition on an open challenge (ChallengeFactory's dates), edition 2026."""

    class Meta:
        model = Competition

    challenge = factory.SubFactory(ChallengeFactory)
    edition = 2026


class TrackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Track

    competition = factory.SubFactory(CompetitionFactory)
    name_en = factory.Sequence(lambda n: f"Track {n}")
    name_zh_hans = factory.Sequence(lambda n: f"赛道{n}")
    sort_order = factory.Sequence(lambda n: n)


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ApplicationQuestion

    competition = factory.SubFactory(CompetitionFactory)
    section = Section.TEAM
    label_en = factory.Sequence(lambda n: f"Question {n}")
    label_zh_hans = factory.Sequence(lambda n: f"问题{n}")
    kind = QuestionKind.SHORT_TEXT
    sort_order = factory.Sequence(lambda n: n)


class ApplicationFactory(factory.django.DjangoModelFactory):
    """An application for an existing sent submission: pass ``submission`` and ``track``."""

    class Meta:
        model = Application

    competition = factory.LazyAttribute(lambda o: o.track.competition)
    answers = factory.LazyFunction(dict)


def competition_with_form(**challenge_fields):
    """A competition with a Haikou and an overseas track and a form of four questions, three with rules:

    team size (number, at least 2), stage (choice, one of Seed / Series A), company registered in
    mainland China (yes/no, must be "no" — the overseas-founders rule) and funding sought (optional number,
    at most 5000000). Returns ``(competition, tracks, questions)`` with questions keyed by name.
    """
    competition = CompetitionFactory(challenge=ChallengeFactory(**challenge_fields))
    tracks = {
        "haikou": TrackFactory(competition=competition, name_en="Haikou", name_zh_hans="海口赛区"),
        "overseas": TrackFactory(competition=competition, name_en="Overseas", name_zh_hans="海外赛区"),
    }
    questions = {
        "team_size": QuestionFactory(
            competition=competition,
            label_en="How many people are in your team?",
            label_zh_hans="团队有多少人？",
            kind=QuestionKind.NUMBER,
            rule_operator="at-least",
            rule_value="2",
            rule_message_en="Teams need at least two founders.",
            rule_message_zh_hans="团队至少需要两名创始人。",
        ),
        "stage": QuestionFactory(
            competition=competition,
            section=Section.STAGE,
            label_en="Stage",
            label_zh_hans="发展阶段",
            kind=QuestionKind.CHOICE,
            options_en="Idea\nSeed\nSeries A\nSeries B or later",
            options_zh_hans="创意\n种子轮\nA轮\nB轮及以后",
            rule_operator="one-of",
            rule_value="Seed\nSeries A",
            rule_message_en="The competition is for seed and Series A startups.",
            rule_message_zh_hans="本大赛面向种子轮和A轮初创企业。",
        ),
        "registered_in_china": QuestionFactory(
            competition=competition,
            section=Section.TEAM,
            label_en="Is your company registered in mainland China?",
            label_zh_hans="贵公司是否在中国大陆注册？",
            kind=QuestionKind.YES_NO,
            rule_operator="equals",
            rule_value="no",
            rule_message_en="The overseas track is for companies not yet registered in mainland China.",
            rule_message_zh_hans="海外赛道面向尚未在中国大陆注册的公司。",
        ),
        "funding": QuestionFactory(
            competition=competition,
            section=Section.FUNDING,
            label_en="Funding sought (CNY)",
            label_zh_hans="拟融资金额（人民币）",
            kind=QuestionKind.NUMBER,
            required=False,
            rule_operator="at-most",
            rule_value="5000000",
            rule_message_en="Ask for at most CNY 5,000,000.",
            rule_message_zh_hans="融资金额不超过500万元人民币。",
        ),
    }
    return competition, tracks, questions


def valid_answers(questions):
    """Answers that meet every rule, as a form posts them."""
    return {
        str(questions["team_size"].pk): "3",
        str(questions["stage"].pk): "Seed",
        str(questions["registered_in_china"].pk): "no",
        str(questions["funding"].pk): "2000000",
    }


def competition_staff(**fields):
    """Staff whose group may open the admin and add, change and delete competitions (and so run results)."""
    group, _created = Group.objects.get_or_create(name="Competition staff")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for action in ("add", "change", "delete"):
        group.permissions.add(
            Permission.objects.get(content_type__app_label="competitions", codename=f"{action}_competition")
        )
    user = UserFactory(**fields)
    user.groups.add(group)
    return user
