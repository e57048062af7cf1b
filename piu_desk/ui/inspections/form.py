"""The fields of an inspection — started at, type, risk, outcome, boarding officers and
findings — with a message line under each, editable or read-only. The inspection dialog
edits with it; the Approvals section shows a submitted inspection with it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.domain.inspection import (
    OUTCOME_LABELS,
    RISK_LABELS,
    TYPE_LABELS,
    Inspection,
    InspectionType,
    Outcome,
    Risk,
    Status,
    submit_ready,
    validate_inspection,
)
from piu_desk.core.errors import Invalid
from piu_desk.ui.admin.common import FieldErrors, error_label, named, with_error
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.inspections.labels import choose, chosen, fill_combo, retranslate_combo
from piu_desk.ui.inspections.officers_list import OfficersList

STORED_FORMAT = "yyyy-MM-ddTHH:mm"  # the port's local time, as port calls are kept
SHOWN_FORMAT = "d MMM yyyy  HH:mm"


def _stand_in(i: Inspection, field: str) -> Inspection | None:
    """`i` with a field already reported made acceptable, so the next check can speak."""
    if field == "officers":
        return replace(i, officers=("-",))
    if field == "outcome":
        return replace(i, outcome=Outcome.CLEARED)
    if field == "findings":
        return replace(i, findings="-")
    return None


def submit_problems(candidate: Inspection) -> list[Invalid]:
    """Everything that stops `candidate` being submitted, each with its field, at once."""
    problems: list[Invalid] = []
    current: Inspection | None = candidate
    while current is not None and len(problems) < 4:
        try:
            submit_ready(validate_inspection(current))
            break
        except Invalid as exc:
            problems.append(exc)
            current = _stand_in(current, exc.field)
    return problems


class InspectionForm(Retranslating, QWidget):
    FIELDS = ("started_at", "type", "risk", "outcome", "officers", "findings")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionForm")
        self.started_at = named(QDateTimeEdit(), "startedAt")
        self.started_at.setCalendarPopup(True)
        self.started_at.setDisplayFormat(SHOWN_FORMAT)
        self.type_box = named(QComboBox(), "inspectionType")
        self.risk_box = named(QComboBox(), "risk")
        self.outcome_box = named(QComboBox(), "outcome")
        fill_combo(self.type_box, TYPE_LABELS)
        fill_combo(self.risk_box, RISK_LABELS)
        fill_combo(self.outcome_box, OUTCOME_LABELS)
        self.officers = OfficersList()
        self.findings = named(QPlainTextEdit(), "findings")
        self.findings.setTabChangesFocus(True)
        self.findings_label = QLabel()
        self.general = error_label()
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels: dict[str, QLabel] = {}
        self.row_labels: list[QLabel] = []
        for field, widget in (("started_at", self.started_at), ("type", self.type_box),
                              ("risk", self.risk_box), ("outcome", self.outcome_box),
                              ("officers", self.officers)):
            box, labels[field] = with_error(widget)
            label = QLabel()
            label.setBuddy(widget)
            self.row_labels.append(label)
            self.form.addRow(label, box)
        findings_box, labels["findings"] = with_error(self.findings)
        self.findings_label.setBuddy(self.findings)
        self.errors = FieldErrors(labels, self.general)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.findings_label)
        right.addWidget(findings_box, 1)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(self.form)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general)
        for first, second in zip((self.started_at, self.type_box, self.risk_box,
                                  self.outcome_box, self.officers),
                                 (self.type_box, self.risk_box, self.outcome_box,
                                  self.officers, self.findings), strict=True):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        texts = (self.tr("&Started at:"), self.tr("&Type:"), self.tr("&Risk:"),
                 self.tr("&Outcome:"), self.tr("Boarding &officers:"))
        for label, text in zip(self.row_labels, texts, strict=True):
            label.setText(text)
        self.findings_label.setText(self.tr("&Findings:"))
        self.findings.setPlaceholderText(self.tr(
            "What was inspected, what was found, and what was done — one paragraph per "
            "matter."))
        self.officers.setToolTip(self.tr("Tick everyone who boarded (Space ticks the "
                                         "highlighted name)."))
        retranslate_combo(self.type_box, TYPE_LABELS)
        retranslate_combo(self.risk_box, RISK_LABELS)
        retranslate_combo(self.outcome_box, OUTCOME_LABELS)
        self._fit_started_at()

    def _fit_started_at(self) -> None:
        """Wide enough for the date in the UI language (month names differ in length)."""
        shown = self.started_at.locale().toString(self.started_at.dateTime(), SHOWN_FORMAT)
        arrow = self.started_at.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent) + 24
        self.started_at.setMinimumWidth(
            self.started_at.fontMetrics().horizontalAdvance(shown + "  ") + arrow)

    # -- values ---------------------------------------------------------------------------
    def fill(self, inspection: Inspection | None, available: list[tuple[str, str]],
             me: str) -> None:
        """An inspection's values, or a new one's defaults (now, the user on board)."""
        if inspection is None:
            now = QDateTime.currentDateTime()
            now.setTime(now.time().addSecs(-now.time().second()))
            self.started_at.setDateTime(now)
            self.officers.set_officers(available, (me,) if me in dict(available) else ())
            self.findings.clear()
            return
        moment = QDateTime.fromString(inspection.started_at[:16], STORED_FORMAT)
        if moment.isValid():
            self.started_at.setDateTime(moment)
        choose(self.type_box, inspection.type)
        choose(self.risk_box, inspection.risk)
        choose(self.outcome_box, inspection.outcome)
        self.officers.set_officers(available, inspection.officers)
        self.findings.setPlainText(inspection.findings)
        self._fit_started_at()

    def build(self, base: Inspection | None, port_call_id: int) -> Inspection:
        """An inspection with the form's values over `base` (None: a new draft)."""
        values = dict(
            started_at=self.started_at.dateTime().toString(STORED_FORMAT),
            officers=self.officers.ticked(), type=chosen(self.type_box, InspectionType),
            findings=self.findings.toPlainText(), risk=chosen(self.risk_box, Risk),
            outcome=chosen(self.outcome_box, Outcome))
        if base is None:
            return Inspection(id=None, port_call_id=port_call_id, status=Status.DRAFT,
                              **values)  # type: ignore[arg-type]
        return replace(base, **values)  # type: ignore[arg-type]

    def set_editable(self, editable: bool) -> None:
        self.started_at.setReadOnly(not editable)
        self.started_at.setCalendarPopup(editable)
        self.started_at.setButtonSymbols(QDateTimeEdit.ButtonSymbols.UpDownArrows if editable
                                         else QDateTimeEdit.ButtonSymbols.NoButtons)
        for combo in (self.type_box, self.risk_box, self.outcome_box):
            # A read-only combo keeps its normal look (a disabled one is hard to read).
            combo.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not editable)
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable
                                 else Qt.FocusPolicy.NoFocus)
        self.officers.set_read_only(not editable)
        self.findings.setReadOnly(not editable)

    def show_invalid(self, field: str, text: str) -> None:
        self.errors.show(field, text)
        widget = {"started_at": self.started_at, "officers": self.officers,
                  "outcome": self.outcome_box, "findings": self.findings,
                  "type": self.type_box, "risk": self.risk_box}.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, problems: list[Invalid]) -> None:
        for problem in reversed(problems):  # the first one ends up with the focus
            self.show_invalid(problem.field, problem.render(tr_core))
