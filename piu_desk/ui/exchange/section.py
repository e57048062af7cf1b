"""The Exchange section (exchange officer, administrator): choose the USB stick or the
shared folder, "Exchange now" imports every bundle found there and writes this desk's next
one, then says what came in and what went out. Below, this desk's key fingerprints and the
peers it trusts, for checking by phone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.exchange import enrolment, overview
from piu_desk.core.exchange.folder import FolderExchange, exchange_through
from piu_desk.core.exchange.sync import keys
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import format_size, named
from piu_desk.ui.errors import show_error
from piu_desk.ui.exchange.drives import removable_drives
from piu_desk.ui.exchange.key_actions import KeyActions
from piu_desk.ui.exchange.keys_box import KeysBox
from piu_desk.ui.exchange.summary import eject_reminder, incoming, outgoing, refused
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE, TITLE_STYLE, value_label
from piu_desk.ui.tasks import Task, TaskRunner
from piu_desk.ui.widgets import WARNING_STYLE

SHARED_KEY = "exchange/shared_folder"
POLL_MS = 3_000
IMPORTED = ("vessels", "port_calls", "crew", "persons", "inspections", "attachments",
            "tipoffs", "watchlist", "alerts", "sources", "assets", "audit", "exchange")
TOPICS = ("exchange", "session")


class ExchangeSection(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeSection")
        self._desk, self._tasks = desk, tasks
        self._settings = settings if settings is not None else QSettings()
        self.task: Task | None = None
        self.last: FolderExchange | None = None
        self.title = named(QLabel(), "exchangeTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.note = named(QLabel(), "exchangeNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_STYLE)
        self._build_target()
        self._build_summary()
        self._build_keys()
        self._lay_out()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh_targets)
        self.timer.start()
        self.retranslate()
        self.refresh_targets()
        self.reload_keys()

    # -- building -------------------------------------------------------------------------
    def _build_target(self) -> None:
        self.target_box = named(QGroupBox(), "targetBox")
        self.target = named(QComboBox(), "exchangeTarget")
        self.target.setMinimumWidth(420)
        self.refresh_button = named(QPushButton(), "refreshDrives")
        self.shared_label = QLabel()
        self.shared = value_label("sharedFolder")
        self.choose_button = named(QPushButton(), "chooseShared")
        self.exchange_button = named(QPushButton(), "exchangeNow")
        self.exchange_button.setDefault(True)
        self.exchange_button.setSizePolicy(QSizePolicy.Policy.Maximum,
                                           QSizePolicy.Policy.Fixed)
        self.exchange_button.setStyleSheet("font-weight: bold; padding: 6px 24px;")
        self.no_target = named(QLabel(), "noTarget")
        self.no_target.setWordWrap(True)
        self.no_target.setStyleSheet(MUTED_STYLE)
        self.target_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(self.refresh_button)
        shared = QHBoxLayout()
        shared.addWidget(self.shared, 1)
        shared.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.target_label, row)
        form.addRow(self.shared_label, shared)
        go = QHBoxLayout()
        go.addWidget(self.exchange_button)
        go.addWidget(self.no_target, 1)
        box = QVBoxLayout(self.target_box)
        box.addLayout(form)
        box.addLayout(go)
        self.refresh_button.clicked.connect(self.refresh_targets)
        self.choose_button.clicked.connect(self.choose_shared)
        self.exchange_button.clicked.connect(lambda: self.exchange_now())
        self.target.currentIndexChanged.connect(lambda _i: self._enable())

    def _build_summary(self) -> None:
        self.summary_box = named(QGroupBox(), "summaryBox")
        self.came_in = value_label("cameIn")
        self.went_out = value_label("wentOut")
        self.refused = value_label("refusedBundles")
        self.refused.setStyleSheet(WARNING_STYLE)
        self.eject = named(QLabel(), "ejectReminder")
        self.eject.setWordWrap(True)
        self.eject.setStyleSheet(WARNING_STYLE)
        self.in_label, self.out_label = QLabel(), QLabel()
        form = QFormLayout(self.summary_box)
        form.addRow(self.in_label, self.came_in)
        form.addRow(self.out_label, self.went_out)
        form.addRow(self.refused)
        form.addRow(self.eject)
        self.summary_box.hide()

    def _build_keys(self) -> None:
        self.keys_box = KeysBox()
        self.own, self.peers, self.peers_model = (self.keys_box.own, self.keys_box.peers,
                                                  self.keys_box.model)
        self.key_actions = KeyActions(self._desk, self._tasks, self.keys_box, self,
                                      self.chosen_folder)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.target_box)
        layout.addWidget(self.summary_box)
        layout.addWidget(self.keys_box)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Exchange"))
        self.note.setText(self.tr(
            "Plug in the exchange stick, or use the shared folder, and press Exchange now: "
            "every bundle for this desk is read in, then this desk's new bundle is written "
            "to the same place."))
        self.target_box.setTitle(self.tr("Where to exchange"))
        self.target_label.setText(self.tr("Stick or folder:"))
        self.shared_label.setText(self.tr("Shared folder:"))
        self.refresh_button.setText(self.tr("Look for sticks"))
        self.choose_button.setText(self.tr("Choose…"))
        self.exchange_button.setText(self.tr("Exchange now"))
        self.summary_box.setTitle(self.tr("Last exchange"))
        self.in_label.setText(self.tr("Came in:"))
        self.out_label.setText(self.tr("Went out:"))
        self.eject.setText(eject_reminder())
        self.keys_box.retranslate()
        self.refresh_targets()
        self._show_summary()

    # -- targets --------------------------------------------------------------------------
    def shared_folder(self) -> str:
        return str(self._settings.value(SHARED_KEY, "") or "")

    def set_shared_folder(self, folder: str) -> None:
        self._settings.setValue(SHARED_KEY, folder)
        self._settings.sync()
        self.refresh_targets()
        index = self.target.findData(folder)
        if index >= 0:
            self.target.setCurrentIndex(index)

    def choose_shared(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the shared exchange folder"), self.shared_folder())
        if folder:
            self.set_shared_folder(str(Path(folder)))

    def refresh_targets(self) -> None:
        chosen = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        for drive in removable_drives():
            self.target.addItem(self.tr("Stick {name} ({path}, {free} free)")
                                .replace("{name}", drive.name).replace("{path}", drive.path)
                                .replace("{free}", format_size(drive.free)), drive.path)
        shared = self.shared_folder()
        self.shared.setText(shared or self.tr("none chosen"))
        if shared:
            self.target.addItem(self.tr("Shared folder {path}").replace("{path}", shared),
                                shared)
        index = self.target.findData(chosen) if chosen else -1
        self.target.setCurrentIndex(max(index, 0) if self.target.count() else -1)
        self.target.blockSignals(False)
        self._enable()

    def chosen_folder(self) -> Path | None:
        data = self.target.currentData()
        return Path(data) if data else None

    def may_exchange(self) -> bool:
        session = self._desk.session
        return session is not None and session.has(Role.EXCHANGE)

    def _enable(self) -> None:
        has, may = self.chosen_folder() is not None, self.may_exchange()
        self.exchange_button.setEnabled(has and may and self.task is None)
        self.no_target.setVisible(not has or not may)
        self.no_target.setText(self.tr(
            "Only an exchange officer exchanges bundles; here you see the keys and the "
            "peers.") if not may else self.tr(
            "No stick found. Plug one in (it is found within a few seconds) or choose a "
            "shared folder."))

    # -- the exchange ---------------------------------------------------------------------
    def exchange_now(self) -> Task | None:
        folder = self.chosen_folder()
        if folder is None or self.task is not None or not self.may_exchange():
            return None
        desk = self._desk

        def work(progress: object, cancel: object) -> FolderExchange:
            return exchange_through(desk, folder, progress=progress,  # type: ignore[arg-type]
                                    cancel=cancel)  # type: ignore[arg-type]
        self.task = self._tasks.run(work, parent=self, title=self.tr("Exchanging…"),
                                    cancellable=True, on_done=self._done,
                                    on_error=self._failed)
        self._enable()
        return self.task

    def _done(self, outcome: object) -> None:
        assert isinstance(outcome, FolderExchange)
        self.task = None
        self.last = outcome
        self._enable()
        self._show_summary()
        self.reload_keys()
        topics = IMPORTED if outcome.applied else ("exchange", "audit")
        self._tasks.changed.emit(Changes.of(*topics))
        if outcome.refused:
            self._tell_refused(outcome)

    def _tell_refused(self, outcome: FolderExchange) -> None:
        """Each refused bundle by its file name, with what to do (as show_error words it)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("PIU Desk"),
                          "\n\n".join(refused(outcome)), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.exec()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._enable()
        self.reload_keys()
        show_error(self, exc)

    def _show_summary(self) -> None:
        outcome = self.last
        self.summary_box.setVisible(outcome is not None)
        if outcome is None:
            return
        self.came_in.setText("\n".join(incoming(outcome)))
        self.went_out.setText("\n".join(outgoing(outcome)))
        self.refused.setText("\n".join(refused(outcome)))
        self.refused.setVisible(bool(outcome.refused))

    # -- keys -----------------------------------------------------------------------------
    def reload_keys(self) -> None:
        own = self._tasks.call(lambda: overview.own_fingerprints(self._desk), self)
        rows = self._tasks.call(lambda: overview.peer_statuses(self._desk), self)
        phone = self._tasks.call(lambda: enrolment.phone_fingerprint(
            keys.own_public(self._desk)), self)
        phones = {(r.station, r.generation): r.phone for r in rows or []}
        self.keys_box.show_keys(own or {}, rows or [], phone or "", phones)
        session = self._desk.session
        if session is not None:
            self.keys_box.set_place(self._desk.station().is_hq,
                                    session.has(Role.EXCHANGE) or session.has(Role.ADMIN))

    def refresh(self, changes: Changes) -> None:
        if self._desk.is_unlocked and any(changes.touches(t) for t in TOPICS):
            self.reload_keys()
            self._enable()
