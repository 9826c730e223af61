"""A real localstripe server for the payment tests, started once per test session.

localstripe fakes Stripe's API (PaymentIntents, refunds, webhooks) and Stripe.js. It runs in a
subprocess bound to 127.0.0.1 on a free port, and keeps its pickled state in a private temporary
directory instead of the shared ``/tmp/localstripe.pickle`` it would otherwise use.
"""

import contextlib
import hashlib
import hmac
import json
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from tests.server_process import wait_until_answering

SECRET_KEY = "sk_test_localstripe"
PUBLISHABLE_KEY = "pk_test_localstripe"
WEBHOOK_SECRET = "whsec_localstripe_tests"
WEBHOOK_ID = "portal-tests"

SERVER_SCRIPT = Path(__file__).resolve().parent.parent / "bin" / "localstripe_server.py"


class LocalStripe:
    """The running server: its address, and the one webhook endpoint it delivers events to."""

    def __init__(self, url):
        self.url = url
        self.js_url = f"{url}/js.stripe.com/v3/"

    def _post_config(self, path, fields):
        request = urllib.request.Request(
            f"{self.url}{path}",
            data=json.dumps(fields).encode(),
            method="POST",
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            assert response.status == 200

    def deliver_webhooks_to(self, url, secret=WEBHOOK_SECRET):
        self._post_config(f"/_config/webhooks/{WEBHOOK_ID}", {"url": url, "secret": secret})

    def stop_webhooks(self):
        """Deliver nothing (an empty event filter), so a finished test's events reach no later test."""
        self._post_config(
            f"/_config/webhooks/{WEBHOOK_ID}", {"url": "http://127.0.0.1:9/", "secret": WEBHOOK_SECRET, "events": []}
        )

    @contextlib.contextmanager
    def webhooks_to(self, url, secret=WEBHOOK_SECRET):
        self.deliver_webhooks_to(url, secret)
        try:
            yield
        finally:
            self.stop_webhooks()


@contextlib.contextmanager
def running_localstripe():
    with (
        tempfile.TemporaryDirectory(prefix="localstripe-") as state_dir,
        open(Path(state_dir) / "localstripe.log", "w+") as log,
    ):
        # stderr goes to a file: a pipe nobody reads would block the server once full.
        process = subprocess.Popen(
            [sys.executable, str(SERVER_SCRIPT), str(Path(state_dir) / "localstripe.pickle"), "0"],
            cwd=state_dir,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
        try:
            port = int(process.stdout.readline().strip() or 0)
            if not port:
                raise RuntimeError(f"localstripe did not start: {Path(log.name).read_text()}")
            server = LocalStripe(f"http://127.0.0.1:{port}")
            wait_until_answering(f"{server.url}/js.stripe.com/v3/", process, log.name, "localstripe")
            yield server
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def signed_event_headers(payload, secret=WEBHOOK_SECRET, timestamp=None):
    """The ``Stripe-Signature`` header Stripe would send with ``payload`` (bytes)."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    signature = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return {"HTTP_STRIPE_SIGNATURE": f"t={timestamp},v1={signature}"}


@pytest.fixture(scope="session")
def localstripe():
    """One localstripe process for the whole session."""
    with running_localstripe() as server:
        yield server


@pytest.fixture
def stripe_settings(settings, localstripe):
    """Online card payment on, pointed at the session's localstripe (API and Stripe.js)."""
    settings.STRIPE_SECRET_KEY = SECRET_KEY
    settings.STRIPE_PUBLISHABLE_KEY = PUBLISHABLE_KEY
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_API_BASE = localstripe.url
    settings.STRIPE_JS_URL = localstripe.js_url
    return settings
