"""Entering a crew list (FAL Form 5) for a port call: by keyboard row by row, or by scanning
each passport's MRZ. Wrong cells are red with the reason in their tooltip and in the list
of problems under the table; the list is saved only when none is left. Saving links every
row to a person, so it runs on the worker thread."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, Direction
from piu_desk.core.errors import Invalid
from piu_desk.core.records import crew
from piu_desk.core.text import Message
from piu_desk.ui.admin.common import error_label, named
from piu_desk.ui.crew_entry.crew_table import CrewTable
from piu_desk.ui.crew_entry.mrz_panel import MrzPanel
from piu_desk.ui.crew_entry.rows_model import COLUMNS, CrewRowsModel
from piu_desk.ui.entry_common import (
    PortCallInfo,
    desk_today,
    heading_label,
    load_port_call,
    not_default,
    port_call_line,
    vessel_line,
)
from piu_desk.ui.errors import show_error, tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.tasks import TaskRunner

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_COLOUR = "#8a5a00"
ERROR_COLOUR = "#b00020"
PROBLEM_ROWS = 4  # then the list scrolls


class CrewListDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, port_call_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crewListDialog")
        self._desk, self._tasks = desk, tasks
        self._port_call_id = port_call_id
        self._busy = False
        self._info: PortCallInfo | None = tasks.call(
            lambda: load_port_call(desk, port_call_id), self)
        self.model = CrewRowsModel(desk_today(desk), self)
        self._build()
        for signal in (self.model.dataChanged, self.model.rowsInserted,
                       self.model.rowsRemoved):
            signal.connect(lambda *_: self._list_problems())
        self.retranslate()
        self.resize(1280, 800)
        self.mrz.input.setFocus()

    def _build(self) -> None:
        self.vessel = heading_label("vesselHeading")
        self.port_call = named(QLabel(), "portCallLine")
        self.direction_label = QLabel()
        self.direction = named(QComboBox(), "direction")
        self.direction.addItems(["", ""])
        self.direction_label.setBuddy(self.direction)
        self.mrz = MrzPanel(lambda: desk_today(self._desk))
        self.mrz.filled.connect(self.fill_from_mrz)
        self.keys_hint = named(QLabel(), "keysHint")
        self.keys_hint.setWordWrap(True)
        self.table = CrewTable(self.model)
        self.add_row_button = named(QPushButton(), "addRow")
        self.remove_rows_button = named(QPushButton(), "removeRows")
        self.add_row_button.clicked.connect(self.table.add_row)
        self.remove_rows_button.clicked.connect(self.table.remove_selected)
        self.problems_label = named(QLabel(), "problemsTitle")
        self.problems = named(QListWidget(), "crewProblems")
        self.problems.setWordWrap(True)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.general_error = error_label()
        self.save_button = named(QPushButton(), "saveCrewList")
        self.cancel_button = named(QPushButton(), "cancel")
        not_default(self.add_row_button, self.remove_rows_button, self.save_button,
                    self.cancel_button)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.port_call, 1)
        top.addWidget(self.direction_label)
        top.addWidget(self.direction)
        rows = QHBoxLayout()
        rows.addWidget(self.keys_hint, 1)
        rows.addWidget(self.add_row_button)
        rows.addWidget(self.remove_rows_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.vessel)
        layout.addLayout(top)
        layout.addWidget(self.mrz)
        layout.addLayout(rows)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.general_error)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.direction, self.mrz.input)
        QWidget.setTabOrder(self.mrz.input, self.table)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Crew list"))
        if self._info is not None:
            self.vessel.setText(vessel_line(self._info))
            self.port_call.setText(port_call_line(self._info))
        self.direction_label.setText(self.tr("&List of crew on:"))
        self.direction.setItemText(0, self.tr("Arrival"))
        self.direction.setItemText(1, self.tr("Departure"))
        self.keys_hint.setText(self.tr(
            "Type in the table: Tab goes to the next cell, Enter on a row adds the next one, "
            "Del removes the selected rows. A red cell says what is wrong when you point "
            "at it."))
        self.add_row_button.setText(self.tr("Add row"))
        self.remove_rows_button.setText(self.tr("Remove rows"))
        self.save_button.setText(self.tr("Save crew list"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.model.retranslate()
        self.table.fit_columns()
        self._list_problems()

    def direction_value(self) -> Direction:
        return Direction.DEPARTURE if self.direction.currentIndex() == 1 else Direction.ARRIVAL

    # -- rows -----------------------------------------------------------------------------
    def fill_from_mrz(self, values: dict[str, str], warnings: dict[str, list[Message]]) -> None:
        row = self.model.fill_row(values, warnings)
        self.table.go_to(row, COLUMNS.index("rank"))

    def _list_problems(self) -> None:
        self.problems.clear()
        headers = self.model.headers()
        for number, row in enumerate(self.model.rows()):
            if row.blank():
                continue
            for name, message in row.problems.items():
                self._add_problem(number, name, headers, message.render(tr_core), False)
            for name, warnings in row.warnings.items():
                for warning in warnings:
                    self._add_problem(number, name, headers, warning.render(tr_core), True)
        errors = self.model.problem_count()
        self.problems_label.setText(self.tr("Problems to correct: %1").replace(
            "%1", str(errors)) if errors else self.tr("Warnings from the MRZ to check"))
        shown = self.problems.count()
        self.problems_label.setVisible(bool(shown))
        self.problems.setVisible(bool(shown))
        self.problems.doItemsLayout()
        rows = sum(max(self.problems.sizeHintForRow(n), 1)
                   for n in range(min(shown, PROBLEM_ROWS)))
        self.problems.setFixedHeight(rows + 2 * self.problems.frameWidth() + 2)

    def _add_problem(self, number: int, name: str, headers: list[str], text: str,
                     warning: bool) -> None:
        column = COLUMNS.index(name) if name in COLUMNS else 1
        where = self.tr("Row %1, %2:").replace("%1", str(number + 1)).replace(
            "%2", headers[column])
        item = QListWidgetItem(f"{where} {text}", self.problems)
        item.setData(CELL_ROLE, (number, column))
        if warning:
            item.setForeground(QColor(WARNING_COLOUR))
            item.setText(item.text() + " " + self.tr("(from the MRZ, accepted)"))
        else:
            item.setForeground(QColor(ERROR_COLOUR))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        number, column = item.data(CELL_ROLE)
        self.table.setFocus()
        self.table.go_to(number, column)

    def problem_texts(self) -> list[str]:
        return [self.problems.item(n).text() for n in range(self.problems.count())]

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        if self._busy:
            return
        self.general_error.hide()
        if self.model.problem_count():
            self._say(self.tr("Correct the cells marked in red first (they are listed under "
                              "the table)."))
            first = self.problems.item(0)
            if first is not None:
                self._go_to_problem(first)
            return
        crew_list = CrewList(None, self._port_call_id, self.direction_value(), "manual",
                             tuple(self.model.members()))
        desk, today = self._desk, desk_today(self._desk)
        self._set_busy(True)
        self._tasks.run(lambda progress, cancel: crew.save_list(desk, crew_list, today)[1],
                        parent=self, title=self.tr("Saving the crew list…"),
                        on_done=self._saved, on_error=self._failed)

    def _say(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.save_button, self.cancel_button):
            button.setEnabled(not busy)

    def _saved(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, Invalid):
            self._say(exc.render(tr_core))
        else:
            show_error(self, exc)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def current_cell(self) -> QModelIndex:
        return self.table.currentIndex()
