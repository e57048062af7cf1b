"""What happened to a tip-off after it was logged: its status moves (new → assessed →
actioned → closed) with who and when, whether it turned out true, and the inspections that
followed it up (linked and unlinked here)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.inspection import OUTCOME_LABELS, TYPE_LABELS
from piu_desk.core.domain.tipoff import TRANSITIONS, Confirmation, Status, TipOff
from piu_desk.core.errors import DeskError, Invalid
from piu_desk.core.records import inspections, port_calls, tipoffs
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.tipoffs_picker import INSPECTION_KINDS, RecordPicker
from piu_desk.ui.intel.tipoffs_texts import confirmation_text, move_text, status_text
from piu_desk.ui.records.common import attempt, format_moment
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import InlineMessage

INSPECTION_ROLE = Qt.ItemDataRole.UserRole + 33
NEXT = {status: [w for (s, w) in sorted(TRANSITIONS, key=lambda m: list(Status).index(m[1]))
                 if s == status] for status in Status}


def inspection_line(desk: Desk, inspection_id: int) -> str:
    """"HAI PHONG STAR · 20 Nov 2026 08:30 · Targeted · Cleared"."""
    try:
        i = inspections.get(desk, inspection_id)
        vessel = port_calls.get(desk, i.port_call_id).vessel_name
    except DeskError:
        return f"#{inspection_id}"
    return " · ".join((vessel, format_moment(i.started_at), tr_core("Records", TYPE_LABELS[i.type]),
                       tr_core("Records", OUTCOME_LABELS[i.outcome])))


class ProgressPanel(Retranslating, QWidget):
    """`moved` after any change made here; `save_first()` is asked before a status move
    (the dialog saves what the officer edited, such as a grade just picked) and returns
    False when that failed; `on_invalid` shows the core's message where it belongs."""

    moved = Signal()

    def __init__(self, desk: Desk, tasks: TaskRunner, save_first: Callable[[], bool],
                 on_invalid: Callable[[Invalid], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._tasks = desk, tasks
        self._save_first, self._on_invalid = save_first, on_invalid
        self.tipoff: TipOff | None = None
        self.names: dict[str, str] = {}
        self.editable = True
        self.status_group = QGroupBox()
        self.moves_label = named(QLabel(), "tipoffMoves")
        self.moves_label.setWordWrap(True)
        self.move_buttons = {s: named(QPushButton(), f"move_{s.value}")
                             for s in (Status.ASSESSED, Status.ACTIONED, Status.CLOSED)}
        self.status_error = InlineMessage(name="statusError")
        self.confirmation_label = QLabel()
        self.confirmation = named(QComboBox(), "confirmation")
        for c in Confirmation:
            self.confirmation.addItem("", c)
        buttons = QHBoxLayout()
        for status, button in self.move_buttons.items():
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=status: self.move_to(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirmation_label)
        buttons.addWidget(self.confirmation)
        box = QVBoxLayout(self.status_group)
        box.addWidget(self.moves_label)
        box.addLayout(buttons)
        box.addWidget(self.status_error)
        self.inspections_group = QGroupBox()
        self.inspections = named(QListWidget(), "linkedInspections")
        self.inspections.setMaximumHeight(56)
        self.link_button = named(QPushButton(), "linkInspection")
        self.unlink_button = named(QPushButton(), "unlinkInspection")
        for b in (self.link_button, self.unlink_button):
            b.setAutoDefault(False)
        links = QHBoxLayout()
        links.addWidget(self.link_button)
        links.addWidget(self.unlink_button)
        links.addStretch(1)
        ibox = QVBoxLayout(self.inspections_group)
        ibox.addWidget(self.inspections)
        ibox.addLayout(links)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_group)
        layout.addWidget(self.inspections_group)
        self.confirmation.activated.connect(lambda _i: self._confirm())
        self.link_button.clicked.connect(self.find_inspection)
        self.unlink_button.clicked.connect(self.unlink_current)
        self.inspections.currentItemChanged.connect(lambda *_: self._enable())
        self.retranslate()

    def retranslate(self) -> None:
        status = status_text(self.tipoff.status) if self.tipoff is not None else ""
        self.status_group.setTitle(self.tr("Status: {status}").replace("{status}", status))
        self.inspections_group.setTitle(self.tr("Inspections that followed it up"))
        texts = {Status.ASSESSED: self.tr("Mark assessed"),
                 Status.ACTIONED: self.tr("Mark actioned"), Status.CLOSED: self.tr("Mark closed")}
        for status, button in self.move_buttons.items():
            button.setText(texts[status])
        self.confirmation_label.setText(self.tr("Turned out:"))
        for row in range(self.confirmation.count()):
            self.confirmation.setItemText(row, confirmation_text(self.confirmation.itemData(row)))
        self.link_button.setText(self.tr("Link inspection…"))
        self.unlink_button.setText(self.tr("Unlink"))
        self.show_tipoff(self.tipoff)

    def show_tipoff(self, t: TipOff | None) -> None:
        self.tipoff = t
        if t is None:
            return
        self.status_group.setTitle(self.tr("Status: {status}").replace(
            "{status}", status_text(t.status)))
        self.moves_label.setText("\n".join(move_text(m, self.names) for m in t.moves))
        self.confirmation.setCurrentIndex(self.confirmation.findData(t.confirmation))
        self.inspections.clear()
        for iid in t.inspection_ids:
            item = QListWidgetItem(inspection_line(self._desk, iid))
            item.setData(INSPECTION_ROLE, iid)
            self.inspections.addItem(item)
        self._enable()

    def _enable(self) -> None:
        t = self.tipoff
        allowed = NEXT[t.status] if t is not None else []
        for status, button in self.move_buttons.items():
            button.setVisible(self.editable and status in allowed)
        for w in (self.confirmation, self.link_button):
            w.setEnabled(self.editable)
        self.unlink_button.setEnabled(self.editable
                                      and self.inspections.currentItem() is not None)

    # -- actions ----------------------------------------------------------------------------
    def move_to(self, status: Status) -> bool:
        t = self.tipoff
        self.status_error.clear_text()
        if t is None or t.id is None or not self._save_first():
            return False
        tid = t.id
        done = attempt(self._tasks, self, lambda: tipoffs.move(self._desk, tid, status),
                       self._on_invalid)
        if done is not None:
            self.moved.emit()
        return done is not None

    def _confirm(self) -> None:
        t = self.tipoff
        wanted = Confirmation(self.confirmation.currentData())
        if t is None or t.id is None or wanted == t.confirmation:
            return
        tid = t.id
        if attempt(self._tasks, self, lambda: tipoffs.set_confirmation(self._desk, tid, wanted),
                   self._on_invalid) is not None:
            self.moved.emit()

    def find_inspection(self) -> RecordPicker:
        picker = RecordPicker(self._desk, self._tasks, INSPECTION_KINDS, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self.link(picker.chosen.ref if picker.chosen else 0))
        picker.open()
        return picker

    def link(self, inspection_id: int) -> None:
        t = self.tipoff
        if t is None or t.id is None or not inspection_id:
            return
        tid = t.id
        if attempt(self._tasks, self, lambda: tipoffs.link_inspection(
                self._desk, tid, inspection_id), self._on_invalid) is not None:
            self.moved.emit()

    def unlink_current(self) -> None:
        t, item = self.tipoff, self.inspections.currentItem()
        if t is None or t.id is None or item is None:
            return
        tid, iid = t.id, int(item.data(INSPECTION_ROLE))
        if attempt(self._tasks, self, lambda: tipoffs.unlink_inspection(self._desk, tid, iid),
                   self._on_invalid) is not None:
            self.moved.emit()
