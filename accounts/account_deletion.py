"""Deleting an account at its owner's request (PIPL art. 47), keeping what the law requires and no more.

The user row stays, emptied and unable to log in, so the records that must be kept (payments,
consent records, service request history) keep pointing at "a deleted user" rather than at nobody,
and partners' introductions read "Deleted user". What is done and what is kept is listed for the
person on the confirmation page (accounts/templates/accounts/delete_account.html); keep both in step.
"""

import logging

from allauth.account.models import EmailAddress
from django.db import transaction

from core.emails import send_templated_email_to

from .profiles import profile_for

logger = logging.getLogger(__name__)

DELETED_EMAIL_DOMAIN = "deleted.invalid"


def is_deleted(user):
    """True for an account emptied by ``delete_account``."""
    return bool(user) and not user.is_active and (user.email or "").endswith("@" + DELETED_EMAIL_DOMAIN)


def _delete_stored_files(files):
    """Delete each stored file (a FieldFile) once the deletion is committed: a rollback leaves every file in place."""
    stored = [(file.storage, file.name) for file in files if file]

    def delete():
        for storage, name in stored:
            try:
                storage.delete(name)
            except Exception:  # the record is gone anyway; the operator sees the orphan in the log
                logger.exception("Could not delete private upload %s", name)

    transaction.on_commit(delete)


def _delete_files(attachments):
    _delete_stored_files([attachment.file for attachment in attachments])


def _withdraw_listings(user):
    """Close each open listing as its owner would: out of search at once, any proposed change dropped."""
    from opportunities.lifecycle import close_listing
    from opportunities.models import Listing, ListingAttachment, Status

    for listing in Listing.objects.filter(owner=user).exclude(status=Status.CLOSED):
        close_listing(listing, user)
    attachments = list(ListingAttachment.objects.filter(listing__owner=user))
    _delete_files(attachments)
    ListingAttachment.objects.filter(pk__in=[attachment.pk for attachment in attachments]).delete()


def _delete_message_attachments(user):
    """Files the person attached to introduction messages go; the message text stays with the partner."""
    from opportunities.models import IntroductionMessage

    messages = list(IntroductionMessage.objects.filter(author=user).exclude(attachment=""))
    _delete_stored_files([message.attachment for message in messages])
    IntroductionMessage.objects.filter(pk__in=[message.pk for message in messages]).update(
        attachment="", attachment_name="", attachment_type="", attachment_size=0)


def _anonymise_service_requests(user):
    """Keep each request (its history and any payment are accounting records) without the person's contact details.

    Uploaded documents go, unless a payment for the request succeeded (or was refunded): then the file
    belongs to a kept accounting record. A payment that was only started or cancelled does not keep it.
    """
    from payments.models import PaymentStatus
    from services.models import RequestAttachment, ServiceRequest

    requests = ServiceRequest.objects.filter(requester=user)
    paid = [PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED]
    deletable = list(RequestAttachment.objects.filter(request__in=requests)
                     .exclude(request__payments__status__in=paid))
    _delete_files(deletable)
    RequestAttachment.objects.filter(pk__in=[attachment.pk for attachment in deletable]).delete()
    requests.update(contact_name="", contact_email=f"deleted-{user.pk}@{DELETED_EMAIL_DOMAIN}", contact_phone="")


def _forget_searches_and_notices(user):
    from opportunities.models import IntroductionNotice

    user.saved_searches.all().delete()
    IntroductionNotice.objects.filter(recipient=user).delete()


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
    _withdraw_listings(user)
    _delete_message_attachments(user)
    _anonymise_service_requests(user)
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
