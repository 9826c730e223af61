"""Legal pages: one live page per kind, their versions for sign-up consent, and their links in the footer."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from home.legal import current_legal_page, footer_legal_pages, legal_versions
from home.models import LegalPage
from tests.factories import PageFactory

pytestmark = pytest.mark.django_db


class LegalPageFactory(PageFactory):
    class Meta:
        model = LegalPage

    version = "2026-12-01"
    effective_date = datetime.date(2026, 12, 1)


def legal_page(site_tree, kind, version="2026-12-01", publish=True, **fields):
    titles = {
        "privacy": ("Privacy Policy", "隐私政策"),
        "terms": ("Terms of Use", "使用条款"),
        "cookies": ("Cookie Notice", "Cookie说明"),
        "accessibility": ("Accessibility Statement", "无障碍声明"),
    }
    title_en, title_zh = titles[kind]
    return LegalPageFactory(
        parent=site_tree["home"],
        kind=kind,
        slug=kind,
        title_en=title_en,
        title_zh_hans=title_zh,
        version=version,
        publish=publish,
        **fields,
    )


def test_current_legal_page_is_the_live_page_of_that_kind(site_tree):
    privacy = legal_page(site_tree, "privacy")
    legal_page(site_tree, "terms", publish=False)
    assert current_legal_page("privacy") == privacy
    assert current_legal_page("terms") is None


def test_legal_versions_give_the_live_privacy_and_terms_versions_only(site_tree):
    legal_page(site_tree, "privacy", version="2026-12-01")
    legal_page(site_tree, "terms", version="2027-01-15")
    legal_page(site_tree, "cookies", version="2020-01-01")
    assert legal_versions() == {"privacy": "2026-12-01", "terms": "2027-01-15"}


def test_legal_versions_leave_out_a_kind_without_a_live_page(site_tree):
    legal_page(site_tree, "privacy")
    assert legal_versions() == {"privacy": "2026-12-01"}


def test_a_second_page_of_the_same_kind_is_refused(site_tree):
    legal_page(site_tree, "privacy")
    duplicate = LegalPage(
        kind="privacy",
        title="Another privacy policy",
        slug="privacy-2",
        version="1",
        effective_date=datetime.date(2026, 12, 1),
    )
    with pytest.raises(ValidationError) as error:
        site_tree["home"].add_child(instance=duplicate)
    assert "kind" in error.value.message_dict


@pytest.mark.parametrize(
    ("language", "title", "effective"),
    [
        ("en", "Privacy Policy", "Effective 1 December 2026"),
        ("zh-hans", "隐私政策", "2026年12月1日起生效"),  # "起生效" needs the translation merge
    ],
)
def test_legal_page_shows_its_effective_date_and_version(client, site_tree, language, title, effective):
    page = legal_page(site_tree, "privacy", body_en=[{"type": "paragraph", "value": "<p>We collect little.</p>"}])
    html = client.get(f"/{language}/privacy/").content.decode()
    assert f"<h1>{title}</h1>" in html
    assert effective in html
    assert page.version in html


def test_footer_links_every_live_legal_page_in_a_fixed_order(client, site_tree):
    for kind in ("accessibility", "cookies", "terms", "privacy"):
        legal_page(site_tree, kind)
    assert [page.kind for page in footer_legal_pages()] == ["privacy", "terms", "cookies", "accessibility"]
    html = client.get("/zh-hans/").content.decode()
    footer = html[html.index('class="footer-compliance"') :]
    positions = [footer.index(f'href="/zh-hans/{kind}/"') for kind in ("privacy", "terms", "cookies", "accessibility")]
    assert positions == sorted(positions)
    assert ">隐私政策</a>" in footer and ">无障碍声明</a>" in footer
