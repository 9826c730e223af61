"""Notes the system writes into a request's history, shown in each reader's language.

A system note is stored as a key of ``NOTES`` with its parameters (``StatusChange.note_key`` and
``note_params``) and rendered when read, so a Chinese requester reads Chinese and an English-speaking
staff member English. Amounts are kept as ``{"minor", "currency"}`` and statuses as their value, so
both are formatted for the reader too. Parameters named in ``STAFF_ONLY_PARAMS`` (a payment processor's
ids) are shown to staff only. Older rows without a key show their stored text, with processor ids
taken out for requesters.
"""

import re

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.money import format_amount

from .models import RequestStatus

NOTES = {
    "payment-received": _("Card payment of %(amount)s received."),
    "payment-after-close": _(
        "A card payment of %(amount)s arrived while the request was “%(status)s”; "
        "refund it if the request will not go ahead."
    ),
    "refunded": _("Card payment of %(amount)s refunded in full."),
    "cancelled-by-requester": _("Cancelled by the requester."),
    "assigned": _("Assigned to %(names)s"),
    "assigned-nobody": _("Assigned to nobody"),
}
# Shown to staff after the note, e.g. "(pi_3Q…)"; never to requesters.
STAFF_ONLY_PARAMS = ("processor_id",)
# A processor's object id in an old note: a PaymentIntent, refund, charge or payment method.
PROCESSOR_ID = re.compile(r"\s*\(?\b(?:pi|re|ch|pm|py|seti|cus)_[A-Za-z0-9_]{6,}\)?")


def amount_param(minor_units, currency):
    """An amount as a note parameter, formatted in the reader's language when shown."""
    return {"minor": int(minor_units), "currency": currency}


def status_param(status):
    return {"status": str(status)}


def _rendered_params(params):
    shown = {}
    for name, value in params.items():
        if isinstance(value, dict) and "minor" in value:
            shown[name] = format_amount(value["minor"], value.get("currency", ""))
        elif isinstance(value, dict) and "status" in value:
            shown[name] = (
                RequestStatus(value["status"]).label if value["status"] in RequestStatus.values else value["status"]
            )
        else:
            shown[name] = value
    return shown


def render_note(key, params, *, for_staff=False):
    """The note ``key`` with ``params`` in the active language; processor ids appended only ``for_staff``."""
    template = NOTES.get(key)
    if template is None:
        return ""
    text = str(template) % _rendered_params(params)
    extra = [str(params[name]) for name in STAFF_ONLY_PARAMS if for_staff and params.get(name)]
    return f"{text} ({', '.join(extra)})" if extra else text


def english_note(key, params):
    """The note in the default language, for the stored ``note`` text (exports, older readers)."""
    with translation.override(settings.LANGUAGE_CODE):
        return render_note(key, params)


def without_processor_ids(text):
    return PROCESSOR_ID.sub("", text or "")


def note_for_requester(change):
    """What a requester reads for ``change``: in their language, without processor ids."""
    if change.note_key in NOTES:
        return render_note(change.note_key, change.note_params or {})
    return without_processor_ids(change.note)


def note_for_staff(change):
    """What staff read for ``change``: in their language, with every detail."""
    if change.note_key in NOTES:
        return render_note(change.note_key, change.note_params or {}, for_staff=True)
    return change.note
