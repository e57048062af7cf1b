"""Settings: the user's language, the idle-lock time (administrators), one's password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.session import Changes
from piu_desk.ui.dialogs import ChangePasswordDialog
from piu_desk.ui.i18n import LanguagePicker, Retranslating
from piu_desk.ui.tasks import TaskRunner

MIN_MINUTES, MAX_MINUTES = 1, 60


class SettingsView(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, language: Callable[[], str],
                 choose_language: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self.desk, self.tasks = desk, tasks
        session = desk.session
        self.is_admin = bool(session and session.has(Role.ADMIN))
        self.via_recovery = bool(session and session.via_recovery)
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.language_box = QGroupBox(self)
        self.language_label = QLabel(self)
        self._language = language
        self.picker = LanguagePicker(language(), self)
        self.picker.chosen.connect(choose_language)
        self.lock_box = QGroupBox(self)
        self.minutes_label = QLabel(self)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("idleMinutes")
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setReadOnly(not self.is_admin)
        self.minutes.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows if self.is_admin
                                      else QSpinBox.ButtonSymbols.NoButtons)
        self.minutes.editingFinished.connect(self._save_minutes)
        self.minutes_note = QLabel(self)
        self.minutes_note.setWordWrap(True)
        self.password_box = QGroupBox(self)
        self.password_button = QPushButton(self)
        self.password_button.setObjectName("changeMyPassword")
        self.password_button.setEnabled(not self.via_recovery)
        self.password_button.clicked.connect(self._change_password)
        self.password_done = QLabel(self)
        self.password_done.setObjectName("passwordChanged")
        self.password_done.setStyleSheet("color: #1b5e20;")
        self.password_done.hide()
        self._lay_out()
        self.refresh(Changes.of("settings"))
        self.retranslate()

    def _lay_out(self) -> None:
        language = QFormLayout(self.language_box)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.picker)
        picker_row.addStretch(1)
        language.addRow(self.language_label, picker_row)
        lock = QFormLayout(self.lock_box)
        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addStretch(1)
        lock.addRow(self.minutes_label, row)
        lock.addRow(self.minutes_note)
        password = QHBoxLayout(self.password_box)
        password.addWidget(self.password_button)
        password.addWidget(self.password_done)
        password.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        for box in (self.language_box, self.lock_box, self.password_box):
            layout.addWidget(box)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("Language of PIU Desk:"))
        self.picker.set_language(self._language())
        self.lock_box.setTitle(self.tr("Automatic lock"))
        self.minutes_label.setText(self.tr("Lock after this many idle minutes:"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes_note.setText(self.tr(
            "The desk locks itself after this time without keyboard or mouse use, and when "
            "the computer's screen locks. It applies to every account on this desk.")
            if self.is_admin else self.tr(
            "The desk locks itself after this time without keyboard or mouse use. Only an "
            "administrator can change it."))
        self.password_box.setTitle(self.tr("Password"))
        self.password_button.setText(self.tr("Change my password…"))
        self.password_done.setText(self.tr("Your password was changed."))

    def refresh(self, changes: Changes) -> None:
        if changes.touches("settings") and self.desk.is_unlocked:
            self.minutes.blockSignals(True)
            self.minutes.setValue(self.desk.idle_lock_minutes())
            self.minutes.blockSignals(False)

    def _save_minutes(self) -> None:
        if not self.is_admin or not self.desk.is_unlocked:
            return
        value = self.minutes.value()
        if value == self.desk.idle_lock_minutes():
            return
        self.tasks.call(lambda: self.desk.set_idle_lock_minutes(value), self)

    def _change_password(self) -> None:
        self.password_done.hide()
        dialog = ChangePasswordDialog(self.desk, self.tasks, forced=False, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.password_done.show)
        dialog.open()
