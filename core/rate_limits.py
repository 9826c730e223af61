"""Counting actions per client in the cache, for limits on forms that send email or create records.

A count is taken before the action, atomically (``cache.add`` then ``cache.incr``), so parallel
requests cannot all slip under the limit. Production uses Redis, shared by every worker; while Redis is
unreachable, core/cache.py counts in a database table instead, so limits hold rather than fail open
(there incr is a read then a write: a burst of parallel requests may overshoot by a few).
"""

from allauth.account.adapter import get_adapter
from django.core.cache import cache


def client_ip(request):
    """The client's address, as allauth's own limits see it.

    X-Forwarded-For counts only with ALLAUTH_TRUSTED_PROXY_COUNT proxies of ours (TRUSTED_PROXY_COUNT in
    production, 0 by default: REMOTE_ADDR alone); a client can then add entries, but not the proxy's own.
    """
    return get_adapter(request).get_client_ip(request) or ""


def rate_keys(action, request):
    """One key per client address and, when signed in, one per account."""
    keys = [f"rate:{action}:ip:{client_ip(request)}"]
    if request.user.is_authenticated:
        keys.append(f"rate:{action}:user:{request.user.pk}")
    return keys


def consume(keys, limit, window_seconds):
    """Count one more action under every key; False when any key is already past ``limit``."""
    allowed = True
    for key in keys:
        cache.add(key, 0, window_seconds)  # starts the window once; incr() keeps its expiry
        try:
            count = cache.incr(key)
        except ValueError:  # the window expired between add() and incr()
            cache.set(key, 1, window_seconds)
            count = 1
        allowed = allowed and count <= limit
    return allowed
