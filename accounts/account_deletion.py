"""Deleting an account at its owner's request (PIPL art. 47), keeping what the law requires and no more.

The user row stays, emptied and unable to log in, so the records that must be kept (payments,
consent records, service request history) keep pointing at "a deleted user" rather than at nobody,
and partners' introductions read "Deleted user". What is done and what is kept is listed for the
person on the confirmation page (accounts/templates/accounts/delete_account.html); keep both in step.
The other apps do their part through the deletion hooks in ``accounts.hooks``.
"""

import logging

from allauth.account.models import EmailAddress
from django.db import transaction

from core.emails import send_templated_email_to

from . import hooks
from .profiles import profile_for

logger = logging.getLogger(__name__)

DELETED_EMAIL_DOMAIN = "deleted.invalid"


def is_deleted(user):
    """True for an account emptied by ``delete_account``."""
    return bool(user) and not user.is_active and (user.email or "").endswith("@" + DELETED_EMAIL_DOMAIN)


def delete_files_on_commit(files):
    """Delete each stored file (a FieldFile) once the deletion is committed: a rollback leaves every file in place."""
    stored = [(file.storage, file.name) for file in files if file]

    def delete():
        for storage, name in stored:
            try:
                storage.delete(name)
            except Exception:  # the record is gone anyway; the operator sees the orphan in the log
                logger.exception("Could not delete private upload %s", name)

    transaction.on_commit(delete)


def _withdraw_and_anonymise(user):
    """Other apps withdraw what the person published and take them out of the records kept (``ACCOUNT_DELETION``)."""
    hooks.run_deletion_steps(hooks.ACCOUNT_DELETION, user)


def _forget_searches_and_notices(user):
    """Other apps delete what they kept only for the person, such as saved searches (``ACCOUNT_DELETION_FORGET``)."""
    hooks.run_deletion_steps(hooks.ACCOUNT_DELETION_FORGET, user)


def send_deletion_confirmation(email, language):
    """Tell the person at the address they are leaving that their account is gone."""
    return send_templated_email_to(email, language, "accounts/email/account_deleted", {"email": email}, robust=True)


@transaction.atomic
def delete_account(user):
    """Empty ``user``'s account: no login, no name, email or phone anywhere; listings withdrawn; uploads deleted.

    Files are deleted and the confirmation is emailed only once this is committed.

    Kept, as the confirmation page says: payments (accounting archive rules), consent records
    (evidence of lawful processing), and service requests without contact details.
    """
    profile = profile_for(user)
    email, language = user.email, profile.preferred_language  # captured before the address is removed
    transaction.on_commit(lambda: send_deletion_confirmation(email, language))
    _withdraw_and_anonymise(user)
    _forget_searches_and_notices(user)
    EmailAddress.objects.filter(user=user).delete()
    profile.full_name = profile.job_title = profile.phone = ""
    profile.organisation = None
    profile.match_emails = False
    profile.save()
    user.username = f"deleted-{user.pk}"
    user.email = f"deleted-{user.pk}@{DELETED_EMAIL_DOMAIN}"
    user.first_name = user.last_name = ""
    user.is_active = False
    user.is_staff = user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    logger.info("Account %s deleted at its owner's request", user.pk)
    return user
