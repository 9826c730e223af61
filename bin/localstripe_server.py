"""Run localstripe (a fake Stripe API and Stripe.js) on 127.0.0.1, for the demo site and the tests.

    python bin/localstripe_server.py STATE_FILE PORT [WEBHOOK_URL WEBHOOK_SECRET]

Unlike the ``localstripe`` command it binds to 127.0.0.1 only and keeps its pickled state in
STATE_FILE instead of the shared /tmp/localstripe.pickle. PORT 0 picks a free port. The chosen port
is printed on the first line of stdout. With WEBHOOK_URL, every event is posted there, signed with
WEBHOOK_SECRET (as Stripe signs webhooks).
"""

import pickle
import socket
import sys

import aiohttp.web
from localstripe import resources
from localstripe.server import app
from localstripe.webhooks import register_webhook


def use_state_file(path):
    def try_load_from_disk(store):
        try:
            with open(path, "rb") as f:
                store.clear()
                store.update(pickle.load(f))
        except FileNotFoundError:
            pass

    def dump_to_disk(store):
        with open(path, "wb") as f:
            pickle.dump(store, f, protocol=pickle.HIGHEST_PROTOCOL)

    resources.Store.try_load_from_disk = try_load_from_disk
    resources.Store.dump_to_disk = dump_to_disk
    resources.store.try_load_from_disk()


def main(state_file, port, webhook_url=None, webhook_secret=None):
    use_state_file(state_file)
    if webhook_url:
        register_webhook("portal", webhook_url, webhook_secret, None)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", int(port)))
    print(sock.getsockname()[1], flush=True)
    aiohttp.web.run_app(app, sock=sock, print=None, access_log=None)


if __name__ == "__main__":
    main(*sys.argv[1:])
