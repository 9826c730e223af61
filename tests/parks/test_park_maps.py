"""The parks maps: tile settings, the opening view on Haikou, each park's own map, and "Open in map" links."""

import json
import re
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from core.csp import sources_from_settings, tile_urls
from parks.maps import amap_url, opening_bounds, tile_layers
from tests.factories import ParkPageFactory

TIANDITU = {
    "url": "https://t{s}.tianditu.gov.cn/vec_w/wmts?LAYER=vec&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=k",
    "labels": {
        "en": "https://t{s}.tianditu.gov.cn/eva_w/wmts?LAYER=eva&tk=k",
        "zh-hans": "https://t{s}.tianditu.gov.cn/cva_w/wmts?LAYER=cva&tk=k",
    },
    "subdomains": "01",
    "max_zoom": 18,
    "attribution": "© 天地图 Tianditu",
}


def _map_config(html):
    found = re.search(r'<script id="park-map-config" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1)) if found else None


def _settings_module(monkeypatch, **environ):
    import importlib

    import portal.settings.base as base

    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    try:
        return importlib.reload(base)
    finally:
        for name in environ:
            monkeypatch.delenv(name)


def test_openstreetmap_is_the_default_tile_source(client, site_tree):
    ParkPageFactory(parent=site_tree["parks"])
    layers = _map_config(client.get("/en/parks/").content.decode())["layers"]
    assert [layer["url"] for layer in layers] == ["https://tile.openstreetmap.org/{z}/{x}/{y}.png"]
    assert "OpenStreetMap" in layers[0]["attribution"]


def test_tianditu_setting_builds_base_and_label_layers_from_the_key(monkeypatch):
    base = _settings_module(monkeypatch, PARKS_MAP_PROVIDER="tianditu", TIANDITU_KEY="browser-key-123")
    tiles = base.PARKS_MAP_TILES
    assert tiles["url"].startswith("https://t{s}.tianditu.gov.cn/vec_w/wmts?")
    assert "tk=browser-key-123" in tiles["url"]
    assert "LAYER=eva" in tiles["labels"]["en"] and "LAYER=cva" in tiles["labels"]["zh-hans"]
    assert tiles["subdomains"] == "01234567"
    _settings_module(monkeypatch)  # back to the defaults for the other tests


def test_tianditu_without_a_key_refuses_to_start(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="TIANDITU_KEY"):
        _settings_module(monkeypatch, PARKS_MAP_PROVIDER="tianditu")
    _settings_module(monkeypatch)


@override_settings(PARKS_MAP_TILES=TIANDITU)
def test_labels_follow_the_readers_language():
    assert [layer["url"] for layer in tile_layers("zh-hans")][1] == TIANDITU["labels"]["zh-hans"]
    assert [layer["url"] for layer in tile_layers("en")][1] == TIANDITU["labels"]["en"]


@override_settings(PARKS_MAP_TILES=TIANDITU)
def test_policy_allows_every_tile_subdomain():
    assert set(tile_urls(TIANDITU)) >= {TIANDITU["url"].replace("{s}", "0"), TIANDITU["url"].replace("{s}", "1")}
    assert sources_from_settings()["img-src"][:2] == ["https://t0.tianditu.gov.cn", "https://t1.tianditu.gov.cn"]


def test_fallback_notice_is_in_the_page_and_hidden_until_tiles_fail(client, site_tree):
    ParkPageFactory(parent=site_tree["parks"])
    html = client.get("/en/parks/").content.decode()
    notice = re.search(r'<p id="map-notice"[^>]*>(.*?)</p>', html, re.S)
    assert notice and " hidden" in notice.group(0) and 'role="status"' in notice.group(0)
    assert "Every location is listed below with its address" in notice.group(1)


def test_map_opens_on_the_parks_in_haikou_not_on_stations_abroad(client, site_tree):
    ParkPageFactory(parent=site_tree["parks"], latitude=Decimal("20.0052"), longitude=Decimal("110.2851"))
    ParkPageFactory(parent=site_tree["parks"], latitude=Decimal("19.9318"), longitude=Decimal("110.2284"))
    ParkPageFactory(
        parent=site_tree["parks"], park_type="station", latitude=Decimal("37.3786"), longitude=Decimal("-121.9756")
    )
    html = client.get("/en/parks/").content.decode()
    assert _map_config(html)["bounds"] == [[19.9318, 110.2284], [20.0052, 110.2851]]
    assert "Zoom out for 1 more location elsewhere" in html


def test_map_opens_on_haikou_when_no_park_is_there(settings):
    assert opening_bounds([{"lat": 1.3, "lng": 103.8}]) == [list(corner) for corner in settings.PARKS_MAP_HOME_AREA]


def test_park_page_has_its_own_map_with_its_marker(client, site_tree):
    ParkPageFactory(
        parent=site_tree["parks"],
        slug="yaogu",
        title_en="Yaogu Industrial Park",
        latitude=Decimal("19.985300"),
        longitude=Decimal("110.274600"),
    )
    html = client.get("/en/parks/yaogu/").content.decode()
    config = _map_config(html)
    assert [(m["name"], m["lat"], m["lng"]) for m in config["markers"]] == [
        ("Yaogu Industrial Park", 19.9853, 110.2746)
    ]
    assert config["zoom"] == 15
    assert re.search(r'<div id="park-map" class="map map-small" hidden', html)
    assert "parks/park_map.js" in html


def test_park_without_coordinates_has_no_map(client, site_tree):
    ParkPageFactory(parent=site_tree["parks"], slug="somewhere", latitude=None, longitude=None)
    html = client.get("/en/parks/somewhere/").content.decode()
    assert _map_config(html) is None and "Open in OpenStreetMap" not in html


def test_amap_link_sends_wgs84_coordinates_longitude_first_and_the_encoded_name(site_tree):
    park = ParkPageFactory(
        parent=site_tree["parks"],
        title_en="Haima & Co Park 海马",
        latitude=Decimal("20.008100"),
        longitude=Decimal("110.305200"),
    )
    url = amap_url(park)
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "uri.amap.com", "/marker")
    assert query["position"] == ["110.305200,20.008100"]
    assert query["coordinate"] == ["wgs84"]
    assert query["name"] == ["Haima & Co Park 海马"]
    assert "%20" in url and "&name=Haima%20%26%20Co" in url


@pytest.mark.parametrize("language, first", [("zh-hans", "uri.amap.com"), ("en", "www.openstreetmap.org")])
def test_open_in_map_puts_amap_first_for_chinese_readers(client, site_tree, language, first):
    ParkPageFactory(parent=site_tree["parks"], slug="haima", slug_zh_hans="haima")
    html = client.get(f"/{language}/parks/haima/").content.decode()
    links = re.findall(
        r'<li><a href="https://([^/]+)/', re.search(r'<ul class="map-links".*?</ul>', html, re.S).group(0)
    )
    assert links[0] == first and set(links) == {"uri.amap.com", "www.openstreetmap.org"}
