"""Sending emails in the recipient's language, from a subject and a body template."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def recipient_language(user):
    profile = getattr(user, "profile", None)
    return getattr(profile, "preferred_language", None) or settings.LANGUAGE_CODE


def send_templated_email(user, template, context, language=None):
    """Render ``<template>_subject.txt`` and ``<template>.txt`` in the user's language and send them.

    ``context`` gets ``user`` and ``site_url`` added. Returns the number of emails sent (0 or 1).
    """
    if not user.email:
        return 0
    with translation.override(language or recipient_language(user)):
        full_context = {"user": user, "site_url": settings.WAGTAILADMIN_BASE_URL, **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", full_context).split())
        body = render_to_string(f"{template}.txt", full_context)
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
