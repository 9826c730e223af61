"""From winner to deal: staff introduce a winning team and the seeker, and either side records what came of it.

An introduction reveals contacts as the marketplace's introductions do (``opportunities.introductions.
contact_details``): the seeker learns the team lead's, and every team member the seeker's, each by email
in their own language. The parties are the challenge's owner and the winning team (registrant and
accepted members); only they see the deal's page. The outcome (pilot, licence, investment, contract) and
an optional value, in minor units, feed the public impact numbers.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.selectors import organisation_of
from challenges.access import is_challenge_staff
from core.emails import send_templated_email
from opportunities.introductions import contact_details

from .conflicts import team_members
from .models import Currency, Deal, DealOutcome


def parties(deal_or_award):
    """``(seeker, [team members])`` of a deal or an award: the challenge's owner and the winning team."""
    award = getattr(deal_or_award, "award", deal_or_award)
    return award.challenge.owner, team_members(award.submission)


def is_party(user, deal):
    if not user.is_authenticated:
        return False
    seeker, team = parties(deal)
    return user.pk == seeker.pk or any(member.pk == user.pk for member in team)


def seeker_contact(award):
    return contact_details(award.challenge.owner, award.challenge.organisation)


def winner_contact(award):
    lead = award.submission.registration.user
    return contact_details(lead, organisation_of(lead))


def introduce(award, user):
    """Staff introduce the winner and the seeker: the deal is recorded and both get the other's contacts."""
    if not is_challenge_staff(user):
        raise PermissionDenied(_("Only the platform's challenge staff can do this."))
    try:
        with transaction.atomic():
            deal = Deal.objects.create(award=award, introduced_at=timezone.now(), introduced_by=user)
            transaction.on_commit(lambda: notify_introduction(deal))
    except IntegrityError:
        raise ValidationError(_("This winner and the seeker were introduced already."), code="duplicate") from None
    return deal


def notify_introduction(deal):
    award = deal.award
    seeker, team = parties(award)
    context = {"deal": deal, "award": award, "challenge": award.challenge, "submission": award.submission}
    send_templated_email(seeker, "judging/email/introduction", {**context, "contact": winner_contact(award)})
    their_contact = seeker_contact(award)
    for member in team:
        send_templated_email(member, "judging/email/introduction", {**context, "contact": their_contact})


def record_outcome(deal, user, outcome, value=None, currency=Currency.CNY):
    """A party (or staff) records what came of the introduction; ``value`` in minor units, optional.

    It may be recorded again when things change (a pilot that became a contract)."""
    if not (is_party(user, deal) or is_challenge_staff(user)):
        raise PermissionDenied(_("Only the seeker and the winning team can record the outcome."))
    if outcome not in DealOutcome.values:
        raise ValidationError(_("Choose one of the outcomes offered."), code="invalid_choice")
    if value is not None and (not isinstance(value, int) or value <= 0):
        raise ValidationError(_("A value must be more than nothing; leave it empty if you would rather not say."))
    if currency not in Currency.values:
        raise ValidationError(_("Choose a currency from the list."), code="currency")
    deal.outcome, deal.value, deal.currency = outcome, value, currency
    deal.recorded_at, deal.recorded_by = timezone.now(), user
    deal.save(update_fields=["outcome", "value", "currency", "recorded_at", "recorded_by"])
    return deal
