"""Validation messages reach a Chinese reader in Chinese: on the sign-up page and on every form of the site.

The form-wide test depends on the zh_Hans catalogue: a message it reports as English is a msgid that
needs a translation (or, for a framework message, a msgid that the framework's catalogue lacks).
"""

import html
import re

import pytest
from allauth.account import forms as allauth_forms
from allauth.core import context as allauth_context
from django import forms
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.cache import SessionStore
from django.test import RequestFactory
from django.utils import translation

import accounts.forms
import accounts.signup_forms
import opportunities.forms
import opportunities.introduction_forms
import opportunities.saved_searches
import opportunities.wagtail_hooks
import services.admin_forms
import services.forms
from tests.accounts.factories import UserFactory
from tests.services.factories import ServiceFormFieldFactory, ServicePageFactory, ServiceRequestFactory

pytestmark = pytest.mark.django_db

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
ENGLISH_WORDS = re.compile(r"[A-Za-z]{2,}(?:\W+[A-Za-z]{2,})+")
GOOD_PASSWORD = "Offshore-Haikou-2025"


def is_chinese(message):
    """Chinese text with no English sentence in it (a stray name or "8" is fine)."""
    return bool(CJK.search(message)) and not ENGLISH_WORDS.search(CJK.sub(" ", message))


def is_plain_english(message):
    return not CJK.search(message) and bool(re.search(r"[A-Za-z]{2,}", message))


def error_messages_on(page):
    """The text of every error the form templates show (``class="field-error"``)."""
    return [
        html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
        for text in re.findall(r'<p class="field-error"[^>]*>(.*?)</p>', page, re.S)
    ]


@pytest.mark.parametrize(
    ("email", "password1", "password2", "expected"),
    [
        ("li.na@example.com", "Hk-9x", "Hk-9x", "太短"),
        ("li.na@example.com", "password", "password", "太常见"),
        ("li.na@example.com", "83920174651029", "83920174651029", "数字"),
        ("zhang.wei.haikou@example.com", "zhang.wei.haikou", "zhang.wei.haikou", "相似"),
        ("li.na@example.com", GOOD_PASSWORD, GOOD_PASSWORD + "x", "一致"),
    ],
    ids=["short", "common", "numeric", "like-the-email", "mismatch"],
)
def test_chinese_signup_shows_every_password_error_in_chinese(client, email, password1, password2, expected):
    response = client.post(
        "/zh-hans/accounts/signup/",
        {"email": email, "password1": password1, "password2": password2, "full_name": "李娜", "consent": "on"},
    )
    assert response.status_code == 200  # the form again, with its errors
    messages = error_messages_on(response.content.decode())
    assert any(expected in message for message in messages), messages
    assert [message for message in messages if not is_chinese(message)] == []


def test_the_too_short_message_is_chinese_even_without_other_errors(client):
    response = client.post(
        "/zh-hans/accounts/signup/",
        {
            "email": "li.na@example.com",
            "password1": "Hk-9x!q",
            "password2": "Hk-9x!q",
            "full_name": "李娜",
            "consent": "on",
        },
    )
    assert "密码长度太短。密码必须包含至少 8 个字符。" in error_messages_on(response.content.decode())


# Every form of accounts, opportunities and services, empty and with nonsense in every field ----------------

FORM_MODULES = [
    accounts.forms,
    accounts.signup_forms,
    opportunities.forms,
    opportunities.introduction_forms,
    opportunities.saved_searches,
    opportunities.wagtail_hooks,
    services.forms,
    services.admin_forms,
]
WAGTAIL_FIELD_TYPES = [
    "singleline",
    "multiline",
    "email",
    "number",
    "url",
    "checkbox",
    "checkboxes",
    "dropdown",
    "multiselect",
    "radio",
    "date",
    "datetime",
    "file",
]


class _BothForms:
    """ServiceRequestForm is two forms validated as one; expose their errors like one form."""

    def __init__(self, request_form):
        self.request_form = request_form
        self.fields = {
            **request_form.contact.fields,
            **{request_form.extra.add_prefix(name): field for name, field in request_form.extra.fields.items()},
        }

    def is_valid(self):
        return self.request_form.is_valid()

    @property
    def errors(self):
        return {**self.request_form.contact.errors, **self.request_form.extra.errors}


def chinese_request():
    """A request on the Chinese site, for the allauth forms that look at it (rate limits, the session)."""
    request = RequestFactory().post("/zh-hans/accounts/login/")
    request.session = SessionStore()
    request.user = AnonymousUser()
    request.LANGUAGE_CODE = "zh-hans"
    return request


