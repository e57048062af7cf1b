"""How an alert reads in the inbox and its detail: its status, what was screened and where,
the score, and the reasons in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from piu_desk.core.intel.alerts import DISPOSITION_LABELS, OPEN, Disposition
from piu_desk.ui.admin.common import local_time
from piu_desk.ui.errors import tr_core
from piu_desk.ui.intel.alerts_rows import CREW_MEMBER, PERSON_ABOARD, PORT_CALL, AlertRow
from piu_desk.ui.records.common import MOMENT_FORMAT, format_date, format_moment

STATUS_COLOURS = {OPEN: "#b00020", Disposition.CONFIRMED.value: "#8a0016",
                  Disposition.HQ_CHECK.value: "#a15c00",
                  Disposition.FALSE_POSITIVE.value: "#5f6368"}

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for



def when_text(iso: str) -> str:
    """A stored (UTC) time as the desk's local time, to the minute."""
    moment = local_time(iso)
    return QLocale().toString(moment, MOMENT_FORMAT) if moment.isValid() else iso


def status_text(status: str) -> str:
    if status == OPEN:
        return translate("Alerts", "Open")
    try:
        return tr_core("Intel", DISPOSITION_LABELS[Disposition(status)])
    except ValueError:
        return status


def person_name(family: str, given: str) -> str:
    return f"{family} {given}".strip()


def subject_name(row: AlertRow) -> str:
    """The screened person's or vessel's name as recorded."""
    if row.member is not None:
        return person_name(row.member.family_name, row.member.given_names)
    if row.aboard is not None:
        return person_name(row.aboard.family_name, row.aboard.given_names)
    if row.vessel is not None:
        return row.vessel.name
    if row.port_call is not None:
        return row.port_call.vessel_name
    return translate("Alerts", "(record no longer there)")


def kind_text(kind: str) -> str:
    return {CREW_MEMBER: translate("Alerts", "Crew list member"),
            PERSON_ABOARD: translate("Alerts", "Person found aboard"),
            PORT_CALL: translate("Alerts", "Port call vessel")}.get(kind, kind)


def short_kind_text(kind: str) -> str:
    return {CREW_MEMBER: translate("Alerts", "Crew"),
            PERSON_ABOARD: translate("Alerts", "Found aboard"),
            PORT_CALL: translate("Alerts", "Vessel")}.get(kind, kind)


def screened_text(row: AlertRow, short: bool = False) -> str:
    """"Crew list member: NGUYEN VAN AN"; `short`: "Crew: NGUYEN VAN AN"."""
    kind = short_kind_text(row.kind) if short else kind_text(row.kind)
    return translate("Alerts", "{kind}: {name}").replace("{kind}", kind) \
        .replace("{name}", subject_name(row))


def port_call_text(row: AlertRow, short: bool = False) -> str:
    """"HAI PHONG STAR, arrived 27 Nov 2026 08:30"; `short`: "HAI PHONG STAR · 27 Nov 2026"."""
    call = row.port_call
    if call is None:
        return ""
    name = row.vessel.name if row.vessel is not None else call.vessel_name
    if short:
        return f"{name} · {format_date(call.arrival)}"
    return translate("Alerts", "{vessel}, arrived {when}").replace("{vessel}", name) \
        .replace("{when}", format_moment(call.arrival))


def entry_text(row: AlertRow) -> str:
    if row.entry is None:
        return translate("Alerts", "(entry no longer on the watchlist)")
    return row.entry.name


def score_text(score: float) -> str:
    return QLocale().toString(score, "f", 2)


def reasons_text(row: AlertRow) -> str:
    """"date of birth equal; name similarity 0.93; nationality equal"."""
    return "; ".join(m.render(tr_core) for m in row.alert.reasons)
