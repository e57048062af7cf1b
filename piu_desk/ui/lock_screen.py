"""What a locked window shows: nothing of the desk, only a way to log in again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from piu_desk.core.desk import Desk
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.login import LoginForm
from piu_desk.ui.tasks import TaskRunner


class LockScreen(Retranslating, QWidget):
    """'Locked — log in again'. The same or another user may log in; `form.logged_in`
    carries the new session."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.title = QLabel(self)
        self.title.setObjectName("lockTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = LoginForm(desk, tasks, self)
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(480)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addSpacing(12)
        inner.addWidget(self.form)
        # No alignment flag on the card: an aligned item gets its plain size hint, which
        # ignores the wrapped hint text's real height and squeezes the fields.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Locked — log in again"))
        self.hint.setText(self.tr("Your password is needed to continue. Another user may "
                                  "log in instead."))

    def reset(self, username: str) -> None:
        self.form.message.clear_text()
        self.form.fill(username)
