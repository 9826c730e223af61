import datetime

from django.utils import timezone

from tests.factories import PolicyPageFactory, SectorFactory


def test_policy_page_shows_its_facts_in_chinese(client, site_tree):
    PolicyPageFactory(
        parent=site_tree["policies"],
        slug="talent",
        title_zh_hans="人才个税优惠",
        issuing_authority_zh_hans="海南省财政厅",
        official_url="https://www.hainan.gov.cn/talent",
    )
    html = client.get("/zh-hans/policies/talent/").content.decode()
    assert "人才个税优惠" in html
    assert "海南省财政厅" in html
    assert 'href="https://www.hainan.gov.cn/talent"' in html


def test_directory_filters_by_type(client, site_tree):
    PolicyPageFactory(parent=site_tree["policies"], title_en="Fifteen percent CIT", policy_type="tax")
    PolicyPageFactory(parent=site_tree["policies"], title_en="Work permit fast lane", policy_type="talent-visa")
    html = client.get("/en/policies/?policy_type=talent-visa").content.decode()
    assert "Work permit fast lane" in html
    assert "Fifteen percent CIT" not in html


def test_directory_filters_by_sector(client, site_tree):
    green = SectorFactory(code="green-tech")
    PolicyPageFactory(parent=site_tree["policies"], title_en="Plastic ban support", sectors=[green])
    PolicyPageFactory(parent=site_tree["policies"], title_en="Chip design subsidy")
    html = client.get("/en/policies/?sector=green-tech").content.decode()
    assert "Plastic ban support" in html
    assert "Chip design subsidy" not in html


def test_directory_separates_expired_policies(client, site_tree):
    today = timezone.localdate()
    PolicyPageFactory(
        parent=site_tree["policies"], title_en="Old rebate", expiry_date=today - datetime.timedelta(days=1)
    )
    PolicyPageFactory(parent=site_tree["policies"], title_en="Current rebate", expiry_date=None)
    in_force = client.get("/en/policies/?status=in-force").content.decode()
    expired = client.get("/en/policies/?status=expired").content.decode()
    assert "Current rebate" in in_force and "Old rebate" not in in_force
    assert "Old rebate" in expired and "Current rebate" not in expired
    assert "Not in force" in expired
