"""Crew-list import (IMO FAL Form 5) from the spreadsheets shipping agents send: .xlsx
workbooks and CSV files, in the current layout (separate columns) or the older one (combined
"Family name, given names", "Date and place of birth", "Nature and No. of identity
document"), with the ship's particulars above the table.

Two steps, both pure (nothing is stored; the caller decides what to import):

    preview = read_sheet(path)                   # read, find the table, guess the mapping
    report = apply_mapping(preview, mapping, today=date.today())   # check every row

`read_sheet` finds the header row, guesses which column holds which field (with a
confidence), reads the particulars, and keeps every non-blank row below the header as text.
The officer may change the mapping in the preview; `apply_mapping` (re)checks the rows from
those texts, so a changed mapping needs no second read of the file. Every non-blank row below
the header ends up in exactly one of `report.valid`, `report.problems` (with all its reasons)
or `report.skipped` (signature and footer rows, with the reason): nothing is dropped unseen.

The rules the officer may ask about (each is set out in full where it is applied):
- Footer rows (`crew_report`): a row is signature or footer, and skipped with that reason,
  when fewer than three of its mapped crew columns (No. aside) hold anything and its text
  says signature, signed, stamp, seal, certify, declare, hereby, authorised agent, prepared
  by, total, remarks, "page 1 of 2" or "nothing follows"; after such a row, any row of at most
  two filled cells that is no crew row is footer too. A row with three crew fields filled in
  is never footer. A row with only its No. after the last crew row is an unused line of the
  form; between crew rows it is a problem (the details are missing).
- Dates and the century rule (`sheet_dates`): always day first (04/05/1990 is 4 May); a
  month-first date is refused with a hint, never turned around. A two-digit year in a date of
  birth takes the latest century that is not in the future (25-Apr-90 → 1990, 01/02/05 →
  2005); in an expiry or arrival date, the year within 49 years before to 50 years after
  today's (30 → 2030, 88 → 1988).
- Names in "Family name, given names" (`crew_fields`): split at the first comma (or slash);
  without one, the first word is the family name and the rest the given names (NGUYEN VAN AN
  → NGUYEN / VAN AN), a leading particle (DE, DELA, DE LOS, VAN, SAN, ...) joining the word
  after it (DELA CRUZ JUAN MIGUEL → DELA CRUZ / JUAN MIGUEL). The report notes when the
  first-word rule was used, since names written given name first come out reversed.
- Other combined cells: a date at either end of "Date and place of birth", the rest is the
  place; in "Nature and No. of identity document" the number is the first word with a digit.
- Column titles (`crew_columns`), header rows and merged cells (`crew_table`), particulars
  and tick boxes (`particulars`), files, encodings, delimiters and limits (`sheet_files`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType

from piu_desk.core.errors import Invalid
from piu_desk.core.imports import sheet_files
from piu_desk.core.imports.crew_columns import (
    FIELD_LABELS,
    Field,
    Layout,
    implied_document_type,
    layout_of,
)
from piu_desk.core.imports.crew_report import (
    RowProblem,
    RowReport,
    SkipKind,
    SkippedRow,
    ValidRow,
)
from piu_desk.core.imports.crew_report import build_report as _build_report
from piu_desk.core.imports.crew_rows import RawRow, RowContext
from piu_desk.core.imports.crew_table import Cells, find_header, row_texts
from piu_desk.core.imports.particulars import (
    PARTICULAR_LABELS,
    Particular,
    Particulars,
    ParticularValue,
    find_particulars,
)
from piu_desk.core.imports.sheet_files import MAX_FILE_BYTES, MAX_ROWS, Cancel, Grid, Progress
from piu_desk.core.imports.sheet_text import msg
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

__all__ = [
    "FIELD_LABELS", "MAX_FILE_BYTES", "MAX_ROWS", "PARTICULAR_LABELS", "Field", "Layout",
    "Particular", "ParticularValue", "Particulars", "RawRow", "RowProblem", "RowReport",
    "SheetPreview", "SkipKind", "SkippedRow", "ValidRow", "apply_mapping", "layout_of",
    "read_sheet",
]


@dataclass(frozen=True)
class SheetPreview:
    """What was read, before any row is checked. Sequences are tuples and mappings read-only,
    so a preview can be shared between threads; to change the mapping, copy it
    (`dict(preview.mapping)`) and pass the copy to `apply_mapping`."""

    path: str
    kind: str  # "xlsx" or "csv"
    sheet_name: str  # the sheet read (a CSV file's name without extension)
    sheets: tuple[str, ...]  # every sheet of the workbook
    encoding: str  # for a CSV file: "utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"
    delimiter: str  # for a CSV file: ",", ";" or "\t"
    header_row: int  # the sheet row of the column titles (the lower row when on two)
    layout: Layout  # from the guessed mapping; `layout_of(mapping)` for another
    particulars: Particulars
    columns: tuple[str, ...]  # the column titles as written ("" for a column without one)
    mapping: Mapping[Field, int | None]  # every field: a column index, or None
    confidence: Mapping[Field, float]  # 0..1 for each guessed field, 0 where unmapped
    raw_rows: tuple[RawRow, ...]  # every non-blank row below the header, as text
    notes: tuple[Message, ...]  # about the file: the encoding used, the sheet chosen
    today: date  # the day two-digit years were read against

    def field_label(self, field: Field) -> Message:
        return Message("Import", FIELD_LABELS[field])


def read_sheet(path: Path, *, sheet: str | None = None, today: date | None = None,
               progress: Progress | None = None, cancel: Cancel | None = None
               ) -> SheetPreview:
    """Read a crew-list file. `sheet` chooses a workbook's sheet; by default the active sheet,
    else the first that holds a crew table. Raises `Invalid("file", ...)` for a file that
    cannot be read (saying what to do), `Cancelled` when `cancel()` turns true."""
    today = today or date.today()
    data = sheet_files.read_bytes(path)
    if data.startswith(sheet_files.OLE_MAGIC):
        raise sheet_files.refuse_office_binary(path.name, data)
    if data.startswith(sheet_files.ZIP_MAGIC):
        return _read_workbook(path, data, sheet, today, progress, cancel)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xltx", ".xltm"):
        raise sheet_files.damaged_workbook(path.name, "not a zip archive")
    grid = sheet_files.csv_grid(path, data, progress, cancel)
    preview = _preview(path, grid, today)
    if preview is None:
        raise _no_table(path.name, grid.sheets)
    return preview


def _read_workbook(path: Path, data: bytes, sheet: str | None, today: date,
                   progress: Progress | None, cancel: Cancel | None) -> SheetPreview:
    book = sheet_files.Workbook(path.name, data)
    try:
        if sheet is not None and sheet not in book.sheets:
            raise Invalid("sheet", msg(QT_TRANSLATE_NOOP(
                "Import", "{name} has no sheet '{sheet}'; its sheets are: {sheets}."),
                name=path.name, sheet=sheet, sheets=", ".join(book.sheets)))
        order = [sheet] if sheet else [book.active, *(s for s in book.sheets
                                                       if s != book.active)]
        empty = True
        for name in order:
            grid = book.grid(name, progress, cancel)
            empty = empty and not grid.rows
            if (preview := _preview(path, grid, today)) is not None:
                return preview
        if empty:
            raise sheet_files.empty_workbook(path.name)
        raise _no_table(path.name, tuple(order))
    finally:
        book.close()


def _no_table(name: str, sheets: tuple[str, ...]) -> Invalid:
    return Invalid("file", msg(QT_TRANSLATE_NOOP(
        "Import", "No crew table was found in {name} (sheets read: {sheets}): no row has column "
        "titles such as No., Family name, Given names, Nationality, Date of birth and Number of "
        "identity document. Check that this is a crew list (FAL Form 5), or add those titles "
        "above the crew rows."), name=name, sheets=", ".join(sheets)))


def _preview(path: Path, grid: Grid, today: date) -> SheetPreview | None:
    cells = Cells(grid)
    header = find_header(cells)
    if header is None:
        return None
    below = sorted(n for n in cells.rows if n > header.row)
    width = max([len(header.titles), *(len(cells.rows[n]) for n in below)])
    columns = header.titles + ("",) * (width - len(header.titles))
    notes = list(grid.notes)
    if len(grid.sheets) > 1:
        notes.append(msg(QT_TRANSLATE_NOOP(
            "Import", "The crew table was read from the sheet '{sheet}' of {count} sheets."),
            sheet=grid.sheet_name, count=len(grid.sheets)))
    return SheetPreview(
        path=str(path), kind=grid.kind, sheet_name=grid.sheet_name, sheets=grid.sheets,
        encoding=grid.encoding, delimiter=grid.delimiter, header_row=header.row,
        layout=layout_of(header.mapping),
        particulars=find_particulars(cells, header.row, today), columns=columns,
        mapping=MappingProxyType(dict(header.mapping)),
        confidence=MappingProxyType(dict(header.confidence)),
        raw_rows=tuple(RawRow(n, row_texts(cells, n, width)) for n in below),
        notes=tuple(notes), today=today)


def apply_mapping(preview: SheetPreview, mapping: Mapping[Field, int | None], *, today: date
                  ) -> RowReport:
    """Check every row of the preview through `mapping` (a field missing from it is
    unmapped). Raises `Invalid("mapping", ...)` for a column the sheet does not have."""
    full: dict[Field, int | None] = {f: mapping.get(f) for f in Field}
    for field, col in full.items():
        if col is not None and not 0 <= col < len(preview.columns):
            raise Invalid("mapping", msg(QT_TRANSLATE_NOOP(
                "Import", "{field} is set to column {column}, but the sheet has {count} "
                "columns."), field=Message("Import", FIELD_LABELS[field]), column=col + 1,
                count=len(preview.columns)))
    list_date = today
    if when := preview.particulars.value(Particular.DATE):
        list_date = date.fromisoformat(when)
    number_col = full[Field.DOCUMENT_NUMBER]
    implied = implied_document_type(preview.columns[number_col]) if number_col is not None else ""
    ctx = RowContext(MappingProxyType(full), today, list_date, implied)
    return _build_report(preview.raw_rows, preview.columns, layout_of(full), ctx,
                         _mapping_notes(full, preview.columns))


# A person is linked by document number, nationality and date of birth (a combined
# column of the older layout holds some of them).
_LINKING_FIELDS = ((Field.NATIONALITY,), (Field.DATE_OF_BIRTH, Field.BIRTH),
                   (Field.DOCUMENT_NUMBER, Field.DOCUMENT))


def _mapping_notes(mapping: Mapping[Field, int | None], columns: tuple[str, ...]
                   ) -> list[Message]:
    notes = []
    if all(mapping[f] is None for f in (Field.FAMILY_NAME, Field.FULL_NAME)):
        notes.append(msg(QT_TRANSLATE_NOOP(
            "Import", "No column is chosen for the family name, so no row can be a crew "
            "member: choose the column that holds it.")))
    for wanted in _LINKING_FIELDS:
        if all(mapping[f] is None for f in wanted):
            notes.append(msg(QT_TRANSLATE_NOOP(
                "Import", "No column is chosen for {field}: the crew members are saved "
                "without it, and none of them can be linked automatically to a person seen "
                "before."),
                field=Message("Import", FIELD_LABELS[wanted[0]])))
    used: dict[int, list[Field]] = {}
    for field, col in mapping.items():
        if col is not None:
            used.setdefault(col, []).append(field)
    for col, fields in used.items():
        if len(fields) > 1:
            notes.append(msg(QT_TRANSLATE_NOOP(
                "Import", "The column '{column}' is chosen for {count} fields."),
                column=columns[col] or str(col + 1), count=len(fields)))
    return notes
