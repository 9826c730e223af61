"""After-commit callbacks in tests that run inside one transaction: purges happen when a change commits."""

from django.db import transaction


def run_pending_callbacks():
    """Run what earlier steps queued for after commit, as their own transactions would have committed."""
    pending = transaction.get_connection().run_on_commit
    for _savepoints, callback, _robust in list(pending):
        callback()
    pending.clear()
