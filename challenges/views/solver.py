"""Views: solvers register (accepting the agreement), form teams, and write, send and withdraw submissions.

Thin on purpose: the rules are in ``registration``, ``teams`` and ``submission``, which raise
ValidationError with a translated reason; a refusal for acting too often is a 429 with the typed text kept.
A challenge, invitation, submission or file the user may not see is a 404 (``access``).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import pending_uploads, rate_limits
from core.media import stored_file_response

from .. import access, hooks, registration, submission, teams
from ..choices import InvitationStatus, SubmissionStatus
from ..models import Registration, Submission, SubmissionAttachment, TeamInvitation
from ..participation_forms import AgreementForm, InvitationForm, SubmissionForm, TeamNameForm

HOUR, DAY = 60 * 60, 24 * 60 * 60


def _error_text(error):
    return " ".join(error.messages)


def _too_often(form, message):
    form.add_error(None, ValidationError(message, code="rate_limited"))


# --- registration -------------------------------------------------------------------------


@login_required
def register(request, pk):
    """GET shows the agreement (the IP template, the further terms, the version); POST accepts it."""
    challenge = access.visible_challenge_or_404(request.user, pk)
    own = Registration.objects.filter(challenge=challenge, user=request.user).first()
    form = AgreementForm(request.POST if request.method == "POST" else None)
    status = 200
    refusal = None
    try:
        registration.check_can_register(challenge, request.user)
    except ValidationError as error:
        refusal = _error_text(error)
    if request.method == "POST":
        status = 400
        if refusal is None and form.is_valid():
            if not rate_limits.consume(
                rate_limits.rate_keys("challenge-registration", request), registration.REGISTRATIONS_PER_HOUR, HOUR
            ):
                _too_often(
                    form,
                    _("You have registered %(limit)d times in the last hour, the most allowed. Please try again later.")
                    % {"limit": registration.REGISTRATIONS_PER_HOUR},
                )
                status = 429
            else:
                try:
                    registration.register(challenge, request.user)
                except ValidationError as error:
                    refusal = _error_text(error)
                else:
                    messages.success(
                        request, _("You are registered. The confidential details of the challenge are now open to you.")
                    )
                    return redirect("challenges:detail", pk=challenge.pk)
    return render(
        request,
        "challenges/register.html",
        {
            "challenge": challenge,
            "form": form,
            "refusal": refusal,
            "registration": own if own and own.is_active else None,
            "needs_new_acceptance": bool(own and own.is_active and registration.needs_new_acceptance(own, challenge)),
            "agreement_version": challenge.agreement_version(),
        },
        status=status,
    )


@login_required
@require_POST
def withdraw_registration(request, pk):
    challenge = access.visible_challenge_or_404(request.user, pk)
    own = access.active_registration(request.user, challenge)
    if own is None:
        raise Http404
    try:
        registration.withdraw(own)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("You have withdrawn from this challenge."))
    return redirect("challenges:detail", pk=challenge.pk)


# --- teams --------------------------------------------------------------------------------


def _team_page(request, team, name_form=None, invitation_form=None, status=200):
    invitations = list(team.invitations.select_related("member"))
    is_lead = team.user_id == request.user.pk
    return render(
        request,
        "challenges/team.html",
        {
            "challenge": team.challenge,
            "team": team,
            "is_lead": is_lead,
            "invitations": invitations,
            "lead_share": teams.lead_share(invitations),
            "name_form": name_form or TeamNameForm(instance=team),
            "invitation_form": invitation_form or InvitationForm(),
            "is_open": team.challenge.is_open_for_submissions(),
        },
        status=status,
    )


@login_required
def team(request, pk):
    """The team of the user's registration: the lead names it and invites; members read it."""
    challenge = access.visible_challenge_or_404(request.user, pk)
    team = access.team_registration(request.user, challenge)
    if team is None:
        raise Http404
    if request.method != "POST":
        return _team_page(request, team)
    if team.user_id != request.user.pk:
        raise Http404
    if request.POST.get("action") == "name":
        form = TeamNameForm(request.POST, instance=Registration.objects.get(pk=team.pk))
        if form.is_valid():
            try:
                teams.set_team_name(team, form.cleaned_data["team_name"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The team name was saved."))
                return redirect("challenges:team", pk=challenge.pk)
        return _team_page(request, team, name_form=form, status=400)
    form = InvitationForm(request.POST)
    if not form.is_valid():
        return _team_page(request, team, invitation_form=form, status=400)
    keys = [*rate_limits.rate_keys("team-invitation", request), f"rate:team-invitation:registration:{team.pk}"]
    if not rate_limits.consume(keys, teams.INVITATIONS_PER_DAY, DAY):
        _too_often(
            form,
            _("You have sent %(limit)d invitations today, the most allowed. Please try again tomorrow.")
            % {"limit": teams.INVITATIONS_PER_DAY},
        )
        return _team_page(request, team, invitation_form=form, status=429)
    try:
        invitation = teams.invite(team, form.cleaned_data["email"], form.cleaned_data["award_share"])
    except ValidationError as error:
        form.add_error(None, error)
        return _team_page(request, team, invitation_form=form, status=400)
    messages.success(request, _("An invitation was sent to %(email)s.") % {"email": invitation.email})
    return redirect("challenges:team", pk=challenge.pk)


@login_required
@require_POST
def cancel_invitation(request, pk):
    invitation = get_object_or_404(
        TeamInvitation.objects.select_related("registration__challenge"), pk=pk, registration__user=request.user
    )
    try:
        teams.cancel(invitation)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("The invitation to %(email)s was cancelled.") % {"email": invitation.email})
    return redirect("challenges:team", pk=invitation.registration.challenge_id)


@login_required
def invitation(request, token):
    """The page the invitation email links to: the invitee accepts or declines."""
    invitation = get_object_or_404(
        TeamInvitation.objects.select_related("registration__challenge", "registration__user"), token=token
    )
    challenge = invitation.registration.challenge
    if not challenge.is_public:
        raise Http404
    if request.method == "POST":
        decision = request.POST.get("decision")
        if decision not in ("accept", "decline"):
            messages.error(request, _("Choose to accept or decline."))
            return redirect("challenges:invitation", token=token)
        try:
            teams.respond(invitation, request.user, accept=decision == "accept")
        except ValidationError as error:
            messages.error(request, _error_text(error))
            return redirect("challenges:invitation", token=token)
        if decision == "accept":
            messages.success(request, _("You have joined the team. The confidential details are now open to you."))
            return redirect("challenges:detail", pk=challenge.pk)
        messages.success(request, _("You declined the invitation. The team lead will see your answer."))
        return redirect("challenges:detail", pk=challenge.pk)
    refusal = None
    if invitation.status == InvitationStatus.PENDING:
        try:
            teams.check_can_accept(invitation, request.user)
        except ValidationError as error:
            refusal = _error_text(error)
    return render(
        request,
        "challenges/invitation.html",
        {"invitation": invitation, "challenge": challenge, "refusal": refusal},
    )


# --- submissions --------------------------------------------------------------------------


def _team_submission_or_404(user, pk):
    """A submission the user's team owns (the user leads it or accepted to join it)."""
    found = Submission.objects.select_related("challenge", "registration").filter(pk=pk).first()
    if found is None or not user.is_authenticated:
        raise Http404
    team = access.team_registration(user, found.challenge)
    if team is None or team.pk != found.registration_id:
        raise Http404
    return found


def _submission_form_page(request, challenge, team, form, found=None, status=200):
    return render(
        request,
        "challenges/submission_form.html",
        {
            "challenge": challenge,
            "team": team,
            "form": form,
            "submission": found,
            "attachments": list(found.attachments.all()) if found else [],
            "send_refusals": submission.send_refusals(team),
            "is_open": challenge.is_open_for_submissions(),
        },
        status=status,
    )


def _save(request, form, write):
    """Run ``write`` unless rate-limited; the saved submission, or None with the error on the form (and a status)."""
    if not rate_limits.consume(
        rate_limits.rate_keys("challenge-submission", request), submission.WRITES_PER_HOUR, HOUR
    ):
        _too_often(
            form,
            _(
                "You have saved %(limit)d times in the last hour, the most allowed. Please wait a little; "
                "your text is kept below."
            )
            % {"limit": submission.WRITES_PER_HOUR},
        )
        return None, 429
    try:
        saved = write()
    except ValidationError as error:
        form.add_error(None, error)
        return None, 400
    form.release_kept_uploads()
    return saved, 200


def _saved_message(request, saved, was_sent):
    if saved.status == SubmissionStatus.SUBMITTED and was_sent:
        messages.success(
            request,
            _("Your submission %(reference)s was updated. A new receipt is on its way by email.")
            % {"reference": saved.reference},
        )
    elif saved.status == SubmissionStatus.SUBMITTED:
        messages.success(
            request,
            _("Your submission was sent. Its reference is %(reference)s; a receipt is on its way by email.")
            % {"reference": saved.reference},
        )
    else:
        messages.success(request, _("Your draft was saved."))


@login_required
def submission_create(request, pk):
    challenge = access.visible_challenge_or_404(request.user, pk)
    elsewhere = hooks.submission_form_url(challenge)
    if elsewhere:  # a competition: entries go through its application form and its eligibility rules
        return redirect(elsewhere)
    team = access.team_registration(request.user, challenge)
    if team is None:
        messages.info(request, _("Register for the challenge first."))
        return redirect("challenges:register", pk=challenge.pk)
    posted = request.method == "POST"
    form = SubmissionForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        uploads_owner=pending_uploads.owner_of(request),
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            saved, status = _save(
                request,
                form,
                lambda: submission.create_submission(
                    team,
                    request.user,
                    form.cleaned_data,
                    form.cleaned_data["new_attachments"],
                    send=request.POST.get("action") == "send",
                ),
            )
            if saved is not None:
                _saved_message(request, saved, was_sent=False)
                return redirect("challenges:submission_detail", pk=saved.pk)
    return _submission_form_page(request, challenge, team, form, status=status)


@login_required
def submission_edit(request, pk):
    found = _team_submission_or_404(request.user, pk)
    posted = request.method == "POST"
    form = SubmissionForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        instance=found,
        uploads_owner=pending_uploads.owner_of(request),
    )
    status = 200
    if request.method == "POST":
        status = 400
        was_sent = found.status == SubmissionStatus.SUBMITTED
        if form.is_valid():
            saved, status = _save(
                request,
                form,
                lambda: submission.update_submission(
                    found,
                    request.user,
                    form.cleaned_data,
                    form.cleaned_data["new_attachments"],
                    send=request.POST.get("action") == "send",
                ),
            )
            if saved is not None:
                _saved_message(request, saved, was_sent=was_sent)
                return redirect("challenges:submission_detail", pk=saved.pk)
    return _submission_form_page(request, found.challenge, found.registration, form, found=found, status=status)


