"""Dialogs for one account: add, edit (full name and roles), and set a new password
(reset a forgotten one, or enable a disabled account again).

The core validates; its `Invalid.field` decides which field's line shows the message. The
work runs through the task runner because a new key slot costs a key derivation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role, User, validate_full_name
from piu_desk.core.errors import Invalid
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import (
    ROLE_ORDER,
    FieldErrors,
    error_label,
    merged,
    named,
    role_label,
    with_error,
)
from piu_desk.ui.errors import show_error, tr_core
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import password_edit


class _TaskDialog(QDialog):
    """A dialog whose OK button runs desk work and stays open on a validation error."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.general_error = error_label()
        self.errors = FieldErrors({}, self.general_error)
        self.fields: dict[str, QWidget] = {}
        self._busy = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def submit(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if not self._busy:  # the running work reports back to this dialog
            super().reject()

    def _run(self, work: Callable[[], Changes], title: str) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        self._busy = True
        self._tasks.run(lambda progress, cancel: work(), parent=self, title=title,
                        on_done=self._succeeded, on_error=self._failed)

    def _succeeded(self, result: Any) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        if isinstance(exc, Invalid):
            self.show_invalid(exc.field, exc.render(tr_core))
        else:
            show_error(self, exc)

    def show_invalid(self, field: str, text: str) -> None:
        self.errors.show(field, text)
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow so a wrapped message is not cut off (the layout does not do it itself)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if need > self.height():
            self.resize(self.width(), need)


class UserDialog(_TaskDialog):
    """Add an account (`user` None) or edit one's full name and roles."""

    def __init__(self, desk: Desk, tasks: TaskRunner, user: User | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("userDialog")
        self._desk = desk
        self._user = user
        self.username = named(QLineEdit(), "username")
        self.full_name = named(QLineEdit(), "fullName")
        self.password = password_edit("password")
        self.confirm = password_edit("confirm")
        self.role_boxes = {role: named(QCheckBox(), f"role_{role.value}")
                           for role in ROLE_ORDER}
        self.roles_group = QGroupBox()
        self.note = named(QLabel(), "firstLoginNote")
        self.note.setWordWrap(True)
        self._build()
        if user is not None:
            self._fill(user)
        self.retranslate()
        self.setMinimumWidth(460)

    @property
    def adding(self) -> bool:
        return self._user is None

    def _build(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = [("username", self.username),
                                           ("full_name", self.full_name)]
        if self.adding:
            rows += [("password", self.password), ("confirm", self.confirm)]
        for field, widget in rows:
            box, labels[field] = with_error(widget)
            self.form.addRow(QLabel(), box)
            self.fields[field] = widget
        grid = QGridLayout(self.roles_group)
        for i, box in enumerate(self.role_boxes.values()):
            grid.addWidget(box, i // 2, i % 2)
        labels["roles"] = error_label()
        grid.addWidget(labels["roles"], (len(ROLE_ORDER) + 1) // 2, 0, 1, 2)
        self.fields["roles"] = self.roles_group
        self.errors = FieldErrors(labels, self.general_error)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.roles_group)
        if self.adding:
            layout.addWidget(self.note)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _fill(self, user: User) -> None:
        self.username.setText(user.username)
        self.username.setReadOnly(True)
        self.full_name.setText(user.full_name)
        for role, box in self.role_boxes.items():
            box.setChecked(role in user.roles)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Add a user") if self.adding else self.tr("Edit user"))
        texts = [self.tr("User name:"), self.tr("Full name:"), self.tr("Password:"),
                 self.tr("Password again:")]
        for row, text in zip(range(self.form.rowCount()), texts, strict=False):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(text)
        self.username.setPlaceholderText(self.tr("e.g. sokha.chan"))
        self.roles_group.setTitle(self.tr("Roles"))
        for role, box in self.role_boxes.items():
            box.setText(role_label(role))
        self.note.setText(self.tr(
            "The user must choose a new password at the first log-in. Give this initial "
            "password to the user in person, never by message."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add user") if self.adding else self.tr("Save"))

    def chosen_roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.role_boxes.items() if box.isChecked())

    def submit(self) -> None:
        self.errors.clear()
        if self.adding and self.password.text() != self.confirm.text():
            self.show_invalid("confirm", self.tr("The two passwords differ."))
            return
        if self.adding:
            self._run(self._add_work(), self.tr("Adding the account…"))
        else:
            self._run(self._edit_work(), self.tr("Saving the account…"))

    def _add_work(self) -> Callable[[], Changes]:
        new = NewUser(self.username.text(), self.full_name.text(), self.password.text(),
                      self.chosen_roles())
        return lambda: accounts.add_user(self._desk, new)

    def _edit_work(self) -> Callable[[], Changes]:
        assert self._user is not None
        user, desk = self._user, self._desk
        full_name, roles = self.full_name.text(), self.chosen_roles()

        def work() -> Changes:
            done: list[Changes] = []
            clean = validate_full_name(full_name)  # before anything is saved
            if roles != user.roles:
                done.append(accounts.set_roles(desk, user.username, roles))
            if clean != user.full_name:
                done.append(accounts.set_full_name(desk, user.username, clean))
            return merged(*done)
        return work


class PasswordDialog(_TaskDialog):
    """A new password for `user`: reset a forgotten one, or enable the account again."""

    def __init__(self, desk: Desk, tasks: TaskRunner, user: User, enable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("passwordDialog")
        self._desk = desk
        self._user = user
        self._enable = enable
        self.explain = named(QLabel(), "explain")
        self.explain.setWordWrap(True)
        self.password = password_edit("password")
        self.confirm = password_edit("confirm")
        self.form = QFormLayout()
        labels: dict[str, QLabel] = {}
        for field, widget in (("password", self.password), ("confirm", self.confirm)):
            box, labels[field] = with_error(widget)
            self.form.addRow(QLabel(), box)
            self.fields[field] = widget
        self.errors = FieldErrors(labels, self.general_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(440)

    def retranslate(self) -> None:
        super().retranslate()
        name = self._user.username
        if self._enable:
            self.setWindowTitle(self.tr("Enable %1").replace("%1", name))
            text = self.tr("Enabling %1 needs a new password: the old one stopped working "
                           "when the account was disabled. The user must change it at the "
                           "first log-in.")
        else:
            self.setWindowTitle(self.tr("Reset the password of %1").replace("%1", name))
            text = self.tr("Set a new password for %1. The old password stops working at "
                           "once; the user must change the new one at the first log-in.")
        self.explain.setText(text.replace("%1", name))
        for row, label_text in enumerate((self.tr("New password:"), self.tr("Password again:"))):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(label_text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Enable") if self._enable else self.tr("Set password"))

    def submit(self) -> None:
        self.errors.clear()
        if self.password.text() != self.confirm.text():
            self.show_invalid("confirm", self.tr("The two passwords differ."))
            return
        desk, name, password = self._desk, self._user.username, self.password.text()
        if self._enable:
            self._run(lambda: accounts.enable_user(desk, name, password),
                      self.tr("Enabling the account…"))
        else:
            self._run(lambda: accounts.reset_password(desk, name, password),
                      self.tr("Setting the password…"))
