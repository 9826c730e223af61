"""A phase's shortlist and score sheet as CSV or XLSX, for staff and the seeker's panel to read offline.

Headers and statuses are in the staff's language, and so are criterion names (their translated field).
Cells that a spreadsheet would run as a formula stay text: in CSV they get an apostrophe, as
``core.admin_exports`` does for Wagtail's exports; in XLSX they are written as strings.
"""

import csv
import io
from dataclasses import dataclass

from django.http import HttpResponse
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from accounts.selectors import display_name
from core.admin_exports import FORMULA_STARTS

from .models import EntryStatus
from .standings import entrant_name, phase_standings, ranks

FORMATS = ("csv", "xlsx")
SHORTLIST_STATUSES = (EntryStatus.SHORTLISTED, EntryStatus.FINALIST, EntryStatus.WINNER)
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True)
class Sheet:
    title: str  # the worksheet's name
    filename: str  # without the extension
    headers: list
    rows: list


def score(value):
    return round(value, 1) if value is not None else ""


def yes_no(value):
    return _("Yes") if value else _("No")


def shortlist(phase, standings=None):
    """The phase's entries now shortlisted, finalists or winners, ranked among themselves by average."""
    standings = standings or phase_standings(phase)
    headers = [
        _("Rank"),
        _("Reference"),
        _("Title"),
        _("Entrant"),
        _("Status"),
        _("Average (0–100)"),
        _("Judges who scored"),
    ]
    listed = [entry for entry in standings.entries if entry.submission.evaluation.status in SHORTLIST_STATUSES]
    rows = [
        [
            rank or "",
            entry.submission.reference or "",
            entry.submission.title,
            entrant_name(entry.submission),
            str(EntryStatus(entry.submission.evaluation.status).label),
            score(entry.average),
            _("%(scored)s of %(judges)s") % {"scored": entry.scored, "judges": entry.judges},
        ]
        for entry, rank in zip(listed, ranks(entry.average for entry in listed), strict=True)
    ]
    return Sheet(_("Shortlist"), f"shortlist-{phase.challenge_id}-{phase.pk}", headers, rows)


def score_sheet(phase, standings=None):
    """One row per review: the entry, the judge, each criterion's value, the weighted score and the comment."""
    standings = standings or phase_standings(phase)
    criteria = standings.criteria
    headers = [
        _("Reference"),
        _("Title"),
        _("Judge"),
        *(str(criterion.name) for criterion in criteria),
        _("Weighted score (0–100)"),
        _("Comments"),
        _("Left out of the averages"),
        _("Reconciliation note"),
    ]
    rows = []
    for entry in sorted(standings.entries, key=lambda entry: entry.submission.reference or ""):
        for item in entry.reviews:
            rows.append(
                [
                    entry.submission.reference or "",
                    entry.submission.title,
                    display_name(item.review.assignment.judge),
                    *(item.values.get(criterion.pk, "") for criterion in criteria),
                    score(item.weighted),
                    item.review.comment,
                    yes_no(item.review.excluded),
                    item.review.reconciliation_note,
                ]
            )
    return Sheet(_("Score sheet"), f"score-sheet-{phase.challenge_id}-{phase.pk}", headers, rows)


def safe_text(value):
    """A cell as text that no spreadsheet runs: a leading formula character is escaped with an apostrophe."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def as_csv(sheet):
    """UTF-8 with a byte-order mark, so that Excel shows Chinese text correctly."""
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow([safe_text(header) for header in sheet.headers])
    for row in sheet.rows:
        writer.writerow([safe_text(value) if isinstance(value, str) else value for value in row])
    return output.getvalue().encode("utf-8-sig")


def _xlsx_cell(worksheet, value):
    if isinstance(value, Promise):
        value = str(value)  # a lazily translated label
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters openpyxl refuses to write
    cell = WriteOnlyCell(worksheet, value=value)
    if cell.data_type == "f":
        cell.data_type = "s"  # text that looks like a formula stays text
    return cell


def as_xlsx(sheet):
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(title=str(sheet.title)[:31])
    worksheet.append([_xlsx_cell(worksheet, header) for header in sheet.headers])
    for row in sheet.rows:
        worksheet.append([_xlsx_cell(worksheet, value) for value in row])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def export_response(sheet, export_format):
    """The sheet as a download in ``export_format`` ("csv" or "xlsx")."""
    content = as_csv(sheet) if export_format == "csv" else as_xlsx(sheet)
    response = HttpResponse(content, content_type=CONTENT_TYPES[export_format])
    response["Content-Disposition"] = f'attachment; filename="{sheet.filename}.{export_format}"'
    return response
