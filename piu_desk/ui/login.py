"""Logging in: by password, or by the recovery key; the demo accounts on a demo store.

The password is checked by key derivation (about a second), so `desk.unlock` runs on the
database owner thread through the TaskRunner and the window stays responsive. Failures are
shown inline; after five, the core makes the user wait, and the button counts down.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.demo import DEMO_ACCOUNTS
from piu_desk.core.desk import Desk
from piu_desk.core.errors import LoginBackoff, WrongPassword
from piu_desk.ui import fonts
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import LanguagePicker, Retranslating
from piu_desk.ui.status_bar import role_labels
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import InlineMessage, line_edit, password_edit

TICK_MS = 1000
LINK_STYLE = ("QPushButton { color: #1a5fb4; text-decoration: underline; border: none; "
              "padding: 2px 0; text-align: left; }")


class LoginForm(Retranslating, QWidget):
    """User name and password. Emits `logged_in(Session)`."""

    logged_in = Signal(object)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginForm")
        self.desk, self.tasks = desk, tasks
        self.busy = False
        self.username = line_edit("username", self)
        self.password = password_edit("password", self)
        self.user_label, self.password_label = QLabel(self), QLabel(self)
        self.message = InlineMessage(self, name="loginMessage")
        self.button = QPushButton(self)
        self.button.setObjectName("loginButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        for edit in (self.username, self.password):
            edit.returnPressed.connect(self.submit)
        self.username.textChanged.connect(self._update_backoff)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._update_backoff)
        form = QFormLayout()
        form.addRow(self.user_label, self.username)
        form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.user_label.setText(self.tr("User name:"))
        self.password_label.setText(self.tr("Password:"))
        self.button.setText(self.tr("Log in"))
        self._update_backoff()

    def fill(self, username: str, password: str = "") -> None:
        self.username.setText(username)
        self.password.setText(password)
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        if self.busy or not self.button.isEnabled():
            return
        if not name or not password:
            self.message.show_text(self.tr("Enter your user name and password."))
            return
        self._set_busy(True)
        self.message.clear_text()
        self.tasks.run(lambda _p, _c: self.desk.unlock(name, password), parent=self.window(),
                       title=self.tr("Checking the password…"), on_done=self._done,
                       on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.username, self.password, self.button):
            widget.setEnabled(not busy)

    def _done(self, session: object) -> None:
        self._set_busy(False)
        self.password.clear()
        self.logged_in.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        self.message.show_error(exc)
        if isinstance(exc, WrongPassword | LoginBackoff):
            self._update_backoff()

    def _update_backoff(self) -> None:
        """Disable the button while the core makes this user wait, counting down."""
        if self.busy:
            return
        seconds = self.desk.backoff_seconds(self.username.text())
        if seconds > 0:
            self.button.setEnabled(False)
            self.message.show_text(LoginBackoff(seconds).render(tr_core))
            if not self._timer.isActive():
                self._timer.start()
            return
        if self._timer.isActive():
            self._timer.stop()
            self.message.clear_text()
        self.button.setEnabled(True)


class RecoveryForm(Retranslating, QWidget):
    """Log in with the printed recovery key (administrator rights)."""

    logged_in = Signal(object)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryForm")
        self.desk, self.tasks = desk, tasks
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.key = line_edit("recoveryKeyInput", self)
        self.key.setFont(fonts.monospace(12))
        self.key.returnPressed.connect(self.submit)
        self.message = InlineMessage(self, name="recoveryMessage")
        self.button = QPushButton(self)
        self.button.setObjectName("recoveryLoginButton")
        self.button.clicked.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.key)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Type the recovery key from the printed sheet, group by group. Spaces and dashes "
            "do not matter. Each use is recorded in the audit trail."))
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
        self.button.setText(self.tr("Log in with the recovery key"))

    def submit(self) -> None:
        text = self.key.text()
        if not text.strip() or not self.button.isEnabled():
            return
        self.button.setEnabled(False)
        self.message.clear_text()
        self.tasks.run(lambda _p, _c: self.desk.unlock_with_recovery(text),
                       parent=self.window(), title=self.tr("Checking the recovery key…"),
                       on_done=self._done, on_error=self._failed)

    def _done(self, session: object) -> None:
        self.button.setEnabled(True)
        self.key.clear()
        self.logged_in.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        if isinstance(exc, WrongPassword):
            self.message.show_text(self.tr("This recovery key does not open this store. "
                                           "Check that the sheet belongs to this station."))
        else:
            self.message.show_error(exc)


class DemoPanel(Retranslating, QGroupBox):
    """The demo store's public accounts; clicking one fills the log-in form."""

    picked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoPanel")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(len(DEMO_ACCOUNTS), 3, self)
        self.table.setObjectName("demoAccounts")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.cellClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Demo store"))
        self.note.setText(self.tr("This is a demonstration store with made-up data. These "
                                  "passwords are public; click an account to use it."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Roles"), self.tr("Password")])
        for row, account in enumerate(DEMO_ACCOUNTS):
            values = (account.username, ", ".join(role_labels(account.roles)),
                      account.password)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def _clicked(self, row: int, _column: int) -> None:
        account = DEMO_ACCOUNTS[row]
        self.picked.emit(account.username, account.password)


class LoginWindow(Retranslating, QWidget):
    """The window shown before anyone is logged in."""

    logged_in = Signal(object)
    restore_requested = Signal()
    language_chosen = Signal(str)
    closed = Signal()

    def __init__(self, desk: Desk, tasks: TaskRunner, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginWindow")
        self.desk = desk
        self.picker = LanguagePicker(language, self)
        self.picker.chosen.connect(self.language_chosen.emit)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.language_label = QLabel(self)
        self.form = LoginForm(desk, tasks, self)
        self.recovery = RecoveryForm(desk, tasks, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.form)
        self.pages.addWidget(self.recovery)
        self.switch_mode = QPushButton(self)
        self.switch_mode.setObjectName("useRecoveryKey")
        self.switch_mode.setFlat(True)
        self.switch_mode.setStyleSheet(LINK_STYLE)
        self.switch_mode.setCursor(Qt.CursorShape.PointingHandCursor)
        self.switch_mode.clicked.connect(self._toggle_mode)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore_requested.emit)
        self.demo = DemoPanel(self) if desk.is_demo else None
        for form in (self.form, self.recovery):
            form.logged_in.connect(self.logged_in.emit)
        if self.demo is not None:
            self.demo.picked.connect(self.form.fill)
        self._lay_out()
        self.retranslate()
        self.form.username.setFocus()

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.language_label)
        header.addWidget(self.picker)
        card = QGroupBox(self)
        card.setObjectName("loginCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 16, 16, 12)
        self.pages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner.addWidget(self.pages)
        inner.addWidget(self.switch_mode, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addStretch(1)
        self._fit_pages()
        body = QHBoxLayout()
        body.addWidget(card, 1, Qt.AlignmentFlag.AlignTop)
        if self.demo is not None:
            body.addSpacing(16)
            body.addWidget(self.demo, 0, Qt.AlignmentFlag.AlignTop)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        layout.addLayout(body)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.resize(1040 if self.demo is not None else 560, 480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("PIU Desk — log in"))
        self.title.setText(self.tr("PIU Desk"))
        self.subtitle.setText(self.tr("Log in with your user name and password to open this "
                                      "desk's encrypted store."))
        self.language_label.setText(self.tr("Language:"))
        recovering = self.pages.currentWidget() is self.recovery
        self.switch_mode.setText(self.tr("Log in with a password instead") if recovering
                                 else self.tr("Use the recovery key…"))
        self.restore_button.setText(self.tr("Restore from backup…"))

    def _toggle_mode(self) -> None:
        recovering = self.pages.currentWidget() is self.recovery
        self.pages.setCurrentWidget(self.form if recovering else self.recovery)
        self._fit_pages()
        (self.form.username if recovering else self.recovery.key).setFocus()
        self.retranslate()

    def _fit_pages(self) -> None:
        """The card is as tall as the page showing, not the tallest page."""
        for page in (self.form, self.recovery):
            vertical = QSizePolicy.Policy.Preferred if page is self.pages.currentWidget() \
                else QSizePolicy.Policy.Ignored
            page.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.pages.adjustSize()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
