"""Publishing the next version of the master watchlist: until when the stations may rely on
it (90 days unless the analyst says otherwise) and a note for them. The next bundle to
every station carries it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.errors import DeskError
from piu_desk.core.exchange import releases
from piu_desk.core.exchange.releases import Release
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import show_error
from piu_desk.ui.hq.texts import fill
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import DATE_FORMAT, MUTED_STYLE, today
from piu_desk.ui.tasks import Task, TaskRunner
from piu_desk.ui.widgets import InlineMessage

DEFAULT_DAYS = 90
NOTE_LIMIT = 500
PUBLISHED = ("watchlist", "exchange")


class PublishDialog(Retranslating, QDialog):
    published = Signal(object)  # the Release

    def __init__(self, desk: Desk, tasks: TaskRunner, version: int, changes: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self._desk, self._tasks = desk, tasks
        self.version, self.changes = version, changes
        self.task: Task | None = None
        self.release: Release | None = None
        self.intro = named(QLabel(), "publishIntro")
        self.intro.setWordWrap(True)
        self.expiry = named(QDateEdit(), "publishExpiry")
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat(DATE_FORMAT)
        self.expiry.setDate(today(desk).addDays(DEFAULT_DAYS))
        self.note = named(QLineEdit(), "publishNote")
        self.note.setMaxLength(NOTE_LIMIT)
        self.hint = named(QLabel(), "publishHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED_STYLE)
        self.message = InlineMessage(name="publishMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.publish)
        self.buttons.rejected.connect(self.reject)
        self.expiry_label, self.note_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.expiry_label, self.expiry)
        form.addRow(self.note_label, self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("Publish version {version}"), version=self.version))
        self.intro.setText(fill(self.tr(
            "Version {version} of the master watchlist goes to every station with its next "
            "bundle.\nChanged entries since the last version: {changes}"),
            version=self.version, changes=self.changes))
        self.expiry_label.setText(self.tr("Valid until:"))
        self.note_label.setText(self.tr("Note for the stations:"))
        self.note.setPlaceholderText(self.tr("Optional: what changed and why"))
        self.hint.setText(self.tr(
            "After this date the stations see the watchlist as expired until they receive a "
            "newer version."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(fill(self.tr("Publish version {version}"), version=self.version))

    def chosen_expiry(self) -> date:
        chosen: QDate = self.expiry.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def publish(self) -> Task | None:
        if self.task is not None:
            return None
        desk, expires, note = self._desk, self.chosen_expiry(), self.note.text().strip()
        self.message.clear_text()
        self.buttons.setEnabled(False)
        self.task = self._tasks.run(
            lambda _progress, _cancel: releases.publish(desk, expires, note), parent=self,
            title=self.tr("Publishing the watchlist…"), on_done=self._done,
            on_error=self._failed)
        return self.task

    def _done(self, release: object) -> None:
        assert isinstance(release, Release)
        self.task, self.release = None, release
        self.buttons.setEnabled(True)
        self._tasks.changed.emit(Changes.of(*PUBLISHED))
        self.published.emit(release)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        if isinstance(exc, DeskError):  # a date in the past, a role without the right
            self.message.show_error(exc)
        else:
            show_error(self, exc)
