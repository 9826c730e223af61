"""What the parks maps show: tile layers for the reader's language, the opening view, and "Open in map" links.

The tiles come from ``PARKS_MAP_TILES`` (OpenStreetMap by default, Tianditu in mainland China; see the settings).
``parks/static/parks/park_map.js`` reads the configuration built here from a ``json_script`` element.
"""

from urllib.parse import quote, urlencode

from django.conf import settings
from django.utils.translation import get_language, gettext

from core.links import base_host
from core.routing import path_for_url_path

from .choices import ParkType

PARK_PAGE_ZOOM = 15


def tile_layers(language=None):
    """The base layer, plus the label layer for ``language`` when the provider draws labels separately."""
    tiles = settings.PARKS_MAP_TILES
    options = {
        "attribution": tiles["attribution"],
        "maxZoom": tiles.get("max_zoom", 18),
        "subdomains": tiles.get("subdomains") or "abc",
    }
    layers = [{"url": tiles["url"], **options}]
    labels = tiles.get("labels") or {}
    label_url = labels.get(language or get_language()) or labels.get(settings.LANGUAGE_CODE)
    if label_url:
        layers.append({"url": label_url, **options})
    return layers


def opening_bounds(markers):
    """``[[south, west], [north, east]]`` around the markers inside ``PARKS_MAP_HOME_AREA`` (Haikou).

    Stations abroad would otherwise zoom the map out to the whole world. Without a marker in the area the
    map opens on the area itself.
    """
    (south, west), (north, east) = settings.PARKS_MAP_HOME_AREA
    inside = [m for m in markers if south <= m["lat"] <= north and west <= m["lng"] <= east]
    if not inside:
        return [[south, west], [north, east]]
    lats = [m["lat"] for m in inside]
    lngs = [m["lng"] for m in inside]
    return [[min(lats), min(lngs)], [max(lats), max(lngs)]]


def markers_outside(markers, bounds):
    """How many markers lie outside the opening view (for the "zoom out" hint under the map)."""
    (south, west), (north, east) = bounds
    return sum(1 for m in markers if not (south <= m["lat"] <= north and west <= m["lng"] <= east))


def with_links(parks, request):
    """Resolve each park's URL once, for the list."""
    for park in parks:
        park.link = park.get_url(request)
    return parks


def map_markers(parks, request):
    """Marker data for the map script: every park of the queryset ``parks`` that has coordinates.

    Read as rows (a name, an address and a point each), so the map can show every park while the list
    below it shows one page of them.
    """
    types = dict(ParkType.choices)
    rows = (
        parks.prefetch_related(None)
        .exclude(latitude=None)
        .exclude(longitude=None)
        .values("title", "url_path", "latitude", "longitude", "park_type")
    )
    return [
        {
            "name": row["title"],
            "url": path_for_url_path(row["url_path"], request),
            "lat": float(row["latitude"]),
            "lng": float(row["longitude"]),
            "type": str(types.get(row["park_type"], "")),
        }
        for row in rows
    ]


def map_config(markers, *, bounds=None, zoom=None):
    """Everything park_map.js needs, for ``json_script``: layers, markers, opening view and its messages."""
    return {
        "layers": tile_layers(),
        "markers": markers,
        "bounds": bounds or opening_bounds(markers),
        "zoom": zoom,
        "labels": {"cluster": gettext("%(count)s locations: zoom in")},
    }


def park_page_map(park):
    """The small map on one park's page: its own marker, zoomed in on it; ``None`` without coordinates."""
    if park.latitude is None or park.longitude is None:
        return None
    marker = {
        "name": park.title,
        "url": "",
        "lat": float(park.latitude),
        "lng": float(park.longitude),
        "type": park.get_park_type_display(),
    }
    point = [marker["lat"], marker["lng"]]
    return map_config([marker], bounds=[point, point], zoom=PARK_PAGE_ZOOM)


def amap_url(park):
    """Amap (高德地图) marker URI; our coordinates are WGS-84, which Amap converts when told so."""
    query = urlencode(
        {
            "position": f"{park.longitude},{park.latitude}",
            "name": park.title,
            "src": base_host() or "portal",
            "coordinate": "wgs84",
            "callnative": "0",
        },
        safe=",",
        quote_via=quote,
    )
    return f"https://uri.amap.com/marker?{query}"


def openstreetmap_url(park):
    lat, lng = park.latitude, park.longitude
    return f"https://www.openstreetmap.org/?{urlencode({'mlat': lat, 'mlon': lng})}#map={PARK_PAGE_ZOOM}/{lat}/{lng}"


def open_in_map_links(park, language=None):
    """Map services that can show the park, the one reachable in mainland China first for Chinese readers."""
    if park.latitude is None or park.longitude is None:
        return []
    amap = {"label": gettext("Amap (高德地图)"), "url": amap_url(park)}
    osm = {"label": "OpenStreetMap", "url": openstreetmap_url(park)}
    chinese = (language or get_language() or "").startswith("zh")
    return [amap, osm] if chinese else [osm, amap]
