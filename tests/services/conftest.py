"""Service catalogue fixtures: an index page under the home page, a provider, a free and a paid service.

Other test packages (admin, payments) import these; keep their names stable.
"""

import pytest
from django.contrib.auth.models import Permission

from services.models import Currency, ProviderType, ServiceCategory
from tests.accounts.factories import UserFactory

from .factories import (
    ProviderIndexPageFactory,
    ProviderPageFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
    ServiceRequestFactory,
)


@pytest.fixture
def service_index(site_tree):
    """The live service catalogue at /<lang>/services/, shown in the menu."""
    return ServiceIndexPageFactory(parent=site_tree["home"])


@pytest.fixture
def provider_index(service_index):
    return ProviderIndexPageFactory(parent=service_index)


@pytest.fixture
def provider(provider_index):
    """A law firm in the provider directory."""
    return ProviderPageFactory(
        parent=provider_index,
        title_en="Harbour Law",
        title_zh_hans="海港律师事务所",
        slug="harbour-law",
        provider_type=ProviderType.LAW_FIRM,
    )


@pytest.fixture
def free_service(service_index, provider):
    """A free legal consultation, 5 days' turnaround."""
    return ServicePageFactory(
        parent=service_index,
        title_en="Legal consultation",
        title_zh_hans="法律咨询",
        slug="legal-consultation",
        category=ServiceCategory.LEGAL,
        provider=provider,
        turnaround_days=5,
        price_amount=0,
    )


@pytest.fixture
def paid_service(service_index, provider):
    """Company registration for CNY 1,500.00, 15 days' turnaround."""
    return ServicePageFactory(
        parent=service_index,
        title_en="Company registration",
        title_zh_hans="公司注册",
        slug="company-registration",
        category=ServiceCategory.COMPANY_REGISTRATION,
        provider=provider,
        turnaround_days=15,
        price_amount=150000,
        price_currency=Currency.CNY,
    )


@pytest.fixture
def stripe_keys(settings):
    """Online card payment switched on (keys present); no Stripe server is contacted by the request form."""
    settings.STRIPE_SECRET_KEY = "sk_test_12345"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_12345"
    return settings


@pytest.fixture
def no_stripe_keys(settings):
    settings.STRIPE_SECRET_KEY = ""
    settings.STRIPE_PUBLISHABLE_KEY = ""
    return settings


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded files (public and private) go to a throw-away directory."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def staff_member():
    """Someone on the service desk: may handle every request."""
    user = UserFactory(email="desk@example.com")
    user.user_permissions.add(Permission.objects.get(codename="handle_servicerequest"))
    return user


@pytest.fixture
def own_request(requester, free_service):
    """A request for the free service sent by the module's ``requester`` while signed in."""
    return ServiceRequestFactory(service=free_service, requester=requester, contact_email=requester.email)
