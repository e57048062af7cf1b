"""Who holds what today: one branch per holder (officer or place) with its count, one line
per item; an expected return that has passed is red, a receipt not yet accepted amber."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from piu_desk.core.equipment.custody import PLACE, Holding
from piu_desk.ui.equipment.custody_forms import (
    OVERDUE_BACKGROUND,
    OVERDUE_TEXT,
    SOON_BACKGROUND,
    SOON_TEXT,
    holder_text,
)
from piu_desk.ui.records.common import format_date

ASSET_ROLE = Qt.ItemDataRole.UserRole + 1
HOLDER_ROLE = Qt.ItemDataRole.UserRole + 2
ALL, AWAITING, OVERDUE = "all", "awaiting", "overdue"


def is_overdue(h: Holding, today: str) -> bool:
    return bool(h.custody.expected_return) and h.custody.expected_return < today


def is_awaiting(h: Holding) -> bool:
    return not h.custody.accepted_at


class HoldingsTree(QTreeWidget):
    columns = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holdingsTree")
        self.setColumnCount(self.columns)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.holdings: list[Holding] = []
        self.names: dict[str, str] = {}
        self.today = ""
        self.show_only = ALL
        self.text_filter = ""

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Holder / item"), self.tr("Serial number"),
                              self.tr("Since"), self.tr("Expected back"),
                              self.tr("Acceptance")])
        self.fill()

    def set_holdings(self, holdings: list[Holding], names: dict[str, str], today: str) -> None:
        self.holdings, self.names, self.today = holdings, names, today
        self.fill()

    def _wanted(self, h: Holding) -> bool:
        if self.show_only == AWAITING and not is_awaiting(h):
            return False
        if self.show_only == OVERDUE and not is_overdue(h, self.today):
            return False
        needle = self.text_filter.casefold()
        hay = " ".join((h.custody.holder, self.names.get(h.custody.holder, ""), h.asset.tag,
                        h.asset.description, h.asset.serial_number)).casefold()
        return not needle or needle in hay

    def fill(self) -> None:
        chosen = self.selected_asset_id()
        open_holders = {top.data(0, HOLDER_ROLE) for top in self._tops() if top.isExpanded()}
        first_fill = self.topLevelItemCount() == 0
        self.clear()
        groups: dict[str, list[Holding]] = {}
        for h in self.holdings:
            if self._wanted(h):
                groups.setdefault(h.custody.holder, []).append(h)
        bold = QFont(self.font())
        bold.setBold(True)
        for holder, items in sorted(groups.items(),
                                    key=lambda g: (g[1][0].custody.holder_kind == PLACE,
                                                   self.names.get(g[0], g[0]).casefold())):
            top = QTreeWidgetItem(self)
            place = items[0].custody.holder_kind == PLACE
            name = holder if place else holder_text(holder, self.names)
            top.setText(0, self.tr("{holder} — {count} items").replace(
                "{holder}", name).replace("{count}", str(len(items))))
            if place:
                top.setText(1, self.tr("place"))
            top.setData(0, HOLDER_ROLE, holder)
            top.setFont(0, bold)
            for h in items:
                self._line(top, h)
            top.setExpanded(first_fill or holder in open_holders or bool(self.text_filter)
                            or self.show_only != ALL)
        if chosen is not None:
            self.select_asset(chosen)

    def _line(self, top: QTreeWidgetItem, h: Holding) -> None:
        line = QTreeWidgetItem(top)
        line.setText(0, f"{h.asset.tag} — {h.asset.description}")
        line.setText(1, h.asset.serial_number)
        line.setText(2, format_date(h.custody.issued_on))
        line.setText(3, format_date(h.custody.expected_return))
        line.setData(0, ASSET_ROLE, h.asset.id)
        line.setData(0, HOLDER_ROLE, h.custody.holder)
        if is_awaiting(h):
            line.setText(4, self.tr("Awaiting signature"))
            line.setBackground(4, QBrush(SOON_BACKGROUND))
            line.setForeground(4, QBrush(SOON_TEXT))
        else:
            line.setText(4, self.tr("Signed {date}").replace(
                "{date}", format_date(h.custody.accepted_at[:10])))
        if is_overdue(h, self.today):
            line.setToolTip(3, self.tr("The expected return date has passed."))
            for column in (0, 3):
                line.setBackground(column, QBrush(OVERDUE_BACKGROUND))
                line.setForeground(column, QBrush(OVERDUE_TEXT))

    # -- selection ------------------------------------------------------------------------
    def selected_asset_id(self) -> int | None:
        item = self.currentItem()
        value = item.data(0, ASSET_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def selected_holder(self) -> str:
        item = self.currentItem()
        return str(item.data(0, HOLDER_ROLE) or "") if item is not None else ""

    def selected_holding(self) -> Holding | None:
        chosen = self.selected_asset_id()
        return next((h for h in self.holdings if h.asset.id == chosen), None)

    def awaiting_of(self, holder: str) -> list[Holding]:
        return [h for h in self.holdings if h.custody.holder == holder and is_awaiting(h)]

    def select_asset(self, asset_id: int) -> bool:
        for top in self._tops():
            for j in range(top.childCount()):
                line = top.child(j)
                if line is not None and line.data(0, ASSET_ROLE) == asset_id:
                    top.setExpanded(True)
                    self.setCurrentItem(line)
                    return True
        return False

    def _tops(self) -> list[QTreeWidgetItem]:
        found = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [top for top in found if top is not None]
