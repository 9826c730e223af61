"""Views: the application form of a competition, and the applicant's own application.

Thin: ``applications.apply`` sends the submission and saves the answers (or nothing), after the form has
run ``applications.check``; the challenge's own rules (the deadline, the agreement, one entry per team)
come back as ValidationError and are shown at the top of the form. Applying needs the user's own active
registration for the challenge; an application the user did not send is a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from challenges import access
from core import pending_uploads, rate_limits

from .. import applications, selectors
from ..applicant_panel import application_status
from ..forms import ApplicationForm

HOUR = 60 * 60
APPLICATIONS_PER_HOUR = 10  # attempts to send, per user and per client address


def _form_page(request, competition, form, status=200):
    """The form, or with ``form`` None the notice that the deadline has passed."""
    challenge = competition.challenge
    return render(
        request,
        "competitions/application_form.html",
        {
            "competition": competition,
            "challenge": challenge,
            "form": form,
            "is_open": form is not None,
        },
        status=status,
    )


def _send(request, registration, form):
    """The sent application, or None with the reason on the form and the response's status."""
    if not rate_limits.consume(rate_limits.rate_keys("competition-application", request), APPLICATIONS_PER_HOUR, HOUR):
        form.add_error(
            None,
            ValidationError(
                _(
                    "You have tried to send %(limit)d applications in the last hour, the most allowed. "
                    "Please wait a little; your answers are kept below."
                )
                % {"limit": APPLICATIONS_PER_HOUR},
                code="rate_limited",
            ),
        )
        return None, 429
    data = form.cleaned_data
    try:
        sent = applications.apply(
            registration, request.user, data["track"], form.answers(), data, files=data["new_attachments"]
        )
    except applications.ApplicationRefused as refused:
        form.add_refusal(refused)
        return None, 400
    except ValidationError as error:
        form.add_error(None, error)
        return None, 400
    form.release_kept_uploads()
    return sent, 200


@login_required
def apply(request, pk):
    competition = selectors.public_competition_or_404(pk)
    challenge = competition.challenge
    if applications.application_of(request.user, competition) is not None:
        messages.info(request, _("You have already applied to this competition. Here is your application."))
        return redirect("competitions:application", pk=competition.pk)
    posted = request.method == "POST"
    if not challenge.is_open_for_submissions():  # the page says so; a late POST is refused, nothing is saved
        return _form_page(request, competition, None, status=400 if posted else 200)
    registration = access.team_registration(request.user, challenge)
    if registration is None:
        messages.info(
            request, _("Register for the competition's challenge first: accept its agreement, then apply here.")
        )
        return redirect("challenges:register", pk=challenge.pk)
    form = ApplicationForm(
        competition,
        request.POST if posted else None,
        request.FILES if posted else None,
        uploads_owner=pending_uploads.owner_of(request) if posted else None,
    )
    if not posted:
        return _form_page(request, competition, form)
    if not form.is_valid():
        return _form_page(request, competition, form, status=400)
    sent, status = _send(request, registration, form)
    if sent is None:
        return _form_page(request, competition, form, status=status)
    messages.success(
        request,
        _("Your application was sent. Its reference is %(reference)s; a receipt is on its way by email.")
        % {"reference": sent.submission.reference},
    )
    return redirect("competitions:application", pk=competition.pk)


@login_required
def application(request, pk):
    competition = selectors.public_competition_or_404(pk)
    own = applications.application_of(request.user, competition)
    if own is None:
        raise Http404
    own.competition = competition
    return render(
        request,
        "competitions/application.html",
        {
            "competition": competition,
            "challenge": competition.challenge,
            "application": own,
            "submission": own.submission,
            "answers": applications.answers_shown(own),
            **application_status(own),
        },
    )
