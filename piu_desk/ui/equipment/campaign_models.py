"""The tables of the Verification section: the campaigns, and lists of items (not yet seen
in a campaign, or due for verification)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from piu_desk.core.domain.asset import Asset
from piu_desk.core.store.campaigns import Campaign
from piu_desk.ui.equipment.custody_forms import condition_text, status_text
from piu_desk.ui.records.common import format_date
from piu_desk.ui.table_models import RowsTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole


class CampaignsModel(RowsTableModel):
    columns = 4

    def headers(self) -> list[str]:
        return [self.tr("Campaign"), self.tr("Started"), self.tr("Closed"),
                self.tr("Started by")]

    def set_rows(self, rows: list[Campaign]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda c: (bool(c.closed_on), c.started_on),
                            reverse=False)
        self.endResetModel()

    def campaign_at(self, row: int) -> Campaign | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cell(self, item: Any, column: int, role: int) -> Any:
        if role != DISPLAY:
            return None
        c: Campaign = item
        closed = format_date(c.closed_on) if c.closed_on else self.tr("in progress")
        return [c.name, format_date(c.started_on), closed, c.started_by][column]


class ItemsModel(RowsTableModel):
    """Items by tag: tag, description, location, condition, status."""

    columns = 5

    def headers(self) -> list[str]:
        return [self.tr("Tag"), self.tr("Item"), self.tr("Location"), self.tr("Condition"),
                self.tr("Status")]

    def set_rows(self, rows: list[Asset]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda a: (a.location, a.tag))
        self.endResetModel()

    def asset_at(self, row: int) -> Asset | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cell(self, item: Any, column: int, role: int) -> Any:
        if role != DISPLAY:
            return None
        a: Asset = item
        return [a.tag, a.description, a.location, condition_text(a.condition),
                status_text(a.status)][column]
