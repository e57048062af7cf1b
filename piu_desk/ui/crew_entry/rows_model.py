"""The rows of a crew list being entered (FAL Form 5), editable cell by cell.

Each change checks the row with the core's validator: a wrong cell turns red and says why
in its tooltip. A row filled from an MRZ whose check digits failed, and which the officer
accepted, keeps those messages: its cells are marked yellow and listed as warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from piu_desk.core.domain.crew import CrewMember
from piu_desk.core.text import Message
from piu_desk.ui.crew_entry.validation import FIELDS, member_of, row_problems
from piu_desk.ui.errors import tr_core

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("number", *FIELDS)  # the row number is shown, never edited
CODE_FIELDS = ("nationality", "document_issuer", "gender")  # typed in capitals
ERROR_BACKGROUND = QColor("#f9d2cf")
WARNING_BACKGROUND = QColor("#fff0b3")


@dataclass
class Row:
    values: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, list[Message]] = field(default_factory=dict)  # accepted MRZ problems
    problems: dict[str, Message] = field(default_factory=dict)

    def blank(self) -> bool:
        return not any(v.strip() for v in self.values.values())


class CrewRowsModel(QAbstractTableModel):
    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[Row] = [Row()]

    # -- the rows -------------------------------------------------------------------------
    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def insert_row(self, at: int) -> int:
        at = max(0, min(at, len(self._rows)))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, Row())
        self.endInsertRows()
        self._renumber(at)
        return at

    def remove_rows(self, numbers: list[int]) -> None:
        for number in sorted(set(numbers), reverse=True):
            if 0 <= number < len(self._rows):
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
        if not self._rows:
            self.insert_row(0)  # always a row to type into
        self._renumber(0)

    def fill_row(self, values: dict[str, str],
                 warnings: dict[str, list[Message]] | None = None) -> int:
        """Put `values` in the last row if it is blank, else in a new row; its number."""
        at = len(self._rows) - 1
        if not self._rows[at].blank():
            at = self.insert_row(len(self._rows))
        self._rows[at] = Row({f: values.get(f, "") for f in FIELDS}, dict(warnings or {}))
        self._check(at)
        return at

    def members(self) -> list[CrewMember]:
        """The rows typed so far, numbered in order; blank rows are left out."""
        kept = [row for row in self._rows if not row.blank()]
        return [member_of(row.values, n) for n, row in enumerate(kept, 1)]

    def problem_count(self) -> int:
        return sum(len(row.problems) for row in self._rows if not row.blank())

    def _check(self, number: int) -> None:
        row = self._rows[number]
        row.problems = {} if row.blank() else row_problems(member_of(row.values, number + 1),
                                                           self._today)
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))

    def _renumber(self, first: int) -> None:
        if first < len(self._rows):
            self.dataChanged.emit(self.index(first, 0), self.index(len(self._rows) - 1, 0))

    # -- Qt -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Family name"), self.tr("Given names"),
                self.tr("Rank or rating"), self.tr("Nationality"), self.tr("Date of birth"),
                self.tr("Place of birth"), self.tr("Gender"), self.tr("Identity document"),
                self.tr("Document number"), self.tr("Issuing state"), self.tr("Expiry date")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section] if 0 <= section < len(COLUMNS) else None
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and COLUMNS[section] in ("date_of_birth", "document_expiry"):
            return self.tr("Year-month-day, for example 1990-04-25")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._renumber(0)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and COLUMNS[index.column()] != "number":
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, name = self._rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(index.row() + 1) if name == "number" else row.values.get(name, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, name)
        if role == Qt.ItemDataRole.BackgroundRole:
            if name in row.problems:
                return QBrush(ERROR_BACKGROUND)
            if name in row.warnings:
                return QBrush(WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, row: Row, name: str) -> str | None:
        lines = []
        if name in row.problems:
            lines.append(row.problems[name].render(tr_core))
        for warning in row.warnings.get(name, []):
            lines.append(self.tr("From the MRZ, accepted: %1").replace(
                "%1", warning.render(tr_core)))
        return "\n".join(lines) or None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = COLUMNS[index.column()]
        if name == "number":
            return False
        text = " ".join(str(value or "").split())
        if name in CODE_FIELDS:
            text = text.upper()
        row = self._rows[index.row()]
        if row.values.get(name, "") == text:
            return False
        row.values[name] = text
        row.warnings.pop(name, None)  # the officer has looked at it and typed it anew
        self._check(index.row())
        return True
