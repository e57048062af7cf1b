"""One alert in detail: what was screened and the entry it matched side by side ("What we
saw" / "What the watchlist says"), the agreeing facts highlighted, the score and the reasons
in words; links to the screened record; and the officer's decision (alert_decision)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from piu_desk.core.desk import Desk
from piu_desk.ui.admin.common import named
from piu_desk.ui.entry_common import desk_today, heading_label, not_default
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.alert_decision import DecisionBox
from piu_desk.ui.intel.alert_facts import (
    CLOSE_STYLE,
    SAME_STYLE,
    FactsBox,
    compare,
    entry_facts,
    seen_facts,
)
from piu_desk.ui.intel.alerts_rows import CREW_MEMBER, PERSON_ABOARD, PORT_CALL, AlertRow
from piu_desk.ui.intel.alerts_texts import (
    STATUS_COLOURS,
    reasons_text,
    score_text,
    screened_text,
    status_text,
    when_text,
)
from piu_desk.ui.records.common import ABOARD, CREW, MUTED_STYLE, PERSON, VESSEL, Target
from piu_desk.ui.records.common import PORT_CALL as PORT_CALL_PAGE
from piu_desk.ui.tasks import TaskRunner


class AlertDetail(Retranslating, QWidget):
    open_record = Signal(object)  # a Target

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertDetail")
        self._desk = desk
        self.row: AlertRow | None = None
        self.heading = heading_label("alertHeading")
        self.summary = named(QLabel(), "alertSummary")
        self.why = named(QLabel(), "alertWhy")
        self.why.setWordWrap(True)
        self.status = named(QLabel(), "alertStatus")
        self.legend_label = QLabel()
        self.legend_label.setStyleSheet(MUTED_STYLE)
        self.same_swatch = named(QLabel(), "legendSame")
        self.same_swatch.setStyleSheet(SAME_STYLE)
        self.close_swatch = named(QLabel(), "legendClose")
        self.close_swatch.setStyleSheet(CLOSE_STYLE)
        self.seen = FactsBox("whatWeSaw")
        self.listed = FactsBox("whatTheWatchlistSays")
        self.person_button = named(QPushButton(), "openPerson")
        self.port_call_button = named(QPushButton(), "openPortCall")
        self.vessel_button = named(QPushButton(), "openVessel")
        not_default(self.person_button, self.port_call_button, self.vessel_button)
        self.person_button.clicked.connect(lambda: self._open(PERSON))
        self.port_call_button.clicked.connect(lambda: self._open(PORT_CALL_PAGE))
        self.vessel_button.clicked.connect(lambda: self._open(VESSEL))
        self.decision = DecisionBox(desk, tasks)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        links = QHBoxLayout()
        links.addWidget(self.person_button)
        links.addWidget(self.port_call_button)
        links.addWidget(self.vessel_button)
        links.addStretch(1)
        left = QVBoxLayout()  # the record is shorter than the entry: the decision under it
        left.addWidget(self.seen)
        left.addLayout(links)
        left.addWidget(self.decision)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.listed)
        right.addStretch(1)
        sides = QHBoxLayout()
        sides.addLayout(left, 1)
        sides.addLayout(right, 1)
        summary = QHBoxLayout()
        summary.addWidget(self.summary)
        summary.addWidget(self.status)
        summary.addStretch(1)
        summary.addWidget(self.legend_label)
        summary.addWidget(self.same_swatch)
        summary.addWidget(self.close_swatch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(summary)
        layout.addWidget(self.why)
        layout.addLayout(sides, 1)

    def retranslate(self) -> None:
        self.seen.setTitle(self.tr("What we saw"))
        self.listed.setTitle(self.tr("What the watchlist says"))
        self.legend_label.setText(self.tr("Marked:"))
        self.same_swatch.setText(self.tr("the same on both sides"))
        self.close_swatch.setText(self.tr("close: a spelling, a digit or a year apart"))
        self.person_button.setText(self.tr("Open the person's page"))
        self.port_call_button.setText(self.tr("Open the port call"))
        self.vessel_button.setText(self.tr("Open the vessel's page"))
        self.show_row(self.row)

    def show_row(self, row: AlertRow | None) -> None:
        """Show `row` (None: nothing chosen); the decision's note is kept while the same
        alert stays chosen."""
        self.row = row
        self.decision.show_alert(row.alert if row is not None else None)
        if row is None:
            return
        self.heading.setText(screened_text(row))
        self.summary.setText(self.tr("Score %1 · raised %2 ·").replace(
            "%1", score_text(row.alert.score)).replace("%2", when_text(row.alert.created_at)))
        colour = STATUS_COLOURS.get(row.alert.status, "#000000")
        self.status.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        self.status.setText(status_text(row.alert.status))
        self.why.setText(self.tr("Why: %1").replace("%1", reasons_text(row)))
        agree = compare(row, desk_today(self._desk))
        self.seen.set_facts(seen_facts(row, agree))
        self.listed.set_facts(entry_facts(row, agree))
        self.person_button.setVisible(row.kind in (CREW_MEMBER, PERSON_ABOARD)
                                      and row.person_id is not None)
        self.port_call_button.setVisible(row.port_call is not None)
        self.vessel_button.setVisible(row.kind == PORT_CALL and row.vessel_id is not None)

    def _open(self, kind: str) -> None:
        row = self.row
        if row is None:
            return
        if kind == PERSON and row.person_id is not None:
            self.open_record.emit(Target(PERSON, row.person_id))
        elif kind == VESSEL and row.vessel_id is not None:
            self.open_record.emit(Target(VESSEL, row.vessel_id))
        elif kind == PORT_CALL_PAGE and row.port_call is not None and row.port_call.id:
            tab = {CREW_MEMBER: CREW, PERSON_ABOARD: ABOARD}.get(row.kind, "")
            self.open_record.emit(Target(PORT_CALL_PAGE, row.port_call.id, tab))
