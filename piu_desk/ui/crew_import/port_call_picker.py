"""Choosing the port call a crew list belongs to: the recent port calls, newest first, found
by the vessel's name; or a new arrival recorded on the spot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.vessel import PortCall
from piu_desk.core.records import port_calls
from piu_desk.ui.crew_import.texts import call_line
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.tasks import TaskRunner

RECENT = 100
CALL_ROLE = Qt.ItemDataRole.UserRole + 1


class PortCallPicker(Retranslating, QDialog):
    """After `accepted`, `chosen` is the port call picked."""

    def __init__(self, desk: Desk, tasks: TaskRunner, current: PortCall | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portCallPicker")
        self._desk, self._tasks = desk, tasks
        self.chosen: PortCall | None = current
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("findPortCall")
        self.search_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("portCalls")
        self.list.setSpacing(2)
        self.empty = QLabel()
        self.empty.setObjectName("noPortCalls")
        self.new_arrival_button = QPushButton()
        self.new_arrival_button.setObjectName("newArrival")
        self.new_arrival_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_arrival_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(bottom)
        self.search_edit.textChanged.connect(self.load)
        self.list.currentItemChanged.connect(self._picked)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.new_arrival_button.clicked.connect(self.new_arrival)
        self.setMinimumSize(620, 460)
        self.retranslate()
        self.load()
        self.search_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose the port call"))
        self.intro.setText(self.tr("The crew list is saved with the port call you choose. "
                                   "Recent port calls are listed first; type to find a "
                                   "vessel by name."))
        self.search_edit.setPlaceholderText(self.tr("Vessel name"))
        self.empty.setText(self.tr("No port call of a vessel with this name."))
        self.new_arrival_button.setText(self.tr("Record a new arrival…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for row in range(self.list.count()):  # the dates in the list, in the new language
            item = self.list.item(row)
            item.setText(call_line(item.data(CALL_ROLE)))

    def load(self) -> None:
        name = self.search_edit.text().strip()
        found = self._tasks.call(lambda: port_calls.page(self._desk, 0, RECENT,
                                                         vessel_name=name), self) or []
        chosen = self.chosen
        if chosen is not None and chosen.id not in {c.id for c in found} and (
                not name or name.lower() in chosen.vessel_name.lower()):
            found.insert(0, chosen)
        self.list.blockSignals(True)
        self.list.clear()
        for call in found:
            item = QListWidgetItem(call_line(call))
            item.setData(CALL_ROLE, call)
            self.list.addItem(item)
            if chosen is not None and call.id == chosen.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not found)
        self._enable()

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen = item.data(CALL_ROLE)
        self._enable()

    def _enable(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.list.currentItem() is not None)

    def new_arrival(self) -> QDialog:
        """The records' own dialog; the arrival it records is chosen here."""
        from piu_desk.ui.records.arrival_dialog import NewArrivalDialog  # no import cycle

        dialog = NewArrivalDialog(self._desk, self._tasks, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._recorded)
        dialog.open()
        return dialog

    def _recorded(self, port_call_id: int) -> None:
        call = self._tasks.call(lambda: port_calls.get(self._desk, port_call_id), self)
        if call is not None:
            self.chosen = call
            self.search_edit.setText("")
            self.load()
