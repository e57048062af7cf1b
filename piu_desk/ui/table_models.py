"""The plumbing every read-only table model of the desk repeats: a list of rows, a fixed
set of columns, one header row in the UI language, and a language change that redoes both."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """A flat table over `self._rows`, one item a row.

    Subclasses set `columns`, give `headers()` and either `cell(item, column, role)`, which
    `data()` calls once it has checked that the index names a loaded row, or their own
    `data()` (the lazily loaded tables, which keep a row's texts)."""

    columns = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- what subclasses give -------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- shared ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Headers and the shown texts follow the UI language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.headers()
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)
