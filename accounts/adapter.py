"""allauth's emails with links on settings.PORTAL_BASE_URL and the platform's name, not the request's host.

allauth builds links and the subject prefix from the request (``build_absolute_uri`` and
``get_current_site``, which is the Host header while django.contrib.sites is not installed), so a
request with a forged Host would email a password-reset link to another site.
"""

import logging
from types import SimpleNamespace
from urllib.parse import quote, urlencode

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation

from core.emails import platform_name, render_branded_html, sender_address, text_as_html
from core.links import absolute_url, base_host

from .selectors import needs_full_name
from .verification import remember_pending_user

logger = logging.getLogger(__name__)


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request):
        """The client's address; the proxy's own address when X-Forwarded-For is shorter than expected.

        allauth raises ImproperlyConfigured (a 500) when a request carries fewer X-Forwarded-For
        entries than TRUSTED_PROXY_COUNT, which anyone reaching gunicorn past the proxy can do.
        Counting such requests under REMOTE_ADDR keeps the limit (they all share one counter).
        """
        try:
            return super().get_client_ip(request)
        except ImproperlyConfigured:
            logger.warning("X-Forwarded-For has fewer entries than TRUSTED_PROXY_COUNT; counting REMOTE_ADDR")
            return request.META.get("REMOTE_ADDR") or "unknown"

    def post_login(self, request, user, **kwargs):
        """After login, a person without a name is asked for it once, then goes where they were going."""
        response = super().post_login(request, user, **kwargs)
        if needs_full_name(user) and getattr(response, "status_code", None) == 302:
            target = response["Location"]
            response["Location"] = f"{reverse('accounts:complete_profile')}?{urlencode({'next': target})}"
        return response

    def respond_email_verification_sent(self, request, user):
        remember_pending_user(request, user)  # for the "Resend verification email" button
        return super().respond_email_verification_sent(request, user)

    def get_email_confirmation_url(self, request, emailconfirmation):
        return absolute_url(reverse("account_confirm_email", args=[emailconfirmation.key]))

    def get_reset_password_from_key_url(self, key):
        # allauth's own trick: the URL pattern wants a uidb36 and a key, ``key`` holds both.
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return absolute_url(path.replace("UID-KEY", quote(key)))

    def send_account_already_exists_mail(self, email):
        self.send_mail(
            "account/email/account_already_exists",
            email,
            {
                "signup_url": absolute_url(reverse("account_signup")),
                "password_reset_url": absolute_url(reverse("account_reset_password")),
            },
        )

    def send_mail(self, template_prefix, email, context):
        context = dict(context)
        if "signup_url" in context:  # the unknown-account email: allauth built it from the request
            context["signup_url"] = absolute_url(reverse("account_signup"))
        # What allauth's templates show as the site: "Hello from {{ current_site.name }}!"
        context["current_site"] = SimpleNamespace(name=platform_name(), domain=base_host())
        context["site_url"] = absolute_url("/")
        return super().send_mail(template_prefix, email, context)

    def render_mail(self, template_prefix, email, context, headers=None):
        """allauth's email plus the platform's branded HTML part, made from its plain text."""
        message = super().render_mail(template_prefix, email, context, headers=headers)
        if isinstance(message, EmailMultiAlternatives) and not message.alternatives:
            language = translation.get_language() or settings.LANGUAGE_CODE
            message.attach_alternative(
                render_branded_html([(language, message.subject, text_as_html(message.body))]), "text/html"
            )
        return message

    def format_email_subject(self, subject):
        return f"[{platform_name()}] {subject}"

    def get_from_email(self):
        return sender_address()
