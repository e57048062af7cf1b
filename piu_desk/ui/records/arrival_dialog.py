"""Recording an arrival: find the vessel as you type (or register it), then the port-call
fields; and correcting a port call later with the same fields."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
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
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.errors import Invalid
from piu_desk.core.records import port_calls, search, vessels
from piu_desk.core.records.search import Kind
from piu_desk.ui.admin.common import error_label, named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.records.common import attempt
from piu_desk.ui.records.duplicates import vessel_summary
from piu_desk.ui.records.fields import fit_height
from piu_desk.ui.records.port_call_form import PortCallForm
from piu_desk.ui.records.vessel_dialog import VesselDialog
from piu_desk.ui.tasks import TaskRunner

VESSEL_HITS = 12
VESSEL_ROLE = Qt.ItemDataRole.UserRole + 1


class _FindEdit(QLineEdit):
    """Down, or Enter, moves into the list of vessels found (Enter here never records the
    arrival before a vessel is chosen)."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.down.emit()
            return
        super().keyPressEvent(event)


class _PortCallDialog(QDialog):
    """What the new and the edit dialog share: the form, messages, buttons, language."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._desk, self._tasks = desk, tasks
        self.form = PortCallForm(desk)
        self.form_group = QGroupBox()
        QVBoxLayout(self.form_group).addWidget(self.form)
        self.general_error = self.form.general_error
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.form_group.setTitle(self.tr("Port call"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def submit(self) -> None:
        raise NotImplementedError

    def _invalid(self, exc: Invalid) -> None:
        self.form.show_invalid(exc.field, exc.render(tr_core))
        fit_height(self)


class NewArrivalDialog(_PortCallDialog):
    """After `accepted` (and `recorded`), `port_call_id` is the new port call."""

    recorded = Signal(int)

    def __init__(self, desk: Desk, tasks: TaskRunner, vessel_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("newArrivalDialog")
        self.vessel_id: int | None = None
        self.port_call_id: int | None = None
        self.vessel_group = QGroupBox()
        self.vessel_search = named(_FindEdit(), "vesselSearch")
        self.vessel_search.setClearButtonEnabled(True)
        self.results = named(QListWidget(), "vesselResults")
        self.results.setMaximumHeight(150)
        self.chosen = named(QLabel(), "vesselChosen")
        self.chosen.setWordWrap(True)
        self.vessel_error = error_label()
        self.vessel_error.setObjectName("vesselError")
        self.form.errors.labels["id"] = self.vessel_error
        self.new_vessel_button = named(QPushButton(), "registerVessel")
        self._lay_out()
        self.vessel_search.textEdited.connect(self.find_vessels)
        self.vessel_search.down.connect(self._into_results)
        self.results.currentItemChanged.connect(self._picked)
        self.new_vessel_button.clicked.connect(self.new_vessel)
        if vessel_id is not None:
            self._choose_id(vessel_id)
        self.retranslate()
        self.setMinimumWidth(640)
        self.vessel_search.setFocus()

    def _lay_out(self) -> None:
        vessel = QVBoxLayout(self.vessel_group)
        vessel.addWidget(self.vessel_search)
        vessel.addWidget(self.results)
        bottom = QHBoxLayout()
        bottom.addWidget(self.chosen, 1)
        bottom.addWidget(self.new_vessel_button)
        vessel.addLayout(bottom)
        vessel.addWidget(self.vessel_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.vessel_group)
        layout.addWidget(self.form_group)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New arrival"))
        self.vessel_group.setTitle(self.tr("Vessel"))
        self.vessel_search.setPlaceholderText(self.tr("Find the vessel: name, IMO number, MMSI or "
                                             "call sign"))
        self.new_vessel_button.setText(self.tr("Register a new vessel…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Record arrival"))
        self._show_chosen()

    # -- the vessel ---------------------------------------------------------------------
    def find_vessels(self, text: str) -> None:
        """Search as the officer types (milliseconds, on this thread)."""
        hits = self._tasks.call(lambda: search.search(
            self._desk, text, VESSEL_HITS, frozenset({Kind.VESSEL})), self) if text else []
        refs = [hit.ref for hit in hits or []]
        found = self._tasks.call(lambda: [vessels.get(self._desk, ref) for ref in refs], self)
        self._list(found or [])

    def _list(self, found: list[Vessel]) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        for vessel in found:
            item = QListWidgetItem(vessel_summary(vessel))
            item.setData(VESSEL_ROLE, vessel.id)
            self.results.addItem(item)
            if vessel.id == self.vessel_id:
                self.results.setCurrentItem(item)
        self.results.blockSignals(False)

    def _into_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.vessel_id = int(item.data(VESSEL_ROLE))
            self.form.errors.set("id", "")
            self._show_chosen()

    def _choose_id(self, vessel_id: int) -> None:
        vessel = self._tasks.call(lambda: vessels.get(self._desk, vessel_id), self)
        if vessel is None:
            return
        self.vessel_id = vessel_id
        self.form.errors.set("id", "")
        self._list([vessel])
        self._show_chosen()

    def _show_chosen(self) -> None:
        item = self.results.currentItem()
        if self.vessel_id is None or item is None:
            self.chosen.setText(self.tr("No vessel chosen yet."))
            self.chosen.setStyleSheet("")
            return
        self.chosen.setText(self.tr("Arriving: %1").replace("%1", item.text()))
        self.chosen.setStyleSheet("font-weight: bold;")

    def new_vessel(self) -> VesselDialog:
        dialog = VesselDialog(self._desk, self._tasks, None, self, for_arrival=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        typed = self.vessel_search.text().strip()
        if typed and not typed.replace(" ", "").isdigit():
            dialog.edits["name"].setText(typed)
        dialog.accepted.connect(lambda: self._choose_id(dialog.vessel_id or 0))
        dialog.open()
        return dialog

    # -- recording ----------------------------------------------------------------------
    def submit(self) -> None:
        self.form.errors.clear()
        if self.vessel_id is None:
            self.form.errors.set("id", self.tr("Choose the vessel from the list, or register "
                                               "a new one."))
            fit_height(self)
            self.vessel_search.setFocus()
            return
        pc = self.form.port_call(self.vessel_id)
        done = attempt(self._tasks, self, lambda: port_calls.record_arrival(self._desk, pc),
                       self._invalid)
        if done is not None:
            self.port_call_id = done[0]
            self.accept()
            self.recorded.emit(done[0])


class EditPortCallDialog(_PortCallDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, port_call: PortCall,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("editPortCallDialog")
        self._port_call = port_call
        self.form.fill(port_call)
        self.vessel = named(QLabel(port_call.vessel_name), "vesselName")
        self.vessel.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.vessel)
        layout.addWidget(self.form_group)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(600)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Edit port call"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))

    def submit(self) -> None:
        self.form.errors.clear()
        old = self._port_call
        pc = self.form.port_call(old.vessel_id, old.id, old.uid)
        if attempt(self._tasks, self, lambda: port_calls.update(self._desk, pc),
                   self._invalid) is not None:
            self.accept()
