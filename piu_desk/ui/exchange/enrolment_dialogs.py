"""Enrolment as dialogs (docs/bundle-format.md, 4): HQ and a station come to trust each
other's keys through two signed files and a fingerprint read out by phone.

- WriteKeysDialog: at HQ, a station's enrolment file ("enrol"); at a station, this desk's
  key file ("export"). Then the fingerprint to read out, large.
- PinKeysDialog (pin_dialog.py): at a station, HQ's enrolment file; at HQ, a station's key
  file; pinned only when the fingerprint typed from the phone call matches.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.station import validate_station
from piu_desk.core.errors import DeskError
from piu_desk.core.exchange import enrolment
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE, value_label
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import InlineMessage, line_edit

ENROL, EXPORT = "enrol", "export"
FROM_HQ, FROM_STATION = "hq", "station"
CHANGED = Changes.of("exchange", "audit")


def big_fingerprint(name: str) -> QLabel:
    """The six groups, large and monospaced, to read out one by one."""
    label = named(QLabel(), name)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(24)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("padding: 12px; border: 1px solid #c0c4c8; border-radius: 4px; "
                        "background: #f6f8fa;")
    return label


def spaced(fingerprint: str) -> str:
    return "  ".join(fingerprint.split("-"))


class WriteKeysDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, mode: str, folder: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDialog" if mode == ENROL else "exportKeysDialog")
        self._desk, self._tasks, self.mode = desk, tasks, mode
        self.folder = folder
        self.written: Path | None = None
        self.fingerprint = ""
        self.pages = QStackedWidget()
        self.intro = value_label()
        self.station_id = line_edit("stationId")
        self.station_id.setMaxLength(6)
        self.station_name = line_edit("stationName")
        self.folder_text = value_label("targetFolder")
        self.choose = named(QPushButton(), "chooseFolder")
        self.message = InlineMessage(name="enrolMessage")
        self.id_label, self.name_label, self.folder_label = QLabel(), QLabel(), QLabel()
        where = QHBoxLayout()
        where.addWidget(self.folder_text, 1)
        where.addWidget(self.choose)
        form = QFormLayout()
        if mode == ENROL:
            form.addRow(self.id_label, self.station_id)
            form.addRow(self.name_label, self.station_name)
        form.addRow(self.folder_label, where)
        first = QWidget()
        box = QVBoxLayout(first)
        box.addWidget(self.intro)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addStretch(1)
        self.done_text = value_label("writtenTo")
        self.read_out = value_label("readOut")
        self.read_out.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.shown = big_fingerprint("phoneFingerprint")
        self.alphabet = value_label()
        self.alphabet.setStyleSheet(MUTED_STYLE)
        self.after = value_label()
        self.after.setStyleSheet(MUTED_STYLE)
        second = QWidget()
        box = QVBoxLayout(second)
        for widget in (self.done_text, self.read_out, self.shown, self.alphabet, self.after):
            box.addWidget(widget)
        box.addStretch(1)
        self.pages.addWidget(first)
        self.pages.addWidget(second)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.choose.clicked.connect(self.choose_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 340)
        self.retranslate()

    def retranslate(self) -> None:
        enrol = self.mode == ENROL
        self.setWindowTitle(self.tr("Enrol a station") if enrol else
                            self.tr("Write this desk's key file"))
        self.intro.setText(self.tr(
            "HQ writes an enrolment file for the station and takes it there on the stick. "
            "The station imports it after HQ reads its fingerprint out by phone.") if enrol
            else self.tr(
            "This desk's key file goes to HQ on the stick. HQ pins it after you read this "
            "desk's fingerprint out by phone."))
        self.id_label.setText(self.tr("Station id (UN/LOCODE):"))
        self.station_id.setPlaceholderText(self.tr("for example KHKMT"))
        self.name_label.setText(self.tr("Station name:"))
        self.folder_label.setText(self.tr("Write it to:"))
        self.choose.setText(self.tr("Choose…"))
        self.folder_text.setText(str(self.folder) if self.folder else
                                 self.tr("Choose the stick or a folder"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Close") if self.written else self.tr("Write the file"))
        ok.setObjectName("writeKeys")
        if self.written:
            self._show_done()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the file"),
                                                  str(self.folder or ""))
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.retranslate()

    def file_name(self, station: str) -> str:
        return (f"piu-enrolment-{station}.json" if self.mode == ENROL
                else f"piu-keys-{station}.json")

    def _ok(self) -> None:
        if self.written:
            self.accept()
        else:
            self.write()

    def write(self) -> bool:
        """Validate, write the file, then show the fingerprint. False when refused."""
        if self.mode == ENROL:
            try:
                station = validate_station(self.station_name.text(), self.station_id.text())
            except DeskError as exc:
                self.message.show_error(exc)
                return False
        if self.folder is None or not self.folder.is_dir():
            self.message.show_text(self.tr("Choose the stick or a folder to write the file to."))
            return False
        desk = self._desk
        if self.mode == ENROL:
            path = self.folder / self.file_name(station.locode)
            fp = self._tasks.call(lambda: enrolment.enrol_station(
                desk, station.locode, station.name, path), self)
        else:
            path = self.folder / self.file_name(desk.station().locode)
            fp = self._tasks.call(lambda: enrolment.export_keys(desk, path), self)
        if not fp:
            return False
        self.written, self.fingerprint = path, str(fp)
        self._tasks.changed.emit(CHANGED)
        self.message.clear_text()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.pages.setCurrentIndex(1)
        self.retranslate()
        return True

    def _show_done(self) -> None:
        self.done_text.setText(self.tr("Written: {file}").replace("{file}", str(self.written)))
        enrol = self.mode == ENROL
        self.read_out.setText(self.tr("Read this to the station by phone:") if enrol
                              else self.tr("Read this to HQ by phone:"))
        self.shown.setText(spaced(self.fingerprint))
        self.alphabet.setText(self.tr(
            "Only letters and the digits 2 to 7 occur: an O is always the letter O, an I "
            "the letter I."))
        self.after.setText(self.tr(
            "The station types it in when it imports the file; then it writes its own key "
            "file, which you pin here with \"Pin a station's keys…\".") if enrol else self.tr(
            "HQ types it in when it pins this file. Bundles to HQ can be read there only "
            "after that."))
