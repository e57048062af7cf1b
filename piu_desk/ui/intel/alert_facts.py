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


@dataclass(frozen=True)
class Fact:
    key: str
    label: str
    value: str
    agreement: Agreement = Agreement.OTHER


def _tr(text: str) -> str:
    return QCoreApplication.translate("AlertFacts", text)


def _birth(value: str) -> str:
    if len(value) == 4:
        return _tr("%1 (year only)").replace("%1", value)
    return format_date(value)


def seen_facts(row: AlertRow, agree: dict[str, Agreement]) -> list[Fact]:
    """What we saw, compared facts first."""
    if row.kind == PORT_CALL:
        v = row.vessel
        if v is None:
            return [Fact("names", _tr("Name:"), row.port_call.vessel_name
                         if row.port_call else "")]
        former = [h.name for h in v.history]
        return [
            *_vessel_common(agree, [v.name, *(_tr("formerly %1").replace("%1", n)
                                               for n in former)],
                            v.imo or "", v.mmsi or "", v.call_sign or "", v.flag),
            Fact("port_call", _tr("Port call:"), port_call_text(row))]
    m, p = row.member, row.aboard
    if m is not None:
        document = " ".join(x for x in (m.document_type, m.document_number,
                                        f"({m.document_issuer})" if m.document_issuer else "")
                            if x)
        return [*_person_common(agree, [person_name(m.family_name, m.given_names)],
                                format_date(m.date_of_birth), m.nationality, [document]),
                Fact("rank", _tr("Rank or rating:"), m.rank),
                Fact("port_call", _tr("Port call:"), port_call_text(row))]
    if p is not None:
        born = format_date(p.date_of_birth) if p.date_of_birth else (
            _tr("age %1").replace("%1", str(p.age)) if p.age is not None else "")
        return [*_person_common(agree, [person_name(p.family_name, p.given_names)], born,
                                p.nationality, []),
                Fact("circumstances", _tr("Circumstances:"), p.circumstances),
                Fact("port_call", _tr("Port call:"), port_call_text(row))]
    return [Fact("gone", _tr("Record:"), _tr("This record is no longer in the store."))]


def entry_facts(row: AlertRow, agree: dict[str, Agreement]) -> list[Fact]:
    """What the watchlist says, compared facts first."""
    e = row.entry
    if e is None:
        return [Fact("gone", _tr("Entry:"), _tr("This entry is no longer on the watchlist."))]
    if row.kind == PORT_CALL:
        names = [e.name, *(_tr("formerly %1").replace("%1", n) for n in e.names[1:])]
        facts = _vessel_common(agree, names, e.imo, e.mmsi, e.call_sign, e.flag)
    else:
        names = [e.name, *(_tr("alias %1").replace("%1", n) for n in e.names[1:])]
        facts = _person_common(agree, names, _birth(e.date_of_birth), e.nationality,
                               list(e.documents))
    return [*facts, *_about(e)]


def _person_common(agree: dict[str, Agreement], names: list[str], born: str,
                   nationality: str, documents: list[str]) -> list[Fact]:
    return [Fact("names", _tr("Names:"), "\n".join(names), agree.get("names", Agreement.OTHER)),
            Fact("date_of_birth", _tr("Date of birth:"), born,
                 agree.get("date_of_birth", Agreement.OTHER)),
            Fact("nationality", _tr("Nationality:"), country_text(nationality),
                 agree.get("nationality", Agreement.OTHER)),
            Fact("documents", _tr("Documents:"), "\n".join(d for d in documents if d),
                 agree.get("documents", Agreement.OTHER))]


def _vessel_common(agree: dict[str, Agreement], names: list[str], imo: str, mmsi: str,
                   call_sign: str, flag: str) -> list[Fact]:
    def fact(key: str, label: str, value: str) -> Fact:
        return Fact(key, label, value, agree.get(key, Agreement.OTHER))
    return [fact("names", _tr("Names:"), "\n".join(names)),
            fact("imo", _tr("IMO number:"), imo), fact("mmsi", _tr("MMSI:"), mmsi),
            fact("call_sign", _tr("Call sign:"), call_sign),
            fact("flag", _tr("Flag state:"), country_text(flag))]


def _about(e: WatchEntry) -> list[Fact]:
    return [Fact("reason", _tr("Reason:"), e.reason),
            Fact("issuer", _tr("Issuing unit:"), e.issuer),
            Fact("origin", _tr("Entered:"), tr_core("Intel", ORIGIN_LABELS[e.origin])),
            Fact("issued", _tr("Issued:"), format_date(e.issued)),
            Fact("expires", _tr("Expires:"), format_date(e.expires) or _tr("No expiry")),
            Fact("handling", _tr("Handling:"), tr_core("Intel", HANDLING_LABELS[e.handling]))]


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
        for row, fact in enumerate(facts):
            label = QLabel(fact.label)
            label.setStyleSheet(MUTED_STYLE)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = value_label(f"fact_{fact.key}")
            value.setText(fact.value or DASH)
            value.setStyleSheet({Agreement.SAME: SAME_STYLE, Agreement.CLOSE: CLOSE_STYLE}
                                .get(fact.agreement, PLAIN_STYLE))
            value.setToolTip({Agreement.SAME: _tr("The same on both sides"),
                              Agreement.CLOSE: _tr("Close on both sides")}
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
