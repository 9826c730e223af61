"""Views: expressions of interest, the introduction page and its thread, reports, and the impact page.

Thin on purpose: each view parses the request, calls ``opportunities.introductions`` (the rules)
or ``opportunities.impact`` (the numbers), and renders. Rule violations come back as
ValidationError and are shown on the form; a refusal for sending too often answers 429, with the
typed text kept in the form.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.consent import record_consent
from accounts.models import ConsentKind
from core import rate_limits
from core.media import stored_file_response

from .. import introductions
from ..impact import impact_numbers
from ..introduction_forms import InterestForm, MessageForm, OutcomeForm, ReportForm
from ..models import InterestStatus
from ..selectors import listing_visible_to


def _refusal(check, listing, user):
    """The ValidationError ``check`` raises, or None when the user may go ahead."""
    try:
        check(listing, user)
    except ValidationError as error:
        return error
    return None


def _blocked_reasons(check, listing, user):
    """The messages of the ValidationError ``check`` raises, or an empty list when the user may go ahead."""
    refusal = _refusal(check, listing, user)
    return refusal.messages if refusal else []


@login_required
def express_interest(request, pk):
    listing = listing_visible_to(request.user, pk)
    refusal = _refusal(introductions.check_can_express_interest, listing, request.user)
    form = InterestForm(request.POST or None)
    if request.method == "POST" and refusal is None and form.is_valid():
        if not rate_limits.consume(
            rate_limits.rate_keys("express-interest", request), introductions.INTERESTS_PER_HOUR, 60 * 60
        ):
            form.add_error(
                None,
                ValidationError(
                    _(
                        "You have expressed interest %(limit)d times in the last hour, the most allowed. Please try "
                        "again later; your message is kept below."
                    )
                    % {"limit": introductions.INTERESTS_PER_HOUR},
                    code="rate_limited",
                ),
            )
        else:
            try:
                interest = introductions.express_interest(listing, request.user, form.cleaned_data["message"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request, _("Your expression of interest was sent. We will email you when the owner replies.")
                )
                return redirect("opportunities:interest_detail", pk=interest.pk)
    status = 200
    if request.method == "POST":
        too_often = getattr(refusal, "code", None) == "rate_limited" or form.has_error(NON_FIELD_ERRORS, "rate_limited")
        status = 429 if too_often else 400
    title, summary, _is_original = listing.shown_in()
    return render(
        request,
        "opportunities/interest_form.html",
        {
            "listing": listing,
            "listing_title": title,
            "listing_summary": summary,
            "form": form,
            "blocked": refusal.messages if refusal else [],
        },
        status=status,
    )


def _interest_page(request, interest, message_form=None, outcome_form=None, status=200):
    user = request.user
    is_owner = interest.listing.owner_id == user.pk
    is_accepted = interest.status == InterestStatus.ACCEPTED
    title, _summary, _is_original = interest.listing.shown_in()
    context = {
        "interest": interest,
        "listing": interest.listing,
        "listing_title": title,
        "is_owner": is_owner,
        "is_sender": interest.sender_id == user.pk,
        "is_accepted": is_accepted,
        "is_pending": interest.status == InterestStatus.PENDING,
    }
    if is_accepted:
        context.update(
            {
                "owner_contact": introductions.contact_details(interest.listing.owner, interest.listing.organisation),
                "sender_contact": introductions.contact_details(interest.sender, interest.sender_organisation),
                "thread": introductions.thread_of(interest),
                "message_form": message_form or MessageForm(),
                "outcome_form": (outcome_form or OutcomeForm(initial={"outcome": interest.outcome}))
                if is_owner
                else None,
            }
        )
    return render(request, "opportunities/interest_detail.html", context, status=status)


@login_required
def interest_detail(request, pk):
    return _interest_page(request, introductions.interest_visible_to(request.user, pk))


@login_required
@require_POST
def interest_respond(request, pk):
    interest = introductions.interest_visible_to(request.user, pk)
    decision = request.POST.get("decision")
    if decision not in ("accept", "decline"):
        messages.error(request, _("Choose to accept or decline."))
        return redirect("opportunities:interest_detail", pk=pk)
    try:
        introductions.respond(interest, request.user, accept=decision == "accept")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("You accepted the introduction. You can now see each other's contact details.")
            if decision == "accept"
            else _("You declined. The sender has been told politely."),
        )
    return redirect("opportunities:interest_detail", pk=pk)


@login_required
@require_POST
def interest_message(request, pk):
    interest = introductions.interest_visible_to(request.user, pk)
    form = MessageForm(request.POST, request.FILES)
    if not form.is_valid():
        return _interest_page(request, interest, message_form=form, status=400)
    if not rate_limits.consume(
        rate_limits.rate_keys(f"introduction-message:{interest.pk}", request), introductions.MESSAGES_PER_HOUR, 60 * 60
    ):
        form.add_error(
            None,
            _(
                "You have sent %(limit)d messages in this introduction in the last hour, the most "
                "allowed. Please wait a little; your message is kept below."
            )
            % {"limit": introductions.MESSAGES_PER_HOUR},
        )
        return _interest_page(request, interest, message_form=form, status=429)
    try:
        message = introductions.post_message(
            interest, request.user, form.cleaned_data["body"], attachment=form.cleaned_data.get("attachment")
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _interest_page(request, interest, message_form=form, status=400)
    if form.consent_given and message.attachment:
        record_consent(
            request.user,
            ConsentKind.SENSITIVE_UPLOAD,
            purpose=form.consent_purpose,
            reference=f"introduction-{interest.pk}-message-{message.pk}",
            request=request,
        )
    messages.success(request, _("Your message was sent."))
    return redirect("opportunities:interest_detail", pk=pk)


@login_required
def interest_attachment(request, pk, message_pk):
    """A message's document, for the introduction's two parties only; it has no public URL."""
    message = introductions.message_attachment_visible_to(request.user, pk, message_pk)
    return stored_file_response(message.attachment, message.attachment_type, filename=message.attachment_name)


@login_required
@require_POST
def interest_outcome(request, pk):
    interest = introductions.interest_visible_to(request.user, pk)
    form = OutcomeForm(request.POST)
    if form.is_valid():
        try:
            introductions.record_outcome(interest, request.user, form.cleaned_data["outcome"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The outcome was recorded. Thank you!"))
            return redirect("opportunities:interest_detail", pk=pk)
    return _interest_page(request, interest, outcome_form=form, status=400)


@login_required
@require_POST
def interest_withdraw(request, pk):
    interest = introductions.interest_visible_to(request.user, pk)
    try:
        introductions.withdraw(interest, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("You withdrew your expression of interest."))
    return redirect("opportunities:interest_detail", pk=pk)


@login_required
def report_listing(request, pk):
    listing = listing_visible_to(request.user, pk)
    blocked = _blocked_reasons(introductions.check_can_report, listing, request.user)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and not blocked and form.is_valid():
        try:
            introductions.report_listing(
                listing, request.user, form.cleaned_data["reason"], form.cleaned_data["details"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you. A moderator will look at this listing."))
            return redirect("opportunities:detail", pk=listing.pk)
    title, _summary, _is_original = listing.shown_in()
    return render(
        request,
        "opportunities/interest_report.html",
        {
            "listing": listing,
            "listing_title": title,
            "form": form,
            "blocked": blocked,
        },
        status=400 if request.method == "POST" else 200,
    )


def impact(request):
    return render(request, "opportunities/impact.html", impact_numbers())
