"""Submissions: drafts, sending with a reference and a receipt, replacing, withdrawing, one per team, files."""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image

from challenges import submission as submissions
from challenges.models import InvitationStatus, Submission, SubmissionAttachment, SubmissionStatus
from challenges.solver_panel import solver_panel
from tests.challenges.factories import (
    RegistrationFactory,
    SubmissionFactory,
    TeamInvitationFactory,
    make_member,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 field-trial results"
FIELDS = {
    "title": "Cassava-starch film",
    "abstract": "A film of cassava starch that breaks down in 90 days.",
    "proposal": "Materials, process and a field-trial plan.",
}


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def team(client):
    registration = RegistrationFactory(user=make_member())
    client.force_login(registration.user)
    return registration


def new_url(registration, language="en"):
    return f"/{language}/challenges/{registration.challenge.pk}/submissions/new/"


def png_bytes():
    output = io.BytesIO()
    Image.new("RGB", (4, 4), "green").save(output, format="PNG")
    return output.getvalue()


def test_a_draft_is_saved_without_a_reference_or_receipt(client, team, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(new_url(team), {**FIELDS, "action": "save"})

    saved = Submission.objects.get(registration=team)
    assert response.status_code == 302
    assert (saved.status, saved.reference, saved.title) == (SubmissionStatus.DRAFT, None, "Cassava-starch film")
    assert mail.outbox == []


def test_a_draft_can_be_saved_again_and_again(client, team):
    draft = SubmissionFactory(registration=team)

    for number in range(3):
        client.post(f"/en/challenges/submissions/{draft.pk}/edit/", {**FIELDS, "title": f"v{number}", "action": "save"})

    draft.refresh_from_db()
    assert (draft.title, draft.status) == ("v2", SubmissionStatus.DRAFT)


def test_sending_gives_a_reference_and_emails_a_receipt(client, team, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(new_url(team), {**FIELDS, "action": "send"})

    sent = Submission.objects.get(registration=team)
    assert sent.status == SubmissionStatus.SUBMITTED
    assert re.fullmatch(r"HIC-\d{4}-\d{6}", sent.reference)
    assert sent.submitted_at is not None
    assert mail.outbox[0].to == [team.user.email]
    assert sent.reference in mail.outbox[0].subject
    assert sent.reference in mail.outbox[0].body
    assert "Beijing time (UTC+8)" in mail.outbox[0].body


def test_references_are_unique_and_follow_the_year_in_beijing():
    # 31 December 2026, 17:00 UTC is already 1 January 2027 in Beijing.
    now = datetime.datetime(2026, 12, 31, 17, 0, tzinfo=datetime.UTC)
    first = SubmissionFactory()
    second = SubmissionFactory()
    for draft in (first, second):
        draft.challenge.publish_at = now - datetime.timedelta(days=1)
        draft.challenge.submission_deadline = now + datetime.timedelta(days=1)
        draft.challenge.save()

    first = submissions.send_submission(first, first.registration.user, now=now)
    second = submissions.send_submission(second, second.registration.user, now=now)

    assert first.reference.startswith("HIC-2027-")
    assert first.reference != second.reference


def test_the_receipt_goes_to_every_team_member_in_their_own_language(client, team, django_capture_on_commit_callbacks):
    chinese_member = make_member(language="zh-hans")
    TeamInvitationFactory(registration=team, member=chinese_member, status=InvitationStatus.ACCEPTED)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(new_url(team), {**FIELDS, "action": "send"})

    reference = Submission.objects.get(registration=team).reference
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {team.user.email, chinese_member.email}
    english, chinese = by_address[team.user.email], by_address[chinese_member.email]
    assert reference in english.body and reference in chinese.body
    assert "Beijing time" in english.body
    assert "北京时间" in chinese.body
    assert "可降解地膜" in chinese.body and "Biodegradable mulch film" not in chinese.body


def test_nothing_can_be_sent_while_an_invitation_is_unanswered(client, team):
    TeamInvitationFactory(registration=team, email="slow@example.com")

    response = client.post(new_url(team), {**FIELDS, "action": "send"})

    text = response.content.decode()
    assert response.status_code == 400
    assert "slow@example.com" in text
    assert "Cassava-starch film" in text  # what was typed is kept
    assert not Submission.objects.filter(status=SubmissionStatus.SUBMITTED).exists()


def test_a_draft_can_still_be_saved_while_an_invitation_is_unanswered(client, team):
    TeamInvitationFactory(registration=team)

    client.post(new_url(team), {**FIELDS, "action": "save"})

    assert Submission.objects.filter(registration=team, status=SubmissionStatus.DRAFT).exists()


def test_sending_needs_the_current_agreement_accepted(team):
    draft = SubmissionFactory(registration=team)
    team.agreement_version = "old"
    team.save()

    with pytest.raises(ValidationError, match="agreement has changed"):
        submissions.send_submission(draft, team.user)


def test_editing_a_sent_submission_keeps_the_reference_and_sends_an_updated_receipt(
    client, team, django_capture_on_commit_callbacks
):
    earlier = timezone.now() - datetime.timedelta(days=1)
    sent = SubmissionFactory(
        registration=team, status=SubmissionStatus.SUBMITTED, reference="HIC-2026-000042", submitted_at=earlier
    )

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/challenges/submissions/{sent.pk}/edit/", {**FIELDS, "title": "Better film", "action": "save"})

    sent.refresh_from_db()
    assert (sent.reference, sent.title, sent.status) == ("HIC-2026-000042", "Better film", SubmissionStatus.SUBMITTED)
    assert sent.submitted_at > earlier
    assert "updated" in mail.outbox[0].subject


def test_only_one_submission_per_team_unless_the_challenge_allows_more(client, team):
    SubmissionFactory(registration=team)

    response = client.post(new_url(team), {**FIELDS, "action": "save"})

    assert response.status_code == 400
    assert "one submission per solver or team" in response.content.decode()
    assert Submission.objects.filter(registration=team).count() == 1


def test_a_challenge_that_allows_several_submissions_takes_a_second(client, team):
    team.challenge.allows_multiple_submissions = True
    team.challenge.save()
    SubmissionFactory(registration=team)

    client.post(new_url(team), {**FIELDS, "action": "save"})

    assert Submission.objects.filter(registration=team).count() == 2


def test_after_withdrawing_a_submission_a_new_one_may_be_started(client, team):
    withdrawn = SubmissionFactory(registration=team)
    client.post(f"/en/challenges/submissions/{withdrawn.pk}/withdraw/")
    withdrawn.refresh_from_db()
    assert withdrawn.status == SubmissionStatus.WITHDRAWN

    client.post(new_url(team), {**FIELDS, "action": "save"})

    assert Submission.objects.filter(registration=team, status=SubmissionStatus.DRAFT).exists()


def test_a_pdf_attachment_is_stored_privately(client, team):
    upload = SimpleUploadedFile("results.pdf", PDF, content_type="application/pdf")

    client.post(new_url(team), {**FIELDS, "action": "save", "new_attachments": [upload]})

    attachment = SubmissionAttachment.objects.get()
    assert (attachment.original_name, attachment.content_type) == ("results.pdf", "application/pdf")
    assert attachment.file.name.startswith("challenge-submissions/")
    assert not attachment.file.name.endswith("results.pdf")  # stored under a generated name


def test_html_renamed_to_pdf_is_refused_and_the_text_is_kept(client, team):
    upload = SimpleUploadedFile(
        "proposal.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf"
    )

    response = client.post(new_url(team), {**FIELDS, "action": "save", "new_attachments": [upload]})

    text = response.content.decode()
    assert response.status_code == 400
    assert "is not a PDF, PNG or JPEG file" in text
    assert "Cassava-starch film" in text
    assert not Submission.objects.exists()
    assert not SubmissionAttachment.objects.exists()


def test_at_most_five_attachments(client, team):
    files = [SimpleUploadedFile(f"photo{n}.png", png_bytes(), content_type="image/png") for n in range(6)]

    response = client.post(new_url(team), {**FIELDS, "action": "save", "new_attachments": files})

    assert response.status_code == 400
    assert not SubmissionAttachment.objects.exists()


def test_the_team_removes_an_attachment(client, team):
    draft = SubmissionFactory(registration=team)
    submissions.add_attachments(draft, team.user, [SimpleUploadedFile("a.pdf", PDF)])
    attachment = SubmissionAttachment.objects.get()

    client.post(f"/en/challenges/submissions/attachments/{attachment.pk}/delete/")

    assert not SubmissionAttachment.objects.exists()


def test_submission_writes_are_rate_limited(client, team):
    draft = SubmissionFactory(registration=team)
    url = f"/en/challenges/submissions/{draft.pk}/edit/"
    for _number in range(submissions.WRITES_PER_HOUR):
        client.post(url, {**FIELDS, "action": "save"})

    response = client.post(url, {**FIELDS, "title": "One too many", "action": "save"})

    assert response.status_code == 429
    assert "One too many" in response.content.decode()
    draft.refresh_from_db()
    assert draft.title != "One too many"


def test_the_challenge_page_lists_the_teams_submissions_with_status_and_reference(client, team):
    SubmissionFactory(
        registration=team, title="Starch film", status=SubmissionStatus.SUBMITTED, reference="HIC-2026-000007"
    )

    page = client.get(f"/en/challenges/{team.challenge.pk}/").content.decode()

    assert "Starch film" in page
    assert "HIC-2026-000007" in page


def test_the_submission_form_is_shown_in_chinese(client, team):
    response = client.get(new_url(team, "zh-hans"))

    assert response.status_code == 200
    assert 'lang="zh-hans"' in response.content.decode()


def test_a_solver_who_has_not_registered_is_sent_to_the_agreement(client):
    registration = RegistrationFactory()
    client.force_login(make_member())

    response = client.get(new_url(registration))

    assert response.status_code == 302
    assert response["Location"].endswith(f"/challenges/{registration.challenge.pk}/register/")


def test_the_solver_panel_reads_a_fixed_number_of_queries(team):
    def count():
        user = type(team.user).objects.get(pk=team.user.pk)
        with CaptureQueriesContext(connection) as queries:
            solver_panel(user, team.challenge)
        return len(queries)

    TeamInvitationFactory(registration=team)
    SubmissionFactory(registration=team)
    few = count()
    for _number in range(4):
        TeamInvitationFactory(registration=team, award_share=5, status=InvitationStatus.ACCEPTED, member=make_member())
        SubmissionFactory(registration=team, status=SubmissionStatus.WITHDRAWN)

    assert count() == few


def test_a_visitor_is_asked_to_sign_in_on_the_challenge_page(client):
    registration = RegistrationFactory()

    page = client.get(f"/en/challenges/{registration.challenge.pk}/").content.decode()

    assert "Sign in to take part" in page


def test_a_good_file_is_kept_when_another_field_has_an_error(client, team):
    upload = SimpleUploadedFile("results.pdf", PDF, content_type="application/pdf")

    response = client.post(new_url(team), {**FIELDS, "title": "", "action": "save", "new_attachments": [upload]})

    assert response.status_code == 400
    assert response.context["form"].kept_uploads["new_attachments"][0].name == "results.pdf"
    assert "results.pdf" in response.content.decode()


def test_a_withdrawn_submission_cannot_be_edited(client, team):
    withdrawn = SubmissionFactory(registration=team, status=SubmissionStatus.WITHDRAWN)

    response = client.post(f"/en/challenges/submissions/{withdrawn.pk}/edit/", {**FIELDS, "action": "save"})

    assert response.status_code == 400
    withdrawn.refresh_from_db()
    assert withdrawn.title != FIELDS["title"]
