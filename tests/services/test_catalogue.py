"""The service catalogue, service pages and the provider directory, in both languages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse

from core import fragments
from services.models import ProviderType, ServiceCategory

from .factories import ProviderPageFactory, ServicePageFactory

pytestmark = pytest.mark.django_db


def test_catalogue_shows_each_service_with_provider_price_and_turnaround(client, free_service, paid_service):
    response = client.get("/en/services/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Company registration" in html and "Legal consultation" in html
    assert "CNY 1,500" in html
    assert "Free" in html
    assert "Harbour Law" in html
    assert "15 days" in html


def test_catalogue_is_shown_in_chinese(client, paid_service):
    response = client.get("/zh-hans/services/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "公司注册" in html
    assert "1,500 元" in html and "CNY 1,500" not in html
    assert "海港律师事务所" in html


def test_empty_catalogue_says_no_services_are_listed(client, service_index):
    response = client.get("/en/services/")

    assert "No services are listed yet" in response.content.decode()


def test_catalogue_filters_by_category(client, free_service, paid_service):
    response = client.get("/en/services/", {"category": ServiceCategory.COMPANY_REGISTRATION})

    html = response.content.decode()
    assert 'href="/en/services/company-registration/"' in html
    assert 'href="/en/services/legal-consultation/"' not in html


@pytest.mark.parametrize(
    ("price", "shown", "hidden"),
    [("free", "legal-consultation", "company-registration"), ("paid", "company-registration", "legal-consultation")],
)
def test_catalogue_filters_free_or_paid(client, free_service, paid_service, price, shown, hidden):
    html = client.get("/en/services/", {"price": price}).content.decode()

    assert f'href="/en/services/{shown}/"' in html
    assert f'href="/en/services/{hidden}/"' not in html


def test_filters_matching_nothing_offer_to_show_all(client, free_service):
    html = client.get("/en/services/", {"category": ServiceCategory.IP_FILING}).content.decode()

    assert "No services match these filters." in html


def test_unpublished_service_is_not_in_the_catalogue(client, service_index):
    ServicePageFactory(parent=service_index, title_en="Secret draft service", publish=False)

    assert "Secret draft service" not in client.get("/en/services/").content.decode()


def test_service_page_shows_contents_documents_and_request_button(client, paid_service):
    response = client.get("/en/services/company-registration/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "A written summary" in html
    assert "Passport copy" in html
    assert "CNY 1,500" in html
    assert 'href="/en/services/company-registration/request/"' in html
    assert 'href="/en/services/providers/harbour-law/"' in html


def test_paid_service_page_says_online_payment_is_unavailable_without_stripe_keys(client, paid_service, no_stripe_keys):
    html = client.get("/en/services/company-registration/").content.decode()

    assert "Online payment is not available" in html


def test_paid_service_page_does_not_warn_when_online_payment_works(client, paid_service, stripe_keys):
    html = client.get("/en/services/company-registration/").content.decode()

    assert "Online payment is not available" not in html


def test_service_page_in_chinese_links_to_the_chinese_request_form(client, paid_service):
    html = client.get("/zh-hans/services/company-registration/").content.decode()

    assert "护照复印件" in html
    assert 'href="/zh-hans/services/company-registration/request/"' in html


def test_provider_directory_filters_by_type(client, provider, provider_index):
    ProviderPageFactory(parent=provider_index, title_en="Island Agency", provider_type=ProviderType.AGENCY)

    html = client.get("/en/services/providers/", {"provider_type": ProviderType.AGENCY}).content.decode()

    assert "Island Agency" in html
    assert "Harbour Law" not in html


def test_provider_page_lists_its_live_services_only(client, provider, free_service, service_index):
    ServicePageFactory(parent=service_index, title_en="Unpublished service", provider=provider, publish=False)

    html = client.get("/en/services/providers/harbour-law/").content.decode()

    assert "Legal consultation" in html
    assert "Unpublished service" not in html


def test_services_appear_in_the_main_menu(client, service_index):
    html = client.get("/en/").content.decode()

    assert 'href="/en/services/"' in html


def test_home_page_request_button_links_to_the_catalogue(client, service_index):
    html = client.get("/en/").content.decode()

    assert "Request a service" in html


def test_home_page_hides_request_button_without_a_catalogue(client, site_tree):
    html = client.get("/en/").content.decode()

    assert "Request a service" not in html


def test_old_services_placeholder_is_gone(client, site_tree):
    assert client.get("/en/services/").status_code == 404
    with pytest.raises(NoReverseMatch):
        reverse("services:index")


def test_catalogue_queries_do_not_grow_with_services(client, service_index, provider):
    ServicePageFactory(parent=service_index, provider=provider)
    client.get("/en/services/")  # warm caches (site root paths)
    fragments.forget_memory()  # both counts include drawing every card (core.cards reads the rows then)
    with CaptureQueriesContext(connection) as few:
        client.get("/en/services/")
    for _ in range(8):
        ServicePageFactory(parent=service_index, provider=provider)

    fragments.forget_memory()
    with CaptureQueriesContext(connection) as many:
        client.get("/en/services/")

    assert len(many) == len(few)


def test_the_catalogue_links_its_provider_directory_in_the_readers_language(client, provider_index):
    for language in ("en", "zh-hans"):
        html = client.get(f"/{language}/services/").content.decode()
        assert f'href="/{language}/services/providers/"' in html


def test_a_catalogue_without_a_provider_directory_offers_no_link_to_one(client, service_index):
    html = client.get("/en/services/").content.decode()
    assert "/services/providers/" not in html
