"""A pitch round's agenda: staff give each entry a slot; the entrant is told when and where; judges score in order."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from judging import pitches
from judging.models import EntryStatus, PhaseKind, PitchSlot
from tests.challenges.factories import make_member
from tests.judging.factories import EvaluationPhaseFactory, JudgeAssignmentFactory, entry
from tests.judging.test_awards import staff_user

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
MORNING = datetime.datetime(2027, 3, 31, 1, 30, tzinfo=UTC)  # 09:30 in Beijing
FIFTEEN_MINUTES = datetime.timedelta(minutes=15)


@pytest.fixture
def phase():
    """The finalists' pitch round."""
    return EvaluationPhaseFactory(
        kind=PhaseKind.PITCH, entry_status=EntryStatus.FINALIST, name_en="Pitch round", name_zh_hans="路演"
    )


@pytest.fixture
def staff():
    return staff_user()


def finalist(phase, language="en", **fields):
    return entry(phase.challenge, status=EntryStatus.FINALIST, user=make_member(language=language), **fields)


def schedule(phase, submission, staff, starts_at=MORNING, minutes=15, room="Hall A", online_link=""):
    return pitches.schedule(
        phase,
        submission,
        staff,
        starts_at,
        starts_at + datetime.timedelta(minutes=minutes),
        room=room,
        online_link=online_link,
    )


def refusal(callable_, *args, **kwargs):
    with pytest.raises(ValidationError) as refused:
        callable_(*args, **kwargs)
    return refused.value


def test_staff_give_an_entry_its_slot(phase, staff):
    submission = finalist(phase)

    slot = schedule(phase, submission, staff, room="  Hall A  ")

    assert PitchSlot.objects.get() == slot
    assert (slot.starts_at, slot.ends_at, slot.room) == (MORNING, MORNING + FIFTEEN_MINUTES, "Hall A")


def test_only_a_pitch_round_has_an_agenda(staff):
    review = EvaluationPhaseFactory(kind=PhaseKind.REVIEW, entry_status=EntryStatus.FINALIST)

    error = refusal(schedule, review, finalist(review), staff)

    assert error.messages == ["Only a pitch round has an agenda."]
    assert not PitchSlot.objects.exists()


def test_an_entry_not_in_the_rounds_pool_cannot_be_scheduled(phase, staff):
    shortlisted = entry(phase.challenge, status=EntryStatus.SHORTLISTED)

    error = refusal(schedule, phase, shortlisted, staff)

    assert error.messages == ["This entry is not in the round: move it to the round's stage first."]
    assert not PitchSlot.objects.exists()


def test_an_entry_of_another_challenge_cannot_be_scheduled(phase, staff):
    other = EvaluationPhaseFactory(kind=PhaseKind.PITCH, entry_status=EntryStatus.FINALIST)

    error = refusal(schedule, phase, finalist(other), staff)

    assert error.messages == ["This entry is not in the round: move it to the round's stage first."]


@pytest.mark.parametrize("minutes", [0, -10])
def test_a_slot_must_end_after_it_starts(phase, staff, minutes):
    error = refusal(schedule, phase, finalist(phase), staff, minutes=minutes)

    assert error.messages == ["A slot must end after it starts."]
    assert not PitchSlot.objects.exists()


def test_a_slot_needs_a_room_or_an_online_link(phase, staff):
    error = refusal(schedule, phase, finalist(phase), staff, room="   ", online_link="")

    assert error.messages == ["Give a room, an online link, or both."]


def test_an_online_slot_needs_no_room(phase, staff):
    slot = schedule(phase, finalist(phase), staff, room="", online_link="https://meeting.example.com/pitch")

    assert (slot.room, slot.online_link) == ("", "https://meeting.example.com/pitch")


def test_two_entries_cannot_pitch_in_the_same_room_at_once(phase, staff):
    schedule(phase, finalist(phase), staff, room="Hall A")
    second = finalist(phase)

    error = refusal(schedule, phase, second, staff, starts_at=MORNING + datetime.timedelta(minutes=10), room="hall a")

    assert error.code == "room_taken"
    assert not PitchSlot.objects.filter(submission=second).exists()


def test_a_slot_may_start_when_the_previous_one_in_the_room_ends(phase, staff):
    schedule(phase, finalist(phase), staff, room="Hall A")

    schedule(phase, finalist(phase), staff, starts_at=MORNING + FIFTEEN_MINUTES, room="Hall A")

    assert PitchSlot.objects.count() == 2


def test_different_rooms_may_hold_pitches_at_the_same_time(phase, staff):
    schedule(phase, finalist(phase), staff, room="Hall A")

    schedule(phase, finalist(phase), staff, room="Hall B")

    assert PitchSlot.objects.count() == 2


def test_two_online_pitches_cannot_share_a_link_at_once(phase, staff):
    link = "https://meeting.example.com/pitch"
    schedule(phase, finalist(phase), staff, room="", online_link=link)

    error = refusal(schedule, phase, finalist(phase), staff, room="", online_link=link)
    schedule(phase, finalist(phase), staff, room="", online_link="https://meeting.example.com/other")

    assert error.code == "link_taken"
    assert PitchSlot.objects.count() == 2


def test_a_hybrid_pitch_and_an_online_one_cannot_share_a_link_at_once(phase, staff):
    link = "https://meeting.example.com/pitch"
    schedule(phase, finalist(phase), staff, room="Hall A", online_link=link)

    error = refusal(schedule, phase, finalist(phase), staff, room="", online_link=link)

    assert error.code == "link_taken"
    assert PitchSlot.objects.count() == 1