@pytest.fixture
def form_builders(site_tree):
    """name -> a function building that form, bound to ``data`` (and no files)."""
    user = UserFactory()
    service = ServicePageFactory(parent=site_tree["home"])
    for field_type in WAGTAIL_FIELD_TYPES:
        ServiceFormFieldFactory(
            page=service,
            label_en=f"Question {field_type}",
            field_type=field_type,
            choices_en="One\nTwo",
            choices_zh_hans="一\n二",
        )
    service_request = ServiceRequestFactory(service=service)
    request = chinese_request()
    return {
        "accounts.ProfileForm": lambda data: accounts.forms.ProfileForm(data),
        "accounts.OrganisationForm": lambda data: accounts.forms.OrganisationForm(data, {}),
        "accounts.DeleteAccountForm": lambda data: accounts.forms.DeleteAccountForm(user, data),
        "accounts.SignupDetailsForm": lambda data: accounts.signup_forms.SignupDetailsForm(data),
        "accounts.CompleteProfileForm": lambda data: accounts.signup_forms.CompleteProfileForm(data),
        "allauth.SignupForm": lambda data: allauth_forms.SignupForm(data),
        "allauth.LoginForm": lambda data: allauth_forms.LoginForm(data, request=request),
        "allauth.ResetPasswordForm": lambda data: allauth_forms.ResetPasswordForm(data),
        "allauth.ResetPasswordKeyForm": lambda data: allauth_forms.ResetPasswordKeyForm(
            data, user=user, temp_key="key"
        ),
        "allauth.ChangePasswordForm": lambda data: allauth_forms.ChangePasswordForm(user=user, data=data),
        "allauth.SetPasswordForm": lambda data: allauth_forms.SetPasswordForm(user=user, data=data),
        "allauth.AddEmailForm": lambda data: allauth_forms.AddEmailForm(user=user, data=data),
        "allauth.ReauthenticateForm": lambda data: allauth_forms.ReauthenticateForm(data, user=user),
        "opportunities.ListingForm": lambda data: opportunities.forms.ListingForm(data, {}),
        "opportunities.InterestForm": lambda data: opportunities.introduction_forms.InterestForm(data),
        "opportunities.MessageForm": lambda data: opportunities.introduction_forms.MessageForm(data),
        "opportunities.OutcomeForm": lambda data: opportunities.introduction_forms.OutcomeForm(data),
        "opportunities.ReportForm": lambda data: opportunities.introduction_forms.ReportForm(data),
        "opportunities.SavedSearchForm": lambda data: opportunities.saved_searches.SavedSearchForm(data),
        "opportunities.ReturnReasonForm": lambda data: opportunities.wagtail_hooks.ReturnReasonForm(data),
        "services.RequestContactForm": lambda data: services.forms.RequestContactForm(data),
        "services.ServiceRequestForm": lambda data: _BothForms(services.forms.ServiceRequestForm(service, data, {})),
        "services.MessageForm": lambda data: services.forms.MessageForm(data),
        "services.AssignForm": lambda data: services.admin_forms.AssignForm(data, service_request=service_request),
        "services.StatusChangeForm": lambda data: services.admin_forms.StatusChangeForm(
            data, service_request=service_request
        ),
        "services.ReplyForm": lambda data: services.admin_forms.ReplyForm(data),
    }


def _every_field_set_to(form, value):
    """``value`` in every field (and each part of a multi-value one)."""
    data = {}
    for name, field in form.fields.items():
        key = form.add_prefix(name) if hasattr(form, "add_prefix") else name
        data[key] = value
        if isinstance(field, forms.MultiValueField):
            data.update({f"{key}_{index}": value for index in range(len(field.fields))})
    return data


NONSENSE = "x"  # wrong for numbers, dates, emails, URLs and choices
TOO_LONG = "x" * 10_001  # longer than any field allows


def _english_errors(form):
    form.is_valid()
    return [
        f"{field}: {message}"
        for field, messages in form.errors.items()
        for message in messages
        if is_plain_english(str(message))
    ]


def test_the_form_list_covers_every_form_of_the_three_apps(form_builders):
    defined = {
        f"{module.__name__.split('.')[0]}.{name}"
        for module in FORM_MODULES
        for name, value in vars(module).items()
        if isinstance(value, type) and issubclass(value, forms.BaseForm) and value.__module__ == module.__name__
    }
    defined.add("services.ServiceRequestForm")  # two forms in one, not a Form subclass
    assert defined <= set(form_builders)


def test_no_form_error_is_plain_english_on_the_chinese_site(form_builders):
    """Empty required data, nonsense and over-long values, validated in Chinese: every message is Chinese."""
    english = {}
    with translation.override("zh-hans"), allauth_context.request_context(chinese_request()):
        for name, build in form_builders.items():
            fields = build({})
            errors = (
                _english_errors(fields)
                + _english_errors(build(_every_field_set_to(fields, NONSENSE)))
                + _english_errors(build(_every_field_set_to(fields, TOO_LONG)))
            )
            if errors:
                english[name] = sorted(set(errors))
    assert english == {}
