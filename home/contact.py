"""Sending a contact-form message: store it, tell the platform team, confirm to the sender."""

from django.db import transaction

from core.emails import send_templated_email_to

from .legal import legal_versions
from .models import ContactMessage, SiteSettings

MESSAGES_PER_HOUR = 5  # per client address (and per account when signed in)


def submit_contact_message(site, cleaned_data, language):
    """Store a message from the contact form's ``cleaned_data`` and email it, once the row is committed.

    The team's copy goes to the site's contact address in the default language; the sender's
    confirmation goes out in ``language``, the language they wrote in.
    """
    message = ContactMessage.objects.create(
        name=cleaned_data["name"],
        email=cleaned_data["email"],
        organisation=cleaned_data.get("organisation", ""),
        topic=cleaned_data["topic"],
        message=cleaned_data["message"],
        language=language,
        privacy_version=legal_versions().get("privacy", ""),
    )
    team_address = SiteSettings.for_site(site).contact_email if site else ""

    def send():
        # The team mailbox has no language of its own: language=None writes the email in both.
        send_templated_email_to(
            team_address, None, "home/email/contact_message", {"contact_message": message}, robust=True
        )
        # The typed address may be anyone's: the confirmation carries nothing the sender wrote.
        send_templated_email_to(message.email, language, "home/email/contact_confirmation", {}, robust=True)

    transaction.on_commit(send)
    return message
