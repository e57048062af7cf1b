"""The custodian's dashboard tiles above the register: items issued, maintenance due,
verification overdue, lost or stolen this year. A tile is a button showing a count; clicking
it filters the register to those items (clicking it again shows everything)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from piu_desk.ui.equipment.register_data import (
    ISSUED,
    LOST_THIS_YEAR,
    MAINTENANCE_DUE,
    TILES,
    VERIFICATION_DUE,
    RegisterData,
)
from piu_desk.ui.i18n import Retranslating

COLOURS = {ISSUED: "#1a5fb4", MAINTENANCE_DUE: "#9c6500", VERIFICATION_DUE: "#6d3ea8",
           LOST_THIS_YEAR: "#b00020"}


def _style(colour: str) -> str:
    return (f"QPushButton {{ border: 1px solid #c9ccd1; border-left: 5px solid {colour}; "
            "border-radius: 4px; background: #ffffff; text-align: left; }"
            f"QPushButton:checked {{ background: {colour}1f; border-color: {colour}; }}"
            f"QPushButton:hover {{ border-color: {colour}; }}")


class Tile(QPushButton):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(_style(COLOURS[key]))
        self.count = QLabel("–")
        self.count.setObjectName("tileCount")
        self.count.setStyleSheet(f"font-size: 18pt; font-weight: bold; color: {COLOURS[key]};"
                                 " border: none; background: transparent;")
        self.caption = QLabel()
        self.caption.setStyleSheet("border: none; background: transparent;")
        self.caption.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 4, 8, 6)
        box.setSpacing(0)
        box.addWidget(self.count)
        box.addWidget(self.caption)
        for label in (self.count, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setMinimumHeight(68)

    def set_count(self, value: int) -> None:
        self.count.setText(QLocale().toString(value))
        self.setAccessibleName(f"{self.caption.text()}: {self.count.text()}")


class DashboardTiles(Retranslating, QWidget):
    """`chosen(key)` when a tile is switched on, `chosen("")` when switched off."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("equipmentTiles")
        self.tiles = {key: Tile(key) for key in TILES}
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for tile in self.tiles.values():
            self._group.addButton(tile)
            row.addWidget(tile, 1)
        self._group.buttonClicked.connect(self._clicked)
        self._data = RegisterData()
        self.retranslate()

    def retranslate(self) -> None:
        captions = {ISSUED: self.tr("Issued"), MAINTENANCE_DUE: self.tr("Maintenance due"),
                    VERIFICATION_DUE: self.tr("Verification overdue"),
                    LOST_THIS_YEAR: self.tr("Lost or stolen this year")}
        tips = {ISSUED: self.tr("Items issued to an officer or a place today"),
                MAINTENANCE_DUE: self.tr("Items with maintenance overdue or due in the next "
                                         "30 days"),
                VERIFICATION_DUE: self.tr("Items in service not verified in the last 12 "
                                          "months"),
                LOST_THIS_YEAR: self.tr("Items reported lost or stolen since 1 January")}
        for key, tile in self.tiles.items():
            tile.caption.setText(captions[key])
            tile.setToolTip(tips[key] + "\n" + self.tr("Click to show only these items"))
        self.show_counts(self._data)

    def show_counts(self, data: RegisterData) -> None:
        self._data = data
        for key, tile in self.tiles.items():
            tile.set_count(data.count(key))

    def current(self) -> str:
        return next((k for k, t in self.tiles.items() if t.isChecked()), "")

    def select(self, key: str) -> None:
        """Switch `key` on (the others off), or all off with ""; no signal."""
        for k, tile in self.tiles.items():
            tile.setChecked(k == key)

    def _clicked(self, button: QPushButton) -> None:
        assert isinstance(button, Tile)
        key = button.key if button.isChecked() else ""
        self.select(key)
        self.chosen.emit(key)
