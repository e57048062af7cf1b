"""What the officer's entry screens share (inspections, crew lists, persons found aboard):
the port call they belong to, dates in the UI language and banners."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from piu_desk.core.desk import Desk
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.errors import DeskError
from piu_desk.core.records import port_calls, vessels
from piu_desk.ui.errors import tr_core

MOMENT_FORMAT = "d MMM yyyy HH:mm"
DAY_FORMAT = "d MMM yyyy"
BANNERS = {
    "info": "background: #e8f0fe; border: 1px solid #8ab4f8; color: #174ea6;",
    "warning": "background: #fff4e5; border: 2px solid #e0a030; color: #5a3a00;",
    "ok": "background: #e6f4ea; border: 1px solid #81c995; color: #0d652d;",
    "error": "background: #fce8e6; border: 1px solid #ee675c; color: #a50e0e;",
}


def records_text(source: str) -> str:
    """A label the core marked in context "Records" (types, outcomes, statuses, ...)."""
    return tr_core("Records", source)


def desk_today(desk: Desk) -> date:
    """Today by the desk's clock, in local time."""
    return datetime.fromisoformat(desk.now()).astimezone().date()


def _moment(iso: str) -> QDateTime:
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if moment.isValid() and moment.timeSpec() != Qt.TimeSpec.LocalTime:
        moment = moment.toLocalTime()  # stored in UTC: shown in the desk's time
    return moment


def format_moment(iso: str) -> str:
    """An ISO date-time in the UI language; port times (no zone) are shown as they are."""
    moment = _moment(iso)
    return QLocale().toString(moment, MOMENT_FORMAT) if moment.isValid() else iso


def format_day(iso: str) -> str:
    day = QDateTime.fromString(iso[:10], "yyyy-MM-dd")
    return QLocale().toString(day.date(), DAY_FORMAT) if day.isValid() else iso


def number(value: int) -> str:
    """An integer in the UI language's digits."""
    return QLocale().toString(value)


@dataclass(frozen=True)
class PortCallInfo:
    port_call: PortCall
    vessel: Vessel | None


def load_port_call(desk: Desk, port_call_id: int) -> PortCallInfo:
    """The port call and its vessel (None when the vessel cannot be read)."""
    call = port_calls.get(desk, port_call_id)
    try:
        vessel: Vessel | None = vessels.get(desk, call.vessel_id)
    except DeskError:
        vessel = None
    return PortCallInfo(call, vessel)


def vessel_line(info: PortCallInfo) -> str:
    """"MEKONG TRADER (KHM, IMO 9074729)", translated."""
    vessel = info.vessel
    name = vessel.name if vessel else info.port_call.vessel_name
    if vessel is None:
        return name
    if vessel.imo:
        text = QCoreApplication.translate("EntryCommon", "{name} ({flag}, IMO {imo})")
    else:
        text = QCoreApplication.translate("EntryCommon", "{name} ({flag})")
    return text.replace("{name}", name).replace("{flag}", vessel.flag).replace(
        "{imo}", vessel.imo or "")


def port_call_line(info: PortCallInfo) -> str:
    """"Arrived 27 Nov 2026 08:30 · berth B3 · voyage V-112", translated."""
    call = info.port_call
    parts = [QCoreApplication.translate("EntryCommon", "Arrived {when}").replace(
        "{when}", format_moment(call.arrival))]
    if call.berth:
        parts.append(QCoreApplication.translate("EntryCommon", "berth {berth}").replace(
            "{berth}", call.berth))
    if call.voyage_number:
        parts.append(QCoreApplication.translate("EntryCommon", "voyage {voyage}").replace(
            "{voyage}", call.voyage_number))
    if call.last_port:
        parts.append(QCoreApplication.translate("EntryCommon", "from {port}").replace(
            "{port}", call.last_port))
    return " · ".join(parts)


def heading_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def banner(name: str) -> QLabel:
    """A boxed message across the dialog; `set_banner` gives it its text and colour."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)  # callers escape what they put in
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def set_banner(label: QLabel, kind: str, text: str) -> None:
    label.setStyleSheet(f"QLabel {{ {BANNERS[kind]} border-radius: 4px; padding: 8px; }}")
    label.setText(text)
    label.setVisible(bool(text))


def not_default(*buttons: QPushButton) -> None:
    """Enter in a field must not press these (a desk MRZ reader ends each line with it)."""
    for button in buttons:
        button.setAutoDefault(False)
        button.setDefault(False)
