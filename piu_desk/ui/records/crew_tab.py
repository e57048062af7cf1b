"""The crew lists of a port call: pick a list, its rows load page by page; a row opens the
person it is linked to."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, CrewMember, Direction
from piu_desk.core.records import crew
from piu_desk.core.reports.printouts import crew_list_printout
from piu_desk.ui.admin.common import format_time, named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.pdf_output import printout_language, render_and_save
from piu_desk.ui.records.common import (
    MUTED_STYLE,
    PERSON,
    RECORD_ROLE,
    Target,
    format_date,
    record_table,
)
from piu_desk.ui.records.marked_model import MarkedTableModel
from piu_desk.ui.tasks import TaskRunner


class Column(IntEnum):
    NUMBER = 0
    FAMILY = 1
    GIVEN = 2
    RANK = 3
    NATIONALITY = 4
    BIRTH = 5
    DOCUMENT = 6


class CrewMembersModel(MarkedTableModel):
    columns = len(Column)
    numeric_columns = frozenset({Column.NUMBER})

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(desk, parent)
        self.list_id: int | None = None
        self.size = 0

    def show_list(self, list_id: int | None, size: int) -> None:
        self.list_id, self.size = list_id, size
        self.reload()

    def marked(self, record: CrewMember) -> bool:
        return (record.id in self.confirmed.crew_member_ids
                or record.person_id in self.confirmed.person_ids)

    def count(self) -> int:
        return self.size if self.list_id is not None else 0

    def page(self, offset: int, limit: int) -> list[Any]:
        if self.list_id is None:
            return []
        return crew.members(self._desk, self.list_id, offset, limit)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Family name"), self.tr("Given names"),
                self.tr("Rank or rating"), self.tr("Nationality"), self.tr("Date of birth"),
                self.tr("Identity document")]

    def text(self, record: Any, column: int) -> str:
        m: CrewMember = record
        if column == Column.NUMBER:
            return str(m.number)
        if column == Column.DOCUMENT:
            return " ".join(p for p in (m.document_type, m.document_number, m.document_issuer)
                            if p)
        return {Column.FAMILY: m.family_name, Column.GIVEN: m.given_names, Column.RANK: m.rank,
                Column.NATIONALITY: m.nationality,
                Column.BIRTH: format_date(m.date_of_birth)}[Column(column)]


class CrewTab(Retranslating, QWidget):
    open_record = Signal(object)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._tasks = desk, tasks
        self.lists: list[tuple[CrewList, int]] = []
        self.list_label = QLabel()
        self.picker = named(QComboBox(), "crewListPicker")
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.empty = named(QLabel(), "noCrewList")
        self.empty.setStyleSheet(MUTED_STYLE)
        self.add_button = named(QPushButton(), "addCrewList")
        self.import_button = named(QPushButton(), "importCrewList")
        self.pdf_button = named(QPushButton(), "crewListPdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.model = CrewMembersModel(desk, self)
        self.table = record_table("crewTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.list_label)
        top.addWidget(self.picker)
        top.addWidget(self.empty)
        top.addWidget(self.pdf_button)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.picker.currentIndexChanged.connect(self._show_current)
        self.table.activated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("Crew list:"))
        self.empty.setText(self.tr("No crew list has been entered for this port call."))
        self.add_button.setText(self.tr("Add crew list…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.pdf_button.setToolTip(self.tr("This crew list on the IMO FAL Form 5, to print"))
        self.import_button.setText(self.tr("Import sheet…"))
        self.import_button.setToolTip(self.tr(
            "Import the crew list a shipping agent sent as a spreadsheet (XLSX or CSV)"))
        self.model.retranslate()
        self._name_lists()

    def load(self, port_call_id: int) -> None:
        found = self._tasks.call(lambda: crew.list_summaries(self._desk, port_call_id), self)
        self.lists = found or []
        chosen = self.picker.currentIndex()
        self.picker.blockSignals(True)
        self.picker.clear()
        for header, _size in self.lists:
            self.picker.addItem("", header.id)
        self.picker.blockSignals(False)
        self._name_lists()
        has = bool(self.lists)
        self.list_label.setVisible(has)
        self.picker.setVisible(has)
        self.pdf_button.setVisible(has)
        self.empty.setVisible(not has)
        # the newest list first shown; a reload keeps the officer's choice
        index = chosen if 0 <= chosen < len(self.lists) else len(self.lists) - 1
        self.picker.setCurrentIndex(index)
        self._show_current()

    def _name_lists(self) -> None:
        for index, (header, size) in enumerate(self.lists):
            direction = (self.tr("Arrival") if header.direction == Direction.ARRIVAL
                         else self.tr("Departure"))
            text = self.tr("%1 · %2 crew · %3").replace("%1", direction) \
                .replace("%2", str(size)).replace("%3", format_time(header.created_at, False))
            if header.source and header.source != "manual":
                text += " · " + header.source
            self.picker.setItemText(index, text)

    def _show_current(self) -> None:
        index = self.picker.currentIndex()
        if 0 <= index < len(self.lists):
            header, size = self.lists[index]
            self.model.show_list(header.id, size)
        else:
            self.model.show_list(None, 0)

    def _activated(self, index: QModelIndex) -> None:
        member = index.siblingAtColumn(0).data(RECORD_ROLE)
        if member is not None and member.person_id is not None:
            self.open_record.emit(Target(PERSON, member.person_id))

    def save_pdf(self) -> None:
        """The crew list shown, as IMO FAL Form 5, rendered off the GUI thread."""
        index, session = self.picker.currentIndex(), self._desk.session
        if not 0 <= index < len(self.lists) or session is None:
            return
        desk, list_id = self._desk, self.lists[index][0].id or 0
        printed_by, language = session.user.full_name, printout_language()
        render_and_save(self._tasks, self, self.tr("Preparing the crew list…"),
                        lambda: crew_list_printout(desk, list_id, printed_by, datetime.now(),
                                                   tr_core, language), desk=desk)
