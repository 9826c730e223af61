"""View: the page a finalist's or winner's invitation links to: the soft-landing services and the incubators.

Only the invited team lead, signed in, sees it (``invitations.invitation_for``); anyone else gets a 404.
Each service links to its request form with the invitation, which pre-fills it (``invitations.prefill_for_request``).
"""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils.http import urlencode

from .. import invitations, selectors
from ..applicant_panel import is_winner


@login_required
def soft_landing(request, token):
    invitation = invitations.invitation_for(request.user, token)
    if invitation is None:
        raise Http404
    invitations.mark_opened(invitation)
    application = invitation.application
    return render(
        request,
        "competitions/soft_landing.html",
        {
            "invitation": invitation,
            "application": application,
            "competition": application.competition,
            "challenge": application.competition.challenge,
            "is_winner": is_winner(application.submission),
            "services": selectors.soft_landing_services(),
            "invitation_query": urlencode({invitations.QUERY_PARAMETER: invitation.token}),
            "incubators_url": selectors.incubators_url(request),
        },
    )