@login_required
def submission_detail(request, pk):
    found = access.visible_submission_or_404(request.user, pk)
    team = access.team_registration(request.user, found.challenge)
    in_team = team is not None and team.pk == found.registration_id
    return render(
        request,
        "challenges/submission_detail.html",
        {
            "submission": found,
            "challenge": found.challenge,
            "attachments": list(found.attachments.all()),
            "in_team": in_team,
            "is_open": found.challenge.is_open_for_submissions(),
            "send_refusals": submission.send_refusals(found.registration) if in_team else [],
        },
    )


def _post_write(request, pk, write, success):
    found = _team_submission_or_404(request.user, pk)
    if not rate_limits.consume(
        rate_limits.rate_keys("challenge-submission", request), submission.WRITES_PER_HOUR, HOUR
    ):
        messages.error(request, _("You have made too many changes in the last hour. Please wait a little."))
        return redirect("challenges:submission_detail", pk=found.pk)
    try:
        saved = write(found)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, success(saved))
    return redirect("challenges:submission_detail", pk=found.pk)


@login_required
@require_POST
def submission_send(request, pk):
    return _post_write(
        request,
        pk,
        lambda found: submission.send_submission(found, request.user),
        lambda saved: (
            _("Your submission was sent. Its reference is %(reference)s; a receipt is on its way by email.")
            % {"reference": saved.reference}
        ),
    )


@login_required
@require_POST
def submission_withdraw(request, pk):
    return _post_write(
        request,
        pk,
        lambda found: submission.withdraw_submission(found, request.user),
        lambda saved: _("Your submission was withdrawn."),
    )


@login_required
def attachment_download(request, pk):
    """A submission's file, for whoever may see the submission (``access.may_see_submission``); else 404."""
    attachment = (
        SubmissionAttachment.objects.select_related("submission__challenge", "submission__registration")
        .filter(pk=pk)
        .first()
    )
    if attachment is None or not access.may_see_submission(request.user, attachment.submission):
        raise Http404
    return stored_file_response(attachment.file, attachment.content_type, filename=attachment.original_name)


@login_required
@require_POST
def attachment_delete(request, pk):
    attachment = SubmissionAttachment.objects.select_related("submission").filter(pk=pk).first()
    if attachment is None:
        raise Http404
    found = _team_submission_or_404(request.user, attachment.submission_id)
    try:
        submission.delete_attachment(attachment, request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("The attachment “%(name)s” was removed.") % {"name": attachment.original_name})
    return redirect("challenges:submission_edit", pk=found.pk)
