"""Match alerts: at most one email a day to each owner who wants it, listing their new strong matches."""

import hashlib
from datetime import timedelta

from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import override

from accounts.models import Profile
from core.emails import send_templated_email
from core.links import absolute_url

from .models import MATCH_ORDER, Match
from .selectors import describe_matches, public_matches

STRONG_MATCH = 60  # matches at least this good are announced by email
ALERT_INTERVAL = timedelta(hours=24)


def _absolute_url(name, *args):
    try:
        return absolute_url(reverse(name, args=args))
    except NoReverseMatch:  # the page is not built (yet)
        return ""


def alert_key(user, matches):
    """The alert's idempotency key: this user told about exactly these matches (a retried run sends it once)."""
    ids = ",".join(str(pk) for pk in sorted(match.pk for match in matches))
    return f"match-alert:{user.pk}:{hashlib.sha256(ids.encode()).hexdigest()[:32]}"


def _send_alert(user, matches):
    with override(user.profile.preferred_language):
        describe_matches(matches)
        for match in matches:
            match.candidate_url = _absolute_url("opportunities:detail", match.candidate.pk)
        context = {
            "matches": matches,
            "dashboard_url": _absolute_url("opportunities:dashboard"),
            "unsubscribe_url": _absolute_url("opportunities:unsubscribe", user.profile.email_token),
        }
    return send_templated_email(
        user, "opportunities/email/match_alert", context, idempotency_key=alert_key(user, matches)
    )


def send_match_alerts(now=None):
    """Email each owner who wants it about strong matches not yet announced, at most once a day.

    One email per user lists all their new strong matches. Returns the number of emails sent.
    """
    now = now or timezone.now()
    pending = (
        public_matches()
        .filter(notified_at__isnull=True, score__gte=STRONG_MATCH, listing__owner__profile__match_emails=True)
        .order_by(*MATCH_ORDER)
    )
    recently_emailed = set(
        Match.objects.filter(notified_at__gt=now - ALERT_INTERVAL).values_list("listing__owner_id", flat=True)
    )
    by_user = {}
    for match in pending:
        if match.listing.owner_id not in recently_emailed:
            by_user.setdefault(match.listing.owner_id, []).append(match)
    profiles = Profile.objects.filter(user_id__in=by_user).select_related("user")
    sent = 0
    for profile in profiles:
        matches = by_user[profile.user_id]
        if not profile.user.email:
            continue
        # 0 when a run that died after sending it sent it already: the matches are announced all the same.
        sent += _send_alert(profile.user, matches)
        Match.objects.filter(pk__in=[match.pk for match in matches]).update(notified_at=now)  # this user is done
    return sent
