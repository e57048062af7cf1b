"""The donor's handover list (XLSX or CSV) into the equipment register, in two pure steps:

    preview = read_handover(path)               # read, find the header, guess the mapping
    report = check_rows(preview, preview.mapping, tags, serials, today)   # every row checked

Every non-blank row below the header is in exactly one of `report.valid` (an Asset ready to
add) or `report.problems` (with all its reasons): nothing is dropped. A tag or serial number
that appears twice in the sheet, or is already in the register, is a problem of the row.
A row without a tag gets none invented: the donor's list must carry the tags to be printed.
Files, encodings, delimiters and limits are those of `sheet_files`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from piu_desk.core.domain.asset import Asset, Condition, normal_tag, parse_usd, validate_asset
from piu_desk.core.errors import Invalid
from piu_desk.core.imports import sheet_files
from piu_desk.core.imports.sheet_dates import Century, parse_date
from piu_desk.core.imports.sheet_text import clean, fold, msg
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

HEADER_SEARCH_ROWS = 25


class Field(StrEnum):
    TAG = "tag"
    CATEGORY = "category"
    DESCRIPTION = "description"
    MAKE = "make"
    MODEL = "model"
    SERIAL = "serial_number"
    DONOR = "donor"
    AGREEMENT = "agreement_ref"
    GRANT = "grant_code"
    HANDOVER_DATE = "handover_date"
    DOC_REF = "handover_doc_ref"
    VALUE_KHR = "value_khr"
    VALUE_USD = "value_usd"
    LOCATION = "location"
    CONDITION = "condition"


REQUIRED = (Field.TAG, Field.CATEGORY, Field.DESCRIPTION)
# Words a column title is recognised by (folded, lower case); the first field whose word is
# in the title wins, so the more specific words come first.
SYNONYMS: tuple[tuple[Field, tuple[str, ...]], ...] = (
    (Field.SERIAL, ("serial", "s/n", "sn")),
    (Field.TAG, ("asset tag", "tag", "asset no", "asset number", "inventory", "asset id")),
    (Field.VALUE_USD, ("usd", "us$", "dollar")),
    (Field.VALUE_KHR, ("khr", "riel", "local currency")),
    (Field.HANDOVER_DATE, ("handover date", "date")),
    (Field.DOC_REF, ("document", "doc ref", "handover ref", "delivery note")),
    (Field.AGREEMENT, ("agreement", "loa")),
    (Field.GRANT, ("grant", "budget line")),
    (Field.DONOR, ("donor", "programme", "program")),
    (Field.CATEGORY, ("category", "type", "class")),
    (Field.DESCRIPTION, ("description", "item", "equipment")),
    (Field.MAKE, ("make", "brand", "manufacturer")),
    (Field.MODEL, ("model",)),
    (Field.LOCATION, ("location", "site", "delivered to")),
    (Field.CONDITION, ("condition", "state")),
)
CONDITION_WORDS = {"new": Condition.NEW, "good": Condition.GOOD, "fair": Condition.FAIR,
                   "poor": Condition.POOR, "unserviceable": Condition.UNSERVICEABLE,
                   "u/s": Condition.UNSERVICEABLE, "broken": Condition.UNSERVICEABLE}


@dataclass(frozen=True)
class HandoverPreview:
    file_name: str
    header_row: int  # sheet row number
    titles: tuple[str, ...]
    mapping: dict[Field, int]  # field -> column index (the guess; the user may change it)
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # every non-blank row below the header
    notes: tuple[Message, ...] = ()


@dataclass(frozen=True)
class RowProblem:
    sheet_row: int
    reasons: tuple[Message, ...]


@dataclass
class HandoverReport:
    valid: list[tuple[int, Asset]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    def summary(self) -> str:
        return f"{len(self.valid)} rows ready, {len(self.problems)} with problems"


def guess_field(title: str) -> Field | None:
    text = " ".join(re.sub(r"[^\w/$]+", " ", fold(clean(title))).split())
    for f, words in SYNONYMS:
        if any(w in text.split() or (" " in w and w in text) or (len(w) > 4 and w in text)
               for w in words):
            return f
    return None


def guess_mapping(titles: tuple[str, ...]) -> dict[Field, int]:
    mapping: dict[Field, int] = {}
    for index, title in enumerate(titles):
        f = guess_field(title)
        if f is not None and f not in mapping:
            mapping[f] = index
    return mapping


def _grid(path: Path) -> sheet_files.Grid:
    data = sheet_files.read_bytes(path)
    if data.startswith(sheet_files.OLE_MAGIC):
        raise sheet_files.refuse_office_binary(path.name, data)
    if data.startswith(sheet_files.ZIP_MAGIC):
        book = sheet_files.Workbook(path.name, data)
        try:
            return book.grid(book.active)
        finally:
            book.close()
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise sheet_files.damaged_workbook(path.name, "not a zip archive")
    return sheet_files.csv_grid(path, data)


def read_handover(path: Path) -> HandoverPreview:
    """Read the list; Invalid("file") when it cannot be read or has no recognisable header
    (tag, category and description columns), saying what to do."""
    grid = _grid(Path(path))
    for number, cells in grid.rows[:HEADER_SEARCH_ROWS]:
        mapping = guess_mapping(cells)
        if all(f in mapping for f in REQUIRED):
            rows = tuple((n, c) for n, c in grid.rows if n > number and any(x.strip() for x in c))
            return HandoverPreview(Path(path).name, number, cells, mapping, rows, grid.notes)
    raise Invalid("file", msg(QT_TRANSLATE_NOOP(
        "Import", "{name} has no header row with an asset tag, a category and a description "
        "column. Add those column titles above the list and import it again."),
        name=Path(path).name))


def _cell(cells: tuple[str, ...], mapping: dict[Field, int], f: Field) -> str:
    index = mapping.get(f)
    return clean(cells[index]) if index is not None and index < len(cells) else ""


def _row_asset(cells: tuple[str, ...], mapping: dict[Field, int], today: date,
               reasons: list[Message]) -> Asset | None:
    def get(f: Field) -> str:
        return _cell(cells, mapping, f)
    khr = usd = 0
    try:
        khr = int(float(get(Field.VALUE_KHR).replace(",", "") or 0))
    except ValueError:
        reasons.append(msg(QT_TRANSLATE_NOOP(
            "Import", "The value in riel '{text}' is not a number."), text=get(Field.VALUE_KHR)))
    try:
        usd = parse_usd(get(Field.VALUE_USD))
    except ValueError:
        reasons.append(msg(QT_TRANSLATE_NOOP(
            "Import", "The value in USD '{text}' is not an amount."), text=get(Field.VALUE_USD)))
    handed = parse_date(get(Field.HANDOVER_DATE), Century.NEAR, today)
    if handed.problem is not None:
        reasons.append(handed.problem)
    condition = Condition.NEW
    if get(Field.CONDITION):
        found = CONDITION_WORDS.get(fold(get(Field.CONDITION)))
        if found is None:
            reasons.append(msg(QT_TRANSLATE_NOOP(
                "Import", "The condition '{text}' is none of new, good, fair, poor or "
                "unserviceable."), text=get(Field.CONDITION)))
        condition = found or Condition.NEW
    for f in REQUIRED:
        if not get(f):
            reasons.append(msg(QT_TRANSLATE_NOOP(
                "Import", "The {column} column is empty in this row."), column=f.value))
    if reasons:
        return None
    try:
        return validate_asset(Asset(
            None, get(Field.TAG), get(Field.CATEGORY), get(Field.DESCRIPTION), get(Field.MAKE),
            get(Field.MODEL), get(Field.SERIAL), get(Field.DONOR), get(Field.AGREEMENT),
            get(Field.GRANT), handed.value.isoformat() if handed.value else "",
            get(Field.DOC_REF), khr, usd, get(Field.LOCATION), condition))
    except Invalid as exc:
        reasons.append(exc.message)
        return None


def check_rows(preview: HandoverPreview, mapping: dict[Field, int], register_tags: set[str],
               register_serials: set[str], today: date) -> HandoverReport:
    """Every row: ready, or with all its reasons. Duplicates by tag or serial number, within
    the sheet or against the register, are reasons."""
    report = HandoverReport()
    seen_tags: dict[str, int] = {}
    seen_serials: dict[str, int] = {}
    for number, cells in preview.rows:
        reasons: list[Message] = []
        tag = normal_tag(_cell(cells, mapping, Field.TAG))
        serial = _cell(cells, mapping, Field.SERIAL).upper()
        if tag and tag in register_tags:
            reasons.append(msg(QT_TRANSLATE_NOOP(
                "Import", "The tag {tag} is already in the register."), tag=tag))
        if tag and tag in seen_tags:
            reasons.append(msg(QT_TRANSLATE_NOOP(
                "Import", "The tag {tag} is also on row {row}."), tag=tag, row=seen_tags[tag]))
        if serial and serial in register_serials:
            reasons.append(msg(QT_TRANSLATE_NOOP(
                "Import", "The serial number {serial} is already in the register."),
                serial=serial))
        if serial and serial in seen_serials:
            reasons.append(msg(QT_TRANSLATE_NOOP(
                "Import", "The serial number {serial} is also on row {row}."), serial=serial,
                row=seen_serials[serial]))
        seen_tags.setdefault(tag, number) if tag else None
        seen_serials.setdefault(serial, number) if serial else None
        asset = _row_asset(cells, mapping, today, reasons)
        if asset is None or reasons:
            report.problems.append(RowProblem(number, tuple(reasons)))
        else:
            report.valid.append((number, asset))
    return report
