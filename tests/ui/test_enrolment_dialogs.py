"""Enrolment from the Exchange section on two real stores that trust nobody yet: HQ writes
the station's enrolment file and shows its phone fingerprint large; the station imports it
only with the fingerprint HQ reads out, writes its own key file and shows its fingerprint;
HQ pins that only with the right fingerprint and the right kind of file. A wrong
fingerprint or a wrong file is said in the dialog and pins nothing. Rotating this desk's
keys and revoking a peer's are confirmed first and then hold in the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.exchange import enrolment
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.ui.exchange.enrolment_dialogs import (
    ENROL,
    EXPORT,
    FROM_HQ,
    FROM_STATION,
    WriteKeysDialog,
)
from piu_desk.ui.exchange.pin_dialog import PinKeysDialog
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import STATION, FakeClock
from tests.core.exchange_support import as_exchange_officer, enrolled
from tests.core.sync_support import HQ, make_store
from tests.ui.admin_support import on_next_dialog
from tests.ui.test_exchange_section import section


@pytest.fixture
def strangers(tmp_path: Path) -> Iterator[tuple[Desk, Desk, Path]]:
    """A station and HQ, exchange officers both, with nothing pinned; a stick folder."""
    clock = FakeClock()
    port = as_exchange_officer(make_store(tmp_path / "kos", STATION, clock))
    hq = as_exchange_officer(make_store(tmp_path / "hq", HQ, clock))
    stick = tmp_path / "stick"
    stick.mkdir()
    yield port, hq, stick
    port.close()
    hq.close()


def answer_boxes(answers: list[bool]) -> list[str]:
    """Answer the next message boxes in turn (True: the go-ahead or OK); their texts."""
    seen: list[str] = []

    def answer(left: int) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left:
                QTimer.singleShot(20, lambda: answer(left - 1))
            return
        seen.append(box.text())
        go = answers.pop(0)
        wanted = QMessageBox.ButtonRole.AcceptRole if go else QMessageBox.ButtonRole.RejectRole
        button = next((b for b in box.buttons() if box.buttonRole(b) == wanted), None)
        if button is not None:
            button.click()
        else:
            box.reject()
        if answers:
            QTimer.singleShot(20, lambda: answer(100))
    QTimer.singleShot(0, lambda: answer(100))
    return seen


def phone(desk: Desk) -> str:
    return enrolment.phone_fingerprint(keys.own_public(desk))


def write(qtbot: QtBot, desk: Desk, mode: str, folder: Path, station_id: str = "",
          name: str = "") -> WriteKeysDialog:
    dialog = WriteKeysDialog(desk, TaskRunner(desk), mode, folder)
    qtbot.addWidget(dialog)
    dialog.station_id.setText(station_id)
    dialog.station_name.setText(name)
    return dialog


def pin(qtbot: QtBot, desk: Desk, source: str, path: Path, typed: str) -> PinKeysDialog:
    dialog = PinKeysDialog(desk, TaskRunner(desk), source)
    qtbot.addWidget(dialog)
    dialog.set_file(path)
    dialog.typed.setText(typed)
    return dialog


def test_hq_and_a_station_enrol_each_other_by_phone_fingerprint(
        qtbot: QtBot, strangers: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = strangers
    bad = write(qtbot, hq, ENROL, stick, "KH", "Koh Kong PIU")
    assert not bad.write() and "UN/LOCODE" in bad.message.text()
    assert not list(stick.iterdir()) and bad.pages.currentIndex() == 0

    enrol = write(qtbot, hq, ENROL, stick, "khkos", "Koh Kong PIU")
    assert enrol.write()
    path = stick / "piu-enrolment-KHKOS.json"
    assert enrol.written == path and path.exists() and enrol.pages.currentIndex() == 1
    assert enrol.fingerprint == phone(hq)
    assert enrol.shown.text().split() == phone(hq).split("-")  # six groups, large
    assert enrol.shown.font().pointSize() >= 20
    assert "Read this to the station by phone" in enrol.read_out.text()

    wrong = phone(port)  # someone else's fingerprint
    refused = pin(qtbot, port, FROM_HQ, path, wrong)
    assert phone(hq) in refused.in_file.text() and "KHPNH" in refused.in_file.text()
    assert not refused.pin() and "does not match" in refused.message.text()
    assert peers.listing(port) == []
    accepted = pin(qtbot, port, FROM_HQ, path, phone(hq).lower().replace("-", " "))
    assert accepted.pin() and accepted.result() == QDialog.DialogCode.Accepted
    [pinned] = peers.listing(port)
    assert (pinned.station, pinned.role) == ("KHPNH", "hq")

    export = write(qtbot, port, EXPORT, stick)
    assert export.write() and export.fingerprint == phone(port)
    key_file = stick / "piu-keys-KHKOS.json"
    assert export.written == key_file and "Read this to HQ by phone" in export.read_out.text()

    not_keys = pin(qtbot, hq, FROM_STATION, path, phone(hq))  # HQ's own enrolment file
    assert not_keys.found is None and "piu-station-keys/1" in not_keys.message.text()
    assert not not_keys.pin() and peers.listing(hq) == []
    mistyped = pin(qtbot, hq, FROM_STATION, key_file, phone(hq))
    assert f"keys of KHKOS ({STATION.name})" in mistyped.in_file.text()
    assert phone(port) in mistyped.in_file.text()
    assert not mistyped.pin() and "does not match" in mistyped.message.text()
    assert peers.listing(hq) == []
    right = pin(qtbot, hq, FROM_STATION, key_file, phone(port))
    assert right.pin()
    [station] = peers.listing(hq)
    assert (station.station, station.role) == ("KHKOS", "station")


def test_a_changed_key_file_is_refused_and_nothing_pinned(
        qtbot: QtBot, strangers: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = strangers
    assert write(qtbot, hq, ENROL, stick, "KHKOS", "Koh Kong PIU").write()
    path = stick / "piu-enrolment-KHKOS.json"
    path.write_bytes(path.read_bytes().replace(b"Koh Kong PIU", b"Koh Kong PIX"))
    dialog = pin(qtbot, port, FROM_HQ, path, phone(hq))
    assert "the file has been changed" in dialog.message.text()
    assert not dialog.pin() and peers.listing(port) == []


def test_the_buttons_follow_the_desk_and_open_the_dialogs(
        qtbot: QtBot, strangers: tuple[Desk, Desk, Path], tmp_path: Path) -> None:
    port, hq, stick = strangers
    central = section(qtbot, hq, stick, tmp_path)
    box = central.keys_box
    assert box.enrol_button.isVisible() and box.pin_button.isVisible()
    assert not box.import_button.isVisible() and not box.export_button.isVisible()
    assert not box.revoke_button.isEnabled()  # no peer yet

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, WriteKeysDialog) and dialog.folder == stick
        dialog.station_id.setText("KHKOS")
        dialog.station_name.setText("Koh Kong PIU")
        assert dialog.write()
        dialog.accept()
    opened = on_next_dialog(WriteKeysDialog, fill)
    box.enrol_button.click()
    assert opened and (stick / "piu-enrolment-KHKOS.json").exists()

    station = section(qtbot, port, stick, tmp_path)
    assert station.keys_box.import_button.isVisible()
    assert not station.keys_box.enrol_button.isVisible()
    def import_it(dialog: QDialog) -> None:
        assert isinstance(dialog, PinKeysDialog) and dialog.source == FROM_HQ
        dialog.set_file(stick / "piu-enrolment-KHKOS.json")
        dialog.typed.setText(phone(hq))
        assert dialog.pin()
    opened = on_next_dialog(PinKeysDialog, import_it)
    station.keys_box.import_button.click()
    assert opened and station.peers_model.rowCount() == 1  # the section shows HQ at once
    assert not station.keys_box.import_button.isEnabled()  # HQ is pinned: nothing to import
    assert station.keys_box.export_button.isEnabled()


def test_rotating_this_desks_keys_after_a_confirmation(
        qtbot: QtBot, tmp_path: Path) -> None:
    port, hq = enrolled(tmp_path)
    try:
        widget = section(qtbot, port, tmp_path, tmp_path)
        before, shown = keys.own_public(port), widget.own.text()
        answer_boxes([False])
        widget.keys_box.rotate_button.click()
        assert keys.own_public(port).generation == before.generation
        seen = answer_boxes([True, True])
        widget.keys_box.rotate_button.click()
        assert len(seen) == 2 and "New keys made" in seen[1]
        after = keys.own_public(port)
        assert after.generation == before.generation + 1
        assert after.readable()["ed25519"] in widget.own.text() and widget.own.text() != shown
    finally:
        port.close()
        hq.close()


def test_revoking_a_peer_after_a_confirmation(qtbot: QtBot, tmp_path: Path) -> None:
    port, hq = enrolled(tmp_path)
    try:
        widget = section(qtbot, port, tmp_path, tmp_path)
        box = widget.keys_box
        assert not box.revoke_button.isEnabled()  # no peer chosen
        box.peers.selectRow(0)
        assert box.revoke_button.isEnabled()
        answer_boxes([False])
        box.revoke_button.click()
        assert not any(p.revoked for p in peers.listing(port))
        seen = answer_boxes([True])
        box.revoke_button.click()
        assert "KHPNH" in seen[0]
        assert all(p.revoked for p in peers.listing(port))
        assert "revoked" in widget.peers_model.text(widget.peers_model._rows[0], 1)
        assert not box.revoke_button.isEnabled()
    finally:
        port.close()
        hq.close()
