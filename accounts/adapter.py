"""allauth's emails with links on settings.PORTAL_BASE_URL and the platform's name, not the request's host.

allauth builds links and the subject prefix from the request (``build_absolute_uri`` and
``get_current_site``, which is the Host header while django.contrib.sites is not installed), so a
request with a forged Host would email a password-reset link to another site.
"""

from types import SimpleNamespace
from urllib.parse import quote

import logging

from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from home.emails import platform_name, sender_address
from home.links import absolute_url, base_host


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

    def get_email_confirmation_url(self, request, emailconfirmation):
        return absolute_url(reverse("account_confirm_email", args=[emailconfirmation.key]))

    def get_reset_password_from_key_url(self, key):
        # allauth's own trick: the URL pattern wants a uidb36 and a key, ``key`` holds both.
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return absolute_url(path.replace("UID-KEY", quote(key)))

    def send_account_already_exists_mail(self, email):
        self.send_mail("account/email/account_already_exists", email, {
            "signup_url": absolute_url(reverse("account_signup")),
            "password_reset_url": absolute_url(reverse("account_reset_password")),
        })

    def send_mail(self, template_prefix, email, context):
        context = dict(context)
        if "signup_url" in context:  # the unknown-account email: allauth built it from the request
            context["signup_url"] = absolute_url(reverse("account_signup"))
        # What allauth's templates show as the site: "Hello from {{ current_site.name }}!"
        context["current_site"] = SimpleNamespace(name=platform_name(), domain=base_host())
        return super().send_mail(template_prefix, email, context)

    def format_email_subject(self, subject):
        return f"[{platform_name()}] {subject}"

    def get_from_email(self):
        return sender_address()
