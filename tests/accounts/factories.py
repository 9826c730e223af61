"""factory-boy factories for users (with a verified allauth email) and organisations.

Every user gets a Profile from the post_save signal in ``accounts/signals.py``.
"""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from accounts.models import Organisation, OrganisationKind, Profile

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A user who signed up and verified their email, so they can log in with ``PASSWORD``.

    ``UserFactory(verified_email=False)`` leaves the address unverified.
    """

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.update_or_create(
                user=user,
                email=user.email,
                defaults={"verified": True if extracted is None else extracted, "primary": True},
            )


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = OrganisationKind.STARTUP
    country = "SG"
    city = "Singapore"
    founded_year = 2020
    description = "We build offshore software for global customers."

    @factory.post_generation
    def sectors(org, create, extracted, **kwargs):
        if create and extracted:
            org.sectors.set(extracted)


def make_member(user=None, organisation=None, **profile_fields):
    """Make ``user`` (a new one if not given) act for ``organisation`` (a new one if not given).

    Returns the user, with ``user.profile`` pointing at the organisation.
    """
    user = user or UserFactory()
    organisation = organisation or OrganisationFactory()
    Profile.objects.update_or_create(user=user, defaults={"organisation": organisation, **profile_fields})
    user.refresh_from_db()
    return user
