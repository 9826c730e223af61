"""Fragments every page shows (the header's menu, the footer, the site's vocabularies), cached until a purge.

A fragment's key holds ``core.page_cache.site_generation()``, which changes whenever everything is
purged (a snippet, the site settings or a page the frame shows changed), so a purge retires every
fragment at once, on every worker and machine. Entries live in the shared cache (``default``), and
each process also keeps the ones it used last in memory: under a generation a key's value never
changes, so the copy in memory is as fresh as the shared one and costs no cache round trip. An
emptied cache (a Redis restart) gets a new random generation, never an old one. While the page cache
is unreachable the generation is "off" and fragments are built afresh, stored nowhere.

Nothing of one visitor may go into a fragment: keys vary by site (host), language and whatever the
caller passes, never by user. They also hold the static files' manifest hash, so a deploy's new asset
names replace the old ones at once; other template changes show within ``fragment_seconds()``.
"""

import hashlib
import re
import time
from collections import OrderedDict
from threading import Lock

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.utils import timezone

from . import page_cache
from .i18n import current_language_code


def fragment_seconds():
    """As long as the page cache keeps a page: a deploy's new templates show within the same time."""
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


MEMORY_ENTRIES = 4096  # the frame's fragments and a few thousand list cards (about 1 KB each)
MAX_PLAIN_VARY = 80
PLAIN_VARY = re.compile(r"[\w.:/=,-]*", re.ASCII)
UNAVAILABLE = "off"  # site_generation() while the page cache is unreachable: no purge could retire an entry

_memory = OrderedDict()
_memory_lock = Lock()


def site_generation(request=None):
    """``core.page_cache.site_generation()``, read once per request."""
    if request is None:
        return page_cache.site_generation()
    if not hasattr(request, "_portal_site_generation"):
        request._portal_site_generation = page_cache.site_generation()
    return request._portal_site_generation


def _static_version():
    """Changes when a deploy brings new static files (their hashed names go into fragments)."""
    return getattr(staticfiles_storage, "manifest_hash", "") or ""


def fragment_key(request, name, *vary):
    """The key of fragment ``name`` for the request's host, the active language, the year and ``vary``."""
    host = request.get_host().lower() if request is not None else ""
    parts = [
        site_generation(request),
        _static_version(),
        name,
        host,
        current_language_code(),
        str(timezone.localdate().year),
    ]
    varying = ":".join(str(value) for value in vary)
    if len(varying) > MAX_PLAIN_VARY or not PLAIN_VARY.fullmatch(varying):  # names, dates: short, plain keys
        varying = hashlib.sha1(varying.encode()).hexdigest()
    return "frag:" + ":".join([*parts, varying])


def _remember(key, value):
    with _memory_lock:
        _memory[key] = (time.monotonic() + fragment_seconds(), value)
        _memory.move_to_end(key)
        while len(_memory) > MEMORY_ENTRIES:
            _memory.popitem(last=False)


def cached(request, name, build, *vary, shared=True):
    """Fragment ``name``: from this process's memory, else the shared cache, else ``build()`` (then stored in both).

    ``build`` returns something picklable: rendered HTML or plain values. ``shared=False`` keeps it in this
    process's memory only: for the many small fragments of lists (cards), where a read of the shared cache
    per card would cost about what rendering it does (and, without Redis, a query, or a write for each new
    card); each process then renders a card once per version.
    """
    if site_generation(request) == UNAVAILABLE:
        return build()  # nothing stored that a purge made during the outage could not reach
    key = fragment_key(request, name, *vary)
    remembered = _memory.get(key)
    if remembered is not None and remembered[0] > time.monotonic():
        return remembered[1]
    value = cache.get(key) if shared else None
    if value is None:
        value = build()
        if shared:
            cache.set(key, value, fragment_seconds())
    _remember(key, value)
    return value


def form_state_key(form, has_query=False):
    """``form``'s bound values as a short key when the form is valid, else "".

    For forms of choice fields (filters): their valid values are the choices, so the keys are bounded.
    """
    if form.is_bound and not form.is_valid():
        return ""
    values = []
    for name in form.fields:
        key = form.add_prefix(name)
        data = form.data.getlist(key) if hasattr(form.data, "getlist") else [form.data.get(key)]
        values.append(f"{name}=" + ",".join(sorted(str(value) for value in data if value not in (None, ""))))
    digest = hashlib.sha1("&".join(values).encode()).hexdigest()[:16]
    return f"{type(form).__name__}:{digest}:{'q' if has_query else '-'}"


def forget_memory():
    """Empty this process's copies (tests; the shared cache is emptied with the cache itself)."""
    with _memory_lock:
        _memory.clear()
