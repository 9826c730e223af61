"""Sending the platform's emails: in the recipient's language, or in both when it is unknown, with an HTML part.

Every email is built from ``<template>_subject.txt`` and ``<template>.txt``; the plain text is
complete on its own. An HTML alternative is added in the platform's branded layout
(core/templates/core/email/base.html): from ``<template>.html`` when the template has one, else from
the plain text (escaped, links made clickable). When the recipient's language is unknown
(``language=None``: a team mailbox, a provider without a chosen language), the email carries both
languages, Chinese first, in one message.

The emails that matter (receipts, match alerts, deadline reminders) are sent under an idempotency key
naming the real-world event (``receipt:<payment>``), so a task that is retried after its worker died
sends each of them once. The key is claimed in the database (``core.models.SentEmail``, committed before
the mail server is called, with no transaction or lock held during the call) and marked sent after. The
message's Message-ID comes from the key: should a sender die between the mail server's acceptance and
the mark, the copy a retry sends is recognisably the same message.
"""

import hashlib
import logging
import time
from datetime import timedelta
from email.utils import parseaddr

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import linebreaks, urlize
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Site

from .links import base_url
from .models import SentEmail

logger = logging.getLogger(__name__)

# The order of the languages in an email to someone whose language is unknown.
BILINGUAL_ORDER = ("zh-hans", "en")

# A claim on a key older than this belongs to a sender that died at the mail server: it may be taken over.
# Longer than any mail server conversation (set EMAIL_TIMEOUT below it), short enough for a retried task.
DEFAULT_SEND_CLAIM_SECONDS = 120


def recipient_language(user):
    profile = getattr(user, "profile", None)
    return getattr(profile, "preferred_language", None) or settings.LANGUAGE_CODE


def platform_name():
    """The platform's short name in the active language: what emails are signed and sent as."""
    return gettext("Haikou Offshore Innovation Platform")


def sender_address(language=None):
    """DEFAULT_FROM_EMAIL's address under the platform's name in the active language (or ``language``)."""
    _display_name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    with translation.override(language or translation.get_language() or settings.LANGUAGE_CODE):
        name = platform_name().replace("\\", "").replace('"', "")
    return f'"{name}" <{address or settings.DEFAULT_FROM_EMAIL}>'  # Django encodes a Chinese name


def operator_name():
    """The body that runs the platform, from the default site's settings ("" while unset)."""
    try:
        site = Site.objects.filter(is_default_site=True).first()
        site_settings = apps.get_model(settings.PORTAL_SITE_SETTINGS_MODEL)  # named, not imported: core imports no app
        return site_settings.for_site(site).operator_name if site else ""
    except Exception:  # an email must not fail because the settings table is unreachable
        logger.exception("Could not read the operator's name for an email footer")
        return ""


def text_as_html(text):
    """Plain email text as safe HTML paragraphs, with its links clickable and everything else escaped."""
    plain = "".join([str(text)])  # render_to_string returns a SafeString, which urlize would not escape
    return mark_safe(linebreaks(urlize(plain, autoescape=True), autoescape=False))


