"""The Administration section: accounts, the audit trail and the store, in three tabs.

Shown to administrators and supervisors. Supervisors see the accounts and the audit trail
and may verify, check and back up; only administrators get the buttons that change accounts
or keys. Hiding them is a convenience: every core service checks the role itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.session import Changes
from piu_desk.ui.admin.audit_view import AuditView
from piu_desk.ui.admin.common import named
from piu_desk.ui.admin.store_view import StoreView
from piu_desk.ui.admin.users_view import UsersView
from piu_desk.ui.tasks import TaskRunner

EVERYTHING = Changes.of("session", "users", "audit", "store", "settings")


class AdminSection(QWidget):
    """Connect `tasks.changed` (and any other source of `Changes`) to `refresh`."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminSection")
        self._desk = desk
        self.tabs = named(QTabWidget(), "adminTabs")
        self.users = UsersView(desk, tasks)
        self.audit = AuditView(desk, tasks)
        self.store = StoreView(desk, tasks)
        for view in (self.users, self.audit, self.store):
            self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()
        self.refresh(EVERYTHING)

    def is_administrator(self) -> bool:
        session = self._desk.session
        return session is not None and session.has(Role.ADMIN)

    def can_view(self) -> bool:
        session = self._desk.session
        return session is not None and (session.has(Role.ADMIN) or session.has(Role.SUPERVISOR))

    def refresh(self, changes: Changes) -> None:
        """Reload what `changes` touches."""
        if changes.touches("session"):
            self.audit.forget()
            self.store.forget()
            admin = self.is_administrator()
            self.users.set_can_change(admin)
            self.store.set_can_change(admin)
        if not self.can_view():
            self.users.model.clear()
            self.audit.model.clear()
            return
        if changes.touches("users") or changes.touches("session"):
            self.users.reload()
            self.audit.set_usernames(self.users.model.usernames())
        if any(changes.touches(t) for t in ("audit", "store", "settings", "session")):
            self.audit.reload()  # every change of these writes to the audit trail

    def retranslate(self) -> None:
        for index, title in enumerate((self.tr("Users"), self.tr("Audit trail"),
                                       self.tr("Store"))):
            self.tabs.setTabText(index, title)
        self.users.retranslate()
        self.audit.retranslate()
        self.store.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
