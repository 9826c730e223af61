"""Sending emails in the recipient's language, from a subject and a body template."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def recipient_language(user):
    profile = getattr(user, "profile", None)
    return getattr(profile, "preferred_language", None) or settings.LANGUAGE_CODE


def send_templated_email_to(address, language, template, context, robust=False):
    """Render ``<template>_subject.txt`` and ``<template>.txt`` in ``language`` and send them to ``address``.

    ``context`` gets ``site_url`` added. Returns the number of emails sent (0 or 1). With ``robust``, a
    mail server failure is logged instead of raised: for notices that follow an action already saved
    (a request, a payment), where an error page would make the person repeat it.
    """
    if not address:
        return 0
    with translation.override(language or settings.LANGUAGE_CODE):
        full_context = {"site_url": settings.WAGTAILADMIN_BASE_URL, **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", full_context).split())
        body = render_to_string(f"{template}.txt", full_context)
    try:
        return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
    except Exception:
        if not robust:
            raise
        logger.exception("Could not send %s to %s", template, address)
        return 0


def send_templated_email(user, template, context, language=None):
    """Send ``template`` to ``user`` in their preferred language; ``context`` gets ``user`` added."""
    return send_templated_email_to(user.email, language or recipient_language(user), template,
                                   {"user": user, **context})
