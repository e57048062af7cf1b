"""The list of conflicts: the record family and what identifies the record, the station it
came from, why it is a conflict, when it was found and, once settled, who picked what."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from piu_desk.core.store.exchange_conflicts import Conflict
from piu_desk.ui.conflicts.compare import when
from piu_desk.ui.conflicts.labels import SETTLED_THERE, family_name, pick_text, reason_text, tr
from piu_desk.ui.records.common import DASH
from piu_desk.ui.table_models import RowsTableModel

SETTLED_COLOUR = QColor("#5f6368")


@dataclass(frozen=True)
class Listed:
    conflict: Conflict
    summary: str  # what identifies the record (compare.summary)


class ConflictsModel(RowsTableModel):
    columns = 6

    def set_rows(self, rows: list[Listed]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> Listed | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, conflict_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.conflict.id == conflict_id), -1)

    def open_count(self) -> int:
        return sum(1 for r in self._rows if not r.conflict.resolved_at)

    def headers(self) -> list[str]:
        return [self.tr("Record"), self.tr("Which"), self.tr("From"), self.tr("Why"),
                self.tr("Found"), self.tr("Settled")]

    def cell(self, item: Any, column: int, role: int) -> Any:
        assert isinstance(item, Listed)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and item.conflict.resolved_at:
            return SETTLED_COLOUR
        return None

    def text(self, item: Listed, column: int) -> str:
        c = item.conflict
        if column == 0:
            return family_name(c.table)
        if column == 1:
            return item.summary
        if column == 2:
            return c.peer
        if column == 3:
            return reason_text(c.reason)
        if column == 4:
            return when(c.found_at)
        return settled_text(c) or DASH


def settled_text(c: Conflict) -> str:
    """"took theirs — dara, 29 Nov 2026 10:15", or "" while open."""
    if not c.resolved_at:
        return ""
    if c.resolved_by == c.peer:  # closed by the settlement made at the other desk
        return f"{tr(SETTLED_THERE).replace('{station}', c.peer)}, {when(c.resolved_at)}"
    who = c.resolved_by or DASH
    return f"{pick_text(c.resolution)} — {who}, {when(c.resolved_at)}"
