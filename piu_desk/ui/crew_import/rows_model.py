"""Every row below the sheet's column titles, with what the import made of it: valid (a crew
member, perhaps with warnings), with problems (every reason), or skipped as not crew (the
reason). The rows stay in sheet order; a filter shows one kind at a time."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from piu_desk.core.imports.crew_sheet import RowReport, SheetPreview
from piu_desk.core.text import Message
from piu_desk.ui.crew_import.texts import (
    MUTED,
    PROBLEM_COLOURS,
    SKIPPED_COLOURS,
    VALID_COLOURS,
    WARNING_TEXT,
    rendered,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 20
Index = QModelIndex | QPersistentModelIndex


class Status(StrEnum):
    VALID = "valid"
    PROBLEM = "problem"
    SKIPPED = "skipped"


COLOURS = {Status.VALID: VALID_COLOURS, Status.PROBLEM: PROBLEM_COLOURS,
           Status.SKIPPED: SKIPPED_COLOURS}


class Column(IntEnum):
    ROW = 0
    STATUS = 1
    REASONS = 2


FIRST_SHEET_COLUMN = len(Column)


@dataclass(frozen=True)
class SheetRow:
    sheet_row: int
    cells: tuple[str, ...]
    status: Status
    problems: tuple[Message, ...] = ()  # for a skipped row: the reason it was skipped
    warnings: tuple[Message, ...] = ()

    def reasons(self) -> list[str]:
        return rendered(self.problems + self.warnings)

    def reasons_line(self) -> str:
        """Every reason on one line: sentences one after the other, fragments with "; "."""
        out = ""
        for text in self.reasons():
            if out:
                out += " " if out.rstrip().endswith((".", "?", "!", "។")) else "; "
            out += text.strip()
        return out


def rows_of(report: RowReport) -> list[SheetRow]:
    """The report's three lists merged back into sheet order."""
    rows = [SheetRow(v.sheet_row, v.raw_values, Status.VALID, (), v.warnings)
            for v in report.valid]
    rows += [SheetRow(p.sheet_row, p.raw_values, Status.PROBLEM, p.problems, p.warnings)
             for p in report.problems]
    rows += [SheetRow(s.sheet_row, s.raw_values, Status.SKIPPED, (s.reason,))
             for s in report.skipped]
    return sorted(rows, key=lambda r: r.sheet_row)


class RowsModel(QAbstractTableModel):
    """Row number, status, reasons, then the sheet's own columns as written."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[str, ...] = ()
        self.rows: list[SheetRow] = []
        self.shown: list[SheetRow] = []
        self.imported_columns: frozenset[int] = frozenset()
        self.only: Status | None = None
        self._status_texts: dict[Status, str] = {}
        self._headers: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self._status_texts = {Status.VALID: self.tr("Valid"),
                              Status.PROBLEM: self.tr("Problem"),
                              Status.SKIPPED: self.tr("Skipped")}
        self._headers = [self.tr("Row"), self.tr("Status"), self.tr("Reasons")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.shown:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.shown) - 1, self.columnCount() - 1))

    def show_report(self, preview: SheetPreview, report: RowReport,
                    imported_columns: frozenset[int]) -> None:
        self.beginResetModel()
        self.columns = preview.columns
        self.rows = rows_of(report)
        self.imported_columns = imported_columns
        self._filter()
        self.endResetModel()

    def set_filter(self, only: Status | None) -> None:
        self.beginResetModel()
        self.only = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self.shown = [r for r in self.rows if self.only is None or r.status == self.only]

    def count(self, status: Status) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def row_at(self, row: int) -> SheetRow | None:
        return self.shown[row] if 0 <= row < len(self.shown) else None

    # -- the Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_SHEET_COLUMN + len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < FIRST_SHEET_COLUMN:
            return self._headers[section]
        col = section - FIRST_SHEET_COLUMN
        title = self.columns[col] if col < len(self.columns) else ""
        return title or self.tr("Column %1").replace("%1", str(col + 1))

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
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, col)
        if role == Qt.ItemDataRole.FontRole and col == Column.STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Column.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def _text(self, row: SheetRow, col: int) -> str:
        if col == Column.ROW:
            return str(row.sheet_row)
        if col == Column.STATUS:
            return self._status_texts[row.status]
        if col == Column.REASONS:
            return row.reasons_line()
        sheet_col = col - FIRST_SHEET_COLUMN
        return row.cells[sheet_col] if sheet_col < len(row.cells) else ""

    def _background(self, row: SheetRow, col: int) -> QBrush | None:
        if col == Column.STATUS or row.status == Status.PROBLEM:
            return QBrush(QColor(COLOURS[row.status][0]))
        return None

    def _foreground(self, row: SheetRow, col: int) -> QBrush | None:
        if col == Column.STATUS or (col == Column.REASONS and row.status != Status.VALID):
            return QBrush(QColor(COLOURS[row.status][1]))
        if col == Column.REASONS:
            return QBrush(QColor(WARNING_TEXT))
        if row.status == Status.SKIPPED or (
                col >= FIRST_SHEET_COLUMN
                and col - FIRST_SHEET_COLUMN not in self.imported_columns):
            return QBrush(QColor(MUTED))
        return None
