"""A deal's page, for the seeker and the winning team only: both contacts, and the outcome either side records."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .. import deals, selectors
from ..forms_outcomes import DealOutcomeForm


@login_required
def deal(request, pk):
    """GET shows the deal; POST records its outcome (validated again by ``deals.record_outcome``)."""
    found = selectors.deal_visible_to_or_404(request.user, pk)
    form = DealOutcomeForm(request.POST if request.method == "POST" else None, deal=found)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                deals.record_outcome(found, request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The outcome is recorded. Thank you for telling us."))
                return redirect("judging:deal", pk=found.pk)
    award = found.award
    context = {
        "deal": found,
        "award": award,
        "challenge": award.challenge,
        "submission": award.submission,
        "winner_name": selectors.winner_name(award.submission),
        "contacts": [(_("The seeker"), deals.seeker_contact(award)), (_("The winner"), deals.winner_contact(award))],
        "form": form,
    }
    return render(request, "judging/deals/deal.html", context, status=status)
