"""Every vessel on record, by name, loaded page by page; a name filter that also finds
former names, and at HQ a station; "Register a vessel…"."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.vessel import Vessel
from piu_desk.core.records import vessels
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import (
    MUTED_STYLE,
    RECORD_ROLE,
    TITLE_STYLE,
    VESSEL,
    Target,
    can_edit,
    country_text,
    format_number,
    record_table,
    ship_type_text,
)
from piu_desk.ui.records.lazy_model import LazyTableModel
from piu_desk.ui.records.vessel_dialog import VesselDialog
from piu_desk.ui.station_filter import StationFilter
from piu_desk.ui.tasks import TaskRunner

TYPING_PAUSE_MS = 200


class Column(IntEnum):
    NAME = 0
    FLAG = 1
    IMO = 2
    MMSI = 3
    CALL_SIGN = 4
    TYPE = 5
    TONNAGE = 6
    OWNER = 7


STATION = len(Column)  # where the record comes from: a column at HQ only (StationFilter.fit)


class VesselsModel(LazyTableModel):
    columns = len(Column)
    numeric_columns = frozenset({Column.TONNAGE})

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.name = ""
        self.origin = ""  # one station's, or all
        self.station_label: Callable[[str], str] = str  # a station's name, for its tooltip

    def set_name(self, name: str) -> None:
        self.name = name.strip()
        self.reload()

    def set_origin(self, origin: str) -> None:
        self.origin = origin
        self.reload()

    def count(self) -> int:
        return vessels.count(self._desk, name=self.name, origin=self.origin)

    def page(self, offset: int, limit: int) -> list[Any]:
        return vessels.page(self._desk, offset, limit, name=self.name, origin=self.origin)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Flag"), self.tr("IMO"), self.tr("MMSI"),
                self.tr("Call sign"), self.tr("Type (AIS)"), self.tr("Gross tonnage"),
                self.tr("Owner or operator"), self.tr("Station")]

    def text(self, record: Any, column: int) -> str:
        v: Vessel = record
        if column == STATION:
            return v.origin
        return {
            Column.NAME: lambda: v.name, Column.FLAG: lambda: v.flag,
            Column.IMO: lambda: v.imo or "", Column.MMSI: lambda: v.mmsi or "",
            Column.CALL_SIGN: lambda: v.call_sign or "",
            Column.TYPE: lambda: ship_type_text(v.ship_type),
            Column.TONNAGE: lambda: format_number(v.gross_tonnage),
            Column.OWNER: lambda: v.owner_operator,
        }[Column(column)]()

    def tooltip(self, record: Any, column: int) -> str:
        v: Vessel = record
        if column == Column.FLAG:
            return country_text(v.flag)
        if column == Column.NAME and v.history:
            return self.tr("Formerly: %1").replace("%1", ", ".join(h.name for h in v.history))
        if column == STATION:
            return self.station_label(v.origin)
        return self.text(record, column)


class VesselsView(Retranslating, QWidget):
    open_record = Signal(object)  # a Target

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vesselsView")
        self._desk, self._tasks = desk, tasks
        self.model = VesselsModel(desk, self)
        self.title = named(QLabel(), "vesselsTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setIndent(0)  # the style's padding would indent it otherwise
        self.new_button = named(QPushButton(), "registerVessel")
        self.new_button.setVisible(can_edit(desk))
        self.name_label = QLabel()
        self.name_filter = named(QLineEdit(), "vesselNameFilter")
        self.name_filter.setClearButtonEnabled(True)
        self.station_filter = StationFilter(desk, "vesselsStation")
        self.model.station_label = self.station_filter.label_of
        self.total_label = named(QLabel(), "vesselsTotal")
        self.total_label.setStyleSheet(MUTED_STYLE)
        self.table = record_table("vesselsTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.OWNER, QHeaderView.ResizeMode.Stretch)
        self.station_filter.fit(self.table, STATION)
        self.station_filter.changed.connect(self.model.set_origin)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filter)
        self.name_filter.textChanged.connect(lambda _text: self._typing.start())
        self.table.activated.connect(self._activated)
        self.new_button.clicked.connect(self.register)
        self.model.modelReset.connect(self._show_total)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.name_label)
        filters.addWidget(self.name_filter, 1)
        filters.addSpacing(16)
        filters.addWidget(self.station_filter)
        filters.addSpacing(16)
        filters.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.apply_filter()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Vessels"))
        self.new_button.setText(self.tr("Register a vessel…"))
        self.name_label.setText(self.tr("Name:"))
        self.name_filter.setPlaceholderText(self.tr("Part of the vessel's name, now or "
                                                    "formerly"))
        self.model.retranslate()
        self._show_total()

    def apply_filter(self) -> None:
        self._typing.stop()
        self.model.origin = self.station_filter.station()
        self.model.set_name(self.name_filter.text())

    def _show_total(self) -> None:
        self.total_label.setText(self.tr("Vessels: %1").replace(
            "%1", QLocale().toString(self.model.total)))

    def refresh(self, changes: Changes) -> None:
        if changes.touches("vessels"):
            self.station_filter.reload()
            self.model.reload()

    def _activated(self, index: QModelIndex) -> None:
        vessel = index.siblingAtColumn(0).data(RECORD_ROLE)
        if vessel is not None and vessel.id is not None:
            self.open_record.emit(Target(VESSEL, vessel.id))

    def register(self) -> VesselDialog:
        dialog = VesselDialog(self._desk, self._tasks, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.open_record.emit(Target(VESSEL,
                                                                     dialog.vessel_id or 0)))
        dialog.open()
        return dialog
