"""A member's competition applications in their data export, and what account deletion does to them.

Registered with ``accounts.hooks`` in ``wagtail_hooks.py``. The export lists each application the person
sent (as team lead) with its track, its answers and the invitations into soft-landing services, in a
fixed number of queries.

On deletion (PIPL art. 47): an application belongs to its submission, which ``challenges`` keeps once sent
(the competition's agreement) or deletes with it. The answers stay with the kept submission. Where a
published result names the person (a team without a team name), the name is emptied: the results page
then shows the project alone. Unused invitations exist only for the person and are deleted.
"""

from accounts.data_export import exported_time

from .models import Application, ResultEntry, SoftLandingInvitation


def export_applications(user):
    applications = (
        Application.objects.filter(submission__registration__user=user)
        .select_related("submission", "track", "competition__challenge")
        .prefetch_related("competition__questions", "soft_landing_invitations")
        .order_by("pk")
    )
    return {
        "competition_applications": [
            {
                "competition": application.competition.challenge.title,
                "year": application.competition.edition,
                "submission": application.submission.reference,
                "track": application.track.name,
                "sent_at": exported_time(application.created_at),
                "answers": [
                    {"question": question.label, "answer": application.answers.get(str(question.pk), "")}
                    for question in application.competition.questions.all()
                ],
                "soft_landing_invitations": [
                    {"sent_at": exported_time(invitation.sent_at), "opened_at": exported_time(invitation.used_at)}
                    for invitation in application.soft_landing_invitations.all()
                ],
            }
            for application in applications
        ]
    }


def forget_names_in_results(user):
    """Published places keep the project and its scores; a name that was the person's own is emptied."""
    ResultEntry.objects.filter(
        application__submission__registration__user=user, application__submission__registration__team_name=""
    ).update(entrant_name="")
    SoftLandingInvitation.objects.filter(application__submission__registration__user=user, used_at=None).delete()
