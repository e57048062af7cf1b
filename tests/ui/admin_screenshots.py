"""Screenshots of the Administration section on a demo store, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/admin_screenshots.py

PNGs go to ./screenshots/ (git-ignored). The Khmer pass loads Noto Sans Khmer and the
compiled catalogue i18n/piu_desk_km.qm (`make i18n`); without it, a small stand-in translator
still shows shaped Khmer in role names, headers and a full name typed in Khmer.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, QTranslator  # noqa: E402
from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from piu_desk.core import accounts  # noqa: E402
from piu_desk.core.demo import DEMO_ADMIN, create_demo  # noqa: E402
from piu_desk.core.desk import Desk  # noqa: E402
from piu_desk.core.domain.accounts import NewUser, Role  # noqa: E402
from piu_desk.ui.admin import AdminSection  # noqa: E402
from piu_desk.ui.i18n import catalogue_path  # noqa: E402
from piu_desk.ui.tasks import TaskRunner  # noqa: E402
from tests.conftest import CHEAP_KDF  # noqa: E402

OUT = ROOT / "screenshots"

KHMER = {
    "Officer": "មន្ត្រី",
    "Supervisor": "ប្រធានក្រុម",
    "Equipment custodian": "អ្នកថែរក្សាសម្ភារៈ",
    "Exchange officer": "មន្ត្រីផ្លាស់ប្តូរទិន្នន័យ",
    "Administrator": "អ្នកគ្រប់គ្រងប្រព័ន្ធ",
    "Users": "អ្នកប្រើប្រាស់",
    "Audit trail": "កំណត់ហេតុសវនកម្ម",
    "Store": "ឃ្លាំងទិន្នន័យ",
    "User name": "ឈ្មោះអ្នកប្រើប្រាស់",
    "Full name": "ឈ្មោះពេញ",
    "Roles": "តួនាទី",
    "Status": "ស្ថានភាព",
    "Created": "ថ្ងៃបង្កើត",
    "Enabled": "បានបើក",
    "Disabled": "បានបិទ",
    "Add user…": "បន្ថែមអ្នកប្រើប្រាស់…",
    "Verify chain": "ផ្ទៀងផ្ទាត់ខ្សែសង្វាក់",
    "Backup": "ការបម្រុងទុក",
    "Back up…": "បម្រុងទុក…",
    "Logged in": "បានចូល",
    "Desk locked": "បានចាក់សោតុការងារ",
}


class StandInTranslator(QTranslator):
    """A few Khmer strings, enough to see shaping when the catalogue is not built."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return KHMER.get(source, source)

    def isEmpty(self) -> bool:
        return False


def wait_until(app: QApplication, done: Callable[[], bool], seconds: float = 20) -> None:
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get there in time")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def make_store(folder: Path, khmer: bool) -> Desk:
    create_demo(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    desk = Desk.open(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    desk.unlock(DEMO_ADMIN.username, DEMO_ADMIN.password)
    full_name = "ស៊ុន សុភ័ក្ត្រ" if khmer else "Sun Sopheak"
    accounts.add_user(desk, NewUser("sopheak", full_name, "first-password-1",
                                    frozenset({Role.OFFICER})))
    for minutes in (10, 15, 5):
        desk.set_idle_lock_minutes(minutes)
    return desk


def use_khmer(app: QApplication) -> None:
    import fontpkg_noto_sans_khmer as khmer_font

    for ttf in sorted((khmer_font.ROOT / "files").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
    font = app.font()
    font.setFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family(),
                      khmer_font.FAMILY])
    app.setFont(font)
    catalogue = catalogue_path("km")
    translator = QTranslator(app)
    if catalogue is None or not translator.load(str(catalogue)):
        print("no compiled Khmer catalogue (run `make i18n`): using a few stand-in strings")
        translator = StandInTranslator(app)
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia))


def shoot(widget: QWidget, name: str, suffix: str) -> None:
    path = OUT / f"admin-{name}{suffix}.png"
    widget.grab().save(str(path))
    print("wrote", path)


def run(app: QApplication, khmer: bool) -> None:
    suffix = "-km" if khmer else ""
    with tempfile.TemporaryDirectory() as tmp:
        desk = make_store(Path(tmp) / "store", khmer)
        try:
            tasks = TaskRunner(desk)
            window = QWidget()
            window.setWindowTitle("PIU Desk — Administration")
            window.resize(1200, 750)
            section = AdminSection(desk, tasks)
            QVBoxLayout(window).addWidget(section)
            tasks.changed.connect(section.refresh)
            window.show()
            wait_until(app, lambda: window.isVisible())
            take_all(app, window, section, desk, suffix, Path(tmp))
            window.close()
        finally:
            desk.close()


def take_all(app: QApplication, window: QWidget, section: AdminSection, desk: Desk,
             suffix: str, tmp: Path) -> None:
    users = section.users
    users.select("rithy")
    task = users.disable("rithy")
    wait_until(app, lambda: task.done)
    users.select("vanna")
    shoot(window, "users", suffix)

    dialog = users.add_user()
    dialog.username.setText("9-bad name")
    dialog.full_name.setText("Heng Bopha")
    dialog.password.setText("initial-password-1")
    dialog.confirm.setText("initial-password-1")
    dialog.role_boxes[Role.OFFICER].setChecked(True)
    dialog.submit()
    wait_until(app, lambda: bool(dialog.errors.text("username")))
    shoot(dialog, "add-user", suffix)
    dialog.reject()

    shoot_store(app, window, section, suffix, tmp)
    shoot_audit(app, window, section, desk, suffix)
    section.tabs.setCurrentIndex(2)
    task = section.store.check()
    wait_until(app, lambda: task.done)
    shoot(window, "store-check-problems", suffix)


def shoot_store(app: QApplication, window: QWidget, section: AdminSection, suffix: str,
                tmp: Path) -> None:
    section.tabs.setCurrentIndex(2)
    task = section.store.backup(tmp / "piu-desk-backup.piubak")
    wait_until(app, lambda: task.done)
    shoot(window, "store-backup", suffix)
    task = section.store.check()
    wait_until(app, lambda: task.done)
    shoot(window, "store-check", suffix)
    section.store.new_recovery_key()
    wait_until(app, lambda: section.store.recovery_dialog is not None)
    dialog = section.store.recovery_dialog
    assert dialog is not None
    wait_until(app, dialog.isVisible)
    shoot(dialog, "recovery-key", suffix)
    dialog.reject()


def shoot_audit(app: QApplication, window: QWidget, section: AdminSection, desk: Desk,
                suffix: str) -> None:
    section.tabs.setCurrentIndex(1)
    task = section.audit.verify()
    wait_until(app, lambda: task.done)
    shoot(window, "audit-verified", suffix)
    desk.db(lambda c: (c.execute("DROP TRIGGER audit_no_update"),
                       c.execute("UPDATE audit SET detail='x' WHERE seq=3")))
    task = section.audit.verify()
    wait_until(app, lambda: task.done)
    shoot(window, "audit-tampered", suffix)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    app = QApplication(sys.argv)
    app.setFont(QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)))
    run(app, khmer=False)
    use_khmer(app)
    run(app, khmer=True)


if __name__ == "__main__":
    main()
