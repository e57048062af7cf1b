"""The tables of the Maintenance section: what is due (overdue red, due soon amber), the
schedules, and the repairs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from piu_desk.core.domain.asset import Asset, usd_text
from piu_desk.core.equipment.maintenance import DueItem
from piu_desk.core.store.asset_care import Repair, Schedule
from piu_desk.ui.equipment.custody_forms import (
    OVERDUE_BACKGROUND,
    OVERDUE_TEXT,
    SOON_BACKGROUND,
    SOON_TEXT,
)
from piu_desk.ui.records.common import format_date
from piu_desk.ui.table_models import RowsTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole


class DueModel(RowsTableModel):
    columns = 6

    def headers(self) -> list[str]:
        return [self.tr("Tag"), self.tr("Item"), self.tr("Task"), self.tr("Location"),
                self.tr("Due"), self.tr("State")]

    def set_rows(self, rows: list[DueItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item_at(self, row: int) -> DueItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cell(self, item: Any, column: int, role: int) -> Any:
        d: DueItem = item
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND if d.overdue else SOON_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT if d.overdue else SOON_TEXT)
        if role != DISPLAY:
            return None
        state = self.tr("Overdue") if d.overdue else self.tr("Due soon")
        return [d.asset.tag, d.asset.description, d.schedule.task, d.asset.location,
                format_date(d.due_on), state][column]


class SchedulesModel(RowsTableModel):
    columns = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tags: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Task"), self.tr("For"), self.tr("When"), self.tr("From")]

    def set_rows(self, rows: list[Schedule], tags: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows, self.tags = list(rows), tags
        self.endResetModel()

    def cell(self, item: Any, column: int, role: int) -> Any:
        if role != DISPLAY:
            return None
        s: Schedule = item
        target = self.tags.get(s.asset_id, "?") if s.asset_id is not None else \
            self.tr("every {category}").replace("{category}", s.category)
        when = self.tr("every {n} months").replace("{n}", str(s.every_months)) \
            if s.every_months is not None else \
            self.tr("once, on {date}").replace("{date}", format_date(s.due_on))
        return [s.task, target, when, format_date(s.starts_on)][column]


class RepairsModel(RowsTableModel):
    columns = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: dict[int, Asset] = {}

    def headers(self) -> list[str]:
        return [self.tr("Tag"), self.tr("Item"), self.tr("Sent"), self.tr("Repairer"),
                self.tr("Fault"), self.tr("Back"), self.tr("Cost")]

    def set_rows(self, rows: list[Repair], items: dict[int, Asset]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (bool(r.returned_on), r.sent_on), reverse=False)
        self.items = items
        self.endResetModel()

    def repair_at(self, row: int) -> Repair | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cell(self, item: Any, column: int, role: int) -> Any:
        r: Repair = item
        if role == Qt.ItemDataRole.BackgroundRole and not r.returned_on:
            return QBrush(SOON_BACKGROUND)
        if role != DISPLAY:
            return None
        a = self.items.get(r.asset_id)
        cost = ""
        if r.returned_on and (r.cost_usd_cents or r.cost_khr):
            parts = ([f"USD {usd_text(r.cost_usd_cents)}"] if r.cost_usd_cents else []) + \
                ([f"KHR {r.cost_khr:,}"] if r.cost_khr else [])
            cost = " · ".join(parts)
        back = format_date(r.returned_on) if r.returned_on else self.tr("at the repairer")
        return [a.tag if a else "?", a.description if a else "", format_date(r.sent_on),
                r.vendor, r.fault, back, cost][column]
