"""What the Keys box's buttons do: enrolment (at HQ: enrol a station, pin its keys; at a
station: import HQ's enrolment, write this desk's key file), rotating this desk's keys and
revoking a peer's, each confirmed first where it cannot be undone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.ui.admin.common import confirm, tell
from piu_desk.ui.exchange.enrolment_dialogs import (
    CHANGED,
    ENROL,
    EXPORT,
    FROM_HQ,
    FROM_STATION,
    WriteKeysDialog,
)
from piu_desk.ui.exchange.keys_box import KeysBox
from piu_desk.ui.exchange.pin_dialog import PinKeysDialog
from piu_desk.ui.tasks import TaskRunner


class KeyActions(QObject):
    def __init__(self, desk: Desk, tasks: TaskRunner, box: KeysBox, parent: QWidget,
                 folder: Callable[[], Path | None]) -> None:
        super().__init__(parent)
        self._desk, self._tasks, self._box, self._parent = desk, tasks, box, parent
        self._folder = folder
        self.dialog: QDialog | None = None  # the one open, for tests and screenshots
        box.enrol_button.clicked.connect(lambda: self.write_keys(ENROL))
        box.export_button.clicked.connect(lambda: self.write_keys(EXPORT))
        box.pin_button.clicked.connect(lambda: self.pin_keys(FROM_STATION))
        box.import_button.clicked.connect(lambda: self.pin_keys(FROM_HQ))
        box.rotate_button.clicked.connect(lambda: self.rotate())
        box.revoke_button.clicked.connect(lambda: self.revoke())

    def _run(self, dialog: QDialog) -> bool:
        self.dialog = dialog
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.dialog = None
            dialog.deleteLater()

    def write_keys(self, mode: str) -> bool:
        return self._run(WriteKeysDialog(self._desk, self._tasks, mode, self._folder(),
                                         self._parent))

    def pin_keys(self, source: str) -> bool:
        return self._run(PinKeysDialog(self._desk, self._tasks, source, self._parent))

    def rotate(self) -> bool:
        parent = self._parent
        if not confirm(parent, self.tr("Rotate this desk's keys"), self.tr(
                "Make new keys for this desk? The new keys are signed by the old ones and "
                "reach every peer with the next exchange; bundles already on their way can "
                "still be opened."), self.tr("Make new keys")):
            return False
        made = self._tasks.call(lambda: keys.rotate(self._desk), parent)
        if made is None:
            return False
        self._tasks.changed.emit(CHANGED)
        tell(parent, self.tr("Rotate this desk's keys"), self.tr(
            "New keys made. Exchange with every peer soon, so they pin the new keys; "
            "read the new fingerprints to them by phone if they ask."))
        return True

    def revoke(self) -> bool:
        peer, parent = self._box.chosen_peer(), self._parent
        if peer is None or peer.revoked:
            return False
        if not confirm(parent, self.tr("Revoke keys"), self.tr(
                "Revoke every key of {station}? Nothing signed with them will be accepted "
                "any more. This cannot be undone.").replace("{station}", peer.station),
                self.tr("Revoke")):
            return False
        done = self._tasks.call(lambda: peers.revoke(self._desk, peer.station), parent)
        if done is None:
            return False
        self._tasks.changed.emit(CHANGED)
        return True
