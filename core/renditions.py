"""Renditions for a list of images (news cards): one cache read for the whole list.

A list that shows one rendition per item would otherwise pay an ORM query for the renditions
(``prefetch_renditions``) on every request, or a cache read and a cache write per image
(``{% image %}``). Renditions are immutable once made, and Wagtail keeps them in its renditions
cache under keys that change with the image's file and focal point, so a read of those keys is
enough; only renditions the cache lacks are read from the database (one query), and stored.
Each image gets them in ``prefetched_renditions``, which ``Image.find_existing_rendition`` (and
``{% prefetched_image %}``) read before anything else.
"""

from collections import defaultdict
from functools import lru_cache

from wagtail.images import get_image_model
from wagtail.images.models import Filter


def attach_renditions(images, *specs):
    """Give each of ``images`` (None skipped) its renditions for the filter ``specs`` that were made already."""
    images = [image for image in images if image is not None]
    if not images or not specs:
        return
    rendition_model = get_image_model().get_rendition_model()
    wanted = defaultdict(list)  # cache key -> (spec, image): several cards may show one image, each its own instance
    for spec in specs:
        image_filter = _filter(spec)
        for image in images:
            key = rendition_model.construct_cache_key(image, image_filter.get_cache_key(image), spec)
            wanted[key].append((spec, image))
    cached = rendition_model.cache_backend.get_many(list(wanted))
    missing = defaultdict(list)  # spec -> [(key, image)]
    for key, spec_images in wanted.items():
        rendition = cached.get(key)
        for spec, image in spec_images:
            if rendition is None:
                missing[spec].append((key, image))
            else:
                rendition.image = image
                rendition._from_cache = True
                _attach(image, [rendition])
    if missing:
        _attach_from_database(rendition_model, missing)


def _attach_from_database(rendition_model, missing):
    """The renditions the cache lacked, in one query, then stored in the cache."""
    images = {image.pk: image for spec_images in missing.values() for _key, image in spec_images}
    found = defaultdict(list)
    for rendition in rendition_model.objects.filter(image__in=list(images), filter_spec__in=list(missing)):
        found[(rendition.image_id, rendition.filter_spec)].append(rendition)
    to_cache = {}
    for spec, key_images in missing.items():
        focal_key = _filter(spec).get_cache_key
        for key, image in key_images:
            matching = [r for r in found[(image.pk, spec)] if r.focal_point_key == focal_key(image)][:1]
            _attach(image, matching)  # none: the template's tag makes it
            for rendition in matching:
                rendition.image = image
                to_cache[key] = rendition
    if to_cache:
        rendition_model.cache_backend.set_many(to_cache)


def _attach(image, renditions):
    image.prefetched_renditions = [*(getattr(image, "prefetched_renditions", None) or []), *renditions]


def rendition_for(image, spec):
    """The rendition of ``image`` for ``spec``: attached, cached or stored; made (by Wagtail) if there is none."""
    image_filter = _filter(spec)
    if not any(rendition.filter_spec == spec for rendition in getattr(image, "prefetched_renditions", None) or []):
        attach_renditions([image], spec)
    try:
        return image.find_existing_rendition(image_filter)
    except image.get_rendition_model().DoesNotExist:
        return image.get_rendition(image_filter)


@lru_cache(maxsize=64)
def _filter(spec):
    return Filter(spec=spec)


def with_renditions(pages, image_attribute, *specs):
    """``pages`` as a list, after ``attach_renditions`` on each page's ``image_attribute``."""
    pages = list(pages)
    attach_renditions([getattr(page, image_attribute) for page in pages], *specs)
    return pages
