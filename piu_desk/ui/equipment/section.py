"""The custodian's Equipment section: the register with its dashboard tiles first, then the
item pages opened from it (Alt+Left or Back returns), and the handover intake dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.session import Changes
from piu_desk.ui.equipment.handover_dialog import HandoverDialog
from piu_desk.ui.equipment.item_page import ItemPage
from piu_desk.ui.equipment.register_view import RegisterView
from piu_desk.ui.tasks import TaskRunner

SCOPE = Qt.ShortcutContext.WidgetWithChildrenShortcut


class EquipmentSection(QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("equipmentSection")
        self._desk, self._tasks = desk, tasks
        self.register = RegisterView(desk, tasks)
        self.pages = QStackedWidget()
        self.pages.setObjectName("equipmentPages")
        self.pages.addWidget(self.register)
        self.history: list[QWidget] = [self.register]
        self.register.open_item.connect(self.open_item)
        self.register.import_requested.connect(self.import_handover)
        self.back_shortcut = QShortcut(QKeySequence("Alt+Left"), self, self.back, context=SCOPE)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self,
                                       self.focus_find, context=SCOPE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def current(self) -> QWidget:
        return self.history[-1]

    def open_item(self, asset_id: int) -> ItemPage | None:
        """The item's page on top; None when it cannot be read (already said)."""
        page = ItemPage(self._desk, self._tasks, asset_id)
        if not page.load():
            page.deleteLater()
            return None
        page.go_back.connect(self.back)
        self.pages.addWidget(page)
        self.history.append(page)
        self.pages.setCurrentWidget(page)
        page.focus_widget().setFocus()
        return page

    def back(self) -> None:
        if len(self.history) < 2:
            return
        page = self.history.pop()
        self.pages.setCurrentWidget(self.history[-1])
        if self.history[-1] is self.register:
            self.register.find_box.setFocus()
        self.pages.removeWidget(page)
        page.deleteLater()

    def focus_find(self) -> None:
        """Ctrl+F: back to the register, the keyboard in "Find by tag" (ready to scan)."""
        while len(self.history) > 1:
            self.back()
        self.register.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.register.find_box.selectAll()

    def import_handover(self) -> HandoverDialog:
        dialog = HandoverDialog(self._desk, self._tasks, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def refresh(self, changes: Changes) -> None:
        if changes.touches("session") and not self._desk.is_unlocked:
            return
        self.register.refresh(changes)
        for page in self.history[1:]:
            if isinstance(page, ItemPage):
                page.refresh(changes)

    def retranslate(self) -> None:
        """Each page retranslates itself on the language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
