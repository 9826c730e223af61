import json
import re
from decimal import Decimal

from tests.factories import ParkPageFactory, SectorFactory


def _markers(html):
    return json.loads(
        re.search(r'<script id="park-map-config" type="application/json">(.*?)</script>', html, re.S).group(1)
    )["markers"]


def test_directory_lists_parks_and_map_markers(client, site_tree):
    ParkPageFactory(
        parent=site_tree["parks"],
        title_en="Yaogu Industrial Park",
        latitude=Decimal("19.99"),
        longitude=Decimal("110.25"),
    )
    ParkPageFactory(
        parent=site_tree["parks"], title_en="Station Singapore", park_type="station", latitude=None, longitude=None
    )
    html = client.get("/en/parks/").content.decode()
    assert "Yaogu Industrial Park" in html and "Station Singapore" in html
    markers = _markers(html)
    assert [m["name"] for m in markers] == ["Yaogu Industrial Park"]
    assert markers[0]["lat"] == 19.99 and markers[0]["url"].startswith("/en/parks/")


def test_park_list_works_without_the_map(client, site_tree):
    """The list is plain HTML; the map container starts hidden and only the script reveals it."""
    ParkPageFactory(parent=site_tree["parks"], title_en="Meian Eco Tech Town")
    html = client.get("/en/parks/").content.decode()
    assert re.search(r'<div id="park-map"[^>]*hidden', html)
    assert "Meian Eco Tech Town</a>" in html


def test_directory_filters_by_type_and_sector(client, site_tree):
    bio = SectorFactory(code="biomedicine")
    ParkPageFactory(parent=site_tree["parks"], title_en="Pharma Valley", sectors=[bio])
    ParkPageFactory(parent=site_tree["parks"], title_en="Berlin Station", park_type="station")
    assert "Berlin Station" not in client.get("/en/parks/?sector=biomedicine").content.decode()
    html = client.get("/en/parks/?park_type=station").content.decode()
    assert "Berlin Station" in html and "Pharma Valley" not in html


def test_park_page_shows_contact_and_facilities_in_chinese(client, site_tree):
    ParkPageFactory(
        parent=site_tree["parks"],
        slug="yaogu",
        title_zh_hans="药谷工业园",
        contact_phone="+86 898 6868 1234",
        facilities_zh_hans="共享实验室\nGMP 厂房",
    )
    html = client.get("/zh-hans/parks/yaogu/").content.decode()
    assert "药谷工业园" in html
    assert 'href="tel:+8689868681234"' in html
    assert "<li>共享实验室</li>" in html and "<li>GMP 厂房</li>" in html


def test_the_list_shows_a_page_of_parks_while_the_map_shows_every_one(client, site_tree):
    for number in range(1, 27):
        ParkPageFactory(
            parent=site_tree["parks"],
            slug=f"park-{number:02}",
            title_en=f"Park {number:02}",
            title_zh_hans=f"园区 {number:02}",
            latitude=Decimal("20.01"),
            longitude=Decimal("110.3"),
        )
    first = client.get("/en/parks/").content.decode()
    second = client.get("/en/parks/?page=2").content.decode()

    assert "26 locations" in first and "Page 1 of 2" in first
    assert first.count('<article class="card">') == 24 and second.count('<article class="card">') == 2
    assert "Park 01</a>" in first and "Park 25</a>" not in first and "Park 25</a>" in second
    markers = _markers(first)
    assert len(markers) == 26 and _markers(second) == markers
    assert {"name": "Park 26", "url": "/en/parks/park-26/"}.items() <= markers[-1].items()
    chinese = _markers(client.get("/zh-hans/parks/").content.decode())
    assert chinese[0]["name"] == "园区 01" and chinese[0]["url"].startswith("/zh-hans/parks/")
