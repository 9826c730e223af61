from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils.translation import override

from services.models import ProviderPage, ServiceCategory, ServiceFormField, ServiceIndexPage, ServicePage

pytestmark = pytest.mark.django_db


def _catalogue_counts():
    return {
        model.__name__: model.objects.count()
        for model in (ServiceIndexPage, ServicePage, ProviderPage, ServiceFormField)
    }


def test_demo_catalogue_offers_at_least_eight_services_four_of_them_paid_in_cny_and_usd(demo_module):
    services = ServicePage.objects.live()
    paid = services.filter(price_amount__gt=0)
    assert services.count() >= 8
    assert paid.count() >= 4
    assert set(paid.values_list("price_currency", flat=True)) == {"CNY", "USD"}


def test_demo_catalogue_covers_every_service_category(demo_module):
    categories = set(ServicePage.objects.live().values_list("category", flat=True))
    assert categories == set(ServiceCategory.values)


def test_company_registration_is_a_paid_service_at_its_english_slug(demo_module):
    service = ServicePage.objects.live().get(slug_en="company-registration")
    assert service.is_paid and service.category == ServiceCategory.COMPANY_REGISTRATION


def test_demo_provider_directory_lists_at_least_five_providers(demo_module):
    assert ProviderPage.objects.live().count() >= 5


def test_every_demo_service_and_provider_reads_in_chinese(demo_module):
    for service in ServicePage.objects.live():
        assert service.title_zh_hans and service.summary_zh_hans, service.slug
        assert service.included_zh_hans and service.required_documents_zh_hans, service.slug
        assert service.body_zh_hans and service.form_intro_zh_hans, service.slug
    for provider in ProviderPage.objects.live():
        assert provider.title_zh_hans and provider.intro_zh_hans and provider.address_zh_hans, provider.slug


def test_every_demo_service_has_a_provider_and_its_own_form_questions(demo_module):
    for service in ServicePage.objects.live():
        assert service.provider is not None and service.provider.live, service.slug
        assert 2 <= service.form_fields.count() <= 4, service.slug


def test_demo_form_questions_ask_in_both_languages_under_english_field_names(demo_module):
    for field in ServiceFormField.objects.all():
        assert field.label_en and field.label_zh_hans
        assert field.clean_name and field.clean_name.isascii() and field.clean_name.islower(), field.label_en
        if field.field_type == "dropdown":
            assert len(field.choices_en.splitlines()) == len(field.choices_zh_hans.splitlines()) >= 2


def test_company_registration_asks_for_an_optional_passport_scan(demo_module):
    service = ServicePage.objects.get(slug_en="company-registration")
    passport = service.form_fields.get(clean_name="passport_scan")
    assert passport.field_type == "file" and not passport.required


def test_loading_the_demo_twice_creates_no_duplicate_services_providers_or_questions(demo_module):
    before = _catalogue_counts()
    call_command("load_demo_content", stdout=StringIO())
    assert _catalogue_counts() == before


def test_demo_command_prints_the_catalogue_summary_and_service_desk_login(db):
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    paid = ServicePage.objects.filter(price_amount__gt=0).count()
    assert f"Service catalogue: {ServicePage.objects.count()} services ({paid} paid)" in out.getvalue()
    assert "username: servicedesk" in out.getvalue()


def test_demo_service_desk_users_may_handle_requests_in_the_admin_and_the_editor_may_not(demo_module):
    User = get_user_model()
    for username in ("servicedesk", "moderator"):
        user = User.objects.get(username=username)
        assert user.has_perm("services.handle_servicerequest"), username
        assert user.has_perm("wagtailadmin.access_admin"), username
    assert not User.objects.get(username="editor").has_perm("services.handle_servicerequest")


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_demo_catalogue_page_lists_the_services_in_both_languages(client, demo_module, language):
    index = ServiceIndexPage.objects.live().get()
    registration = ServicePage.objects.get(slug_en="company-registration")
    with override(language):
        url = index.get_url()
        titles = [index.title, registration.title]
    assert url.startswith(f"/{language}/")
    response = client.get(url)
    assert response.status_code == 200
    assert all(title in response.content.decode() for title in titles)


def test_every_demo_service_request_form_opens_in_both_languages(client, demo_module):
    for service in ServicePage.objects.live():
        for language in ("en", "zh-hans"):
            with override(language):
                url = service.get_url() + "request/"
                label = service.form_fields.first().label
            response = client.get(url)
            assert response.status_code == 200, url
            assert label in response.content.decode(), url
