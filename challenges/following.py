"""Following challenges: the follower's settings and the one-click opt-outs from the links in emails."""

from .models import ChallengeFollow

OPT_OUTS = {"digest": "weekly_digest", "invitations": "solver_invitations"}


def follow_of(user):
    follow, _created = ChallengeFollow.objects.get_or_create(user=user)
    return follow


def opt_out(follow, kind):
    """Turn off one kind of challenge email (a key of ``OPT_OUTS``) for the follower."""
    field = OPT_OUTS[kind]
    setattr(follow, field, False)
    follow.save(update_fields=[field])
