"""The judging desk's pitch agenda: staff give each entry of a pitch round its slot (Beijing time, a room or an
online link), replace or remove it; clashes are refused next to the form, and the team lead is emailed."""

import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from judging.models import EntryStatus, PhaseKind, PitchSlot
from tests.challenges.factories import UserFactory, make_member
from tests.challenges.test_posting import beijing_input
from tests.challenges.test_vetting import staff_user
from tests.judging.factories import EvaluationPhaseFactory, entry

pytestmark = pytest.mark.django_db

DAY = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(days=7)


def desk(name, *args):
    return reverse(f"judging_desk:{name}", args=args)


@pytest.fixture
def staff(client):
    user = staff_user("change_challenge")
    user.is_staff = True  # pitches.schedule is for the platform's staff
    user.save(update_fields=["is_staff"])
    client.force_login(user)
    return user


@pytest.fixture
def pitch_round():
    return EvaluationPhaseFactory(
        kind=PhaseKind.PITCH, entry_status=EntryStatus.FINALIST, name_en="Final pitches", name_zh_hans="决赛路演"
    )


def agenda_url(phase):
    return desk("pitch_agenda", phase.challenge.pk, phase.pk)


def slot_data(submission, starts=DAY, minutes=15, room="Room 2", online_link=""):
    prefix = f"entry-{submission.pk}"
    return {
        "entry": str(submission.pk),
        f"{prefix}-starts_at": beijing_input(starts),
        f"{prefix}-ends_at": beijing_input(starts + datetime.timedelta(minutes=minutes)),
        f"{prefix}-room": room,
        f"{prefix}-online_link": online_link,
    }


def test_the_agenda_lists_the_rounds_entries_and_their_slots(client, staff, pitch_round):
    finalist = entry(pitch_round.challenge, status=EntryStatus.FINALIST, title="Solar desalination")
    entry(pitch_round.challenge, status=EntryStatus.SHORTLISTED, title="Not in the final")
    PitchSlot.objects.create(
        phase=pitch_round, submission=finalist, starts_at=DAY, ends_at=DAY + datetime.timedelta(minutes=15), room="A1"
    )

    html = client.get(agenda_url(pitch_round)).content.decode()

    assert "Solar desalination" in html
    assert "Not in the final" not in html
    assert "A1" in html
    assert "Beijing time" in html


def test_staff_give_an_entry_its_slot_and_the_lead_is_emailed_in_their_language(client, staff, pitch_round):
    lead = make_member(language="zh-hans")
    submission = entry(pitch_round.challenge, status=EntryStatus.FINALIST, user=lead)

    response = client.post(agenda_url(pitch_round), slot_data(submission, room="Room 2"))

    assert response.status_code == 302
    slot = PitchSlot.objects.get(phase=pitch_round, submission=submission)
    assert (slot.starts_at, slot.room) == (DAY, "Room 2")
    assert [message.to for message in mail.outbox] == [[lead.email]]
    with translation.override("zh-hans"):
        assert reverse("challenges:detail", args=[pitch_round.challenge.pk]) in mail.outbox[0].body


def test_staff_replace_a_slot(client, staff, pitch_round):
    submission = entry(pitch_round.challenge, status=EntryStatus.FINALIST)
    client.post(agenda_url(pitch_round), slot_data(submission))

    later = DAY + datetime.timedelta(hours=2)
    client.post(
        agenda_url(pitch_round), slot_data(submission, starts=later, room="", online_link="https://meet.example.com/x")
    )

    slot = PitchSlot.objects.get(phase=pitch_round, submission=submission)
    assert (slot.starts_at, slot.room, slot.online_link) == (later, "", "https://meet.example.com/x")
    assert len(mail.outbox) == 2


