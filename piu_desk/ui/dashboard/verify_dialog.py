"""Verify a printed report: the number and the verification code from a paper copy's footer;
the desk says whether they match what it issued (who issued it, when, for what period), or
why not. Each check is recorded in the audit trail by the core."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.reports.daily_register import Verification, verify_printed
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named, status_style
from piu_desk.ui.entry_common import not_default
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.pdf_output import printout_language
from piu_desk.ui.tasks import TaskRunner


class VerifyReportDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyReportDialog")
        self._desk, self._tasks = desk, tasks
        self.verification: Verification | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.number = named(QLineEdit(), "reportNumber")
        self.code = named(QLineEdit(), "verificationCode")
        self.number.setPlaceholderText("KHKOS-DR-2026-0042")
        self.code.setPlaceholderText("7F3K-92QD")
        self.verdict = named(QLabel(), "verdict")
        self.verdict.setWordWrap(True)
        self.details = named(QLabel(), "verdictDetails")
        self.details.setWordWrap(True)
        self.check_button = named(QPushButton(), "checkReport")
        not_default(self.check_button)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.number_label, self.code_label = QLabel(), QLabel()
        self.number_label.setBuddy(self.number)
        self.code_label.setBuddy(self.code)
        self.form.addRow(self.number_label, self.number)
        self.form.addRow(self.code_label, self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for edit in (self.number, self.code):
            edit.textEdited.connect(lambda _t: self._clear())
        self._clear()
        self.resize(560, 320)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify a printed report"))
        self.intro.setText(self.tr(
            "Type the report number and the verification code printed at the foot of every "
            "page of the paper copy."))
        self.number_label.setText(self.tr("Report &number:"))
        self.code_label.setText(self.tr("Verification &code:"))
        self.check_button.setText(self.tr("C&heck"))
        if self.verification is not None:
            self._show(self.verification)

    def _clear(self) -> None:
        self.verification = None
        self.verdict.hide()
        self.details.hide()

    def check(self) -> None:
        number, code = self.number.text().strip(), self.code.text().strip()
        if not number or not code:
            self.verdict.setStyleSheet(status_style(False))
            self.verdict.setText(self.tr("Type both the report number and the verification "
                                         "code."))
            self.verdict.show()
            return
        found = self._tasks.call(lambda: verify_printed(self._desk, number, code), self)
        if isinstance(found, Verification):
            self._tasks.changed.emit(Changes.of("audit"))
            self._show(found)

    def _show(self, result: Verification) -> None:
        self.verification = result
        self.verdict.setStyleSheet(status_style(result.ok))
        mark = "✔ " if result.ok else "✘ "
        self.verdict.setText(mark + result.message().render(tr_core))
        self.verdict.show()
        if result.period is None:
            self.details.hide()
            return
        language = {"en": "English", "km": "ខ្មែរ"}.get(result.language, result.language)
        self.details.setText(self.tr("Period: {period}\nLanguage: {language}")
                             .replace("{period}", result.period.describe(printout_language()))
                             .replace("{language}", language))
        self.details.show()
