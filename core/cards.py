"""Lists of cards read key first: the columns a card's fragment key is made of, whole rows only to draw a card.

A list card is a fragment (``{% card %}``, core.fragments) kept in memory under a key made of what the card
shows. Reading a list's rows as model instances, with their joins, only for the template to find each card
in memory was most of a warm list's cost. ``card_rows`` reads the key columns instead (one narrow query,
no instances); the first card that is not in memory loads every row of the list in one more query.

A model shown this way mixes in ``Card`` and names its key columns in ``card_key_fields`` (``pk`` first,
then whatever changes when the card's content does). A card template then reads::

    {% card "news-card" article.card_key %}{% with article=article.card_object %}…{% endwith %}{% endcard %}

and works the same for a ``CardRow`` and for the model instance itself (on a detail page's related list).
A detail page's card of one object passes what only drawing needs as ``Drawn(read)`` (the template calls it).
"""

from collections.abc import Sequence


def draw(read):
    """``read()``: the one read a card list (or a ``Drawn`` value) makes, only to draw a card memory lacks."""
    return read()


class Drawn:
    """A value only a card's body needs: ``read()`` runs when the template first uses it, inside
    ``{% card %}``, and never while the card is in memory."""

    def __init__(self, read):
        self._read = read
        self._value = None
        self._done = False

    def __call__(self):
        if not self._done:
            self._value = draw(self._read)
            self._done = True
        return self._value


def _follow(obj, lookup):
    """``obj``'s value at a ``values_list`` lookup (``lead_image__file_hash``); None past a missing relation."""
    for name in lookup.split("__"):
        if obj is None:
            return None
        obj = getattr(obj, name)
    return obj


class Card:
    """A model shown as a list card; see the module's docstring."""

    card_key_fields = ("pk", "last_published_at")

    @classmethod
    def card_key_of(cls, values):
        """The key of a card whose ``card_key_fields`` hold ``values``: the values, unless what the card shows
        also changes with the time (then add it here)."""
        return values

    @property
    def card_key(self):
        """The key ``card_key_of`` makes of this object's values, as its ``CardRow`` would hold it."""
        return self.card_key_of(tuple(_follow(self, lookup) for lookup in self.card_key_fields))

    @property
    def card_object(self):
        return self


class CardRow:
    """One card of a ``CardRows``: its key, and its model instance when the card must be drawn."""

    __slots__ = ("card_key", "_rows")

    def __init__(self, rows, card_key):
        self._rows = rows
        self.card_key = card_key

    @property
    def pk(self):
        return self.card_key[0]

    @property
    def card_object(self):
        """The model instance (all the list's rows are read at the first call), or None if it has gone since."""
        return self._rows.objects().get(self.pk)


class CardRows(Sequence):
    """A list's cards, in its order: ``CardRow`` objects over one query of key columns."""

    def __init__(self, queryset, prepare=None, order=None):
        model = queryset.model
        self._queryset = queryset
        self._prepare = prepare
        self._objects = None
        values = queryset.prefetch_related(None).values_list(*model.card_key_fields)
        self._rows = [CardRow(self, model.card_key_of(row)) for row in values]
        if order is not None:
            position = {pk: index for index, pk in enumerate(order)}
            self._rows.sort(key=lambda row: position.get(row.pk, len(position)))

    def __getitem__(self, index):
        return self._rows[index]

    def __len__(self):
        return len(self._rows)

    def objects(self):
        """``{pk: instance}`` of every row, read once, with what the list's queryset fetches and ``prepare`` adds."""
        if self._objects is None:
            self._objects = {instance.pk: instance for instance in draw(self._read)}
        return self._objects

    def _read(self):
        full = self._queryset.all()
        full.query.clear_limits()
        instances = list(full.filter(pk__in=[row.pk for row in self._rows])) if self._rows else []
        return self._prepare(instances) if self._prepare is not None else instances


def card_rows(queryset, prepare=None, order=None):
    """``queryset``'s rows (sliced or not) as ``CardRows``; ``prepare(instances)`` runs on the instances when
    they are read (attaching image renditions, say) and returns them; ``order``, a list of keys, orders the
    rows instead of the queryset."""
    return CardRows(queryset, prepare, order)
