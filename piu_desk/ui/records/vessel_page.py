"""A vessel: its particulars (with an MMSI/flag warning when they disagree), its former
names and flags, and every port call it made here; edit, or record a new arrival."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.records import vessels
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.intel.alert_marks import MatchBadge, load_confirmed
from piu_desk.ui.intel.tipoffs_about import TipOffsAbout
from piu_desk.ui.records.arrival_dialog import NewArrivalDialog
from piu_desk.ui.records.common import (
    MUTED_STYLE,
    PORT_CALL,
    Particulars,
    Target,
    can_edit,
    country_text,
    format_date,
    format_moment,
    format_number,
    ship_type_text,
)
from piu_desk.ui.records.page import RecordPage, fill_row, fit_rows, record_in, small_table
from piu_desk.ui.records.vessel_dialog import VesselDialog
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import WARNING_STYLE

KEYS = ["name", "flag", "imo", "mmsi", "call_sign", "ship_type", "gross_tonnage",
        "owner_operator"]


class VesselPage(RecordPage):
    topics = frozenset({"vessels", "port_calls", "alerts"})

    def __init__(self, desk: Desk, tasks: TaskRunner, vessel_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("vesselPage")
        self.vessel_id = vessel_id
        self.vessel: Vessel | None = None
        self.calls: list[PortCall] = []
        self.match_badge = MatchBadge()
        self.action_row.addWidget(self.match_badge)
        self.arrival_button = self.action_button("vesselNewArrival")
        self.edit_button = self.action_button("editVessel")
        editor = can_edit(desk)
        self.arrival_button.setVisible(editor)
        self.edit_button.setVisible(editor)
        self.particulars = Particulars(KEYS, columns=2)
        self.warning = named(QLabel(), "vesselWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.history_group = QGroupBox()
        self.history_empty = QLabel()
        self.history_empty.setStyleSheet(MUTED_STYLE)
        self.history = small_table("vesselHistory", 4)
        box = QVBoxLayout(self.history_group)
        box.addWidget(self.history_empty)
        box.addWidget(self.history)
        self.calls_group = QGroupBox()
        self.calls_table = small_table("vesselPortCalls", 8)
        QVBoxLayout(self.calls_group).addWidget(self.calls_table)
        self.body.addWidget(self.particulars)
        self.body.addWidget(self.warning)
        self.body.addWidget(self.history_group)
        self.body.addWidget(self.calls_group, 1)
        self.body.addWidget(TipOffsAbout(desk, tasks, "vessel", vessel_id))
        self.body.addStretch(0)
        self.calls_table.activated.connect(self._activated)
        self.edit_button.clicked.connect(self.edit)
        self.arrival_button.clicked.connect(self.new_arrival)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.arrival_button.setText(self.tr("New arrival…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.particulars.set_labels({
            "name": self.tr("Name:"), "flag": self.tr("Flag state:"),
            "imo": self.tr("IMO number:"), "mmsi": self.tr("MMSI:"),
            "call_sign": self.tr("Call sign:"), "ship_type": self.tr("Type (AIS):"),
            "gross_tonnage": self.tr("Gross tonnage:"),
            "owner_operator": self.tr("Owner or operator:")})
        self.history_group.setTitle(self.tr("Former names and flags"))
        self.calls_group.setTitle(self.tr("Port calls"))
        self.history_empty.setText(self.tr("No former name or flag is recorded."))
        self.history.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Flag"),
                                                self.tr("From"), self.tr("Until")])
        self.calls_table.setHorizontalHeaderLabels([
            self.tr("Arrival"), self.tr("Departure"), self.tr("Last port"),
            self.tr("Next port"), self.tr("Berth"), self.tr("Voyage"), self.tr("Crew"),
            self.tr("Agent")])
        self._show()

    def load(self) -> bool:
        vessel = self._tasks.call(lambda: vessels.get(self._desk, self.vessel_id), self)
        if vessel is None:
            return False
        self.vessel = vessel
        self.match_badge.setVisible(self.vessel_id in load_confirmed(self._desk).vessel_ids)
        self.calls = self._tasks.call(lambda: vessels.port_calls(self._desk, self.vessel_id),
                                      self) or []
        self._show()
        return True

    def _show(self) -> None:
        v = self.vessel
        if v is None:
            return
        self.title.setText(v.name)
        self.subtitle.setText(self.tr("Vessel · %1 port calls recorded").replace(
            "%1", str(len(self.calls))))
        self.particulars.set_values({
            "name": v.name, "flag": country_text(v.flag), "imo": v.imo or "",
            "mmsi": v.mmsi or "", "call_sign": v.call_sign or "",
            "ship_type": ship_type_text(v.ship_type),
            "gross_tonnage": format_number(v.gross_tonnage),
            "owner_operator": v.owner_operator})
        warnings = [m.render(tr_core) for m in v.warnings()]
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.history.setRowCount(len(v.history))
        for row, former in enumerate(v.history):
            fill_row(self.history, row, [former.name, country_text(former.flag),
                                         format_date(former.since), format_date(former.until)],
                     former)
        fit_rows(self.history)
        self.history.setVisible(bool(v.history))
        self.history_empty.setVisible(not v.history)
        self.calls_table.setRowCount(len(self.calls))
        for row, pc in enumerate(self.calls):
            fill_row(self.calls_table, row, [
                format_moment(pc.arrival), format_moment(pc.departure), pc.last_port,
                pc.next_port, pc.berth, pc.voyage_number, format_number(pc.crew_count),
                pc.agent], pc)

    def focus_widget(self) -> QWidget:
        return self.calls_table

    def _activated(self, index: QModelIndex) -> None:
        pc = record_in(self.calls_table, index.row())
        if pc is not None and pc.id is not None:
            self.open_record.emit(Target(PORT_CALL, pc.id))

    def edit(self) -> VesselDialog | None:
        if self.vessel is None:
            return None
        dialog = VesselDialog(self._desk, self._tasks, self.vessel, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_arrival(self) -> NewArrivalDialog:
        dialog = NewArrivalDialog(self._desk, self._tasks, self.vessel_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(lambda pid: self.open_record.emit(Target(PORT_CALL, pid)))
        dialog.open()
        return dialog
