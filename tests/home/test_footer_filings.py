"""The footer shows the operator and both filing numbers from the site settings, each with its official link."""

import pytest
from wagtail.models import Site

from home.models import SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def filings(site_tree):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.operator_name_en = "Haikou Offshore Innovation Service Centre"
    settings.operator_name_zh_hans = "海口离岸创新创业服务中心"
    settings.icp_filing_number = "琼ICP备2026000000号-1"
    settings.public_security_filing_number = "琼公网安备46010802000000号"
    settings.save()
    return settings


def footer(client, language):
    html = client.get(f"/{language}/").content.decode()
    return html[html.index('class="footer-compliance"') :]


def test_icp_number_links_to_the_miit_filing_system(client, filings):
    assert '<a href="https://beian.miit.gov.cn/" rel="noopener" lang="zh-Hans">琼ICP备2026000000号-1</a>' in footer(
        client, "en"
    )


def test_public_security_number_links_to_its_record_by_code(client, filings):
    html = footer(client, "en")
    assert 'href="https://beian.mps.gov.cn/#/query/webSearch?code=46010802000000"' in html
    assert ">琼公网安备46010802000000号</a>" in html


@pytest.mark.parametrize(
    ("language", "operator"),
    [
        ("en", "Operated by: Haikou Offshore Innovation Service Centre"),
        ("zh-hans", "主办单位：海口离岸创新创业服务中心"),  # needs the translation merge
    ],
)
def test_operator_is_named_in_the_readers_language(client, filings, language, operator):
    assert operator in footer(client, language)


def test_filings_are_left_out_until_an_editor_enters_them(client, site_tree):
    html = client.get("/en/").content.decode()
    assert "beian.miit.gov.cn" not in html
    assert "beian.mps.gov.cn" not in html
    assert "Operated by" not in html


def test_public_security_link_uses_only_the_digits_of_the_number():
    settings = SiteSettings(public_security_filing_number="琼公网安备 4601-0802000000 号")
    assert settings.public_security_filing_url == "https://beian.mps.gov.cn/#/query/webSearch?code=46010802000000"
    assert SiteSettings(public_security_filing_number="").public_security_filing_url == ""
