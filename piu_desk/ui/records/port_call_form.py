"""The fields of a port call (FAL Form 1): arrival, departure, last and next port, berth,
agent, voyage number, numbers of crew and passengers, each with its inline message."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.vessel import PortCall
from piu_desk.ui.admin.common import error_label, named
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.fields import CodeEdit, CountEdit, InlineErrors, port_edit, with_error

ENTRY_FORMAT = "yyyy-MM-dd HH:mm"
ISO_MINUTES = "yyyy-MM-ddTHH:mm"


def _moment_edit(name: str) -> QDateTimeEdit:
    edit = named(QDateTimeEdit(), name)
    edit.setDisplayFormat(ENTRY_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def desk_now(desk: Desk) -> QDateTime:
    """The desk clock as local time, to the minute."""
    moment = QDateTime.fromString(desk.now(), Qt.DateFormat.ISODate)
    moment = moment.toLocalTime() if moment.isValid() else QDateTime.currentDateTime()
    return moment.addSecs(-moment.time().second())


class PortCallForm(Retranslating, QWidget):
    FIELDS = ("arrival", "departure", "last_port", "next_port", "berth", "agent",
              "voyage_number", "crew_count", "passenger_count")

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arrival = _moment_edit("arrival")
        self.arrival.setDateTime(desk_now(desk))
        self.departure_known = named(QCheckBox(), "departureKnown")
        self.departure = _moment_edit("departure")
        self.departure.setDateTime(self.arrival.dateTime().addDays(1))
        self.departure.setEnabled(False)
        self.departure_known.toggled.connect(self.departure.setEnabled)
        self.last_port: CodeEdit = port_edit("lastPort")
        self.next_port: CodeEdit = port_edit("nextPort")
        self.berth = named(QLineEdit(), "berth")
        self.agent = named(QLineEdit(), "agent")
        self.voyage = named(QLineEdit(), "voyageNumber")
        self.crew_count = CountEdit("crewCount")
        self.passenger_count = CountEdit("passengerCount")
        self.fields: dict[str, QWidget] = {
            "arrival": self.arrival, "departure": self.departure, "last_port": self.last_port,
            "next_port": self.next_port, "berth": self.berth, "agent": self.agent,
            "voyage_number": self.voyage, "crew_count": self.crew_count,
            "passenger_count": self.passenger_count}
        self.general_error = error_label()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.row_labels: dict[str, QLabel] = {}
        labels: dict[str, QLabel] = {}
        for key in self.FIELDS:
            widget = self.fields[key]
            hint = widget.hint if isinstance(widget, CodeEdit) else None
            box, labels[key] = with_error(widget, hint)
            if key == "departure":
                self.form.addRow(self.departure_known, box)
            else:
                self.row_labels[key] = QLabel()
                self.form.addRow(self.row_labels[key], box)
        self.errors = InlineErrors(labels, self.general_error)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"arrival": self.tr("Arrival:"), "last_port": self.tr("Last port:"),
                 "next_port": self.tr("Next port:"), "berth": self.tr("Berth:"),
                 "agent": self.tr("Agent:"), "voyage_number": self.tr("Voyage number:"),
                 "crew_count": self.tr("Crew:"), "passenger_count": self.tr("Passengers:")}
        for key, text in texts.items():
            self.row_labels[key].setText(text)
            self.row_labels[key].setBuddy(self.fields[key])
        self.departure_known.setText(self.tr("Departure:"))
        self.departure_known.setToolTip(self.tr("Tick when the departure time is known"))
        for edit in (self.last_port, self.next_port):
            edit.setPlaceholderText(self.tr("UN/LOCODE or port name, e.g. VNSGN"))
        self.crew_count.setPlaceholderText(self.tr("number"))
        self.passenger_count.setPlaceholderText(self.tr("number"))

    def port_call(self, vessel_id: int, port_call_id: int | None = None,
                  uid: str = "") -> PortCall:
        """What the form says, for the core to validate."""
        departure = (self.departure.dateTime().toString(ISO_MINUTES)
                     if self.departure_known.isChecked() else "")
        return PortCall(
            id=port_call_id, vessel_id=vessel_id,
            arrival=self.arrival.dateTime().toString(ISO_MINUTES), departure=departure,
            last_port=self.last_port.code(), next_port=self.next_port.code(),
            berth=self.berth.text(), agent=self.agent.text(),
            voyage_number=self.voyage.text(), crew_count=self.crew_count.value(),
            passenger_count=self.passenger_count.value(), uid=uid)

    def fill(self, pc: PortCall) -> None:
        self.arrival.setDateTime(QDateTime.fromString(pc.arrival[:16], ISO_MINUTES))
        self.departure_known.setChecked(bool(pc.departure))
        if pc.departure:
            self.departure.setDateTime(QDateTime.fromString(pc.departure[:16], ISO_MINUTES))
        self.last_port.setText(pc.last_port)
        self.next_port.setText(pc.next_port)
        self.berth.setText(pc.berth)
        self.agent.setText(pc.agent)
        self.voyage.setText(pc.voyage_number)
        self.crew_count.set_value(pc.crew_count)
        self.passenger_count.set_value(pc.passenger_count)

    def show_invalid(self, field: str, text: str) -> None:
        self.errors.set(field, text)
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()
