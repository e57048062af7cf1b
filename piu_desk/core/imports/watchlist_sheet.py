"""Reading a watchlist from a CSV or XLSX file (sheet_files opens it, with its limits).

Columns, recognised by their titles in the first row that names at least "type" and
"names": type (person / vessel), names (name and aliases or former names, separated by ;),
dob (a date or a year), nationality, documents (separated by ;), IMO, MMSI, call sign, flag,
reason, issuer, issued, expires, handling (hq / hq_only / desk_only, or their words).
Every row is either valid or reported with all its reasons; nothing is dropped in silence
(blank rows are not rows).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from piu_desk.core.domain.handling import HANDLING_WORDS, Handling
from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry, validate_entry
from piu_desk.core.errors import Invalid
from piu_desk.core.imports import sheet_files
from piu_desk.core.imports.sheet_dates import Century, parse_date
from piu_desk.core.imports.sheet_text import fold, msg
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message, Translate, identity_translate

COLUMNS = {  # field → the titles it is recognised by (folded, without spaces or dots)
    "type": ("type", "kind", "category"),
    "names": ("names", "name", "namesaliases", "aliases", "names/aliases"),
    "dob": ("dob", "dateofbirth", "birth", "born", "yearofbirth", "dobyear", "dob/year"),
    "nationality": ("nationality", "nat", "citizenship"),
    "documents": ("documents", "document", "documentnumbers", "passport", "docs"),
    "imo": ("imo", "imonumber", "imono"),
    "mmsi": ("mmsi",),
    "call_sign": ("callsign", "call_sign"),
    "flag": ("flag", "flagstate"),
    "reason": ("reason", "grounds"),
    "issuer": ("issuer", "issuingunit", "issuedby", "unit"),
    "issued": ("issued", "issuedate", "issuedon", "dateissued"),
    "expires": ("expires", "expiry", "expirydate", "validuntil", "expireson"),
    "handling": ("handling", "handlingcode", "releasability"),
}


@dataclass(frozen=True)
class ValidEntry:
    sheet_row: int
    entry: WatchEntry


@dataclass(frozen=True)
class EntryProblem:
    sheet_row: int
    problems: tuple[Message, ...]


@dataclass(frozen=True)
class WatchlistReport:
    valid: tuple[ValidEntry, ...]
    problems: tuple[EntryProblem, ...]
    columns: tuple[str, ...] = ()  # the fields found, in sheet order
    notes: tuple[Message, ...] = ()

    def summary(self, translate: Translate = identity_translate) -> str:
        return msg(QT_TRANSLATE_NOOP(
            "Import", "{valid} entries can be imported; {problems} rows have problems."),
            valid=len(self.valid), problems=len(self.problems)).render(translate)


def _key(title: str) -> str:
    return "".join(ch for ch in fold(title) if ch.isalnum() or ch in "/_")


def _find_header(rows: tuple[tuple[int, tuple[str, ...]], ...]
                 ) -> tuple[int, dict[str, int]] | None:
    lookup = {alias: field for field, aliases in COLUMNS.items() for alias in aliases}
    for index, (_, cells) in enumerate(rows[:20]):
        found: dict[str, int] = {}
        for col, cell in enumerate(cells):
            field = lookup.get(_key(cell))
            if field and field not in found:
                found[field] = col
        if "type" in found and "names" in found:
            return index, found
    return None


def read_grid(path: Path) -> sheet_files.Grid:
    data = sheet_files.read_bytes(path)
    if data.startswith(sheet_files.OLE_MAGIC):
        raise sheet_files.refuse_office_binary(path.name, data)
    if data.startswith(sheet_files.ZIP_MAGIC):
        book = sheet_files.Workbook(path.name, data)
        try:
            return book.grid(book.active)
        finally:
            book.close()
    return sheet_files.csv_grid(path, data)


def read_watchlist(path: Path, *, today: date, origin: Origin = Origin.HQ) -> WatchlistReport:
    """Read and check every row; raises Invalid("file", ...) for a file without the table."""
    grid = read_grid(path)
    header = _find_header(grid.rows)
    if header is None:
        raise Invalid("file", msg(QT_TRANSLATE_NOOP(
            "Import", "No watchlist table was found in {name}: no row has the column titles "
            "'type' and 'names'."), name=path.name))
    index, columns = header
    valid: list[ValidEntry] = []
    problems: list[EntryProblem] = []
    for number, cells in grid.rows[index + 1:]:
        def cell(field: str, cells: tuple[str, ...] = cells) -> str:
            col = columns.get(field)
            return cells[col].strip() if col is not None and col < len(cells) else ""
        entry, reasons = _row(cell, today, origin)
        if entry is not None:
            valid.append(ValidEntry(number, entry))
        else:
            problems.append(EntryProblem(number, reasons))
    order = tuple(sorted(columns, key=lambda f: columns[f]))
    return WatchlistReport(tuple(valid), tuple(problems), order, grid.notes)


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(";") if p.strip())


def _date(text: str, century: Century, today: date, reasons: list[Message]) -> str:
    if len(text) == 4 and text.isdigit():
        return text
    parsed = parse_date(text, century, today)
    if parsed.problem is not None:
        reasons.append(parsed.problem)
    return parsed.value.isoformat() if parsed.value else ""


def _row(cell: object, today: date, origin: Origin) -> tuple[WatchEntry | None,
                                                             tuple[Message, ...]]:
    assert callable(cell)
    reasons: list[Message] = []
    kind_text = fold(cell("type")).strip()
    kind = {"person": EntryKind.PERSON, "p": EntryKind.PERSON, "individual": EntryKind.PERSON,
            "vessel": EntryKind.VESSEL, "v": EntryKind.VESSEL, "ship": EntryKind.VESSEL
            }.get(kind_text)
    if kind is None:
        reasons.append(msg(QT_TRANSLATE_NOOP(
            "Import", "Type '{text}' is neither person nor vessel."), text=cell("type")))
    handling_text = fold(cell("handling")).strip()
    handling = HANDLING_WORDS.get(handling_text, Handling.HQ_ONLY if not handling_text
                                  else None)
    if handling is None:
        reasons.append(msg(QT_TRANSLATE_NOOP(
            "Import", "Handling '{text}' is not a handling code (hq, hq_only, desk_only)."),
            text=cell("handling")))
    dob = _date(cell("dob"), Century.PAST, today, reasons)
    issued = _date(cell("issued"), Century.NEAR, today, reasons)
    expires = _date(cell("expires"), Century.NEAR, today, reasons)
    if reasons or kind is None or handling is None:
        return None, tuple(reasons)
    raw = WatchEntry(None, kind, _split(cell("names")), cell("reason"), cell("issuer"),
                     issued, expires, handling, origin, dob, cell("nationality"),
                     _split(cell("documents")), cell("imo"), cell("mmsi"), cell("call_sign"),
                     cell("flag"))
    try:
        return validate_entry(raw, today), ()
    except Invalid as exc:
        return None, (exc.message,)
