"""What the challenge page shows a solver about their own part: registration, team, submissions.

``solver_panel(user, challenge) -> dict`` is the context of ``challenges/includes/solver_panel.html``,
included by the challenge page (views/browse.py). It reads a fixed number of queries whatever the size
of the team or the number of submissions, and decides every button the panel shows.
"""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from . import access, hooks, registration, teams
from .choices import InvitationStatus, SubmissionStatus


def _login_url(challenge):
    return redirect_to_login(reverse("challenges:detail", args=[challenge.pk]))["Location"]


def solver_panel(user, challenge, now=None):
    now = now or timezone.now()
    is_open = challenge.is_open_for_submissions(now)
    panel = {
        "challenge": challenge,
        "signed_in": user.is_authenticated,
        "is_open": is_open,
        "is_owner": user.is_authenticated and challenge.owner_id == user.pk,
    }
    if not user.is_authenticated:
        panel["login_url"] = _login_url(challenge)
        return panel
    if panel["is_owner"]:
        return panel
    team = access.team_registration(user, challenge)
    if team is None:
        refusal = None
        if is_open:
            try:
                registration.check_can_register(challenge, user, now)
            except ValidationError as error:
                refusal = " ".join(error.messages)
        panel.update({"registration": None, "may_register": is_open and refusal is None, "refusal": refusal})
        return panel
    invitations = list(team.invitations.select_related("member").order_by("created_at", "pk"))
    submissions = list(team.submissions.order_by("-updated_at", "-pk"))
    pending = [invitation for invitation in invitations if invitation.status == InvitationStatus.PENDING]
    live = [submission for submission in submissions if submission.status != SubmissionStatus.WITHDRAWN]
    is_lead = team.user_id == user.pk
    may_add_submission = is_open and (challenge.allows_multiple_submissions or not live)
    panel.update(
        {
            "registration": team,
            "is_lead": is_lead,
            "needs_new_acceptance": registration.needs_new_acceptance(team, challenge),
            "may_withdraw": is_lead and now < challenge.submission_deadline,
            "invitations": [i for i in invitations if i.status in teams.OPEN_STATUSES],
            "pending_invitations": pending,
            "lead_share": teams.lead_share(invitations),
            "submissions": submissions,
            "may_add_submission": may_add_submission,
            # A competition takes its entries through its own application form (``hooks.SUBMISSION_FORM_URL``).
            "new_submission_url": (
                hooks.submission_form_url(challenge) or reverse("challenges:submission_create", args=[challenge.pk])
            )
            if may_add_submission
            else "",
        }
    )
    return panel
