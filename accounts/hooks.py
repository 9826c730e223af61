"""Hooks through which the apps holding a person's records take part in the export and in account deletion.

Accounts knows the person; the apps above it know what else they hold about them. Each registers from
its own ``wagtail_hooks.py``, with an explicit ``order`` where the order is visible (keys in the export)
or matters (deletion steps)::

    @hooks.register(PERSONAL_DATA_EXPORT, order=10)
    def export_listings(user):
        return {"listings": [...]}
"""

from wagtail import hooks

PERSONAL_DATA_EXPORT = "accounts_personal_data_export"
"""``fn(user)`` → a dict of export sections (key → JSON-ready value), merged in ``order`` after the
account's own sections (opportunities: listings, introductions, saved searches; services: requests).
Prefetch, so that the number of queries does not grow with the data."""

ACCOUNT_DELETION = "accounts_account_deletion"
"""``fn(user)``, run in ``order`` inside the deletion's transaction, before the account is emptied: each
app withdraws what the person published and takes them out of the records it must keep (opportunities:
listings closed, attached files deleted; services: requests without contact details). Files are deleted
only once the deletion commits (``account_deletion.delete_files_on_commit``)."""

ACCOUNT_DELETION_FORGET = "accounts_account_deletion_forget"
"""``fn(user)``, run in ``order`` after ``ACCOUNT_DELETION``: each app deletes what it kept only for the
person (opportunities: saved searches and pending introduction notices)."""


def personal_data_sections(user):
    """The other apps' sections of ``user``'s export, merged in hook order."""
    sections = {}
    for export in hooks.get_hooks(PERSONAL_DATA_EXPORT):
        sections.update(export(user))
    return sections


def run_deletion_steps(hook_name, user):
    """Run each callable registered for ``hook_name`` on ``user``, in order."""
    for step in hooks.get_hooks(hook_name):
        step(user)
