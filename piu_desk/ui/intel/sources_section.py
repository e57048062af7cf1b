"""The Sources section (supervisors only): the register of human sources by code, in use or
not, with each source's reliability history from its tip-offs. Who a source is shows only on
an explicit "Show identity" (the core records every view in the audit trail) and is hidden
again as soon as the supervisor picks another source or leaves the section."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.source import SourceSecret
from piu_desk.core.errors import DeskError
from piu_desk.core.records import sources
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named, read_only
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.sources_dialog import SourceDialog
from piu_desk.ui.intel.sources_model import SourceRow, SourcesModel, grades_text
from piu_desk.ui.records.common import DASH, MUTED_STYLE, TITLE_STYLE, value_label
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import WARNING_STYLE

TOPICS = ("sources", "tipoffs")
ROWS_SHOWN = 10


class SourcesSection(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesSection")
        self._desk, self._tasks = desk, tasks
        self.shown_secret: SourceSecret | None = None
        self._shown_code = ""
        self.model = SourcesModel(self)
        self.title = named(QLabel(), "sourcesTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setIndent(0)
        self.note = named(QLabel(), "sourcesNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_STYLE)
        self.new_button = named(QPushButton(), "newSource")
        self.table = read_only(named(QTableView(), "sourcesTable"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._build_detail()
        self._lay_out()
        self.new_button.clicked.connect(self.new_source)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_chosen())
        self.retranslate()
        self.reload()

    def _build_detail(self) -> None:
        self.detail = QGroupBox()
        self.detail.setObjectName("sourceDetail")
        self.history = value_label("reliabilityHistory")
        self.grades = value_label("gradesGiven")
        self.history_label, self.grades_label = QLabel(), QLabel()
        self.show_button = named(QPushButton(), "showIdentity")
        self.hide_button = named(QPushButton(), "hideIdentity")
        self.edit_button = named(QPushButton(), "editSource")
        self.active_button = named(QPushButton(), "toggleActive")
        self.identity_box = named(QGroupBox(), "identityBox")
        self.identity_box.setStyleSheet("QGroupBox#identityBox { background: #fff4e5; }")
        self.identity = value_label("identity")
        self.contact = value_label("contact")
        self.notes = value_label("notes")
        self.audit_note = named(QLabel(), "auditNote")
        self.audit_note.setWordWrap(True)
        self.audit_note.setStyleSheet(WARNING_STYLE)
        self.id_labels = [QLabel(), QLabel(), QLabel()]
        secret_form = QFormLayout(self.identity_box)
        for label, value in zip(self.id_labels, (self.identity, self.contact, self.notes),
                                strict=True):
            secret_form.addRow(label, value)
        facts = QFormLayout()
        facts.addRow(self.history_label, self.history)
        facts.addRow(self.grades_label, self.grades)
        buttons = QHBoxLayout()
        for b in (self.show_button, self.hide_button, self.edit_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self.detail)
        box.addLayout(facts)
        box.addWidget(self.audit_note)
        box.addLayout(buttons)
        box.addWidget(self.identity_box)
        box.addStretch(1)
        self.show_button.clicked.connect(self.show_identity)
        self.hide_button.clicked.connect(self.hide_identity)
        self.edit_button.clicked.connect(self.edit_source)
        self.active_button.clicked.connect(self.toggle_active)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(self.detail, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Source register"))
        self.note.setText(self.tr(
            "Human sources are known everywhere else by their code only. Who they are is "
            "sealed for supervisors and never leaves this desk."))
        self.new_button.setText(self.tr("Register a source…"))
        self.history_label.setText(self.tr("Reports:"))
        self.grades_label.setText(self.tr("Grades given:"))
        self.show_button.setText(self.tr("Show identity"))
        self.hide_button.setText(self.tr("Hide identity"))
        self.edit_button.setText(self.tr("Edit…"))
        self.audit_note.setText(self.tr(
            "Each time a source's identity is shown, the audit trail records it with your "
            "name."))
        self.identity_box.setTitle(self.tr("Identity (hidden again when you leave)"))
        for label, text in zip(self.id_labels, (self.tr("Who it is:"), self.tr("Contact:"),
                                                self.tr("Notes:")), strict=True):
            label.setText(text)
        self.model.retranslate()
        self.show_chosen()

    # -- the register ---------------------------------------------------------------------
    def reload(self) -> None:
        chosen = self.chosen()
        rows = self._tasks.call(self._read_rows, self) or []
        self.model.set_rows(rows)
        self._fit_table()
        self.select(chosen.source.code if chosen else "")

    def _fit_table(self) -> None:
        """As tall as the register (a few sources), up to ten rows; then it scrolls."""
        rows = min(max(self.model.rowCount(), 1), ROWS_SHOWN)
        height = (self.table.horizontalHeader().sizeHint().height()
                  + rows * self.table.verticalHeader().defaultSectionSize()
                  + 2 * self.table.frameWidth() + 2)
        self.table.setFixedHeight(height)

    def _read_rows(self) -> list[SourceRow]:
        return [SourceRow(s, sources.reliability(self._desk, s.code))
                for s in sources.codes(self._desk, active_only=False)]

    def select(self, code: str) -> None:
        row = max(self.model.row_of(code), 0) if code else 0
        if row < self.model.rowCount():
            self.table.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.show_chosen()

    def chosen(self) -> SourceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def show_chosen(self) -> None:
        row = self.chosen()
        if self.shown_secret is not None and (row is None or row.source.code != self._shown_code):
            self.hide_identity()
        self.detail.setVisible(row is not None)
        if row is None:
            return
        r = row.record
        self.detail.setTitle(row.source.code if row.source.active else self.tr(
            "{code} (no longer in use)").replace("{code}", row.source.code))
        self.history.setText(self.tr(
            "{reports} reports, {graded} graded: {confirmed} confirmed, {not} not confirmed, "
            "{open} not yet known.").replace("{reports}", str(r.reports))
            .replace("{graded}", str(r.graded)).replace("{confirmed}", str(r.confirmed))
            .replace("{not}", str(r.not_confirmed)).replace("{open}", str(row.open)))
        known = r.confirmed + r.not_confirmed
        if known:
            self.history.setText(self.history.text() + "\n" + self.tr(
                "Confirmed in {confirmed} of the {known} reports whose outcome is known.")
                .replace("{confirmed}", str(r.confirmed)).replace("{known}", str(known)))
        self.grades.setText(grades_text(r) or DASH)
        self.active_button.setText(self.tr("Stop using it") if row.source.active
                                   else self.tr("Use it again"))
        self._show_secret()

    # -- the identity: an explicit, audited action ----------------------------------------
    def show_identity(self) -> None:
        row = self.chosen()
        if row is None:
            return
        code = row.source.code
        secret = self._tasks.call(lambda: sources.identity(self._desk, code), self)
        if isinstance(secret, SourceSecret):
            self.shown_secret, self._shown_code = secret, code
            self._tasks.changed.emit(Changes.of("audit"))
        self._show_secret()

    def hide_identity(self) -> None:
        self.shown_secret, self._shown_code = None, ""
        for label in (self.identity, self.contact, self.notes):
            label.clear()
        self._show_secret()

    def _show_secret(self) -> None:
        secret = self.shown_secret
        self.identity_box.setVisible(secret is not None)
        self.show_button.setVisible(secret is None)
        self.hide_button.setVisible(secret is not None)
        if secret is not None:
            self.identity.setText(secret.identity)
            self.contact.setText(secret.contact or DASH)
            self.notes.setText(secret.notes or DASH)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the section (another section, the desk locked) hides the identity."""
        self.hide_identity()
        super().hideEvent(event)

    # -- changes --------------------------------------------------------------------------
    def new_source(self) -> SourceDialog:
        dialog = SourceDialog(self._desk, self._tasks, parent=self)
        return self._open(dialog)

    def edit_source(self) -> SourceDialog | None:
        """Editing shows what is sealed now, so opening it is a view like any other."""
        row = self.chosen()
        if row is None:
            return None
        code = row.source.code
        secret = self._tasks.call(lambda: sources.identity(self._desk, code), self)
        if not isinstance(secret, SourceSecret):
            return None
        self._tasks.changed.emit(Changes.of("audit"))
        return self._open(SourceDialog(self._desk, self._tasks, code, secret, self))

    def _open(self, dialog: SourceDialog) -> SourceDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.select(dialog.saved_code))
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        row = self.chosen()
        if row is None:
            return
        code, active = row.source.code, not row.source.active
        self._tasks.call(lambda: sources.set_active(self._desk, code, active), self)

    def refresh(self, changes: Changes) -> None:
        if changes.touches("session") and not self._desk.is_unlocked:
            self.hide_identity()
            return
        if any(changes.touches(t) for t in TOPICS):
            try:
                self.reload()
            except DeskError:
                self.model.set_rows([])
