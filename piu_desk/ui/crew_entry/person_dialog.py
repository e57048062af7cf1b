"""Recording a person found aboard who is not crew (a stowaway, a smuggled migrant): names,
nationality, date of birth or an estimated age, gender, circumstances and vulnerabilities.

A person under 18 by the date of birth or the age is a minor: the box is ticked and locked,
as the core flags a minor whatever the form sends. Saving links the person across port
calls, so it runs on the worker thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import (
    VULNERABILITY_LABELS,
    Gender,
    PersonAboard,
    Vulnerability,
    age_on,
    validate_iso_date,
    validate_nationality,
)
from piu_desk.core.errors import Invalid
from piu_desk.core.records import crew
from piu_desk.ui.admin.common import FieldErrors, error_label, named, with_error
from piu_desk.ui.entry_common import (
    desk_today,
    heading_label,
    load_port_call,
    port_call_line,
    records_text,
    vessel_line,
)
from piu_desk.ui.errors import show_error, tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.tasks import TaskRunner

UNKNOWN_AGE = -1
GENDERS = (Gender.UNKNOWN, Gender.MALE, Gender.FEMALE, Gender.OTHER)


class PersonAboardDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, port_call_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personAboardDialog")
        self._desk, self._tasks = desk, tasks
        self._port_call_id = port_call_id
        self._busy = False
        self._minor_by_hand = False
        self._info = tasks.call(lambda: load_port_call(desk, port_call_id), self)
        self.vessel = heading_label("vesselHeading")
        self.port_call = named(QLabel(), "portCallLine")
        self.family_name = named(QLineEdit(), "familyName")
        self.given_names = named(QLineEdit(), "givenNames")
        self.nationality = named(QLineEdit(), "nationality")
        self.date_of_birth = named(QLineEdit(), "dateOfBirth")
        self.age = named(QSpinBox(), "age")
        self.age.setRange(UNKNOWN_AGE, 120)
        self.age.setValue(UNKNOWN_AGE)
        self.gender = named(QComboBox(), "gender")
        self.gender.addItems([""] * len(GENDERS))
        self.circumstances = named(QPlainTextEdit(), "circumstances")
        self.circumstances.setTabChangesFocus(True)
        self.vulnerable = {v: named(QCheckBox(), f"vulnerability_{v.value}")
                           for v in Vulnerability}
        self.minor_note = named(QLabel(), "minorNote")
        self.minor_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._build()
        for edit in (self.nationality, self.date_of_birth):
            edit.editingFinished.connect(self.check_fields)
        self.date_of_birth.textChanged.connect(lambda _t: self.update_minor())
        self.age.valueChanged.connect(lambda _v: self.update_minor())
        self.vulnerable[Vulnerability.MINOR].toggled.connect(self._minor_toggled)
        self.retranslate()
        self.update_minor()
        self.resize(620, 700)

    def _build(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels: dict[str, QLabel] = {}
        self.row_labels: list[QLabel] = []
        self.fields: dict[str, QWidget] = {
            "family_name": self.family_name, "given_names": self.given_names,
            "nationality": self.nationality, "date_of_birth": self.date_of_birth,
            "age": self.age, "gender": self.gender, "circumstances": self.circumstances}
        for field, widget in self.fields.items():
            box, labels[field] = with_error(widget)
            label = QLabel()
            label.setBuddy(widget)
            self.row_labels.append(label)
            self.form.addRow(label, box)
        self.general_error = error_label()
        self.errors = FieldErrors(labels, self.general_error)
        self._labels = labels
        self.vulnerable_box = QGroupBox()
        boxes = QVBoxLayout(self.vulnerable_box)
        for box in self.vulnerable.values():
            boxes.addWidget(box)
        boxes.addWidget(self.minor_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.vessel)
        layout.addWidget(self.port_call)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.vulnerable_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Person found aboard"))
        if self._info is not None:
            self.vessel.setText(vessel_line(self._info))
            self.port_call.setText(port_call_line(self._info))
        texts = (self.tr("&Family name:"), self.tr("&Given names:"), self.tr("&Nationality:"),
                 self.tr("Date of &birth:"), self.tr("&Age (estimated):"), self.tr("G&ender:"),
                 self.tr("&Circumstances:"))
        for label, text in zip(self.row_labels, texts, strict=True):
            label.setText(text)
        self.family_name.setPlaceholderText(self.tr("UNKNOWN if the person gives none"))
        self.nationality.setPlaceholderText(self.tr("3 letters, for example MMR"))
        self.date_of_birth.setPlaceholderText(self.tr("year-month-day, if known"))
        self.age.setSpecialValueText(self.tr("unknown"))
        self.age.setToolTip(self.tr("When the date of birth is not known"))
        for index, text in enumerate((self.tr("Unknown"), self.tr("Male"), self.tr("Female"),
                                      self.tr("Other"))):
            self.gender.setItemText(index, text)
        self.circumstances.setPlaceholderText(self.tr(
            "Where and how the person was found, by whom, and in what condition."))
        self.vulnerable_box.setTitle(self.tr("Vulnerability"))
        for value, box in self.vulnerable.items():
            box.setText(records_text(VULNERABILITY_LABELS[value]))
        self.minor_note.setText(self.tr("Under 18 by the date of birth or the age: marked as "
                                        "a minor."))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    # -- age and minor --------------------------------------------------------------------
    def known_age(self) -> int | None:
        """From the date of birth when it is a valid date, else the age typed."""
        try:
            dob = validate_iso_date(self.date_of_birth.text(), "date_of_birth",
                                    not_after=desk_today(self._desk))
        except Invalid:
            dob = ""
        if dob:
            return age_on(dob, desk_today(self._desk))
        return None if self.age.value() == UNKNOWN_AGE else self.age.value()

    def update_minor(self) -> None:
        has_dob = bool(self.date_of_birth.text().strip())
        self.age.setEnabled(not has_dob)
        age = self.known_age()
        if has_dob and age is not None:
            self.age.blockSignals(True)
            self.age.setValue(age)
            self.age.blockSignals(False)
        minor, box = age is not None and age < 18, self.vulnerable[Vulnerability.MINOR]
        box.blockSignals(True)
        box.setChecked(minor or self._minor_by_hand)
        box.blockSignals(False)
        box.setEnabled(not minor)
        self.minor_note.setVisible(minor)

    def _minor_toggled(self, on: bool) -> None:
        self._minor_by_hand = on  # ticked by the officer where no age says so

    def check_fields(self) -> None:
        """The nationality and date of birth are checked as soon as they are left."""
        today = desk_today(self._desk)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("nationality", lambda: validate_nationality(self.nationality.text())),
            ("date_of_birth", lambda: validate_iso_date(
                self.date_of_birth.text(), "date_of_birth", not_after=today))]
        for field, check in checks:
            try:
                check()
            except Invalid as exc:
                self.errors.show(field, exc.render(tr_core))
            else:
                self._labels[field].hide()

    # -- saving ---------------------------------------------------------------------------
    def person(self) -> PersonAboard:
        has_dob = bool(self.date_of_birth.text().strip())
        age = None if has_dob or self.age.value() == UNKNOWN_AGE else self.age.value()
        return PersonAboard(
            id=None, port_call_id=self._port_call_id, family_name=self.family_name.text(),
            given_names=self.given_names.text(), nationality=self.nationality.text(),
            date_of_birth=self.date_of_birth.text(), age=age,
            gender=GENDERS[self.gender.currentIndex()].value,
            circumstances=self.circumstances.toPlainText(),
            vulnerabilities=frozenset(v for v, box in self.vulnerable.items()
                                      if box.isChecked()))

    def save(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        person, desk, today = self.person(), self._desk, desk_today(self._desk)
        self._set_busy(True)
        self._tasks.run(
            lambda progress, cancel: crew.record_person_aboard(desk, person, today)[1],
            parent=self, title=self.tr("Saving the person found aboard…"),
            on_done=self._saved, on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def _saved(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, Invalid):
            self.errors.show(exc.field, exc.render(tr_core))
            widget = self.fields.get(exc.field)
            if widget is not None:
                widget.setFocus()
        else:
            show_error(self, exc)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
