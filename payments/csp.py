"""What the pay page adds to the Content-Security-Policy so Stripe.js can run there, and only there.

The sources come from STRIPE_JS_URL and STRIPE_API_BASE, read per request: tests and bin/run point
both at a localstripe on 127.0.0.1, which serves its fake Stripe.js and answers its calls itself.
"""

from functools import wraps

from csp.constants import UNSAFE_INLINE
from csp.decorators import csp_update
from django.conf import settings

from core.csp import origin

# Stripe's own list for Stripe.js: Elements frames come from js.stripe.com and its subdomains,
# and 3-D Secure pages from hooks.stripe.com.
STRIPE_JS_ORIGIN = "https://js.stripe.com"
STRIPE_HOSTED_SOURCES = {
    "script-src": ["https://*.js.stripe.com"],
    "frame-src": ["https://*.js.stripe.com", "https://hooks.stripe.com"],
}


def stripe_js_sources():
    """Directive → sources Stripe.js needs: load the script, frame its card fields, call the API.

    Stripe.js also sets inline styles on the elements it inserts around its frames, so the pay page
    (and only it) allows inline styles; inline scripts stay blocked.
    """
    js = origin(settings.STRIPE_JS_URL)
    api = origin(settings.STRIPE_API_BASE)
    sources = {"script-src": [js], "frame-src": [js], "connect-src": [api], "style-src": [UNSAFE_INLINE]}
    if js == STRIPE_JS_ORIGIN:
        for directive, extra in STRIPE_HOSTED_SOURCES.items():
            sources[directive] = sources[directive] + extra
    else:
        sources["connect-src"].append(js)  # localstripe's Stripe.js calls the server it came from
    return {directive: list(dict.fromkeys(v for v in values if v)) for directive, values in sources.items()}


def allow_stripe_js(view):
    """Add ``stripe_js_sources()`` to the policy of ``view``'s responses."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return csp_update(stripe_js_sources())(view)(request, *args, **kwargs)

    return wrapped
