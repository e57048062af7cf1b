"""Register a human source, or change what is known of one: its code (fixed once given:
every tip-off from it names it), who it is, how to reach it and notes. The core seals all
but the code under the supervisor key."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.source import SourceSecret
from piu_desk.core.errors import Invalid
from piu_desk.core.records import sources
from piu_desk.ui.admin.common import error_label, named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE, attempt
from piu_desk.ui.records.fields import InlineErrors, with_error
from piu_desk.ui.tasks import TaskRunner

FIELDS = ("source_code", "identity", "contact", "notes")


class SourceDialog(Retranslating, QDialog):
    """`code` empty registers a new source; otherwise `secret` is what it says now."""

    def __init__(self, desk: Desk, tasks: TaskRunner, code: str = "",
                 secret: SourceSecret | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self._desk, self._tasks = desk, tasks
        self.existing = code
        self.saved_code = ""
        self.code = named(QLineEdit(code), "sourceCodeEdit")
        self.code.setReadOnly(bool(code))
        self.identity = named(QLineEdit(), "identityEdit")
        self.contact = named(QPlainTextEdit(), "contactEdit")
        self.contact.setMaximumHeight(70)
        self.contact.setTabChangesFocus(True)
        self.notes = named(QPlainTextEdit(), "notesEdit")
        self.notes.setTabChangesFocus(True)
        if secret is not None:
            self.identity.setText(secret.identity)
            self.contact.setPlainText(secret.contact)
            self.notes.setPlainText(secret.notes)
        self.note = named(QLabel(), "sealedNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_STYLE)
        widgets: dict[str, QWidget] = {"source_code": self.code, "identity": self.identity,
                                       "contact": self.contact, "notes": self.notes}
        form = QFormLayout()
        self.row_labels: dict[str, QLabel] = {}
        labels: dict[str, QLabel] = {}
        for key in FIELDS:
            box, labels[key] = with_error(widgets[key])
            self.row_labels[key] = QLabel()
            form.addRow(self.row_labels[key], box)
        self.general = error_label()
        self.errors = InlineErrors(labels, self.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.setMinimumSize(560, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register a source") if not self.existing
                            else self.tr("Source {code}").replace("{code}", self.existing))
        texts = {"source_code": self.tr("Code:"), "identity": self.tr("Who it is:"),
                 "contact": self.tr("Contact:"), "notes": self.tr("Notes:")}
        for key, text in texts.items():
            self.row_labels[key].setText(text)
        self.code.setPlaceholderText(self.tr("Such as PIU-KOS-S04; never part of a name"))
        self.note.setText(self.tr(
            "Only the code is ever shown outside this register. Who the source is, the "
            "contact and the notes are sealed so that only supervisors can read them, and "
            "they never leave this desk."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Register") if not self.existing else self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def secret(self) -> SourceSecret:
        return SourceSecret(self.identity.text(), self.contact.toPlainText(),
                            self.notes.toPlainText())

    def submit(self) -> None:
        self.errors.clear()
        secret, code = self.secret(), self.code.text()
        done: object = (
            attempt(self._tasks, self, lambda: sources.update(self._desk, self.existing,
                                                              secret), self._invalid)
            if self.existing else
            attempt(self._tasks, self, lambda: sources.add(self._desk, code, secret),
                    self._invalid))
        if done is not None:
            self.saved_code = self.existing or "".join(code.split()).upper()
            self.accept()

    def _invalid(self, exc: Invalid) -> None:
        self.errors.set(exc.field, exc.render(tr_core))
