"""The officer's decision on an alert: confirmed match, false positive or needs HQ check,
with a note. The core's rules apply (a note is required unless confirming); what it refuses
is said under the note, and the note is kept. A decided alert shows who decided what, and
may be decided again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.errors import Invalid
from piu_desk.core.intel import alerts
from piu_desk.core.intel.alerts import Alert, Disposition
from piu_desk.ui.admin.common import named
from piu_desk.ui.entry_common import not_default
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.alerts_texts import status_text, when_text
from piu_desk.ui.records.common import MUTED_STYLE, attempt, can_edit
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import InlineMessage


class DecisionBox(Retranslating, QGroupBox):
    decided = Signal(int, str)  # the alert's id, the Disposition's value
    refused = Signal()  # the core refused it: the message under the note says why

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertDecision")
        self._desk, self._tasks = desk, tasks
        self.alert: Alert | None = None
        self.previous = named(QLabel(), "previousDecision")
        self.previous.setWordWrap(True)
        self.previous.setStyleSheet(MUTED_STYLE)
        self.note_label = QLabel()
        self.note = named(QPlainTextEdit(), "alertNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(56)
        self.note_label.setBuddy(self.note)
        self.error = InlineMessage(name="noteError")
        self.buttons = {
            Disposition.CONFIRMED: named(QPushButton(), "confirmMatch"),
            Disposition.FALSE_POSITIVE: named(QPushButton(), "falsePositive"),
            Disposition.HQ_CHECK: named(QPushButton(), "needsHqCheck"),
        }
        not_default(*self.buttons.values())
        row = QHBoxLayout()
        row.addStretch(1)
        for disposition, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, d=disposition: self.decide(d))
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.previous)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.note_label.setText(self.tr(
            "&Note (required for a false positive or an HQ check):"))
        self.note.setPlaceholderText(self.tr(
            "What you checked: the passport sighted, the date of birth asked, who you told…"))
        self.buttons[Disposition.CONFIRMED].setText(self.tr("Confirmed match"))
        self.buttons[Disposition.CONFIRMED].setToolTip(self.tr(
            "It is the person or vessel on the watchlist: marked wherever it appears"))
        self.buttons[Disposition.FALSE_POSITIVE].setText(self.tr("False positive"))
        self.buttons[Disposition.FALSE_POSITIVE].setToolTip(self.tr(
            "Not the same: this pair does not alert again unless either side changes"))
        self.buttons[Disposition.HQ_CHECK].setText(self.tr("Needs HQ check"))
        self.buttons[Disposition.HQ_CHECK].setToolTip(self.tr(
            "You cannot tell from here: headquarters is asked to check"))
        self._show_previous()

    def show_alert(self, alert: Alert | None) -> None:
        """Show the decision for `alert`; the note and its message are cleared when another
        alert is chosen, kept when the same one is shown again."""
        if alert is None or self.alert is None or alert.id != self.alert.id:
            self.note.clear()
            self.error.clear_text()
        self.alert = alert
        self.setVisible(alert is not None and can_edit(self._desk))
        self._show_previous()

    def _show_previous(self) -> None:
        a = self.alert
        decided = a is not None and a.status != alerts.OPEN
        self.setTitle(self.tr("Change the decision") if decided else self.tr("Your decision"))
        self.previous.setVisible(decided)
        if a is None or not decided:
            return
        text = self.tr("Decided: %1 — by %2, %3.").replace("%1", status_text(a.status)) \
            .replace("%2", a.disposed_by).replace("%3", when_text(a.disposed_at))
        if a.note:
            text += " " + self.tr("Note: %1").replace("%1", a.note)
        self.previous.setText(text)

    def decide(self, disposition: Disposition) -> bool:
        """Record the decision through the core; True when it was recorded."""
        a = self.alert
        if a is None:
            return False
        self.error.clear_text()
        note, alert_id = self.note.toPlainText(), a.id
        done = attempt(self._tasks, self,
                       lambda: alerts.dispose(self._desk, alert_id, disposition, note),
                       self._invalid)
        if done is None:
            return False
        self.note.clear()
        self.decided.emit(alert_id, disposition.value)
        return True

    def _invalid(self, exc: Invalid) -> None:
        self.error.show_error(exc)
        self.note.setFocus()
        self.refused.emit()
