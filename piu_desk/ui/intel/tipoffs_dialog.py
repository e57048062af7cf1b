"""Log a tip-off, or open one: its fields on the left, the grading matrix (explained in the
form itself) on the right, and for a logged one its status moves with who and when, whether
it turned out true, and the inspections that followed it up.

Every rule is the core's: a message it gives goes under the field it names (the grade's
under the matrix: a tip-off is graded before it is assessed)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import Scheme
from piu_desk.core.domain.tipoff import Status, TipOff, validate_tipoff
from piu_desk.core.errors import Invalid
from piu_desk.core.records import tipoffs
from piu_desk.core.text import QT_TRANSLATE_NOOP
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.intel.grading_matrix import GradingMatrix
from piu_desk.ui.intel.tipoffs_form import TipOffForm
from piu_desk.ui.intel.tipoffs_progress import ProgressPanel
from piu_desk.ui.intel.tipoffs_texts import grade_text, status_text
from piu_desk.ui.records.common import MUTED_STYLE, TITLE_STYLE, attempt, can_edit
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import InlineMessage

HANDLING_MISSING = QT_TRANSLATE_NOOP("TipOffs", "Choose the handling code (P or C) to finish "
                                     "the grade, or clear it.")


class TipOffDialog(QDialog):
    """`tipoff` None logs a new one. `saved(id)` after it was logged or saved."""

    saved = Signal(int)

    def __init__(self, desk: Desk, tasks: TaskRunner, tipoff: TipOff | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tipoffDialog")
        self._desk, self._tasks = desk, tasks
        self.tipoff = tipoff
        self.title = named(QLabel(), "tipoffTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.subtitle = named(QLabel(), "tipoffSubtitle")
        self.subtitle.setStyleSheet(MUTED_STYLE)
        self.form = TipOffForm(desk, tasks)
        scheme = (tipoff.grade.scheme if tipoff is not None and tipoff.grade is not None
                  else self._station_scheme())
        self.matrix = GradingMatrix(scheme)
        self.progress = ProgressPanel(desk, tasks, self.save_quietly, self._invalid)
        self.progress.names = self.form.names
        self.progress.moved.connect(self._reload)
        self.progress.setVisible(tipoff is not None)
        self.general = InlineMessage(name="tipoffError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.matrix)
        right.addWidget(self.progress)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.form, 5)
        columns.addSpacing(12)
        columns.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        if tipoff is not None:
            self._show(tipoff)
        self.retranslate()
        self.resize(1180, 740)

    def _station_scheme(self) -> Scheme:
        return tipoffs.grading_scheme(self._desk)

    @property
    def adding(self) -> bool:
        return self.tipoff is None

    @property
    def editable(self) -> bool:
        return can_edit(self._desk) and (self.tipoff is None
                                         or self.tipoff.status != Status.CLOSED)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        t = self.tipoff
        if t is None:
            self.setWindowTitle(self.tr("Log a tip-off"))
            self.title.setText(self.tr("New tip-off"))
            self.subtitle.setText(self.tr("Logged as new; grade it now or later, before it "
                                          "is assessed."))
        else:
            self.setWindowTitle(self.tr("Tip-off {n}").replace("{n}", str(t.id)))
            self.title.setText(self.tr("Tip-off {n}").replace("{n}", str(t.id)))
            self.subtitle.setText(self.tr("{status} · {grade}")
                                  .replace("{status}", status_text(t.status))
                                  .replace("{grade}", grade_text(t.grade)))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log tip-off") if t is None else self.tr("Save"))
        ok.setVisible(self.editable)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel") if self.editable else self.tr("Close"))

    def _show(self, t: TipOff) -> None:
        self.tipoff = t
        self.form.fill(t)
        self.matrix.set_grade(t.grade)
        self.progress.editable = can_edit(self._desk)
        self.progress.show_tipoff(t)
        self.form.set_read_only(not self.editable)
        self.matrix.set_read_only(not self.editable)

    def _reload(self) -> None:
        if self.tipoff is None or self.tipoff.id is None:
            return
        tid = self.tipoff.id
        fresh = self._tasks.call(lambda: tipoffs.get(self._desk, tid), self)
        if fresh is not None:
            self._show(fresh)
            self.retranslate()

    # -- saving -----------------------------------------------------------------------------
    def current(self) -> TipOff:
        """The form as a tip-off (status, moves and links as they were read)."""
        return replace(self.form.tipoff(self.tipoff), grade=self.matrix.grade())

    def _changed(self) -> bool:
        if self.tipoff is None:
            return True
        try:
            return validate_tipoff(self.current()) != validate_tipoff(self.tipoff)
        except Invalid:
            return True

    def _ready(self) -> bool:
        """Nothing typed is about to be lost and the grade is whole; else say why."""
        self.clear_errors()
        subjects = self.form.subjects
        if subjects.free_text.text().strip() and not subjects.add_free():
            return False
        if self.matrix.incomplete():
            self.matrix.error.show_text(tr_core("TipOffs", HANDLING_MISSING))
            return False
        return True

    def save_quietly(self) -> bool:
        """Save what was edited (before a status move); True when nothing stands in the way."""
        if not self.editable or not self._changed():
            return True
        if not self._ready():
            return False
        t = self.current()
        if attempt(self._tasks, self, lambda: tipoffs.update(self._desk, t),
                   self._invalid) is None:
            return False
        self._reload()
        return True

    def submit(self) -> None:
        if not self._ready():
            return
        t = self.current()
        if self.tipoff is None:
            done = attempt(self._tasks, self, lambda: tipoffs.log(self._desk, t), self._invalid)
            if done is None:
                return
            self.saved.emit(done[0])
        else:
            if self._changed() and attempt(self._tasks, self, lambda: tipoffs.update(
                    self._desk, t), self._invalid) is None:
                return
            self.saved.emit(t.id or 0)
        self.accept()

    def clear_errors(self) -> None:
        for label in self.form.errors.values():
            label.clear()
            label.hide()
        self.matrix.error.clear_text()
        self.progress.status_error.clear_text()
        self.general.clear_text()

    def _invalid(self, exc: Invalid) -> None:
        text = exc.render(tr_core)
        if exc.field == "grade":
            self.matrix.error.show_text(text)
        elif exc.field == "status":
            self.progress.status_error.show_text(text)
        elif exc.field in self.form.errors:
            label = self.form.errors[exc.field]
            label.setText(text)
            label.show()
            self.form.focus(exc.field)
        else:
            self.general.show_text(text)

    def field_error(self, field: str) -> str:
        """The message shown for `field` now ("" when none)."""
        label = {"grade": self.matrix.error, "status": self.progress.status_error}.get(
            field, self.form.errors.get(field, self.general))
        return "" if label.isHidden() else label.text()

