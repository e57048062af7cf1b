"""Where the crew list goes: the vessel and port call matched from the sheet's particulars,
or the new ones that will be recorded, or the port call the officer chose instead; and
whether the list is for the arrival or the departure."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from piu_desk.core.domain.crew import Direction
from piu_desk.core.domain.vessel import PortCall
from piu_desk.core.records.crew_import import ImportPlan
from piu_desk.ui.crew_import.texts import (
    PROBLEM_COLOURS,
    WARNING_TEXT,
    call_moment,
    reason_text,
    rendered,
    vessel_name,
)
from piu_desk.ui.i18n import Retranslating


@dataclass(frozen=True)
class Match:
    """The plan from the sheet, the port call chosen over it (if any), the ship's name in
    the sheet."""

    plan: ImportPlan | None = None
    chosen: PortCall | None = None
    sheet_ship: str = ""

    @property
    def target_known(self) -> bool:
        """Whether the rows have somewhere to go."""
        p = self.plan
        if self.chosen is not None or (p is not None and p.port_call is not None):
            return True
        return p is not None and (p.vessel or p.new_vessel) is not None \
            and p.new_port_call is not None

    @property
    def other_ship(self) -> bool:
        """The chosen port call is not of the ship the sheet names."""
        if self.chosen is None or self.plan is None or not self.sheet_ship:
            return False
        if self.plan.vessel is not None:
            return self.plan.vessel.id != self.chosen.vessel_id
        return self.sheet_ship != self.chosen.vessel_name


def _value(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setContentsMargins(0, 2, 0, 0)
    return label


class MatchPanel(Retranslating, QGroupBox):
    choose = Signal()  # the officer wants to choose another port call
    use_sheet = Signal()  # back to the vessel and port call matched from the sheet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("match")
        self.match = Match()
        self.labels = [QLabel() for _ in range(3)]
        self.vessel = _value("vesselMatch")
        self.port_call = _value("portCallMatch")
        self.direction = QComboBox()
        self.direction.setObjectName("direction")
        self.direction.addItem("", Direction.ARRIVAL)
        self.direction.addItem("", Direction.DEPARTURE)
        self.problem = _value("matchProblem")
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("choosePortCall")
        self.sheet_button = QPushButton()
        self.sheet_button.setObjectName("useSheetMatch")
        for button in (self.choose_button, self.sheet_button):
            button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        self.sheet_button.clicked.connect(self.use_sheet)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        for row, (label, value) in enumerate(zip(self.labels, (self.vessel, self.port_call,
                                                              self.direction), strict=True)):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 2, 0, 0)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignLeft if value is self.direction
                           else Qt.AlignmentFlag(0))
        grid.addWidget(self.problem, 3, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        self.direction.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where the crew list goes"))
        for label, text in zip(self.labels, (self.tr("Vessel:"), self.tr("Port call:"),
                                             self.tr("Crew list for:")), strict=True):
            label.setText(text)
        self.direction.setItemText(0, self.tr("Arrival"))
        self.direction.setItemText(1, self.tr("Departure"))
        self.sheet_button.setText(self.tr("Use the sheet's vessel and port call"))
        self.show_match(self.match)

    def chosen_direction(self) -> Direction:
        return Direction(self.direction.currentData())

    def set_direction(self, direction: Direction) -> None:
        self.direction.setCurrentIndex(self.direction.findData(direction))

    def show_match(self, match: Match) -> None:
        self.match = match
        self.vessel.setText(self._vessel_text())
        call_text, missing = self._call_text()
        self.port_call.setText(call_text)
        self.port_call.setStyleSheet(f"color: {PROBLEM_COLOURS[1]};" if missing else "")
        self._show_problem()
        self.choose_button.setText(self.tr("Choose another port call…")
                                   if match.target_known else self.tr("Choose the port call…"))
        plan = match.plan
        self.sheet_button.setVisible(match.chosen is not None and plan is not None
                                     and not plan.problems)

    def _vessel_text(self) -> str:
        m, plan = self.match, self.match.plan
        if m.chosen is not None:
            name = m.chosen.vessel_name
            if m.chosen.vessel_flag:
                name = self.tr("%1 (%2)").replace("%1", name).replace("%2", m.chosen.vessel_flag)
            return self.tr("%1 — the vessel of the port call chosen").replace("%1", name)
        if plan is not None and plan.vessel is not None:
            return self.tr("%1 — already registered (%2)").replace(
                "%1", vessel_name(plan.vessel)).replace("%2", reason_text(plan.vessel_reason))
        if plan is not None and plan.new_vessel is not None:
            return self.tr("%1 — new vessel, will be registered").replace(
                "%1", vessel_name(plan.new_vessel))
        return self.tr("not known from the sheet")

    def _call_text(self) -> tuple[str, bool]:
        m, plan = self.match, self.match.plan
        if m.chosen is not None:
            return self.tr("%1 — registered, chosen by you").replace(
                "%1", call_moment(m.chosen)), False
        if plan is not None and plan.port_call is not None:
            return self.tr("%1 — registered").replace("%1", call_moment(plan.port_call)), False
        if plan is not None and plan.new_port_call is not None:
            return self.tr("%1 — new port call, will be recorded").replace(
                "%1", call_moment(plan.new_port_call)), False
        if plan is not None and not plan.problems:
            return self.tr("The sheet gives no date of arrival or departure: choose the port "
                           "call."), True
        return self.tr("none yet: choose the port call"), True

    def _show_problem(self) -> None:
        m = self.match
        if m.chosen is None and m.plan is not None and m.plan.problems:
            text, colour = "\n".join(rendered(m.plan.problems)), PROBLEM_COLOURS[1]
        elif m.other_ship:
            text = self.tr("Check the port call: the sheet names the ship %1, not this "
                           "vessel.").replace("%1", m.sheet_ship)
            colour = WARNING_TEXT
        else:
            text, colour = "", ""
        self.problem.setText(text)
        self.problem.setStyleSheet(f"color: {colour}; font-weight: bold;" if text else "")
        self.problem.setVisible(bool(text))
