"""Spreadsheet exports from the Wagtail admin that are safe to open in Excel."""

# A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class SafeCsvExportMixin:
    """Prefix user-typed text that looks like a formula with an apostrophe, so it stays text.

    Wagtail's XLSX export already writes strings as text; its CSV export writes them as typed.
    """

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str) and value.startswith(FORMULA_STARTS):
            return "'" + value
        return value
