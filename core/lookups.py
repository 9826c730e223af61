"""Lookups where a value the column cannot hold matches nothing, instead of failing the query.

Values reach queries from forms, filters and URLs as the visitor typed them, and some cannot be stored at
all: an integer beyond the column's range (SQLite raises OverflowError past 2**63 - 1), on PostgreSQL text
with a NUL byte (psycopg raises DataError), and text longer than the field's ``max_length``, which forms
and model validation enforce (a 100,000-character admin search makes SQLite fail with "LIKE or GLOB
pattern too complex"). Each gives the visitor a server error.

Django already answers ``id=<too big>`` and ``id__gt=<too big>`` without asking the database
(``IntegerFieldOverflow``), but not ``id__in=[<too big>]``, which every ModelMultipleChoiceField runs to
check its choices, nor ``exact`` or ``in`` through a relation (``service=<too big>``, or the ``pk`` of a
page model, which is a one-to-one link to its Page), nor any text lookup with a NUL byte
(``ModelChoiceField(to_field_name="code")`` behind every sector filter, a slug in a page URL).

Replacing these lookups on the field classes, once, mends every form, filter and URL of the project and
of the libraries it uses (django-filter, Wagtail and its admin), where a fix in each form would miss the
next one. A value the column cannot hold equals and contains no stored value, so leaving it out changes
no answer; the cost is one comparison per value. ``install()`` runs from HomeConfig.ready().
"""

import copy

from django.core.exceptions import EmptyResultSet
from django.db.models import CharField, ForeignObject, IntegerField, TextField, lookups
from django.db.models.expressions import ColPairs
from django.db.models.fields.related_lookups import RelatedExact, RelatedIn

# Full Unicode case mapping turns one character into at most three ("ΐ" upper-cases to three), so a
# case-insensitive match can be up to three times longer than the stored text.
CASE_MAPPING_GROWTH = 3
CASE_INSENSITIVE_LOOKUPS = {"iexact", "icontains", "istartswith", "iendswith"}
TEXT_LOOKUPS = (
    lookups.Exact,
    lookups.IExact,
    lookups.Contains,
    lookups.IContains,
    lookups.StartsWith,
    lookups.IStartsWith,
    lookups.EndsWith,
    lookups.IEndsWith,
)


def _unstorable_test(lookup, connection):
    """A test for values the compared column cannot hold, or None if it can hold any value of its type."""
    if isinstance(lookup.lhs, ColPairs):
        return None
    field = lookup.lhs.output_field
    while isinstance(field, ForeignObject):  # a relation compares the values of the key it points to
        field = field.target_field
    if isinstance(field, IntegerField):
        try:
            low, high = connection.ops.integer_field_range(field.get_internal_type())
        except KeyError:  # an integer type the backend gives no range for
            return None
        return lambda value: (
            isinstance(value, int) and ((low is not None and value < low) or (high is not None and value > high))
        )
    if isinstance(field, (CharField, TextField)):
        longest = field.max_length and field.max_length * (
            CASE_MAPPING_GROWTH if lookup.lookup_name in CASE_INSENSITIVE_LOOKUPS else 1
        )
        nul_refused = connection.vendor == "postgresql"
        return lambda value: (
            isinstance(value, str) and ((longest and len(value) > longest) or (nul_refused and "\x00" in value))
        )
    return None


class MatchesNothingIfUnstorable:
    """``exact``, ``contains`` and the like: a value the column cannot hold matches nothing."""

    def process_rhs(self, compiler, connection):
        unstorable = _unstorable_test(self, connection)
        if unstorable and unstorable(self.rhs):
            raise EmptyResultSet
        return super().process_rhs(compiler, connection)


class SkipsUnstorableValues:
    """``in``: values the column cannot hold are left out; when none is left, nothing matches."""

    def as_sql(self, compiler, connection):
        unstorable = _unstorable_test(self, connection)
        if unstorable and self.rhs_is_direct_value():
            storable = [value for value in self.rhs if not unstorable(value)]
            if len(storable) < len(self.rhs):
                if not storable:
                    raise EmptyResultSet
                lookup = copy.copy(self)
                lookup.rhs = storable
                return super(SkipsUnstorableValues, lookup).as_sql(compiler, connection)
        return super().as_sql(compiler, connection)


def _safe(mixin, lookup):
    return type(lookup.__name__, (mixin, lookup), {"__module__": __name__, "__doc__": mixin.__doc__})


def install():
    # Subclasses inherit what is registered on these: AutoField and BigAutoField from IntegerField,
    # SlugField and EmailField from CharField, ForeignKey and OneToOneField from ForeignObject.
    IntegerField.register_lookup(_safe(SkipsUnstorableValues, lookups.In))
    ForeignObject.register_lookup(_safe(SkipsUnstorableValues, RelatedIn))
    ForeignObject.register_lookup(_safe(MatchesNothingIfUnstorable, RelatedExact))
    for field in (CharField, TextField):
        field.register_lookup(_safe(SkipsUnstorableValues, lookups.In))
        for lookup in TEXT_LOOKUPS:
            field.register_lookup(_safe(MatchesNothingIfUnstorable, lookup))
