"""The first-run wizard creates a real store and leaves the administrator logged in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import store_exists
from piu_desk.core.domain.station import Station
from piu_desk.ui import recovery_sheet
from tests.ui.shell_support import WAIT_MS, Harness, section_titles

NEXT = QWizard.WizardButton.NextButton


def test_wizard_creates_the_store_and_opens_the_main_window(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    folder = tmp_path / "new-store"
    harness = Harness(qtbot, folder, tmp_path / "settings.ini")
    try:
        shell = harness.start()
        wizard = shell.wizard
        assert wizard is not None and shell.login_window is None
        station = wizard.station_page
        station.name.setText("Koh Kong Port PIU")
        station.locode.setText("KH1")
        assert station.locode_message.isVisible()
        assert "UN/LOCODE is 5 characters" in station.locode_message.text()
        assert not wizard.button(NEXT).isEnabled()
        station.locode.setText("khkkz")
        assert not station.locode_message.isVisible()
        assert wizard.button(NEXT).isEnabled()
        wizard.button(NEXT).click()

        admin = wizard.admin_page
        assert wizard.currentPage() is admin
        admin.username.setText("Dara Sok")
        assert admin.messages[0].isVisible()
        admin.username.setText("dara")
        admin.full_name.setText("Sok Dara")
        admin.password.setText("a long pass phrase")
        admin.confirm.setText("a long pass phras")
        assert "not the same" in admin.messages[3].text()
        commit = wizard.button(QWizard.WizardButton.CommitButton)
        assert not commit.isEnabled()
        admin.confirm.setText("a long pass phrase")
        assert commit.isEnabled()
        commit.click()
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # while creating
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=WAIT_MS)

        assert store_exists(folder)
        assert len(wizard.recovery_key.split("-")) == 14
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        assert not finish.isEnabled()
        wizard.reject()  # Escape or the close button cannot skip the key
        assert wizard.isVisible()
        wizard.recovery_page.confirmed.setChecked(True)
        assert finish.isEnabled()
        finish.click()
        qtbot.waitUntil(lambda: shell.main_window is not None, timeout=WAIT_MS)
        window = shell.main_window
        assert window is not None and window.isVisible()
        assert shell.desk is not None and shell.desk.is_unlocked
        assert shell.desk.station().locode == "KHKKZ"
        assert section_titles(window)[-1] == "Settings"
        assert window.status.user_label.text() == "User: Sok Dara"
    finally:
        harness.close()


def test_recovery_sheet_prints_key_station_and_date(qtbot: QtBot, tmp_path: Path) -> None:
    station = Station("Koh Kong <Port> PIU", "KHKKZ", "Unit & co")
    key = "BVMN4-EPFEU-3ZMQZ-2CRNP-GMKWE-SZSHX-3SOKY-T3QEW-LVE2Y-IT374-JWA65-GPLOQ-XWQO3-JOIAL"
    html = recovery_sheet.sheet_html(key, station, QDate(2026, 11, 28))
    assert "Koh Kong &lt;Port&gt; PIU (KHKKZ)" in html and "Unit &amp; co" in html
    when = QLocale().toString(QDate(2026, 11, 28), QLocale.FormatType.LongFormat)
    assert all(group in html for group in key.split("-")) and when in html
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    recovery_sheet.print_sheet(printer, key, station, QDate(2026, 11, 28))
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
