"""Register a vessel or correct one's particulars. Each field is checked by the core's
validator as the officer leaves it, with the message under the field; an MMSI issued under
another flag is a warning, not an error. A vessel that may already exist is offered instead
of a new record, and the officer decides."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain import identifiers as ids
from piu_desk.core.domain.ship_types import ship_type_text
from piu_desk.core.domain.vessel import FormerIdentity, Vessel, validate_vessel
from piu_desk.core.errors import Invalid
from piu_desk.core.records import vessels
from piu_desk.core.records.vessels import PossibleDuplicates
from piu_desk.ui.admin.common import error_label, named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.records.common import attempt, today
from piu_desk.ui.records.duplicates import DuplicatesPanel
from piu_desk.ui.records.fields import (
    CodeEdit,
    InlineErrors,
    country_edit,
    fit_height,
    with_error,
)
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import WARNING_STYLE

FIELDS = ("name", "flag", "imo", "mmsi", "call_sign", "ship_type", "gross_tonnage",
          "owner_operator")
RESERVED = "reserved"
# AIS codes worth offering: every one with a meaning of its own (not "reserved").
SHIP_TYPES = tuple(code for code in range(100) if RESERVED not in ship_type_text(code).lower())


class VesselDialog(QDialog):
    """`vessel` None registers a new one. After `accepted`, `vessel_id` is the vessel saved
    or, when `chose_existing`, the existing vessel the officer picked instead."""

    def __init__(self, desk: Desk, tasks: TaskRunner, vessel: Vessel | None = None,
                 parent: QWidget | None = None, *, for_arrival: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("vesselDialog")
        self._desk, self._tasks, self._vessel = desk, tasks, vessel
        self._for_arrival = for_arrival
        self.vessel_id: int | None = vessel.id if vessel else None
        self.chose_existing = False
        self.edits: dict[str, QLineEdit] = {
            key: named(QLineEdit(), key) for key in FIELDS if key not in ("flag", "ship_type")}
        self.flag: CodeEdit = country_edit("flag")
        self.ship_type = named(QComboBox(), "ship_type")
        self.ship_type.addItem("", None)
        for code in SHIP_TYPES:
            self.ship_type.addItem("", code)
        self.fields: dict[str, QWidget] = {**self.edits, "flag": self.flag,
                                           "ship_type": self.ship_type}
        self.warning = named(QLabel(), "vesselWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.history_note = named(QLabel(), "historyNote")
        self.history_note.setWordWrap(True)
        self.history_note.hide()
        self.duplicates = DuplicatesPanel("", self)
        self.duplicates.chosen.connect(self._use_existing)
        self.duplicates.different.connect(lambda: self._save(despite_duplicates=True))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._build()
        if vessel is not None:
            self._fill(vessel)
        self._connect()
        self.retranslate()
        self.setMinimumWidth(600)

    @property
    def adding(self) -> bool:
        return self._vessel is None

    def _build(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.row_labels: dict[str, QLabel] = {}
        labels: dict[str, QLabel] = {}
        for key in FIELDS:
            widget = self.fields[key]
            box, labels[key] = with_error(widget, self.flag.hint if key == "flag" else None)
            self.row_labels[key] = QLabel()
            self.row_labels[key].setBuddy(widget)
            self.form.addRow(self.row_labels[key], box)
        self.general_error = error_label()
        self.errors = InlineErrors(labels, self.general_error)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.warning)
        layout.addWidget(self.history_note)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _fill(self, v: Vessel) -> None:
        self.edits["name"].setText(v.name)
        self.flag.setText(v.flag)
        self.edits["imo"].setText(v.imo or "")
        self.edits["imo"].setReadOnly(bool(v.imo))  # the IMO number never changes
        self.edits["mmsi"].setText(v.mmsi or "")
        self.edits["call_sign"].setText(v.call_sign or "")
        index = self.ship_type.findData(v.ship_type)
        self.ship_type.setCurrentIndex(max(index, 0))
        if v.gross_tonnage is not None:
            self.edits["gross_tonnage"].setText(f"{v.gross_tonnage:g}")
        self.edits["owner_operator"].setText(v.owner_operator)

    def _connect(self) -> None:
        for key, edit in self.edits.items():
            edit.editingFinished.connect(lambda key=key: self.check(key))
            edit.textEdited.connect(lambda _text: self.duplicates.clear())
        self.flag.editingFinished.connect(lambda: self.check("flag"))
        self.flag.textEdited.connect(lambda _text: self.duplicates.clear())
        self.edits["name"].editingFinished.connect(self._show_history_note)
        self.flag.editingFinished.connect(self._show_history_note)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register a vessel") if self.adding
                            else self.tr("Edit vessel"))
        texts = {"name": self.tr("Name:"), "flag": self.tr("Flag state:"),
                 "imo": self.tr("IMO number:"), "mmsi": self.tr("MMSI:"),
                 "call_sign": self.tr("Call sign:"), "ship_type": self.tr("Type (AIS):"),
                 "gross_tonnage": self.tr("Gross tonnage:"),
                 "owner_operator": self.tr("Owner or operator:")}
        for key, text in texts.items():
            self.row_labels[key].setText(text)
        self.edits["name"].setPlaceholderText(self.tr("As written on the hull or certificate"))
        self.flag.setPlaceholderText(self.tr("3 letters or the country's name, e.g. KHM"))
        self.edits["imo"].setPlaceholderText(self.tr("7 digits; small craft may have none"))
        self.edits["mmsi"].setPlaceholderText(self.tr("9 digits"))
        self.ship_type.setItemText(0, self.tr("Not known"))
        for index, code in enumerate(SHIP_TYPES, start=1):
            label = tr_core("Validation", ship_type_text(code))
            self.ship_type.setItemText(index, f"{code} — {label}")
        self.history_note.setText(self.tr(
            "The former name and flag are kept in the vessel's history."))
        self.duplicates.set_use_text(self.tr("Use this vessel") if self._for_arrival
                                     else self.tr("Open this vessel"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Register") if self.adding else self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    # -- checks as the officer types --------------------------------------------------------
    def check(self, key: str) -> bool:
        """Run the core's rule for one field; its message goes under the field."""
        text = self.edits[key].text() if key in self.edits else ""
        rules: dict[str, Callable[[], object]] = {
            "name": lambda: validate_vessel(Vessel(None, text, "KHM")),
            "flag": lambda: ids.validate_flag(self.flag.code()),
            "imo": lambda: ids.validate_imo(text),
            "mmsi": lambda: ids.validate_mmsi(text),
            "call_sign": lambda: ids.validate_call_sign(text),
            "gross_tonnage": lambda: text.strip() and ids.validate_gross_tonnage(text),
        }
        rule = rules.get(key)
        try:
            if rule is not None:
                rule()
        except Invalid as exc:
            self.errors.set(key, exc.render(tr_core))
            fit_height(self)
            return False
        self.errors.set(key, "")
        self._show_warnings()
        return True

    def _show_warnings(self) -> None:
        try:
            vessel = Vessel(None, "XX", self.flag.code(),
                            mmsi=ids.validate_mmsi(self.edits["mmsi"].text()))
            found = vessel.warnings() if self.flag.code() else []
        except Invalid:
            found = []
        self.warning.setText("\n".join(m.render(tr_core) for m in found))
        self.warning.setVisible(bool(found))
        fit_height(self)

    def _show_history_note(self) -> None:
        v = self._vessel
        renamed = v is not None and (self.edits["name"].text().strip().upper() != v.name
                                     or self.flag.code() != v.flag)
        self.history_note.setVisible(renamed)

    # -- saving -------------------------------------------------------------------------
    def vessel(self) -> Vessel:
        """The form as a vessel; raises Invalid for the first field that is wrong."""
        tonnage = self.edits["gross_tonnage"].text().strip()
        base = self._vessel
        history = base.history if base else ()
        name, flag = self.edits["name"].text(), self.flag.code()
        if base is not None and (" ".join(name.split()).upper(), flag) != (base.name, base.flag):
            history = (*history, FormerIdentity(base.name, base.flag, "",
                                                today(self._desk).toString("yyyy-MM-dd")))
        return Vessel(
            id=base.id if base else None, name=name, flag=flag,
            imo=self.edits["imo"].text() or None, mmsi=self.edits["mmsi"].text() or None,
            call_sign=self.edits["call_sign"].text() or None,
            ship_type=self.ship_type.currentData(),
            gross_tonnage=ids.validate_gross_tonnage(tonnage) if tonnage else None,
            owner_operator=self.edits["owner_operator"].text(), history=history,
            uid=base.uid if base else "", origin=base.origin if base else "")

    def submit(self) -> None:
        self.duplicates.clear()
        bad = [key for key in FIELDS if not self.check(key)]
        if bad:
            self.fields[bad[0]].setFocus()
            return
        self._save(despite_duplicates=False)

    def _save(self, despite_duplicates: bool) -> None:
        try:
            vessel = self.vessel()
        except Invalid as exc:
            self._invalid(exc)
            return
        if self._vessel is None:
            done = attempt(self._tasks, self, lambda: vessels.register(
                self._desk, vessel, despite_duplicates=despite_duplicates), self._invalid)
            if done is not None:
                self.vessel_id = done[0]
                self.accept()
        elif attempt(self._tasks, self, lambda: vessels.update(self._desk, vessel),
                     self._invalid) is not None:
            self.accept()

    def _invalid(self, exc: Invalid) -> None:
        if isinstance(exc, PossibleDuplicates):
            self.duplicates.show_candidates(exc.render(tr_core), exc.found, may_differ=True)
            fit_height(self)
            return
        self.errors.set(exc.field, exc.render(tr_core))
        widget = self.fields.get(exc.field)
        if widget is not None:
            widget.setFocus()
        if exc.field == "imo" and self._vessel is None:
            self._offer_same_imo()

    def _offer_same_imo(self) -> None:
        try:
            found = vessels.possible_duplicates(self._desk, self.vessel())
        except Exception:  # the inline message already says what to do
            return
        same = [(v, r) for v, r in found if r == "imo"]
        if same:
            self.duplicates.show_candidates("", same, may_differ=False)
        fit_height(self)

    def _use_existing(self, vessel_id: int) -> None:
        self.vessel_id = vessel_id
        self.chose_existing = True
        self.accept()