def test_an_overlapping_slot_in_the_same_room_is_refused_and_the_input_kept(client, staff, pitch_round):
    first = entry(pitch_round.challenge, status=EntryStatus.FINALIST)
    second = entry(pitch_round.challenge, status=EntryStatus.FINALIST)
    client.post(agenda_url(pitch_round), slot_data(first, room="Room 2"))
    mail.outbox.clear()

    response = client.post(
        agenda_url(pitch_round), slot_data(second, starts=DAY + datetime.timedelta(minutes=10), room="room 2")
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Another entry pitches in this room at that time." in html
    assert 'value="room 2"' in html
    assert not PitchSlot.objects.filter(submission=second).exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"room": "", "online_link": ""}, "Give a room, an online link, or both."),
        ({"minutes": -15}, "A slot must end after it starts."),
        ({"online_link": "not a link"}, "Enter a valid URL."),
    ],
)
def test_a_slot_that_cannot_be_held_is_refused_with_the_reason(client, staff, pitch_round, overrides, message):
    submission = entry(pitch_round.challenge, status=EntryStatus.FINALIST)

    response = client.post(agenda_url(pitch_round), slot_data(submission, **overrides))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not PitchSlot.objects.exists()


def test_staff_remove_a_slot(client, staff, pitch_round):
    submission = entry(pitch_round.challenge, status=EntryStatus.FINALIST)
    client.post(agenda_url(pitch_round), slot_data(submission))

    response = client.post(
        desk("pitch_unschedule", pitch_round.challenge.pk, pitch_round.pk, submission.pk), follow=True
    )

    assert "The slot was removed from the agenda." in response.content.decode()
    assert not PitchSlot.objects.exists()
    lead = submission.registration.user
    (removed,) = [m for m in mail.outbox if lead.email in m.to and m.subject.startswith("Your pitch slot was removed")]
    assert "was taken off the agenda" in removed.body.replace("\n", " ")


def test_an_entry_outside_the_round_cannot_be_scheduled(client, staff, pitch_round):
    shortlisted = entry(pitch_round.challenge, status=EntryStatus.SHORTLISTED)
    other_challenge = entry(EvaluationPhaseFactory().challenge, status=EntryStatus.FINALIST)

    for submission in (shortlisted, other_challenge):
        assert client.post(agenda_url(pitch_round), slot_data(submission), follow=True).status_code == 404
    assert client.post(agenda_url(pitch_round), {"entry": "abc"}, follow=True).status_code == 404
    assert not PitchSlot.objects.exists()


def test_a_written_review_phase_has_no_agenda(client, staff):
    phase = EvaluationPhaseFactory(kind=PhaseKind.REVIEW)

    assert client.get(agenda_url(phase), follow=True).status_code == 404


def test_only_judging_staff_open_the_agenda(client, pitch_round):
    submission = entry(pitch_round.challenge, status=EntryStatus.FINALIST, title="Solar desalination")
    client.force_login(staff_user())  # may open the admin, not challenges

    assert client.get(agenda_url(pitch_round)).status_code in (302, 403)
    assert client.post(agenda_url(pitch_round), slot_data(submission)).status_code in (302, 403)
    client.force_login(UserFactory())
    assert "login" in client.get(agenda_url(pitch_round))["Location"]
    assert not PitchSlot.objects.exists()


def test_the_challenges_judging_page_links_a_pitch_round_to_its_agenda(client, staff, pitch_round):
    review = EvaluationPhaseFactory(challenge=pitch_round.challenge, kind=PhaseKind.REVIEW)

    html = client.get(desk("challenge", pitch_round.challenge.pk)).content.decode()

    assert agenda_url(pitch_round) in html
    assert agenda_url(review) not in html


def agenda_queries(client, phase):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(agenda_url(phase)).status_code == 200
    return len(queries)


def test_the_agenda_does_not_query_more_with_more_entries(client, staff):
    few, many = (EvaluationPhaseFactory(kind=PhaseKind.PITCH, entry_status=EntryStatus.FINALIST) for _ in range(2))
    for phase, count in ((few, 2), (many, 6)):
        for index in range(count):
            submission = entry(phase.challenge, status=EntryStatus.FINALIST, user=make_member())
            start = DAY + datetime.timedelta(minutes=20 * index)
            PitchSlot.objects.create(
                phase=phase, submission=submission, starts_at=start, ends_at=start + datetime.timedelta(minutes=15)
            )
    agenda_queries(client, few)  # warm caches

    assert agenda_queries(client, few) == agenda_queries(client, many)
