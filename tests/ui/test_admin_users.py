"""The Users tab on a real store: adding, editing, disabling and enabling accounts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.errors import AccountDisabled, WrongPassword
from piu_desk.ui.admin.user_dialog import PasswordDialog, UserDialog
from piu_desk.ui.admin.users_model import Column
from tests.conftest import ADMIN, OFFICER, SUPERVISOR, StoreInfo
from tests.ui.admin_support import TASK_TIMEOUT_MS, answer_next_box, finish, open_section

OK = QDialogButtonBox.StandardButton.Ok


def fill(dialog: UserDialog, username: str, password: str = "initial-pass-1",
         confirm: str | None = None) -> None:
    dialog.username.setText(username)
    dialog.full_name.setText("Chan Sokha")
    dialog.password.setText(password)
    dialog.confirm.setText(password if confirm is None else confirm)
    dialog.role_boxes[Role.OFFICER].setChecked(True)
    dialog.role_boxes[Role.CUSTODIAN].setChecked(True)


def press_ok(dialog: UserDialog | PasswordDialog) -> None:
    dialog.buttons.button(OK).click()


def test_add_user_through_the_dialog(qtbot: QtBot, admin_desk: Desk) -> None:
    section = open_section(qtbot, admin_desk)
    dialog = section.users.add_user()
    assert "first log-in" in dialog.note.text()
    fill(dialog, "Sokha")
    with qtbot.waitSignal(dialog.accepted, timeout=TASK_TIMEOUT_MS):
        press_ok(dialog)
    model = section.users.model
    qtbot.waitUntil(lambda: model.row_of("sokha") >= 0)
    row = model.row_of("sokha")
    assert model.index(row, Column.ROLES).data() == "Officer, Equipment custodian"
    assert model.index(row, Column.STATUS).data() == "Enabled"
    added = {u.username: u for u in admin_desk.users()}["sokha"]
    assert added.roles == frozenset({Role.OFFICER, Role.CUSTODIAN})
    assert added.full_name == "Chan Sokha"


def test_invalid_user_name_is_shown_next_to_the_field(qtbot: QtBot, admin_desk: Desk) -> None:
    section = open_section(qtbot, admin_desk)
    dialog = section.users.add_user()
    fill(dialog, "9 bad name")
    press_ok(dialog)
    qtbot.waitUntil(lambda: bool(dialog.errors.text("username")), timeout=TASK_TIMEOUT_MS)
    assert "2 to 32 characters" in dialog.errors.text("username")
    assert dialog.errors.text("password") == ""
    assert dialog.isVisible()
    assert [u.username for u in admin_desk.users()] == ["admin", "sopheap", "vanna"]


def test_differing_passwords_are_caught_before_any_work(qtbot: QtBot,
                                                        admin_desk: Desk) -> None:
    section = open_section(qtbot, admin_desk)
    dialog = section.users.add_user()
    fill(dialog, "sokha", confirm="something-else-1")
    press_ok(dialog)
    assert dialog.errors.text("confirm") == "The two passwords differ."
    assert dialog.buttons.isEnabled()


def test_edit_full_name_and_roles(qtbot: QtBot, admin_desk: Desk) -> None:
    section = open_section(qtbot, admin_desk)
    section.users.select("vanna")
    dialog = section.users.edit_user()
    assert dialog is not None and dialog.username.isReadOnly()
    dialog.full_name.setText("Chan  Vanna Sr.")
    dialog.role_boxes[Role.EXCHANGE].setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=TASK_TIMEOUT_MS):
        press_ok(dialog)
    vanna = {u.username: u for u in admin_desk.users()}["vanna"]
    assert vanna.full_name == "Chan Vanna Sr."
    assert vanna.roles == frozenset({Role.OFFICER, Role.EXCHANGE})
    qtbot.waitUntil(lambda: section.users.selected_user() == vanna)


def test_last_administrator_keeps_the_role(qtbot: QtBot, admin_desk: Desk) -> None:
    section = open_section(qtbot, admin_desk)
    section.users.select("admin")
    dialog = section.users.edit_user()
    assert dialog is not None
    dialog.role_boxes[Role.ADMIN].setChecked(False)
    press_ok(dialog)
    qtbot.waitUntil(lambda: bool(dialog.errors.text("roles")), timeout=TASK_TIMEOUT_MS)
    assert Role.ADMIN in {u.username: u for u in admin_desk.users()}["admin"].roles


def test_disable_rotates_the_key_and_the_user_can_no_longer_log_in(
        qtbot: QtBot, store: StoreInfo, desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(ADMIN[0], ADMIN[2])
    section = open_section(qtbot, desk)
    users = section.users
    users.select("vanna")
    assert users.disable_button.isEnabled()
    seen = answer_next_box(accept=True)
    users.disable_button.click()
    assert "data key" in " ".join(seen)
    model = users.model
    qtbot.waitUntil(lambda: model.user_at(model.row_of("vanna")).disabled,
                    timeout=TASK_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not section.users._tasks.busy())
    row = model.row_of("vanna")
    assert model.index(row, Column.STATUS).data() == "Disabled"
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert "rotated" in users.notice.text()
    assert any(e.action == "key.rotate" for e in desk.audit_page(0, 5))
    desk.close()
    again = desk_factory()
    with pytest.raises((WrongPassword, AccountDisabled)):
        again.unlock(OFFICER[0], OFFICER[2])
    again.unlock(SUPERVISOR[0], SUPERVISOR[2])  # the others keep their passwords


def test_cancelled_disable_changes_nothing(qtbot: QtBot, admin_desk: Desk) -> None:
    section = open_section(qtbot, admin_desk)
    section.users.select("vanna")
    answer_next_box(accept=False)
    section.users.disable_button.click()
    assert not {u.username: u for u in admin_desk.users()}["vanna"].disabled
    assert not section.users._tasks.busy()


def test_enable_asks_for_a_new_password(qtbot: QtBot, admin_desk: Desk,
                                        desk_factory: Callable[[], Desk]) -> None:
    section = open_section(qtbot, admin_desk)
    users = section.users
    finish(qtbot, users.disable("vanna"))
    qtbot.waitUntil(lambda: users.model.user_at(users.model.row_of("vanna")).disabled,
                    timeout=TASK_TIMEOUT_MS)
    users.select("vanna")
    assert users.enable_button.isEnabled() and not users.reset_button.isEnabled()
    dialog = users.enable_user()
    assert dialog is not None and "new password" in dialog.explain.text()
    dialog.password.setText("short")
    dialog.confirm.setText("short")
    press_ok(dialog)
    qtbot.waitUntil(lambda: bool(dialog.errors.text("password")), timeout=TASK_TIMEOUT_MS)
    dialog.password.setText("back-again-pass-1")
    dialog.confirm.setText("back-again-pass-1")
    with qtbot.waitSignal(dialog.accepted, timeout=TASK_TIMEOUT_MS):
        press_ok(dialog)
    qtbot.waitUntil(lambda: not users.model.user_at(users.model.row_of("vanna")).disabled)
    admin_desk.close()
    session = desk_factory().unlock("vanna", "back-again-pass-1")
    assert session.must_change_password


def test_supervisor_sees_no_account_changing_buttons(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    section = open_section(qtbot, desk)
    users = section.users
    for button in (users.add_button, users.edit_button, users.reset_button,
                   users.disable_button, users.enable_button):
        assert not button.isVisible()
    section.tabs.setCurrentWidget(section.store)
    assert not section.store.rotate_card.isVisible()
    assert not section.store.recovery_card.isVisible()
    assert section.store.backup_card.isVisible() and section.store.check_card.isVisible()
    section.tabs.setCurrentWidget(section.audit)
    assert section.audit.verify_button.isVisible()
    assert users.model.usernames() == ["admin", "sopheap", "vanna"]
    users.select("vanna")
    users.table.doubleClicked.emit(users.table.currentIndex())  # no editor for a supervisor
    assert section.findChild(UserDialog) is None


def test_filter_box_narrows_the_list(qtbot: QtBot, admin_desk: Desk) -> None:
    section = open_section(qtbot, admin_desk)
    users = section.users
    users.filter.setText("supervisor")
    assert users.proxy.rowCount() == 2  # admin (also supervisor) and sopheap
    users.filter.setText("CHAN")
    assert users.proxy.rowCount() == 1
    users.filter.clear()
    users.table.sortByColumn(Column.USERNAME, Qt.SortOrder.DescendingOrder)
    assert users.proxy.index(0, Column.USERNAME).data() == "vanna"
