"""The two sides of an alert as labelled facts: "What we saw" (the screened record) and "What
the watchlist says" (the entry). The facts compared come first, in the same order on both
sides, each marked with how well it agrees (alert_compare); what only one side has follows.
`FactsBox` shows one side, the agreeing values highlighted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from piu_desk.core.domain.handling import HANDLING_LABELS
from piu_desk.core.domain.watchlist import ORIGIN_LABELS, WatchEntry
from piu_desk.core.intel.matching import PersonProfile, VesselProfile
from piu_desk.ui.errors import tr_core
from piu_desk.ui.intel.alert_compare import Agreement, person_fields, vessel_fields
from piu_desk.ui.intel.alerts_rows import PORT_CALL, AlertRow
from piu_desk.ui.intel.alerts_texts import person_name, port_call_text
from piu_desk.ui.records.common import (
    DASH,
    MUTED_STYLE,
    country_text,
    format_date,
    value_label,
)

SAME_STYLE = ("QLabel { background: #fff0a0; border: 1px solid #e2c300; border-radius: 3px; "
              "padding: 2px 4px; font-weight: bold; }")
CLOSE_STYLE = ("QLabel { background: #fff9dc; border: 1px dashed #d9b600; border-radius: 3px; "
               "padding: 2px 4px; }")
PLAIN_STYLE = "QLabel { border: 1px solid transparent; padding: 2px 4px; }"

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


@dataclass(frozen=True)
class Fact:
    key: str  # a key of `labels()`
    value: str
    agreement: Agreement = Agreement.OTHER


def labels() -> dict[str, str]:
    """Each fact's label in the UI language."""
    return {
        "names": translate("Alerts", "Names:"),
        "date_of_birth": translate("Alerts", "Date of birth:"),
        "nationality": translate("Alerts", "Nationality:"),
        "documents": translate("Alerts", "Documents:"),
        "imo": translate("Alerts", "IMO number:"),
        "mmsi": translate("Alerts", "MMSI:"),
        "call_sign": translate("Alerts", "Call sign:"),
        "flag": translate("Alerts", "Flag state:"),
        "rank": translate("Alerts", "Rank or rating:"),
        "circumstances": translate("Alerts", "Circumstances:"),
        "port_call": translate("Alerts", "Port call:"),
        "reason": translate("Alerts", "Reason:"),
        "issuer": translate("Alerts", "Issuing unit:"),
        "origin": translate("Alerts", "Entered:"),
        "issued": translate("Alerts", "Issued:"),
        "expires": translate("Alerts", "Expires:"),
        "handling": translate("Alerts", "Handling:"),
        "gone": translate("Alerts", "Record:"),
    }


def _birth(value: str) -> str:
    if len(value) == 4:
        return translate("Alerts", "%1 (year only)").replace("%1", value)
    return format_date(value)


def _also(template: str, names: tuple[str, ...]) -> list[str]:
    """Each further name with its word ("formerly %1", "alias %1")."""
    return [template.replace("%1", n) for n in names]


def seen_facts(row: AlertRow, agree: dict[str, Agreement]) -> list[Fact]:
    """What we saw, compared facts first."""
    where = Fact("port_call", port_call_text(row))
    v, m, p = row.vessel, row.member, row.aboard
    if row.kind == PORT_CALL and v is not None:
        former = _also(translate("Alerts", "formerly %1"), tuple(h.name for h in v.history))
        return [*_vessel_common(agree, [v.name, *former], v.imo or "", v.mmsi or "",
                                v.call_sign or "", v.flag), where]
    if m is not None:
        document = " ".join(x for x in (m.document_type, m.document_number,
                                        f"({m.document_issuer})" if m.document_issuer else "")
                            if x)
        return [*_person_common(agree, [person_name(m.family_name, m.given_names)],
                                format_date(m.date_of_birth), m.nationality, [document]),
                Fact("rank", m.rank), where]
    if p is not None:
        age = translate("Alerts", "age %1").replace("%1", str(p.age)) \
            if p.age is not None else ""
        born = format_date(p.date_of_birth) if p.date_of_birth else age
        return [*_person_common(agree, [person_name(p.family_name, p.given_names)], born,
                                p.nationality, []),
                Fact("circumstances", p.circumstances), where]
    return [Fact("gone", translate("Alerts", "This record is no longer in the store."))]


