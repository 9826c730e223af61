"""Reads for the parks directory."""

from .models import ParkPage


def parks_for_index(index_page):
    return ParkPage.objects.live().descendant_of(index_page).prefetch_related("sectors").order_by("path")


def with_links(parks, request):
    """Resolve each park's URL once, for both the list and the map."""
    for park in parks:
        park.link = park.get_url(request)
    return parks


def map_markers(parks):
    """Marker data for the map script: only parks with coordinates (call ``with_links`` first)."""
    return [
        {"name": park.title, "url": park.link, "lat": float(park.latitude), "lng": float(park.longitude),
         "type": park.get_park_type_display()}
        for park in parks
        if park.latitude is not None and park.longitude is not None
    ]
