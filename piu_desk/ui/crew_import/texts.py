"""What the crew-list import screens say about the core's records: messages rendered in the
UI language, the sheet's particulars as an officer reads them, the vessel and port call a
list goes to, and the colours of the row statuses."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from piu_desk.core.desk import Desk
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.imports.particulars import Particular, ParticularValue
from piu_desk.core.text import Message
from piu_desk.ui.errors import tr_core
from piu_desk.ui.records.common import country_text, format_date, format_moment, port_text

# (background, text) of each row status, and of a warning.
VALID_COLOURS = ("#e6f4ea", "#0d652d")
PROBLEM_COLOURS = ("#fce8e6", "#a50e0e")
SKIPPED_COLOURS = ("#f1f3f4", "#5f6368")
WARNING_TEXT = "#8a4b00"
MUTED = "#5f6368"


def render(message: Message) -> str:
    return message.render(tr_core)


def rendered(messages: Iterable[Message]) -> list[str]:
    return [render(m) for m in messages]


def import_label(source: str) -> str:
    """A label the core marked in context "Import" (fields, particulars)."""
    return tr_core("Import", source)


def desk_today(desk: Desk) -> date:
    """Today by the desk's clock, in local time (tests set the clock)."""
    return datetime.fromisoformat(desk.now()).astimezone().date()


def direction_text(value: str) -> str:
    if value == "departure":
        return QCoreApplication.translate("CrewImport", "Departure")
    if value == "arrival":
        return QCoreApplication.translate("CrewImport", "Arrival")
    return ""


def particular_value_text(item: ParticularValue) -> str:
    """The normalised value as shown: ports and flags with their names, dates in the UI
    language; "" when nothing usable was read."""
    if not item.value:
        return ""
    if item.key in (Particular.PORT, Particular.LAST_PORT):
        return port_text(item.value)
    if item.key is Particular.FLAG:
        return country_text(item.value)
    if item.key is Particular.DATE:
        return format_date(item.value)
    if item.key is Particular.DIRECTION:
        return direction_text(item.value)
    return item.value


def reason_text(reason: str) -> str:
    """Why a registered vessel was taken for the sheet's ship."""
    texts = {"imo": QCoreApplication.translate("CrewImport", "same IMO number"),
             "mmsi": QCoreApplication.translate("CrewImport", "same MMSI"),
             "call_sign": QCoreApplication.translate("CrewImport", "same call sign"),
             "name_flag": QCoreApplication.translate("CrewImport", "same name and flag")}
    return texts.get(reason, reason)


def vessel_name(vessel: Vessel) -> str:
    """"SEA STAR (KHM, IMO 9074729)"."""
    if vessel.imo:
        text = QCoreApplication.translate("CrewImport", "%1 (%2, IMO %3)").replace(
            "%3", vessel.imo)
    else:
        text = QCoreApplication.translate("CrewImport", "%1 (%2)")
    return text.replace("%1", vessel.name).replace("%2", vessel.flag)


def call_moment(call: PortCall) -> str:
    """"arrival 28 Apr 2026 06:00" (the time left out when the sheet gave only the day)."""
    when = call.arrival
    shown = format_date(when) if when.endswith("T00:00") else format_moment(when)
    return QCoreApplication.translate("CrewImport", "arrival %1").replace("%1", shown)


def call_line(call: PortCall) -> str:
    """A port call in a list: "SEA STAR (KHM) · arrival 28 Apr 2026 06:00 · from VNSGN"."""
    parts = [f"{call.vessel_name} ({call.vessel_flag})" if call.vessel_flag
             else call.vessel_name, call_moment(call)]
    if call.voyage_number:
        parts.append(QCoreApplication.translate("CrewImport", "voyage %1").replace(
            "%1", call.voyage_number))
    if call.last_port:
        parts.append(QCoreApplication.translate("CrewImport", "from %1").replace(
            "%1", call.last_port))
    return " · ".join(p for p in parts if p)
