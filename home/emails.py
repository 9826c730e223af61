"""Sending emails in the recipient's language, from a subject and a body template."""

import logging
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from .links import base_url

logger = logging.getLogger(__name__)


def recipient_language(user):
    profile = getattr(user, "profile", None)
    return getattr(profile, "preferred_language", None) or settings.LANGUAGE_CODE


def platform_name():
    """The platform's short name in the active language: what emails are signed and sent as."""
    return gettext("Haikou Offshore Innovation Platform")


def sender_address():
    """DEFAULT_FROM_EMAIL's address under the platform's name in the active language."""
    _display_name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    name = platform_name().replace("\\", "").replace('"', "")
    return f'"{name}" <{address or settings.DEFAULT_FROM_EMAIL}>'  # Django encodes a Chinese name


def send_templated_email_to(address, language, template, context, robust=False):
    """Render ``<template>_subject.txt`` and ``<template>.txt`` in ``language`` and send them to ``address``.

    ``context`` gets ``site_url`` (settings.PORTAL_BASE_URL, never a request's host) added. The sender
    is the platform's name in ``language``. Returns the number of emails sent (0 or 1). With ``robust``,
    a mail server failure is logged instead of raised: for notices that follow an action already saved
    (a request, a payment), where an error page would make the person repeat it.
    """
    if not address:
        return 0
    with translation.override(language or settings.LANGUAGE_CODE):
        full_context = {"site_url": base_url(), **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", full_context).split())
        body = render_to_string(f"{template}.txt", full_context)
        sender = sender_address()
    try:
        return send_mail(subject, body, sender, [address])
    except Exception:
        if not robust:
            raise
        logger.exception("Could not send %s to %s", template, address)
        return 0


def send_templated_email(user, template, context, language=None):
    """Send ``template`` to ``user`` in their preferred language; ``context`` gets ``user`` added."""
    return send_templated_email_to(user.email, language or recipient_language(user), template,
                                   {"user": user, **context})
