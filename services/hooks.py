"""Extension points of the services app: Wagtail hooks that apps built on services register with.

Services knows nothing of how a request is paid for. An app that takes payments (``payments``)
registers callables under these names in its ``wagtail_hooks.py``; services calls them through the
small functions below, and works unchanged (no online payment, no extra actions) when nobody does.
"""

from dataclasses import dataclass

from wagtail import hooks

BEFORE_REQUEST_CANCELLED = "services_before_request_cancelled"
"""``fn(service_request)``, called before a request is cancelled, by its requester or by staff.

Called outside any transaction, so a callable may talk to an outside service (payments cancels the
request's unfinished card payments at Stripe). It may change the request's status meanwhile (a card
payment that had already gone through marks it paid); services re-reads the request afterwards and
refuses the cancellation then.
"""

REQUEST_ACTIONS = "services_request_actions"
"""``fn(service_request, *, for_staff)`` → an iterable of RequestAction: links the page shows for a request.

``for_staff`` is True on the staff desk's page of the request (payments: "Refund in full…" once a card
payment succeeded) and False on the requester's status page (payments: "Pay now" while the request
awaits payment).
"""

ONLINE_PAYMENT_AVAILABLE = "services_online_payment_available"
"""``fn()`` → bool: whether a paid service can be paid online now. Any True is enough; with no callable
registered the answer is False, and requesters of paid services are sent an invoice instead."""

REQUEST_ADMIN_PANELS = "services_request_admin_panels"
"""``fn(service_request)`` → an iterable of Wagtail ``Component``: extra sections on the staff desk's page
of a request, after its summary (payments: the request's card payments)."""

REQUEST_ADMIN_URLS = "services_request_admin_urls"
"""``fn()`` → a list of URL patterns mounted under the "Service requests" admin viewset, in its
``service_requests`` namespace, next to its own pages (payments: ``<int:pk>/refund/``, named "refund").

A viewset owns its URL namespace, so these cannot come from Wagtail's ``register_admin_urls``."""


@dataclass(frozen=True)
class RequestAction:
    """A link a page offers for a request; ``classname`` adds CSS classes to its button."""

    label: str
    url: str
    classname: str = ""


def before_request_cancelled(service_request):
    """Run the BEFORE_REQUEST_CANCELLED callables; the caller re-reads the request afterwards if it must."""
    for fn in hooks.get_hooks(BEFORE_REQUEST_CANCELLED):
        fn(service_request)


def request_actions(service_request, *, for_staff):
    """Every RequestAction the registered callables offer for this request, in hook order."""
    return [action for fn in hooks.get_hooks(REQUEST_ACTIONS) for action in fn(service_request, for_staff=for_staff)]


def online_payment_available():
    """Whether paid services can be paid online now; False when no app offers online payment."""
    return any(fn() for fn in hooks.get_hooks(ONLINE_PAYMENT_AVAILABLE))


def request_admin_panels(service_request):
    """The extra sections (Components) of the staff desk's page of this request."""
    return [panel for fn in hooks.get_hooks(REQUEST_ADMIN_PANELS) for panel in fn(service_request)]


def request_admin_urls():
    """The URL patterns other apps add to the "Service requests" admin viewset."""
    return [pattern for fn in hooks.get_hooks(REQUEST_ADMIN_URLS) for pattern in fn()]


REQUEST_PREFILL = "services_request_prefill"
"""``fn(request, service)`` → a dict of initial values for the request form's contact fields (e.g.
``details``), laid over the signed-in user's own details. Only read for the form's first display; an app
that invites people to a service checks its own token in ``request.GET`` (competitions: a finalist's
invitation pre-fills who they are and what they won)."""


def request_prefill(request, service):
    """The initial values the registered callables offer for this request form, later ones winning."""
    initial = {}
    for fn in hooks.get_hooks(REQUEST_PREFILL):
        initial.update(fn(request, service) or {})
    return initial


REQUEST_EXPORT = "services_request_export"
"""``fn(requests)`` → ``{key: {request pk: value}}``, with a value for every request given: extra keys on
each service request in the requester's data export (payments: "payments", amounts and states, no
secrets or processor ids). One query for all the requests, so that the export's query count is fixed."""

REQUESTS_KEEPING_DOCUMENTS = "services_requests_keeping_documents"
"""``fn(requests)`` → the subset of the ``requests`` queryset whose uploaded documents belong to a record
that must be kept when the requester deletes their account (payments: requests with a succeeded or
refunded payment, kept under accounting rules). Documents of the other requests are deleted."""


def request_export(requests):
    """The extra export keys for each of ``requests`` (a list), as ``{key: {request pk: value}}``."""
    extra = {}
    for fn in hooks.get_hooks(REQUEST_EXPORT):
        extra.update(fn(requests))
    return extra


def requests_keeping_documents(requests):
    """The requests among ``requests`` (a queryset) whose documents are kept when their requester leaves."""
    kept = requests.none()
    for fn in hooks.get_hooks(REQUESTS_KEEPING_DOCUMENTS):
        kept = kept | fn(requests)
    return kept
