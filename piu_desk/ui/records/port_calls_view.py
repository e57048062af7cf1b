"""The list of arrivals: a period (today, the last 7 or 30 days, all, or between two dates),
a vessel-name filter, at HQ a station, a lazily loaded table, and "New arrival…"."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.arrival_dialog import NewArrivalDialog
from piu_desk.ui.records.common import (
    MUTED_STYLE,
    PORT_CALL,
    RECORD_ROLE,
    TITLE_STYLE,
    Target,
    can_edit,
    record_table,
    today,
)
from piu_desk.ui.records.port_calls_model import SORT_KEYS, STATION, Column, PortCallsModel
from piu_desk.ui.station_filter import StationFilter
from piu_desk.ui.tasks import TaskRunner

ALL, TODAY, WEEK, MONTH, BETWEEN = "all", "today", "7", "30", "between"
PERIODS = (ALL, TODAY, WEEK, MONTH, BETWEEN)
TYPING_PAUSE_MS = 200
FIT = QHeaderView.ResizeMode.ResizeToContents


class PortCallsView(Retranslating, QWidget):
    open_record = Signal(object)  # a Target

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portCallsView")
        self._desk, self._tasks = desk, tasks
        self.model = PortCallsModel(desk, self)
        self.title = named(QLabel(), "portCallsTitle")
        self.new_button = named(QPushButton(), "newArrival")
        self.period_label = QLabel()
        self.period = named(QComboBox(), "period")
        for key in PERIODS:
            self.period.addItem("", key)
        self.since_edit = self._date_edit("since")
        self.until_edit = self._date_edit("until")
        self.vessel_label = QLabel()
        self.vessel_filter = named(QLineEdit(), "vesselFilter")
        self.vessel_filter.setClearButtonEnabled(True)
        self.station_filter = StationFilter(desk, "portCallsStation")
        self.model.station_label = self.station_filter.label_of
        self.total_label = named(QLabel(), "portCallsTotal")
        self.total_label.setStyleSheet(MUTED_STYLE)
        self.table = record_table("portCallsTable")
        self.table.setModel(self.model)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._set_up_header()
        self.station_filter.fit(self.table, STATION)
        self._connect()
        self._lay_out()
        self.new_button.setVisible(can_edit(desk))
        self.retranslate()
        self.apply_filter()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = named(QDateEdit(), name)
        edit.setCalendarPopup(True)
        edit.setDate(today(self._desk))
        edit.hide()
        return edit

    def _set_up_header(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.ARRIVAL, Qt.SortOrder.DescendingOrder)
        for column in Column:
            header.setSectionResizeMode(column, FIT)
        header.setSectionResizeMode(Column.VESSEL, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_arrival)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.since_edit.dateChanged.connect(self.apply_filter)
        self.until_edit.dateChanged.connect(self.apply_filter)
        self.vessel_filter.textChanged.connect(lambda _text: self._typing.start())
        self.station_filter.changed.connect(self.model.set_origin)
        self._typing.timeout.connect(self.apply_filter)
        self.table.activated.connect(self._activated)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort)
        self.model.modelReset.connect(self._show_total)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.period_label)
        filters.addWidget(self.period)
        filters.addWidget(self.since_edit)
        filters.addWidget(self.until_edit)
        filters.addSpacing(16)
        filters.addWidget(self.vessel_label)
        filters.addWidget(self.vessel_filter, 1)
        filters.addSpacing(16)
        filters.addWidget(self.station_filter)
        filters.addSpacing(16)
        filters.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Port calls"))
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setIndent(0)  # the style's padding would indent it otherwise
        self.new_button.setText(self.tr("New arrival…"))
        self.new_button.setToolTip(self.tr("Record a vessel's arrival (Ctrl+N)"))
        self.new_button.setShortcut("Ctrl+N")
        self.period_label.setText(self.tr("Arrived:"))
        names = {ALL: self.tr("Any time"), TODAY: self.tr("Today"),
                 WEEK: self.tr("Last 7 days"), MONTH: self.tr("Last 30 days"),
                 BETWEEN: self.tr("Between dates…")}
        for index, key in enumerate(PERIODS):
            self.period.setItemText(index, names[key])
        self.vessel_label.setText(self.tr("Vessel:"))
        self.vessel_filter.setPlaceholderText(self.tr("Part of the vessel's name"))
        self.model.retranslate()
        self._show_total()

    # -- filter and order -----------------------------------------------------------------
    def set_period(self, key: str) -> None:
        self.period.setCurrentIndex(PERIODS.index(key))

    def _period_changed(self) -> None:
        between = self.period.currentData() == BETWEEN
        self.since_edit.setVisible(between)
        self.until_edit.setVisible(between)
        self.apply_filter()

    def arrival_window(self) -> tuple[str, str]:
        """The arrival window chosen: (since, until) as ISO dates, until exclusive."""
        key = self.period.currentData()
        day = today(self._desk)
        if key == BETWEEN:
            first, last = self.since_edit.date(), self.until_edit.date()
            return _iso(min(first, last)), _iso(max(first, last).addDays(1))
        if key == ALL:
            return "", ""
        back = {TODAY: 0, WEEK: 6, MONTH: 29}[key]
        return _iso(day.addDays(-back)), _iso(day.addDays(1))

    def apply_filter(self) -> None:
        self._typing.stop()
        since, until = self.arrival_window()
        self.model.origin = self.station_filter.station()
        self.model.set_filter(since, until, self.vessel_filter.text())

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.sortable(column):
            self.model.sort(column, order)
            return
        current = next((c for c, k in SORT_KEYS.items() if k == self.model.order),
                       Column.ARRIVAL)
        header = self.table.horizontalHeader()
        with QSignalBlocker(header):
            header.setSortIndicator(current, Qt.SortOrder.DescendingOrder
                                    if self.model.descending else Qt.SortOrder.AscendingOrder)

    def _show_total(self) -> None:
        self.total_label.setText(self.tr("Port calls: %1").replace(
            "%1", QLocale().toString(self.model.total)))

    # -- refresh and actions --------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if any(changes.touches(t) for t in ("port_calls", "vessels", "alerts")):
            self.station_filter.reload()
            self.model.reload()

    def _activated(self, index: QModelIndex) -> None:
        pc = index.siblingAtColumn(0).data(RECORD_ROLE)
        if pc is not None and pc.id is not None:
            self.open_record.emit(Target(PORT_CALL, pc.id))

    def new_arrival(self) -> NewArrivalDialog:
        dialog = NewArrivalDialog(self._desk, self._tasks, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(lambda pid: self.open_record.emit(Target(PORT_CALL, pid)))
        dialog.open()
        return dialog


def _iso(day: QDate) -> str:
    return day.toString(Qt.DateFormat.ISODate)