def test_rooms_of_another_round_do_not_clash(phase, staff):
    schedule(phase, finalist(phase), staff, room="Hall A")
    other = EvaluationPhaseFactory(kind=PhaseKind.PITCH, entry_status=EntryStatus.FINALIST)

    schedule(other, finalist(other), staff, room="Hall A")

    assert PitchSlot.objects.count() == 2


def test_rescheduling_replaces_the_entrys_slot(phase, staff):
    submission = finalist(phase)
    schedule(phase, submission, staff)

    later = schedule(phase, submission, staff, starts_at=MORNING + datetime.timedelta(minutes=5), room="Hall B")

    assert list(PitchSlot.objects.all()) == [later]
    assert (later.starts_at, later.room) == (MORNING + datetime.timedelta(minutes=5), "Hall B")


def test_only_staff_change_the_agenda(phase, staff):
    submission = finalist(phase)

    error = refusal(schedule, phase, submission, phase.challenge.owner)
    slot = schedule(phase, submission, staff)
    unscheduling = refusal(pitches.unschedule, slot, submission.registration.user)

    assert error.code == unscheduling.code == "not_staff"
    assert PitchSlot.objects.get() == slot


def test_staff_take_an_entry_off_the_agenda(phase, staff):
    slot = schedule(phase, finalist(phase), staff)

    pitches.unschedule(slot, staff)

    assert not PitchSlot.objects.exists()


def test_the_agenda_is_in_time_order(phase, staff):
    late = schedule(phase, finalist(phase), staff, starts_at=MORNING + datetime.timedelta(hours=1))
    early = schedule(phase, finalist(phase), staff)

    assert pitches.agenda(phase) == [early, late]


# The entrant is told


def test_the_team_lead_is_told_when_and_where_in_beijing_time(phase, staff):
    submission = finalist(phase, title="Tidal-power buoys")
    mail.outbox.clear()

    schedule(phase, submission, staff, room="Hall A")

    (message,) = mail.outbox
    assert message.to == [submission.registration.user.email]
    assert message.subject == f"Your pitch: “{phase.challenge.title_en}”"
    assert "31 March 2027, 09:30 Beijing time (UTC+8) – 09:45 Beijing time (UTC+8)" in message.body
    assert "Hall A" in message.body


def test_the_team_lead_is_told_in_their_language(phase, staff):
    submission = finalist(phase, language="zh-hans")
    mail.outbox.clear()

    schedule(phase, submission, staff, room="", online_link="https://meeting.example.com/pitch")

    (message,) = mail.outbox
    assert phase.challenge.title_zh_hans in message.subject
    assert "2027年3月31日 09:30（北京时间，UTC+8） – 09:45（北京时间，UTC+8）" in message.body
    assert "https://meeting.example.com/pitch" in message.body


def test_the_team_lead_is_told_the_new_time_when_rescheduled(phase, staff):
    submission = finalist(phase)
    schedule(phase, submission, staff)
    mail.outbox.clear()

    schedule(phase, submission, staff, starts_at=MORNING + datetime.timedelta(hours=2))

    (message,) = mail.outbox
    assert "31 March 2027, 11:30 Beijing time (UTC+8)" in message.body


def test_a_refused_slot_tells_nobody(phase, staff):
    mail.outbox.clear()

    refusal(schedule, phase, finalist(phase), staff, minutes=0)

    assert mail.outbox == []


def test_the_entrant_reads_their_slots(phase, staff):
    submission = finalist(phase)
    slot = schedule(phase, submission, staff)

    assert pitches.slots_of(submission) == [slot]


# The judges' page of a pitch round


def test_the_judges_page_lists_entries_in_agenda_order_unscheduled_last(client, phase, staff):
    unscheduled = finalist(phase, title="Unscheduled project")  # the first reference: last only by the agenda
    late = finalist(phase, title="Late project")
    early = finalist(phase, title="Early project")
    schedule(phase, late, staff, starts_at=MORNING + datetime.timedelta(hours=1), room="Hall B")
    schedule(phase, early, staff, room="Hall A")
    assignment = JudgeAssignmentFactory(phase=phase)
    client.force_login(assignment.judge)

    response = client.get(f"/en/judging/{assignment.pk}/")

    assert [submission.title for submission in response.context["entries"]] == [
        "Early project",
        "Late project",
        "Unscheduled project",
    ]
    html = response.content.decode()
    assert html.index("Early project") < html.index("Late project") < html.index("Unscheduled project")
    assert unscheduled.reference < early.reference


def test_the_judges_page_shows_each_slots_time_and_room(client, phase, staff):
    submission = finalist(phase, title="Early project")
    schedule(phase, submission, staff, room="Hall A")
    assignment = JudgeAssignmentFactory(phase=phase)
    client.force_login(assignment.judge)

    html = client.get(f"/en/judging/{assignment.pk}/").content.decode()

    assert (
        '<time datetime="2027-03-31T09:30:00+08:00">31 March 2027, 09:30 Beijing time (UTC+8)</time> · Hall A' in html
    )


def test_a_slot_of_another_round_does_not_order_this_rounds_page(client, phase, staff):
    first, second = finalist(phase, title="First project"), finalist(phase, title="Second project")
    other_round = EvaluationPhaseFactory(
        challenge=phase.challenge, kind=PhaseKind.PITCH, entry_status=EntryStatus.FINALIST, position=3
    )
    schedule(other_round, second, staff, starts_at=MORNING - datetime.timedelta(days=1))
    schedule(phase, first, staff)
    assignment = JudgeAssignmentFactory(phase=phase)
    client.force_login(assignment.judge)

    response = client.get(f"/en/judging/{assignment.pk}/")

    entries = list(response.context["entries"])
    assert [submission.title for submission in entries] == ["First project", "Second project"]
    assert entries[1].slot is None
