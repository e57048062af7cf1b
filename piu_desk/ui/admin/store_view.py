"""The Store tab: backups and the integrity check for supervisors and administrators;
data-key rotation and a new recovery key for administrators only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core import accounts, maintenance
from piu_desk.core.desk import CheckReport, Desk
from piu_desk.core.errors import Cancelled
from piu_desk.core.session import WARNING_OLDER_DATABASE, WARNING_SLOT_FILE_ALTERED, Changes
from piu_desk.ui.admin.common import confirm, format_size, format_time, named, status_style
from piu_desk.ui.admin.recovery_dialog import RecoveryKeyDialog
from piu_desk.ui.errors import describe, show_error, tr_core
from piu_desk.ui.tasks import Task, TaskRunner

SUFFIX = ".piubak"
ROTATE_REASON = "rotated by an administrator"
PROBLEMS_SHOWN = 20
Result = tuple[str, str, bool]  # title, body, whether all is well


def bold_title(box: QGroupBox, children: tuple[QWidget, ...]) -> None:
    """Only the title is bold; family and size still follow the application font."""
    title_font = QFont()
    title_font.setBold(True)
    box.setFont(title_font)
    plain = QFont()
    plain.setBold(False)
    for child in children:
        child.setFont(plain)


class _Card(QGroupBox):
    """One action: a title, a sentence saying what it does, and its button."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name + "Card")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = named(QPushButton(), name)
        self.button.setMinimumWidth(180)
        bold_title(self, (self.text, self.button))
        layout = QGridLayout(self)
        layout.addWidget(self.text, 0, 0)
        layout.addWidget(self.button, 0, 1)
        layout.setColumnStretch(0, 1)


