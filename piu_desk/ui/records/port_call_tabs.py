"""The port-call page's other tabs: persons found aboard (their vulnerability flags as
coloured tags) and inspections (date, type, outcome, status)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import PersonAboard
from piu_desk.core.domain.inspection import (
    OUTCOME_LABELS,
    RISK_LABELS,
    STATUS_LABELS,
    TYPE_LABELS,
    Inspection,
)
from piu_desk.core.records import crew, inspections
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.alert_marks import NOTHING, load_confirmed, mark_row
from piu_desk.ui.records.common import (
    MUTED_STYLE,
    PERSON,
    Target,
    format_date,
    format_moment,
)
from piu_desk.ui.records.page import fill_row, record_in, small_table
from piu_desk.ui.records.tags import TAGS_ROLE, TagsDelegate, label, ordered
from piu_desk.ui.tasks import TaskRunner

FLAGS_COLUMN = 1  # right after the name, never scrolled out of sight


class _ListTab(Retranslating, QWidget):
    """A short list with an empty-state line and one button above it."""

    def __init__(self, desk: Desk, tasks: TaskRunner, name: str, columns: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._tasks = desk, tasks
        self.empty = named(QLabel(), f"{name}Empty")
        self.empty.setStyleSheet(MUTED_STYLE)
        self.add_button = named(QPushButton(), f"{name}Add")
        self.table: QTableWidget = small_table(f"{name}Table", columns)
        top = QHBoxLayout()
        top.addWidget(self.empty)
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _show_rows(self, count: int) -> None:
        self.table.setRowCount(count)
        self.empty.setVisible(count == 0)


class AboardTab(_ListTab):
    open_record = Signal(object)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, "aboard", 6, parent)
        self.persons: list[PersonAboard] = []
        self.confirmed = NOTHING  # confirmed watchlist matches: their rows are marked
        self.table.setItemDelegateForColumn(FLAGS_COLUMN, TagsDelegate(self.table))
        self.table.activated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No person has been recorded as found aboard."))
        self.add_button.setText(self.tr("Person found aboard…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Flags"), self.tr("Nationality"),
            self.tr("Age or date of birth"), self.tr("Gender"), self.tr("Where and how found")])
        self._fill()

    def load(self, port_call_id: int) -> list[PersonAboard]:
        found = self._tasks.call(lambda: crew.aboard(self._desk, port_call_id), self)
        self.persons = found or []
        self.confirmed = load_confirmed(self._desk)
        self._fill()
        return self.persons

    def _fill(self) -> None:
        self._show_rows(len(self.persons))
        for row, p in enumerate(self.persons):
            age = format_date(p.date_of_birth) if p.date_of_birth else (
                self.tr("about %1").replace("%1", str(p.age)) if p.age is not None else "")
            flags = ordered(p.vulnerabilities)
            names = ", ".join(label(f) for f in flags)
            fill_row(self.table, row, [f"{p.family_name} {p.given_names}".strip(), names,
                                       p.nationality, age, p.gender, p.circumstances], p)
            item = self.table.item(row, FLAGS_COLUMN)
            if item is not None:
                item.setData(TAGS_ROLE, frozenset(flags))
            if p.id in self.confirmed.person_aboard_ids \
                    or p.person_id in self.confirmed.person_ids:
                mark_row(self.table, row)
        self.table.resizeColumnToContents(FLAGS_COLUMN)

    def _activated(self, index: QModelIndex) -> None:
        person = record_in(self.table, index.row())
        if person is not None and person.person_id is not None:
            self.open_record.emit(Target(PERSON, person.person_id))


class InspectionsTab(_ListTab):
    open_inspection = Signal(int)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, "inspections", 6, parent)
        self.inspections: list[Inspection] = []
        self.table.activated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No inspection has been recorded for this port call."))
        self.add_button.setText(self.tr("New inspection…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Started"), self.tr("Type"), self.tr("Outcome"), self.tr("Status"),
            self.tr("Risk"), self.tr("Boarding officers")])
        self._fill()

    def load(self, port_call_id: int) -> None:
        found = self._tasks.call(lambda: inspections.of_port_call(self._desk, port_call_id),
                                 self)
        self.inspections = found or []
        self._fill()

    def _fill(self) -> None:
        self._show_rows(len(self.inspections))
        for row, i in enumerate(self.inspections):
            fill_row(self.table, row, [
                format_moment(i.started_at), tr_core("Records", TYPE_LABELS[i.type]),
                tr_core("Records", OUTCOME_LABELS[i.outcome]),
                tr_core("Records", STATUS_LABELS[i.status]),
                tr_core("Records", RISK_LABELS[i.risk]), ", ".join(i.officers)], i)

    def _activated(self, index: QModelIndex) -> None:
        inspection = record_in(self.table, index.row())
        if inspection is not None and inspection.id is not None:
            self.open_inspection.emit(inspection.id)
