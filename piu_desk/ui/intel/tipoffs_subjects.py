"""What a tip-off is about: records found with the desk's search (vessels, persons, port
calls), and free subjects typed in (a company, a container number checked against its
ISO 6346 check digit as it is typed)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.containers import normalise
from piu_desk.core.domain.tipoff import Subject, SubjectKind, validate_subject
from piu_desk.core.errors import Invalid
from piu_desk.core.records.search import Kind
from piu_desk.ui.admin.common import OK_COLOUR, named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.tipoffs_picker import SUBJECT_KINDS, RecordPicker
from piu_desk.ui.intel.tipoffs_texts import subject_text
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import ERROR_STYLE

SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 32
FREE_KINDS = (SubjectKind.COMPANY, SubjectKind.CONTAINER)
LINKED_OF_HIT = {Kind.VESSEL: SubjectKind.VESSEL, Kind.PERSON: SubjectKind.PERSON,
                 Kind.PORT_CALL: SubjectKind.PORT_CALL}
CONTAINER_LENGTH = 11


class SubjectsEditor(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subjectsEditor")
        self._desk, self._tasks = desk, tasks
        self._bad = False
        self.list = named(QListWidget(), "subjects")
        self.list.setFixedHeight(72)
        self.find_button = named(QPushButton(), "findSubject")
        self.remove_button = named(QPushButton(), "removeSubject")
        self.free_kind = named(QComboBox(), "freeKind")
        for kind in FREE_KINDS:
            self.free_kind.addItem("", kind)
        self.free_text = named(QLineEdit(), "freeSubject")
        self.add_button = named(QPushButton(), "addFreeSubject")
        self.message = named(QLabel(), "freeSubjectMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        for button in (self.find_button, self.remove_button, self.add_button):
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        records = QHBoxLayout()
        records.addWidget(self.find_button)
        records.addWidget(self.remove_button)
        records.addStretch(1)
        layout.addLayout(records)
        free = QHBoxLayout()
        free.addWidget(self.free_kind)
        free.addWidget(self.free_text, 1)
        free.addWidget(self.add_button)
        layout.addLayout(free)
        layout.addWidget(self.message)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.find_button.clicked.connect(self.find_record)
        self.remove_button.clicked.connect(self.remove_current)
        self.add_button.clicked.connect(self.add_free)
        self.free_text.returnPressed.connect(self.add_free)
        self.free_text.textChanged.connect(self._check_as_typed)
        self.free_kind.currentIndexChanged.connect(self._check_as_typed)
        self.list.currentItemChanged.connect(self._enable)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.find_button.setText(self.tr("Add vessel, person or port call…"))
        self.remove_button.setText(self.tr("Remove"))
        self.free_kind.setItemText(0, self.tr("Company"))
        self.free_kind.setItemText(1, self.tr("Container"))
        self.add_button.setText(self.tr("Add"))
        self._show_placeholder()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(subject_text(item.data(SUBJECT_ROLE)))

    def _show_placeholder(self) -> None:
        self.free_text.setPlaceholderText(
            self.tr("Container number, such as CSQU3054383") if self._free_kind()
            == SubjectKind.CONTAINER else self.tr("Company name"))

    def _free_kind(self) -> SubjectKind:
        return SubjectKind(self.free_kind.currentData())

    # -- the subjects -------------------------------------------------------------------
    def subjects(self) -> tuple[Subject, ...]:
        return tuple(self.list.item(r).data(SUBJECT_ROLE) for r in range(self.list.count()))

    def set_subjects(self, subjects: tuple[Subject, ...]) -> None:
        self.list.clear()
        for s in subjects:
            self._append(s)
        self._enable()

    def _append(self, s: Subject) -> None:
        if any(_same(s, other) for other in self.subjects()):
            return
        item = QListWidgetItem(subject_text(s))
        item.setData(SUBJECT_ROLE, s)
        self.list.addItem(item)
        self.list.setCurrentItem(item)

    def add(self, s: Subject) -> None:
        self._append(s)
        self._enable()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._enable()
            self.changed.emit()

    def find_record(self) -> RecordPicker:
        picker = RecordPicker(self._desk, self._tasks, SUBJECT_KINDS, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._chosen(picker))
        picker.open()
        return picker

    def _chosen(self, picker: RecordPicker) -> None:
        hit = picker.chosen
        if hit is not None and hit.kind in LINKED_OF_HIT:
            self.add(Subject(LINKED_OF_HIT[hit.kind], hit.ref, hit.title))

    def add_free(self) -> bool:
        """The typed company or container, checked by the core; False with a message."""
        try:
            clean = validate_subject(Subject(self._free_kind(), None, self.free_text.text()))
        except Invalid as exc:
            self._say(exc.render(tr_core), ok=False)
            return False
        self.add(clean)
        self.free_text.clear()
        return True

    def _check_as_typed(self) -> None:
        """A container number is judged once it has its eleven characters."""
        self._show_placeholder()
        if self._free_kind() != SubjectKind.CONTAINER:
            self._say("", ok=True)
            return
        if len(normalise(self.free_text.text())) < CONTAINER_LENGTH:
            self._say("", ok=True)
            return
        try:
            number = validate_subject(Subject(SubjectKind.CONTAINER, None,
                                              self.free_text.text())).text
        except Invalid as exc:
            self._say(exc.render(tr_core), ok=False)
            return
        self._say(self.tr("{number}: the check digit is right.").replace("{number}", number),
                  ok=True)

    def error(self) -> str:
        """The message shown under the free subject ("" when none or when it is fine)."""
        return self.message.text() if not self.message.isHidden() and self._bad else ""

    def _say(self, text: str, ok: bool) -> None:
        self._bad = not ok
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {OK_COLOUR};" if ok else ERROR_STYLE)
        self.message.setVisible(bool(text))

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.find_button, self.remove_button, self.free_kind, self.free_text,
                  self.add_button):
            w.setVisible(not read_only)


def _same(a: Subject, b: Subject) -> bool:
    return a.kind == b.kind and a.ref == b.ref and (a.ref is not None or a.text == b.text)
