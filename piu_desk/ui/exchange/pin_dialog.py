"""Pinning keys by their phone fingerprint (docs/bundle-format.md, 4.3): at a station, HQ's
enrolment file ("hq"); at HQ, a station's key file ("station"). The file is read as soon as
it is chosen, so the dialog says whose keys it carries and their fingerprint; the keys are
pinned only when the fingerprint typed from the phone call matches. A refusal is said in
the dialog and pins nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.errors import DeskError
from piu_desk.core.exchange import enrolment
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import show_error
from piu_desk.ui.exchange.enrolment_dialogs import CHANGED, FROM_HQ, FROM_STATION
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import value_label
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import InlineMessage


class PinKeysDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, source: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinKeysDialog")
        self._desk, self._tasks, self.source = desk, tasks, source
        self.path: Path | None = None
        self.found: enrolment.KeyFile | None = None
        self.intro = value_label()
        self.file_text = value_label("keyFile")
        self.choose = named(QPushButton(), "chooseKeyFile")
        self.in_file = value_label("fileFingerprint")
        self.in_file.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.typed = named(QLineEdit(), "typedFingerprint")
        self.typed.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.typed.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.message = InlineMessage(name="pinMessage")
        self.file_label, self.in_file_label, self.typed_label = QLabel(), QLabel(), QLabel()
        row = QHBoxLayout()
        row.addWidget(self.file_text, 1)
        row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.file_label, row)
        form.addRow(self.in_file_label, self.in_file)
        form.addRow(self.typed_label, self.typed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.pin)
        self.buttons.rejected.connect(self.reject)
        self.choose.clicked.connect(self.choose_file)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 300)
        self.retranslate()

    @property
    def format(self) -> str:
        return (enrolment.ENROLMENT_FORMAT if self.source == FROM_HQ
                else enrolment.STATION_KEYS_FORMAT)

    def retranslate(self) -> None:
        hq = self.source == FROM_HQ
        self.setWindowTitle(self.tr("Import the enrolment from HQ") if hq
                            else self.tr("Pin a station's keys"))
        self.intro.setText(self.tr(
            "Choose the enrolment file HQ wrote for this desk, call HQ, and type the "
            "fingerprint HQ reads out. HQ is trusted only when it matches.") if hq else
            self.tr("Choose the key file the station wrote, call the station, and type the "
                    "fingerprint it reads out. The station is trusted only when it matches."))
        self.file_label.setText(self.tr("File:"))
        self.file_text.setText(str(self.path) if self.path else self.tr("none chosen"))
        self.choose.setText(self.tr("Choose file…"))
        self.in_file_label.setText(self.tr("In the file:"))
        self.typed_label.setText(self.tr("Fingerprint read out by phone:"))
        self._show_file()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Trust these keys"))
        ok.setObjectName("pinKeys")

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the key file"), str(self.path or ""),
            self.tr("Key files (*.json);;All files (*)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Read the file at once: who it names and its fingerprint, or why it is refused."""
        self.path, self.found = path, None
        self.message.clear_text()
        try:
            self.found = enrolment.read_key_file(path, self.format)
        except DeskError as exc:
            self.message.show_error(exc)
        self.retranslate()

    def _show_file(self) -> None:
        found = self.found
        if found is None:
            self.in_file.setText("—")
            return
        who = str(found.body.get("hq" if self.source == FROM_HQ else "station", ""))
        name = str(found.body.get("station_name", "")) if self.source == FROM_STATION else ""
        self.in_file.setText(self.tr("keys of {who}{name}, fingerprint {fp}").replace(
            "{who}", who).replace("{name}", f" ({name})" if name else "").replace(
            "{fp}", found.fingerprint))

    def pin(self) -> bool:
        """Pin after the phone check; the reason shown in the dialog when refused."""
        if self.path is None:
            self.message.show_text(self.tr("Choose the key file first."))
            return False
        if not self.typed.text().strip():
            self.message.show_text(self.tr("Type the fingerprint read out by phone."))
            return False
        path, typed, desk = self.path, self.typed.text(), self._desk
        try:
            if self.source == FROM_HQ:
                enrolment.import_enrolment(desk, path, typed)
            else:
                enrolment.pin_station(desk, path, typed)
        except DeskError as exc:
            self.message.show_error(exc)
            return False
        except Exception as exc:  # every error reaches the officer or the log
            show_error(self, exc)
            return False
        self._tasks.changed.emit(CHANGED)
        self.accept()
        return True
