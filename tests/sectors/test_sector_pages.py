from tests.factories import EventPageFactory, NewsPageFactory, ParkPageFactory, PolicyPageFactory, SectorFactory


def test_sector_page_gathers_everything_tagged_with_it(client, site_tree):
    bio = SectorFactory(code="biomedicine", name_en="Modern biomedicine", name_zh_hans="现代生物医药")
    other = SectorFactory(code="green-tech")
    NewsPageFactory(parent=site_tree["news"], title_en="Vaccine news", sectors=[bio])
    NewsPageFactory(parent=site_tree["news"], title_en="Recycling news", sectors=[other])
    PolicyPageFactory(parent=site_tree["policies"], title_en="Drug approval fast track", sectors=[bio])
    ParkPageFactory(parent=site_tree["parks"], title_en="Pharma Valley", sectors=[bio])
    EventPageFactory(parent=site_tree["events"], title_en="Biotech forum", sectors=[bio])
    html = client.get("/en/sectors/biomedicine/").content.decode()
    for title in ("Modern biomedicine", "Vaccine news", "Drug approval fast track", "Pharma Valley", "Biotech forum"):
        assert title in html
    assert "Recycling news" not in html
    assert "现代生物医药" in client.get("/zh-hans/sectors/biomedicine/").content.decode()


def test_unknown_sector_is_404(client, site_tree):
    assert client.get("/en/sectors/astrology/").status_code == 404
