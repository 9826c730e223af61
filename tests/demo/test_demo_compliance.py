"""The demo's legal pages, contact page and filing numbers: loaded once, in both languages, idempotently."""

import pytest
from django.utils import translation
from wagtail.models import Site

from demo.compliance_loader import load_compliance
from home.legal import footer_legal_pages, legal_versions
from home.models import ContactPage, LegalPage, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(site_tree):
    with translation.override("en"):
        load_compliance(site_tree["home"])
    return site_tree


def test_demo_has_the_four_legal_pages_in_both_languages(client, loaded):
    assert [page.kind for page in footer_legal_pages()] == ["privacy", "terms", "cookies", "accessibility"]
    for page in LegalPage.objects.all():
        assert page.title_en and page.title_zh_hans and page.body_en and page.body_zh_hans
    assert set(legal_versions()) == {"privacy", "terms"}


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("en", ["Stripe, Inc. (United States)", "separate consent", "JSON", "person responsible"]),
        ("zh-hans", ["Stripe, Inc.（美国）", "单独同意", "JSON", "个人信息保护负责人"]),
    ],
)
def test_demo_privacy_policy_covers_sensitive_data_transfers_and_rights(client, loaded, language, texts):
    html = client.get(f"/{language}/privacy/").content.decode()
    for text in texts:
        assert text in html


def test_demo_settings_carry_demo_filing_numbers_and_the_operator(loaded):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.icp_filing_number == "琼ICP备2026000000号-1"
    assert settings.public_security_filing_number == "琼公网安备46010802000000号"
    assert settings.operator_name_zh_hans == "海口离岸创新创业服务中心"


def test_an_older_demo_contact_page_is_replaced_by_the_contact_form(site_tree):
    home = site_tree["home"]
    old = StandardPage(title="Contact Us", slug="contact")
    home.add_child(instance=old)
    old.save_revision().publish()
    with translation.override("en"):
        load_compliance(home)
        load_compliance(home)
    assert not StandardPage.objects.filter(slug="contact").exists()
    contact = ContactPage.objects.get()
    assert contact.url == "/en/contact/"
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert [block.value.pk for block in settings.footer_links] == [contact.pk]
    assert LegalPage.objects.count() == 4