def entry_facts(row: AlertRow, agree: dict[str, Agreement]) -> list[Fact]:
    """What the watchlist says, compared facts first."""
    e = row.entry
    if e is None:
        return [Fact("gone", translate("Alerts", "This entry is no longer on the watchlist."))]
    if row.kind == PORT_CALL:
        names = [e.name, *_also(translate("Alerts", "formerly %1"), e.names[1:])]
        facts = _vessel_common(agree, names, e.imo, e.mmsi, e.call_sign, e.flag)
    else:
        names = [e.name, *_also(translate("Alerts", "alias %1"), e.names[1:])]
        facts = _person_common(agree, names, _birth(e.date_of_birth), e.nationality,
                               list(e.documents))
    return [*facts, *_about(e)]


def _compared(agree: dict[str, Agreement], values: dict[str, str]) -> list[Fact]:
    return [Fact(key, value, agree.get(key, Agreement.OTHER)) for key, value in values.items()]


def _person_common(agree: dict[str, Agreement], names: list[str], born: str,
                   nationality: str, documents: list[str]) -> list[Fact]:
    return _compared(agree, {"names": "\n".join(names), "date_of_birth": born,
                             "nationality": country_text(nationality),
                             "documents": "\n".join(d for d in documents if d)})


def _vessel_common(agree: dict[str, Agreement], names: list[str], imo: str, mmsi: str,
                   call_sign: str, flag: str) -> list[Fact]:
    return _compared(agree, {"names": "\n".join(names), "imo": imo, "mmsi": mmsi,
                             "call_sign": call_sign, "flag": country_text(flag)})


def _about(e: WatchEntry) -> list[Fact]:
    return [Fact("reason", e.reason), Fact("issuer", e.issuer),
            Fact("origin", tr_core("Intel", ORIGIN_LABELS[e.origin])),
            Fact("issued", format_date(e.issued)),
            Fact("expires", format_date(e.expires) or translate("Alerts", "No expiry")),
            Fact("handling", tr_core("Intel", HANDLING_LABELS[e.handling]))]


class FactsBox(QGroupBox):
    """One side of the alert: labels on the left, values on the right, highlighted when
    they agree with the other side."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel] = {}
        self.facts: list[Fact] = []

    def set_facts(self, facts: list[Fact]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # hidden now: deleted when the event loop gets to it
                widget.hide()
                widget.deleteLater()
        self.values, self.facts = {}, list(facts)
        names = labels()
        for row, fact in enumerate(facts):
            label = QLabel(names[fact.key])
            label.setStyleSheet(MUTED_STYLE)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = value_label(f"fact_{fact.key}")
            value.setText(fact.value or DASH)
            value.setStyleSheet({Agreement.SAME: SAME_STYLE, Agreement.CLOSE: CLOSE_STYLE}
                                .get(fact.agreement, PLAIN_STYLE))
            value.setToolTip({Agreement.SAME: translate("Alerts", "The same on both sides"),
                              Agreement.CLOSE: translate("Alerts", "Close on both sides")}
                             .get(fact.agreement, ""))
            value.setProperty("agreement", fact.agreement.value)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(value, row, 1)
            self.values[fact.key] = value
        self.grid.setRowStretch(len(facts), 1)

    def agreement(self, key: str) -> Agreement:
        """How the fact `key` agrees (for tests and the screen reader)."""
        for fact in self.facts:
            if fact.key == key:
                return fact.agreement
        return Agreement.OTHER


def compare(row: AlertRow, today: date) -> dict[str, Agreement]:
    """How each compared fact of the alert agrees."""
    ours, theirs = row.seen_profile(today), row.entry_profile()
    if isinstance(ours, VesselProfile) and isinstance(theirs, VesselProfile):
        return vessel_fields(ours, theirs)
    if isinstance(ours, PersonProfile) and isinstance(theirs, PersonProfile):
        return person_fields(ours, theirs)
    return {}
