"""A table that reads its rows a page at a time as the view scrolls (canFetchMore /
fetchMore), so a store with 50,000 port calls or a million crew rows opens at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from piu_desk.core.errors import DeskError
from piu_desk.ui.records.common import RECORD_ROLE
from piu_desk.ui.table_models import Index, RowsTableModel

PAGE = 200
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RECORD_ROLE,
                   Qt.ItemDataRole.TextAlignmentRole})


class LazyTableModel(RowsTableModel):
    """Subclasses give `columns`, `count()`, `page(offset, limit)`, `headers()` and
    `text(record, column)`; the records themselves are returned under RECORD_ROLE. A row's
    texts are made once (views ask for them many times) and again after a language change."""

    numeric_columns: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[int, list[str]] = {}
        self._total = 0
        self._exhausted = True

    # -- what subclasses give -------------------------------------------------------------
    def count(self) -> int:
        raise NotImplementedError

    def page(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def text(self, record: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, record: Any, column: int) -> str:
        return self.text(record, column)

    # -- loading --------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many rows match (counted when the model was last reloaded)."""
        return self._total

    def reload(self) -> None:
        """Start again from the first page (after a change, a new filter or order)."""
        self.beginResetModel()
        self._rows, self._total, self._exhausted = [], 0, True
        self._texts.clear()
        try:
            self._total = self.count()
            self._exhausted = self._total == 0
        except DeskError:  # locked meanwhile: an empty list, nothing to show
            self._exhausted = True
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._total, self._exhausted = [], 0, True
        self._texts.clear()
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        try:
            rows = self.page(len(self._rows), PAGE)
        except DeskError:
            rows = []
        if not rows:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        self._exhausted = len(rows) < PAGE or len(self._rows) >= self._total

    def record_at(self, row: int) -> Any:
        return self._rows[row]

    def records(self) -> list[Any]:
        """The rows loaded so far."""
        return list(self._rows)

    def retranslate(self) -> None:
        """Headers, dates and labels follow the UI language."""
        self._texts.clear()
        super().retranslate()

    # -- QAbstractTableModel --------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(index.row())
            if texts is None:
                texts = self._texts[index.row()] = [self.text(record, c)
                                                    for c in range(self.columns)]
            return texts[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, index.column()) or None
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric_columns:
            return int(RIGHT)
        return None
