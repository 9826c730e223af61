"""The Redis cache, made to survive Redis going away: the database cache table answers meanwhile.

Every page reads the cache (facet counts, popular searches, vocabulary) and every rate limit counts in
it, ours and allauth's. With a bare RedisCache, an unreachable Redis turns all of that into 500s. Here a
Redis connection error or timeout is logged, the call is answered by a ``DatabaseCache`` on
``FALLBACK_TABLE`` (created by home's migration 0004), and the circuit opens for ``DEGRADED_SECONDS``:
calls in that time go straight to the database instead of each waiting for a connect timeout. The first
call after that tries Redis again. Rate limits thus keep counting, in a table every worker shares,
rather than failing open. What was written during an outage stays in the table until it expires; Redis
keeps what it had.
"""

import logging
import math
import threading
import time
from dataclasses import dataclass

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

FALLBACK_TABLE = "portal_cache_fallback"
DEGRADED_SECONDS = 5  # how long a failed call keeps Redis out of the loop
LOG_EVERY_SECONDS = 60  # one warning a minute per process while Redis stays away
REDIS_OUTAGE = (RedisConnectionError, RedisTimeoutError)
# Rate-limit counters must not be culled in an outage; the table is small and entries expire anyway.
FALLBACK_MAX_ENTRIES = 100_000


@dataclass
class _Circuit:
    open_until: float = 0.0  # time.monotonic() before which Redis is not tried
    last_warning: float = -math.inf
    tripped: bool = False


# One circuit per Redis location, shared by the process's threads (Django gives each thread its own
# cache object, so the state cannot live on the instance).
_circuits = {}
_circuits_lock = threading.Lock()


def _circuit_for(location):
    with _circuits_lock:
        return _circuits.setdefault(location, _Circuit())


class ResilientRedisCache(RedisCache):
    """Django's RedisCache that answers from the database cache table while Redis is unreachable."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._circuit = _circuit_for(",".join(self._servers))
        fallback_params = {
            name: params[name] for name in ("TIMEOUT", "KEY_PREFIX", "VERSION", "KEY_FUNCTION") if name in params
        }
        fallback_params["OPTIONS"] = {"MAX_ENTRIES": FALLBACK_MAX_ENTRIES}
        self.fallback = DatabaseCache(FALLBACK_TABLE, fallback_params)

    # The circuit -----------------------------------------------------------------------------

    @property
    def is_degraded(self):
        """True while Redis is kept out of the loop after a failure."""
        return time.monotonic() < self._circuit.open_until

    def _trip(self, error):
        circuit, now = self._circuit, time.monotonic()
        circuit.open_until = now + DEGRADED_SECONDS
        circuit.tripped = True
        if now - circuit.last_warning >= LOG_EVERY_SECONDS:
            circuit.last_warning = now
            # The error names host and port only; the URL may hold a password, so it is not logged.
            logger.warning(
                "Redis cache unreachable (%s): answering from the database cache table %s", error, FALLBACK_TABLE
            )

    def _recovered(self):
        circuit = self._circuit
        if circuit.tripped:
            circuit.tripped = False
            circuit.last_warning = -math.inf
            logger.warning("Redis cache reachable again")

    def _call(self, name, *args, **kwargs):
        if self.is_degraded:
            return getattr(self.fallback, name)(*args, **kwargs)
        try:
            result = getattr(super(), name)(*args, **kwargs)
        except REDIS_OUTAGE as error:
            self._trip(error)
            return getattr(self.fallback, name)(*args, **kwargs)
        self._recovered()
        return result

    def redis_reachable(self):
        """Ask Redis itself (for /healthz); a failure opens the circuit like any other call."""
        if self.is_degraded:
            return False
        try:
            self._cache.get_client(write=True).ping()
        except REDIS_OUTAGE as error:
            self._trip(error)
            return False
        self._recovered()
        return True

    # Every RedisCache operation; BaseCache builds the others (get_or_set, decr, the async ones) on these.

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, version)

    def clear(self):
        return self._call("clear")


class BestEffortRedisCache(ResilientRedisCache):
    """The same circuit, but nothing answers while Redis is away: for the page cache, pages then render afresh.

    A page kept in the database table during an outage could outlive a purge that Redis never saw.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self.fallback = DummyCache("", {})
