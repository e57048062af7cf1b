"""Grab every window of the shell as PNG files, in English and in Khmer, to look at them.

Run under a real X server (`make screenshots` does):
    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/screenshots.py [folder]
The PNGs go to ./screenshots/ (git-ignored) unless a folder is named.
It uses throw-away stores in a temporary folder (a demo store for the log-in window) and
cheap key derivation, so it runs in seconds.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from piu_desk.core.demo import DEMO_ADMIN, create_demo
from piu_desk.core.session import WARNING_OLDER_DATABASE
from piu_desk.core.store.keys import KdfParams
from piu_desk.ui import fonts
from piu_desk.ui.app import application
from piu_desk.ui.dialogs import ChangePasswordDialog, store_warnings_box
from piu_desk.ui.i18n import Translations, catalogue_path
from piu_desk.ui.shell import Shell
from piu_desk.ui.store_access import StoreAccess
from piu_desk.ui.wizard import FirstRunWizard

ROOT = Path(__file__).resolve().parents[2]
CHEAP_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
# Until i18n/piu_desk_km.qm exists, a few strings in Khmer (terms from GLOSSARY.md) show
# how Khmer text fits the layouts. Written to the temporary folder, never into i18n/.
SAMPLE_KHMER = {
    "LoginForm": {"User name:": "ឈ្មោះអ្នកប្រើប្រាស់៖", "Password:": "ពាក្យសម្ងាត់៖",
                  "Log in": "ចូល"},
    "LoginWindow": {"Language:": "ភាសា៖", "Restore from backup…": "ស្ដារពីការបម្រុងទុក…"},
    "LockScreen": {"Locked — log in again": "បានចាក់សោ — សូមចូលម្តងទៀត"},
    "MainWindow": {"Settings": "ការកំណត់", "Log &out": "ចាកចេញ"},
    "SettingsView": {"Settings": "ការកំណត់", "Language": "ភាសា", "Password": "ពាក្យសម្ងាត់"},
    "StationPage": {"Language:": "ភាសា៖"},
    "AdminPage": {"User name:": "ឈ្មោះអ្នកប្រើប្រាស់៖", "Password:": "ពាក្យសម្ងាត់៖"},
}


def wait_for(condition: Callable[[], object], seconds: float = 20) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle() -> None:
    for _ in range(20):
        QApplication.processEvents()
        time.sleep(0.01)


def grab(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def wizard_pages(work: Path, out: Path, prefix: str, translations: Translations) -> None:
    access = StoreAccess(work / f"new-{prefix}", CHEAP_KDF, CHEAP_KDF)
    wizard = FirstRunWizard(access, translations.language, translations.switch)
    wizard.show()
    page = wizard.station_page
    page.name.setText("Koh Kong Port PIU")
    page.locode.setText("KH1")
    grab(wizard, out, f"{prefix}-wizard-1-station-invalid")
    page.locode.setText("KHKKZ")
    page.unit.setText("Port Intelligence Unit, Koh Kong")
    wizard.next()
    admin = wizard.admin_page
    admin.username.setText("dara")
    admin.full_name.setText("Sok Dara")
    admin.password.setText("a long pass phrase")
    admin.confirm.setText("a long pass phras")
    grab(wizard, out, f"{prefix}-wizard-2-admin")
    admin.confirm.setText("a long pass phrase")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_for(lambda: wizard.currentPage() is wizard.recovery_page)
    grab(wizard, out, f"{prefix}-wizard-3-recovery")
    assert wizard.desk is not None
    wizard.desk.close()
    wizard.desk = None
    wizard.hide()
    wizard.deleteLater()


def shell_windows(demo: Path, work: Path, out: Path, prefix: str,
                  translations: Translations) -> None:
    settings = QSettings(str(work / f"{prefix}.ini"), QSettings.Format.IniFormat)
    shell = Shell(StoreAccess(demo, CHEAP_KDF, CHEAP_KDF), settings, translations,
                  watch_screen_lock=False)
    assert shell.start() is None
    login = shell.login_window
    assert login is not None
    grab(login, out, f"{prefix}-login-demo")
    login.form.fill("admin", "wrong password")
    login.form.submit()
    wait_for(lambda: login.form.message.isVisible())
    grab(login, out, f"{prefix}-login-wrong-password")
    login._toggle_mode()
    login.recovery.key.setText("ABCDE-FGHIJ")
    login.recovery.submit()
    wait_for(lambda: login.recovery.message.isVisible())
    grab(login, out, f"{prefix}-login-recovery")
    login._toggle_mode()
    login.form.fill(DEMO_ADMIN.username, DEMO_ADMIN.password)
    login.form.submit()
    wait_for(lambda: shell.main_window is not None and shell.main_window.isVisible())
    main = shell.main_window
    assert main is not None and shell.desk is not None and shell.tasks is not None
    # the session's language may differ from the one being shot: put it back
    translations.switch(prefix)
    main.resize(1200, 760)
    grab(main, out, f"{prefix}-main-first-section")
    main.show_section("settings")
    grab(main, out, f"{prefix}-main-settings")
    dialog = ChangePasswordDialog(shell.desk, shell.tasks, forced=True, parent=main)
    dialog.show()
    grab(dialog, out, f"{prefix}-change-password-forced")
    dialog.close()
    box = store_warnings_box(main, [WARNING_OLDER_DATABASE])
    box.show()
    grab(box, out, f"{prefix}-store-warning")
    box.close()
    main.lock()
    grab(main, out, f"{prefix}-lock-screen")
    shell.shutdown()
    main.hide()
    main.deleteLater()


def sample_khmer(work: Path) -> QTranslator | None:
    """Install the sample strings when the real Khmer catalogue is not built yet."""
    if catalogue_path("km") is not None:
        return None
    contexts = "".join(
        f"<context><name>{name}</name>" + "".join(
            f"<message><source>{escape(src)}</source><translation>{escape(dst)}"
            f"</translation></message>" for src, dst in texts.items()) + "</context>"
        for name, texts in SAMPLE_KHMER.items())
    ts = work / "sample_km.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
                  f'language="km">{contexts}</TS>', encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(work / "sample_km.qm")],
                   check=True)
    translator = QTranslator()
    if not translator.load(str(work / "sample_km.qm")):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    application()
    fonts.install(QApplication.instance())  # type: ignore[arg-type]
    translations = Translations()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        demo = work / "demo"
        create_demo(demo, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        sample: QTranslator | None = None
        for language in ("en", "km"):
            translations.switch(language)
            if language == "km":
                sample = sample_khmer(work)
            settle()
            wizard_pages(work, out, language, translations)
            shell_windows(demo, work, out, language, translations)
        if sample is not None:
            QCoreApplication.removeTranslator(sample)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screenshots")
