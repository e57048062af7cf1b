"""The Store tab on a real store: backup, integrity check, key rotation, recovery key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.errors import RecoveryKeyInvalid, WrongPassword
from piu_desk.core.store import backup
from piu_desk.ui.admin.common import BAD_COLOUR, OK_COLOUR
from piu_desk.ui.admin.recovery_dialog import RecoveryKeyDialog
from tests.conftest import StoreInfo
from tests.ui.admin_support import answer_next_box, finish, open_section


def test_backup_writes_a_file_that_reads_back(qtbot: QtBot, admin_desk: Desk,
                                              tmp_path: Path) -> None:
    section = open_section(qtbot, admin_desk)
    target = tmp_path / "stick" / "copy.piubak"
    target.parent.mkdir()
    finish(qtbot, section.store.backup(target))
    header = backup.read_header(target, verify=True)
    assert header.db_id == admin_desk.vault().db_id
    assert "written" in section.store.result_title.text()
    assert str(target) in section.store.result_body.text()
    assert [p.name for p in target.parent.iterdir()] == ["copy.piubak"]
    qtbot.waitUntil(lambda: section.audit.model.entry_at(0).action == "store.backup")


def test_backup_asks_where_and_adds_the_suffix(qtbot: QtBot, admin_desk: Desk, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    section = open_section(qtbot, admin_desk)
    store = section.store
    today = date.today().isoformat()
    assert store.suggested_backup_path().name == f"piu-desk-backup-{today}.piubak"
    asked: list[str] = []

    def pick(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "monday"), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    store.ask_backup()
    qtbot.waitUntil(lambda: (tmp_path / "monday.piubak").exists() and store.result_box.
                    isVisibleTo(store), timeout=20_000)
    assert asked and asked[0].endswith(".piubak")
    backup.read_header(tmp_path / "monday.piubak")


def test_integrity_check_reports_ok(qtbot: QtBot, admin_desk: Desk) -> None:
    section = open_section(qtbot, admin_desk)
    finish(qtbot, section.store.check())
    assert "sound" in section.store.result_title.text()
    assert OK_COLOUR in section.store.result_title.styleSheet()


def test_integrity_check_is_clean_right_after_a_key_rotation(qtbot: QtBot,
                                                             admin_desk: Desk) -> None:
    accounts.disable_user(admin_desk, "vanna")
    section = open_section(qtbot, admin_desk)
    finish(qtbot, section.store.rotate())
    assert "rotated" in section.store.result_title.text()
    finish(qtbot, section.store.check())
    assert "sound" in section.store.result_title.text(), section.store.result_body.text()


def test_integrity_check_names_an_altered_audit_entry(qtbot: QtBot, admin_desk: Desk) -> None:
    admin_desk.db(lambda c: (c.execute("DROP TRIGGER audit_no_update"),
                             c.execute("UPDATE audit SET actor='x' WHERE seq=2")))
    section = open_section(qtbot, admin_desk)
    finish(qtbot, section.store.check())
    assert BAD_COLOUR in section.store.result_title.styleSheet()
    assert "entry 2" in section.store.result_body.text()


def test_rotate_asks_first(qtbot: QtBot, admin_desk: Desk) -> None:
    section = open_section(qtbot, admin_desk)
    section.tabs.setCurrentWidget(section.store)
    generation = admin_desk.secrets().generation
    answer_next_box(accept=False)
    section.store.rotate_card.button.click()
    assert admin_desk.secrets().generation == generation
    answer_next_box(accept=True)
    section.store.rotate_card.button.click()
    qtbot.waitUntil(lambda: admin_desk.secrets().generation == generation + 1)


def test_new_recovery_key_is_shown_once_and_replaces_the_old(
        qtbot: QtBot, store: StoreInfo, desk_factory: Callable[[], Desk],
        admin_desk: Desk, tmp_path: Path) -> None:
    section = open_section(qtbot, admin_desk)
    view = section.store
    answer_next_box(accept=True)
    view.recovery_card.button.click()
    qtbot.waitUntil(lambda: view.recovery_dialog is not None, timeout=20_000)
    dialog = view.recovery_dialog
    assert isinstance(dialog, RecoveryKeyDialog)
    key = dialog.key
    shown = dialog.key_label.text()
    assert shown.replace("\n", "-") == key and shown.count("\n") == 1
    assert dialog.key_label.font().fixedPitch() or dialog.key_label.font().pointSize() >= 20
    sheet = dialog.sheet()
    assert key.split("-")[0] in sheet.toPlainText() and "safe" in sheet.toPlainText()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    sheet.print_(printer)
    assert (tmp_path / "key.pdf").read_bytes().startswith(b"%PDF")
    dialog.reject()
    qtbot.waitUntil(lambda: view.recovery_dialog is None)
    admin_desk.close()
    desk = desk_factory()
    with pytest.raises((WrongPassword, RecoveryKeyInvalid)):
        desk.unlock_with_recovery(store.recovery_key)
    assert desk.unlock_with_recovery(key).via_recovery


class Shouting(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return source.upper()

    def isEmpty(self) -> bool:
        return False


def test_language_change_sets_every_text_again(qtbot: QtBot, admin_desk: Desk) -> None:
    section = open_section(qtbot, admin_desk)
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: section.tabs.tabText(0) == "USERS")
        assert section.users.add_button.text() == "ADD USER…"
        assert section.users.model.index(0, 2).data() == "ADMINISTRATOR, SUPERVISOR"
        assert section.audit.verify_button.text() == "VERIFY CHAIN"
        assert section.store.backup_card.title() == "BACKUP"
    finally:
        QCoreApplication.removeTranslator(translator)
    QCoreApplication.sendEvent(section, QEvent(QEvent.Type.LanguageChange))
    assert section.tabs.tabText(0) == "Users"


def test_locking_leaves_nothing_on_screen(qtbot: QtBot, admin_desk: Desk) -> None:
    section = open_section(qtbot, admin_desk)
    finish(qtbot, section.audit.verify())
    finish(qtbot, section.store.new_recovery_key())
    assert section.store.recovery_dialog is not None
    section.refresh(admin_desk.lock())
    assert section.store.recovery_dialog is None
    assert section.audit.verdict.isHidden() and section.store.result_box.isHidden()
    assert section.users.model.rowCount() == 0 and section.audit.model.rowCount() == 0
    assert section.users.add_button.isHidden()
