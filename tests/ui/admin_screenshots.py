"""Screenshots of the Administration section on a demo store, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/admin_screenshots.py

PNGs go to ./screenshots/ (git-ignored). The Khmer pass compiles the current catalogue
i18n/piu_desk_km.ts into a temporary folder, with the application font at its English size.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from piu_desk.core import accounts
from piu_desk.core.demo import DEMO_ADMIN, create_demo
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.ui.admin import AdminSection
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import CHEAP_KDF


def wait_until(app: QApplication, done: Callable[[], object], seconds: float = 20) -> None:
    kit.wait(done, seconds)


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


def shoot(widget: QWidget, name: str, suffix: str) -> None:
    kit.grab(widget, f"admin-{name}{suffix}")


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
    app = kit.start()
    run(app, khmer=False)
    with tempfile.TemporaryDirectory() as tmp:
        kit.use_khmer(app, Path(tmp), scale=False)
        run(app, khmer=True)


if __name__ == "__main__":
    main()
