"""Grab every window of the shell as PNG files, in English and in Khmer, to look at them.

Run under a real X server (`make screenshots` does):
    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/screenshots.py [folder]
The PNGs go to ./screenshots/ (git-ignored) unless a folder is named.
It uses throw-away stores in a temporary folder (a demo store for the log-in window) and
cheap key derivation, so it runs in seconds.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from piu_desk.core.demo import DEMO_ADMIN, create_demo
from piu_desk.core.session import WARNING_OLDER_DATABASE
from piu_desk.core.store.keys import KdfParams
from piu_desk.ui.app import application
from piu_desk.ui.dialogs import ChangePasswordDialog, store_warnings_box
from piu_desk.ui.i18n import Translations, catalogue_path
from piu_desk.ui.shell import Shell
from piu_desk.ui.store_access import StoreAccess
from piu_desk.ui.wizard import FirstRunWizard

CHEAP_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def wait_for(condition: Callable[[], object], seconds: float = 20) -> None:
    kit.wait(condition, seconds, rounds=0)


def settle() -> None:
    kit.wait(rounds=20, pause=0.01)


def grab(widget: QWidget, out: Path, name: str) -> None:
    kit.grab(widget, name, out=out, rounds=20, pause=0.01)


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


def catalogue_fallback(app: QApplication, work: Path) -> QTranslator | None:
    """The catalogue compiled from i18n/piu_desk_km.ts when `make i18n` has not built it
    (Translations has already set the Khmer locale and font size)."""
    if catalogue_path("km") is not None:
        return None
    return kit.use_khmer(app, work, scale=False)


def main(out: Path) -> None:
    app = application()
    kit.start(out)
    translations = Translations()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        demo = work / "demo"
        create_demo(demo, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        sample: QTranslator | None = None
        for language in ("en", "km"):
            translations.switch(language)
            if language == "km":
                sample = catalogue_fallback(app, work)
            settle()
            wizard_pages(work, out, language, translations)
            shell_windows(demo, work, out, language, translations)
        if sample is not None:
            QCoreApplication.removeTranslator(sample)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else kit.OUT)
