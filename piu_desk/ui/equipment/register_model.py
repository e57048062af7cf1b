"""The register as a table model: every item kept in memory once read (20,000 items are a
few megabytes), filtered and sorted in Python, so typing in the filter box stays instant.
The view shows `shown`; `all_rows` stays as read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from piu_desk.core.domain.asset import CONDITION_LABELS, STATUS_LABELS, AssetStatus, usd_text
from piu_desk.ui.equipment.register_data import RegisterRow
from piu_desk.ui.errors import tr_core
from piu_desk.ui.records.common import RECORD_ROLE
from piu_desk.ui.table_models import RowsTableModel


class Column(IntEnum):
    TAG = 0
    CATEGORY = 1
    DESCRIPTION = 2
    MAKE_MODEL = 3
    SERIAL = 4
    STATUS = 5
    CONDITION = 6
    LOCATION = 7
    HOLDER = 8
    VALUE_USD = 9


STATUS_COLOURS = {AssetStatus.ISSUED: "#1a5fb4", AssetStatus.UNDER_REPAIR: "#9c6500",
                  AssetStatus.LOST: "#b00020", AssetStatus.STOLEN: "#b00020",
                  AssetStatus.DISPOSED: "#5f6368"}
SORT_KEYS: dict[Column, Callable[[RegisterRow], Any]] = {
    Column.TAG: lambda r: r.asset.tag,
    Column.CATEGORY: lambda r: (r.asset.category.casefold(), r.asset.tag),
    Column.DESCRIPTION: lambda r: (r.asset.description.casefold(), r.asset.tag),
    Column.MAKE_MODEL: lambda r: (r.asset.make.casefold(), r.asset.model.casefold()),
    Column.SERIAL: lambda r: r.asset.serial_number,
    Column.STATUS: lambda r: (list(AssetStatus).index(r.asset.status), r.asset.tag),
    Column.CONDITION: lambda r: (r.asset.condition.value, r.asset.tag),
    Column.LOCATION: lambda r: (r.asset.location.casefold(), r.asset.tag),
    Column.HOLDER: lambda r: (r.holder.casefold(), r.asset.tag),
    Column.VALUE_USD: lambda r: (r.asset.value_usd_cents, r.asset.tag),
}


@dataclass(frozen=True)
class RegisterFilter:
    status: AssetStatus | None = None
    category: str = ""
    location: str = ""
    holder: str = ""
    text: str = ""  # part of the tag, description or serial number
    ids: frozenset[int] | None = None  # a dashboard tile's items

    def keeps(self, row: RegisterRow, needle: str) -> bool:
        a = row.asset
        return ((self.status is None or a.status == self.status)
                and (not self.category or a.category == self.category)
                and (not self.location or a.location == self.location)
                and (not self.holder or row.holder == self.holder)
                and (self.ids is None or row.asset_id in self.ids)
                and (not needle or needle in row.search))


class RegisterModel(RowsTableModel):
    columns = len(Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all_rows: list[RegisterRow] = []
        self.filter = RegisterFilter()
        self.sort_column, self.descending = Column.TAG, False

    @property
    def shown(self) -> list[RegisterRow]:
        return self._rows

    def set_rows(self, rows: list[RegisterRow]) -> None:
        self.all_rows = rows
        self._apply()

    def set_filter(self, f: RegisterFilter) -> None:
        self.filter = f
        self._apply()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = Column(column)
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._apply()

    def _apply(self) -> None:
        needle = " ".join(self.filter.text.split()).casefold()
        kept = [r for r in self.all_rows if self.filter.keeps(r, needle)]
        kept.sort(key=SORT_KEYS[self.sort_column], reverse=self.descending)
        self.beginResetModel()
        self._rows = kept
        self.endResetModel()

    def headers(self) -> list[str]:
        translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
        return [translate("RegisterModel", "Tag"), translate("RegisterModel", "Category"),
                translate("RegisterModel", "Description"),
                translate("RegisterModel", "Make and model"),
                translate("RegisterModel", "Serial number"), translate("RegisterModel", "Status"),
                translate("RegisterModel", "Condition"), translate("RegisterModel", "Location"),
                translate("RegisterModel", "Holder"), translate("RegisterModel", "Value (USD)")]

    def cell(self, item: RegisterRow, column: int, role: int) -> Any:
        a = item.asset
        if role == RECORD_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            colour = STATUS_COLOURS.get(a.status)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.VALUE_USD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == Column.TAG:
            return a.tag
        if column == Column.CATEGORY:
            return a.category
        if column == Column.DESCRIPTION:
            return a.description
        if column == Column.MAKE_MODEL:
            return " ".join(x for x in (a.make, a.model) if x)
        if column == Column.SERIAL:
            return a.serial_number
        if column == Column.STATUS:
            return tr_core("Equipment", STATUS_LABELS[a.status])
        if column == Column.CONDITION:
            return tr_core("Equipment", CONDITION_LABELS[a.condition])
        if column == Column.LOCATION:
            return a.location
        if column == Column.HOLDER:
            return item.holder
        return usd_text(a.value_usd_cents)

    def choices(self) -> tuple[list[str], list[str], list[str]]:
        """The categories, locations and holders in the register, for the filter boxes."""
        cats = sorted({r.asset.category for r in self.all_rows}, key=str.casefold)
        places = sorted({r.asset.location for r in self.all_rows if r.asset.location},
                        key=str.casefold)
        holders = sorted({r.holder for r in self.all_rows if r.holder}, key=str.casefold)
        return cats, places, holders
