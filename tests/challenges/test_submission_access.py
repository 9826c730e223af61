"""Nobody reads another solver's submissions: the team always; the seeker and staff only after the deadline."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from challenges.models import InvitationStatus, SubmissionAttachment, SubmissionStatus
from tests.challenges.factories import RegistrationFactory, SubmissionFactory, TeamInvitationFactory, make_member

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 secret process"


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def sent():
    submission = SubmissionFactory(
        registration=RegistrationFactory(user=make_member()),
        status=SubmissionStatus.SUBMITTED,
        reference="HIC-2026-000001",
        submitted_at=timezone.now(),
        proposal="Our secret extrusion process.",
    )
    attachment = SubmissionAttachment(
        submission=submission, original_name="process.pdf", content_type="application/pdf", size=len(PDF)
    )
    attachment.file.save("process.pdf", ContentFile(PDF), save=True)
    return submission


def page(client, submission, language="en"):
    return client.get(f"/{language}/challenges/submissions/{submission.pk}/")


def download(client, submission):
    return client.get(f"/en/challenges/submissions/attachments/{submission.attachments.get().pk}/")


def close(submission):
    submission.challenge.submission_deadline = timezone.now() - datetime.timedelta(seconds=1)
    submission.challenge.save()


def test_the_solver_reads_their_submission_and_downloads_its_file(client, sent):
    client.force_login(sent.registration.user)

    response = page(client, sent)
    file = download(client, sent)

    assert response.status_code == 200
    assert "Our secret extrusion process." in response.content.decode()
    assert file.status_code == 200
    assert b"".join(file.streaming_content) == PDF
    assert (file["Content-Type"], file["X-Content-Type-Options"]) == ("application/pdf", "nosniff")


def test_the_submission_page_is_shown_in_chinese(client, sent):
    client.force_login(sent.registration.user)

    response = page(client, sent, "zh-hans")

    assert response.status_code == 200
    assert "HIC-2026-000001" in response.content.decode()


def test_a_second_solver_gets_404_for_the_submission_and_its_file(client, sent):
    RegistrationFactory(challenge=sent.challenge, user=(other := make_member()))
    client.force_login(other)

    assert page(client, sent).status_code == 404
    assert download(client, sent).status_code == 404
    assert client.get(f"/en/challenges/submissions/{sent.pk}/edit/").status_code == 404
    assert client.post(f"/en/challenges/submissions/{sent.pk}/withdraw/").status_code == 404
    sent.refresh_from_db()
    assert sent.status == SubmissionStatus.SUBMITTED


def test_a_second_solver_cannot_remove_the_file(client, sent):
    client.force_login(make_member())

    response = client.post(f"/en/challenges/submissions/attachments/{sent.attachments.get().pk}/delete/")

    assert response.status_code == 404
    assert sent.attachments.exists()


def test_a_visitor_is_sent_to_sign_in(client, sent):
    assert page(client, sent).status_code == 302
    assert download(client, sent).status_code == 302


def test_a_pending_or_declined_invitee_does_not_see_the_submission(client, sent):
    invitee = make_member()
    TeamInvitationFactory(registration=sent.registration, member=invitee, status=InvitationStatus.DECLINED)
    client.force_login(invitee)

    assert page(client, sent).status_code == 404


def test_the_seeker_gets_404_before_the_deadline(client, sent):
    client.force_login(sent.challenge.owner)

    assert page(client, sent).status_code == 404
    assert download(client, sent).status_code == 404


def test_the_seeker_reads_the_submission_after_the_deadline(client, sent):
    close(sent)
    client.force_login(sent.challenge.owner)

    assert page(client, sent).status_code == 200
    assert download(client, sent).status_code == 200


def test_the_seeker_cannot_edit_a_submission_even_after_the_deadline(client, sent):
    close(sent)
    client.force_login(sent.challenge.owner)

    assert client.get(f"/en/challenges/submissions/{sent.pk}/edit/").status_code == 404


def test_an_unknown_or_huge_id_is_a_404(client, sent):
    client.force_login(sent.registration.user)

    assert client.get("/en/challenges/submissions/999999/").status_code == 404
    assert client.get("/en/challenges/submissions/99999999999999999999999/").status_code == 404
    assert client.get("/en/challenges/submissions/attachments/99999999999999999999999/").status_code == 404
