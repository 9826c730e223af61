"""Every user gets a Profile the moment they are created: by sign-up, the Wagtail admin or a script."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from .profiles import create_profile


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="accounts.create_profile")
def create_profile_for_new_user(sender, instance, created, raw=False, **kwargs):
    # raw saves come from fixtures, which carry their own profiles.
    if created and not raw:
        create_profile(instance)
