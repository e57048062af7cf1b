"""A lazily read table whose rows for confirmed watchlist matches are marked red (the crew
lists and the port calls)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from piu_desk.core.desk import Desk
from piu_desk.ui.intel.alert_marks import MARK_ROLES, NOTHING, load_confirmed, marked_cell
from piu_desk.ui.records.lazy_model import LazyTableModel
from piu_desk.ui.table_models import Index


class MarkedTableModel(LazyTableModel):
    """Subclasses say which of their records are confirmed matches with `marked(record)`,
    reading `self.confirmed` (loaded again on every reload)."""

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.confirmed = NOTHING  # confirmed watchlist matches: their rows are marked

    def marked(self, record: Any) -> bool:
        raise NotImplementedError

    def reload(self) -> None:
        self.confirmed = load_confirmed(self._desk)
        super().reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        base = super().data(index, role)
        if role in MARK_ROLES and index.isValid() and index.row() < len(self._rows) \
                and self.marked(self._rows[index.row()]):
            return marked_cell(role, index.column(), base)
        return base