def _render_part(template, context, language):
    """(subject, text, html_body) of ``template`` in ``language``."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        try:
            html = mark_safe(render_to_string(f"{template}.html", context))
        except TemplateDoesNotExist:
            html = text_as_html(text)
    return subject, text, html


def render_branded_html(sections, reason="", language=None):
    """The whole HTML email around ``sections`` (``[(language_code, subject, html_body)]``)."""
    languages = [code for code, _subject, _body in sections]
    names = {}
    for code in BILINGUAL_ORDER:
        with translation.override(code):
            names[code] = gettext("Haikou International Offshore Innovation and Entrepreneurship Platform")
    with translation.override(language or languages[0]):
        return render_to_string(
            "core/email/base.html",
            {
                "sections": [{"language": code, "subject": subject, "body": body} for code, subject, body in sections],
                "reason": reason,
                "operator_name": operator_name(),
                "site_url": base_url(),
                "name_zh": names["zh-hans"],
                "name_en": names["en"],
                "language": language or languages[0],
            },
        )


def _footer_reason(languages):
    """Why the recipient got this email, in each of ``languages``."""
    reasons = []
    for language in languages:
        with translation.override(language):
            reasons.append(
                gettext(
                    "You are receiving this email because of your account, request or message on "
                    "the platform. If you think it reached you by mistake, reply to tell us."
                )
            )
    return " / ".join(reasons)


def build_email(address, language, template, context):
    """The message for ``address``: one language, or both (Chinese first) when ``language`` is None."""
    full_context = {"site_url": base_url(), **context}
    languages = [language] if language else list(BILINGUAL_ORDER)
    parts = [(code, *_render_part(template, full_context, code)) for code in languages]
    subject = " / ".join(subject for _code, subject, _text, _html in parts)
    text = "\n\n----------\n\n".join(text.strip() for _code, _subject, text, _html in parts) + "\n"
    reason = _footer_reason(languages)
    html = render_branded_html(
        [(code, subject_part, html) for code, subject_part, _text, html in parts], reason=reason, language=languages[0]
    )
    message = EmailMultiAlternatives(subject, text, sender_address(languages[0]), [address])
    message.attach_alternative(html, "text/html")
    return message


def send_templated_email_to(address, language, template, context, robust=False, idempotency_key=None):
    """Render ``<template>_subject.txt`` and ``<template>.txt`` in ``language`` and send them to ``address``.

    ``language=None`` means the recipient's language is unknown: the email then holds both languages,
    Chinese first. ``context`` gets ``site_url`` (settings.PORTAL_BASE_URL, never a request's host)
    added. The sender is the platform's name in the (first) language; an HTML part in the platform's
    layout goes with the plain text. Returns the number of emails sent (0 or 1). With ``robust``, a
    mail server failure is logged instead of raised: for notices that follow an action already saved
    (a request, a payment), where an error page would make the person repeat it.

    With ``idempotency_key`` (a string naming the event, e.g. ``receipt:42``) the email goes out once
    however often this is called: a call after it was sent returns 0 and sends nothing, a failed send
    leaves the key free for the next try. Call it outside a transaction, so the claim is committed.
    """
    if not address:
        return 0
    message = build_email(address, language, template, context)
    try:
        if idempotency_key is None:
            return message.send()
        return _send_once(message, stored_key(idempotency_key))
    except Exception:
        if not robust:
            raise
        logger.exception("Could not send %s to %s", template, address)
        return 0


def send_templated_email(user, template, context, language=None, idempotency_key=None):
    """Send ``template`` to ``user`` in their preferred language; ``context`` gets ``user`` added."""
    return send_templated_email_to(
        user.email,
        language or recipient_language(user),
        template,
        {"user": user, **context},
        idempotency_key=idempotency_key,
    )


def stored_key(idempotency_key):
    """The key as stored: as given when it fits the column, else shortened with a digest of the whole."""
    if len(idempotency_key) <= 255:
        return idempotency_key
    return f"{idempotency_key[:190]}:{hashlib.sha256(idempotency_key.encode()).hexdigest()}"


def message_id_for(key):
    """The Message-ID every copy of the email under ``key`` carries, on the sender address's domain."""
    _name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    domain = address.rpartition("@")[2] or "localhost"
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:40]}.portal@{domain}>"


def _send_once(message, key):
    message.extra_headers["Message-ID"] = message_id_for(key)
    claimed_at = _claim(key)
    if claimed_at is None:
        return 0  # sent before
    try:
        sent = message.send()
    except BaseException:
        _release(key, claimed_at)
        raise
    if not sent:
        _release(key, claimed_at)
        return 0
    SentEmail.objects.filter(key=key).update(state=SentEmail.State.SENT, sent_at=timezone.now())
    return sent


def _claim(key):
    """Claim ``key`` for this sender: its claim time, or None when the email was sent already.

    A live claim means another sender is at the mail server: wait for it to finish (sent: nothing to do;
    failed: the key is free again) or to go stale (it died: take the claim over).
    """
    claim_seconds = getattr(settings, "EMAIL_SEND_CLAIM_SECONDS", DEFAULT_SEND_CLAIM_SECONDS)
    while True:
        now = timezone.now()
        try:
            with transaction.atomic():
                SentEmail.objects.create(key=key, claimed_at=now)
            return now
        except IntegrityError:
            pass
        claim = SentEmail.objects.filter(key=key).first()
        if claim is None:
            continue  # released meanwhile
        if claim.state == SentEmail.State.SENT:
            return None
        stale = SentEmail.objects.filter(
            pk=claim.pk, state=SentEmail.State.SENDING, claimed_at__lt=now - timedelta(seconds=claim_seconds)
        )
        if stale.update(claimed_at=now):  # one taker wins: the others no longer match
            logger.warning("Taking over the stale claim on email %s", key)
            return now
        time.sleep(0.2)


def _release(key, claimed_at):
    """Give up this sender's claim after a failed send, so a retry can send the email."""
    SentEmail.objects.filter(key=key, state=SentEmail.State.SENDING, claimed_at=claimed_at).delete()
