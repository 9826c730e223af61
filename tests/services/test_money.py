"""Amounts read naturally in each language: "CNY 3,800" in English, "3,800 元" in Chinese; cents only when present."""

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from core.money import format_amount


@pytest.mark.parametrize(
    ("amount", "currency", "language", "shown"),
    [
        (380000, "CNY", "en", "CNY 3,800"),
        (380050, "CNY", "en", "CNY 3,800.50"),
        (125, "USD", "en", "USD 1.25"),
        (380000, "CNY", "zh-hans", "3,800 元"),
        (380050, "CNY", "zh-hans", "3,800.50 元"),
        (150000, "USD", "zh-hans", "1,500 美元"),
        (Decimal("3800"), "CNY", "zh-hans", "3,800 元"),
        (Decimal("3800.5"), "CNY", "en", "CNY 3,800.50"),
    ],
)
def test_amounts_follow_the_languages_convention(amount, currency, language, shown):
    assert format_amount(amount, currency, language) == shown


def test_a_whole_amount_never_shows_zero_cents():
    assert ".00" not in format_amount(150000, "CNY", "en")
    assert ".00" not in format_amount(150000, "CNY", "zh-hans")


def test_chinese_never_reads_the_iso_code_for_yuan():
    assert "CNY" not in format_amount(380000, "CNY", "zh-hans")


def test_the_active_language_is_used_when_none_is_given():
    with translation.override("zh-hans"):
        assert format_amount(380000, "CNY") == "3,800 元"
    with translation.override("en"):
        assert format_amount(380000, "CNY") == "CNY 3,800"


def test_nothing_to_pay_reads_free():
    assert format_amount(0, "CNY", "en") == "Free"


def test_the_money_filter_formats_in_the_active_language():
    template = Template("{% load services_tags %}{{ amount|money:'CNY' }}")
    with translation.override("zh-hans"):
        assert template.render(Context({"amount": 380000})) == "3,800 元"


@pytest.mark.django_db
def test_the_chinese_service_page_shows_yuan(client, paid_service):
    html = client.get("/zh-hans/services/company-registration/").content.decode()

    assert "1,500 元" in html
    assert "CNY 1,500.00" not in html


@pytest.mark.django_db
def test_the_english_request_page_shows_the_amount_without_cents(client, paid_service):
    from tests.accounts.factories import UserFactory

    from .factories import ServiceRequestFactory

    user = UserFactory()
    service_request = ServiceRequestFactory(service=paid_service, requester=user)
    client.force_login(user)

    html = client.get(f"/en/service-requests/{service_request.reference}/").content.decode()

    assert "CNY 1,500" in html and "1,500.00" not in html