class StoreView(QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeView")
        self._desk = desk
        self._tasks = tasks
        self._folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        self.backup_card = _Card("backup")
        self.check_card = _Card("check")
        self.rotate_card = _Card("rotateKey")
        self.recovery_card = _Card("newRecoveryKey")
        self.result_box = named(QGroupBox(), "resultBox")
        self.result_title = named(QLabel(), "resultTitle")
        self.result_title.setWordWrap(True)
        self.result_body = named(QLabel(), "resultBody")
        self.result_body.setWordWrap(True)
        self.result_body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self._result: Callable[[], Result] | None = None
        self._lay_out()
        self._connect()
        self.retranslate()
        self.set_can_change(False)

    def _lay_out(self) -> None:
        result = QVBoxLayout(self.result_box)
        result.addWidget(self.result_title)
        result.addWidget(self.result_body)
        self.result_box.hide()
        bold_title(self.result_box, (self.result_title, self.result_body))
        layout = QVBoxLayout(self)
        for card in (self.backup_card, self.check_card, self.rotate_card, self.recovery_card):
            layout.addWidget(card)
        layout.addWidget(self.result_box)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.backup_card.button.clicked.connect(self.ask_backup)
        self.check_card.button.clicked.connect(self.check)
        self.rotate_card.button.clicked.connect(self.ask_rotate)
        self.recovery_card.button.clicked.connect(self.ask_recovery_key)

    def set_can_change(self, allowed: bool) -> None:
        """Key rotation and the recovery key are for administrators."""
        self.rotate_card.setVisible(allowed)
        self.recovery_card.setVisible(allowed)

    def retranslate(self) -> None:
        cards = (
            (self.backup_card, self.tr("Backup"), self.tr("Back up…"), self.tr(
                "Write an encrypted copy of the database and its key slots to one file, for "
                "example on a USB stick kept in the safe. It opens only with a password of "
                "this store or its recovery key.")),
            (self.check_card, self.tr("Integrity check"), self.tr("Check now"), self.tr(
                "Check every page of the encrypted database, its structure and the audit "
                "chain. Nothing is changed.")),
            (self.rotate_card, self.tr("Data key"), self.tr("Rotate data key…"), self.tr(
                "Encrypt the whole database again under a new key. Do this when a laptop, a "
                "disk or a copy of the data folder may have been exposed. Every enabled "
                "account keeps its password.")),
            (self.recovery_card, self.tr("Recovery key"), self.tr("New recovery key…"), self.tr(
                "Issue a new recovery key, for example when the printed sheet went missing. "
                "The old key stops working at once.")),
        )
        for card, title, button, text in cards:
            card.setTitle(title)
            card.button.setText(button)
            card.text.setText(text)
        self.result_box.setTitle(self.tr("Result"))
        if self._result is not None:
            self._show(self._result)

    def forget(self) -> None:
        """On a change of session: no earlier result, and no recovery key left on screen."""
        self._result = None
        self.result_box.hide()
        if self.recovery_dialog is not None:
            self.recovery_dialog.reject()

    def _show(self, result: Callable[[], Result]) -> None:
        """Show what `result()` says; kept so a change of language says it again."""
        self._result = result
        title, body, ok = result()
        self.result_title.setText(title)
        self.result_title.setStyleSheet(status_style(ok))
        self.result_body.setText(body)
        self.result_body.setVisible(bool(body))
        self.result_box.show()

    def _audit_written(self) -> None:
        """These services write to the audit trail without returning Changes."""
        self._tasks.changed.emit(Changes.of("audit"))

    def _failed(self, what: Callable[[], str]) -> Callable[[BaseException], None]:
        """Say in the result box that `what()` happened; a real fault is also shown."""
        def handle(exc: BaseException) -> None:
            cancelled = isinstance(exc, Cancelled)
            self._show(lambda: (what(), describe(exc), cancelled))
            if not cancelled:
                show_error(self, exc)
        return handle

    # -- backup ---------------------------------------------------------------------------
    def suggested_backup_path(self) -> Path:
        day = QDate.currentDate().toString("yyyy-MM-dd")
        return Path(self._folder) / ("piu-desk-backup-" + day + SUFFIX)

    def ask_backup(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up the store"), str(self.suggested_backup_path()),
            self.tr("PIU Desk backups (*.piubak)"))
        if not path:
            return
        target = Path(path)
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        self._folder = str(target.parent)
        self.backup(target)

    def backup(self, target: Path) -> Task:
        desk = self._desk
        return self._tasks.run(
            lambda progress, cancel: maintenance.backup_to(desk, target, progress, cancel),
            parent=self, title=self.tr("Writing the backup…"), cancellable=True,
            on_done=self._backed_up, on_error=self._backup_failed)

    def _backed_up(self, result: object) -> None:
        assert isinstance(result, maintenance.BackupResult)
        self._show(lambda: self.describe_backup(result))
        self._audit_written()

    def describe_backup(self, result: maintenance.BackupResult) -> Result:
        body = self.tr("File: %1\nSize: %2\nMade: %3\nKeep it somewhere safe, away from "
                       "this computer.")
        body = body.replace("%1", str(result.path)).replace(
            "%2", format_size(result.size)).replace("%3", format_time(result.created_at))
        return self.tr("The backup was written and read back."), body, True

    def _backup_failed(self, exc: BaseException) -> None:
        self._audit_written()  # the attempt is in the audit trail
        self._failed(lambda: self.tr("No backup was written."))(exc)

    # -- integrity check ------------------------------------------------------------------
    def check(self) -> Task:
        desk = self._desk
        return self._tasks.run(
            lambda progress, cancel: maintenance.check(desk, progress, cancel),
            parent=self, title=self.tr("Checking the store…"), on_done=self._checked)

    def _checked(self, result: object) -> None:
        assert isinstance(result, CheckReport)
        self._show(lambda: self.describe_report(result))
        self._audit_written()

    def describe_report(self, report: CheckReport) -> Result:
        lines = [self.tr("Problem: %1").replace("%1", problem)
                 for problem in report.problems[:PROBLEMS_SHOWN]]
        if len(report.problems) > PROBLEMS_SHOWN:
            lines.append(self.tr("… and %1 more problems.").replace(
                "%1", str(len(report.problems) - PROBLEMS_SHOWN)))
        if not report.audit.ok:
            lines.append(self.tr("Audit trail: entry %1 does not fit the chain (%2).")
                         .replace("%1", str(report.audit.first_bad_seq))
                         .replace("%2", report.audit.reason_text(tr_core)))
        lines += [self.warning_text(w) for w in report.warnings]
        if report.ok:
            title = self.tr("The store is sound: pages, structure and the audit chain "
                            "(%1 entries) were checked.").replace("%1", str(report.audit.entries))
        else:
            title = self.tr("The check found problems. Do not write to the store; restore "
                            "the latest backup or call support.")
        return title, "\n".join(lines), report.ok

    def warning_text(self, key: str) -> str:
        if key == WARNING_SLOT_FILE_ALTERED:
            return self.tr("Warning: the key-slot file was altered outside PIU Desk.")
        if key == WARNING_OLDER_DATABASE:
            return self.tr("Warning: an older copy of the database was put back.")
        return self.tr("Warning: %1").replace("%1", key)

    # -- data key -------------------------------------------------------------------------
    def ask_rotate(self) -> None:
        if confirm(self, self.tr("Rotate the data key?"), self.tr(
                "The whole database will be encrypted again under a new data key. Every "
                "enabled account keeps its password; old copies of the data folder no longer "
                "open with today's key slots."), self.tr("Rotate the key"), self.tr(
                "On a large store this takes a while; keep the computer on until it is "
                "done.")):
            self.rotate()

    def rotate(self) -> Task:
        desk = self._desk
        return self._tasks.run(
            lambda progress, cancel: accounts.rotate_data_key(desk, ROTATE_REASON, progress),
            parent=self, title=self.tr("Rotating the data key…"), on_done=self._rotated,
            on_error=self._failed(lambda: self.tr("The data key was not rotated.")))

    def _rotated(self, _result: object) -> None:
        self._show(lambda: (self.tr("The data key was rotated."), self.tr(
            "Every enabled account keeps its password. Make a new backup: older backups "
            "still open with the passwords they were made with."), True))

    # -- recovery key ---------------------------------------------------------------------
    def ask_recovery_key(self) -> None:
        if confirm(self, self.tr("Issue a new recovery key?"), self.tr(
                "The current recovery key stops working at once. The new one is shown only "
                "once: have the printer ready, or paper to copy it by hand."),
                self.tr("Issue a new key")):
            self.new_recovery_key()

    def new_recovery_key(self) -> Task:
        desk = self._desk
        return self._tasks.run(
            lambda progress, cancel: accounts.new_recovery_key(desk),
            parent=self, title=self.tr("Issuing a new recovery key…"),
            on_done=self._issued)

    def _issued(self, result: object) -> None:
        assert isinstance(result, str)
        station = self._desk.station().name
        self.recovery_dialog = RecoveryKeyDialog(result, station, self)
        self.recovery_dialog.finished.connect(self._forget_key)
        self.recovery_dialog.open()
        self._show(lambda: (self.tr("A new recovery key was issued."), self.tr(
            "The previous recovery key no longer works."), True))
        self._audit_written()

    def _forget_key(self) -> None:
        if self.recovery_dialog is not None:
            self.recovery_dialog.deleteLater()
            self.recovery_dialog = None
