"""Who runs competitions: staff with the Competition model's "change" permission (the admin viewset's own)."""


def is_competition_staff(user):
    """Staff who may edit competitions; they also publish results and send invitations."""
    return user.is_authenticated and user.is_active and user.has_perm("competitions.change_competition")
