"""Every row of a watchlist sheet below its column titles, with what the import made of it:
a valid entry (its kind and name), or a row with problems (every reason). The rows stay in
sheet order, with the sheet's own cells after the verdict; a filter shows one kind."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from piu_desk.core.domain.watchlist import WatchEntry
from piu_desk.core.imports.watchlist_sheet import WatchlistReport, read_grid
from piu_desk.core.text import Message
from piu_desk.ui.crew_import.texts import PROBLEM_COLOURS, VALID_COLOURS, rendered
from piu_desk.ui.intel.watchlist_texts import kind_text
from piu_desk.ui.table_models import Index


class Status(StrEnum):
    VALID = "valid"
    PROBLEM = "problem"


COLOURS = {Status.VALID: VALID_COLOURS, Status.PROBLEM: PROBLEM_COLOURS}


class Column(IntEnum):
    ROW = 0
    STATUS = 1
    ENTRY = 2
    REASONS = 3


FIRST_SHEET_COLUMN = len(Column)


@dataclass(frozen=True)
class SheetRow:
    sheet_row: int
    cells: tuple[str, ...]
    status: Status
    entry: WatchEntry | None = None
    problems: tuple[Message, ...] = ()

    def reasons(self) -> list[str]:
        return rendered(self.problems)


@dataclass(frozen=True)
class ReadSheet:
    """What the preview shows: the report, the sheet's column titles and each row's cells."""

    path: Path
    report: WatchlistReport
    titles: tuple[str, ...]
    rows: tuple[SheetRow, ...]

    def count(self, status: Status) -> int:
        return sum(1 for r in self.rows if r.status == status)


def sheet_rows(path: Path, report: WatchlistReport) -> ReadSheet:
    """The report's rows merged back into sheet order with their cells as written. The
    column titles are the last non-blank row above the first row the report names (every
    row below the titles is in the report)."""
    grid = read_grid(path)
    cells = dict(grid.rows)
    rows = [SheetRow(v.sheet_row, cells.get(v.sheet_row, ()), Status.VALID, v.entry)
            for v in report.valid]
    rows += [SheetRow(p.sheet_row, cells.get(p.sheet_row, ()), Status.PROBLEM, None,
                      p.problems) for p in report.problems]
    rows.sort(key=lambda r: r.sheet_row)
    first = rows[0].sheet_row if rows else None
    above = [c for n, c in grid.rows if first is None or n < first]
    titles = above[-1] if above else ()
    return ReadSheet(path, report, titles, tuple(rows))


class ImportRowsModel(QAbstractTableModel):
    """Row number, status, the entry made of it, the reasons, then the sheet's cells."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sheet: ReadSheet | None = None
        self.shown: list[SheetRow] = []
        self.only: Status | None = None
        self._status_texts: dict[Status, str] = {}
        self._headers: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self._status_texts = {Status.VALID: self.tr("Valid"),
                              Status.PROBLEM: self.tr("Problem")}
        self._headers = [self.tr("Row"), self.tr("Status"), self.tr("Entry"),
                         self.tr("Reasons")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.shown:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.shown) - 1, self.columnCount() - 1))

    def show_sheet(self, sheet: ReadSheet) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self._filter()
        self.endResetModel()

    def set_filter(self, only: Status | None) -> None:
        self.beginResetModel()
        self.only = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = self.sheet.rows if self.sheet else ()
        self.shown = [r for r in rows if self.only is None or r.status == self.only]

    def row_at(self, row: int) -> SheetRow | None:
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _titles(self) -> tuple[str, ...]:
        return self.sheet.titles if self.sheet else ()

    # -- the Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        widest = max((len(r.cells) for r in self.shown), default=0)
        return FIRST_SHEET_COLUMN + max(len(self._titles()), widest)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < FIRST_SHEET_COLUMN:
            return self._headers[section]
        col = section - FIRST_SHEET_COLUMN
        titles = self._titles()
        title = titles[col] if col < len(titles) else ""
        return title or self.tr("Column {number}").replace("{number}", str(col + 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None or not index.isValid():
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = row.reasons()
            return "\n".join("• " + r for r in reasons) if reasons else None
        if role == Qt.ItemDataRole.BackgroundRole and (
                col == Column.STATUS or row.status == Status.PROBLEM):
            return QBrush(QColor(COLOURS[row.status][0]))
        if role == Qt.ItemDataRole.ForegroundRole and col in (Column.STATUS, Column.REASONS):
            return QBrush(QColor(COLOURS[row.status][1]))
        if role == Qt.ItemDataRole.FontRole and col == Column.STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Column.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: SheetRow, col: int) -> str:
        if col == Column.ROW:
            return str(row.sheet_row)
        if col == Column.STATUS:
            return self._status_texts[row.status]
        if col == Column.ENTRY:
            e = row.entry
            return f"{kind_text(e.kind)}: {e.name}" if e else ""
        if col == Column.REASONS:
            return " ".join(row.reasons())
        sheet_col = col - FIRST_SHEET_COLUMN
        return row.cells[sheet_col] if sheet_col < len(row.cells) else ""
