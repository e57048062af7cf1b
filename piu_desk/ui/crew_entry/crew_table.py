"""The crew rows as a table typed from the keyboard: typing starts editing a cell, Tab goes
on to the next cell, Enter on a row (not while editing a cell) adds the next row, Del
removes the selected rows."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from piu_desk.ui.crew_entry.rows_model import COLUMNS, CrewRowsModel

FIRST_FIELD = COLUMNS.index("family_name")
WIDTHS = {"number": 40, "family_name": 130, "given_names": 150, "rank": 110,
          "nationality": 90, "date_of_birth": 105, "place_of_birth": 110, "gender": 64,
          "document_type": 110, "document_number": 120, "document_issuer": 95,
          "document_expiry": 105}


class CrewTable(QTableView):
    def __init__(self, model: CrewRowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crewTable")
        self.setModel(model)
        self.rows_model = model
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.fit_columns()
        self.go_to(0, FIRST_FIELD)

    def fit_columns(self) -> None:
        """Wide enough for the typical value and for the heading in the UI language."""
        header = self.horizontalHeader()
        for column, name in enumerate(COLUMNS):
            self.setColumnWidth(column, max(WIDTHS[name], header.sectionSizeHint(column)))

    def go_to(self, row: int, column: int = FIRST_FIELD, edit: bool = False) -> None:
        index = self.rows_model.index(row, column)
        self.setCurrentIndex(index)
        self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
        if edit:
            self.edit(index)

    def add_row(self) -> int:
        """A new row after the current one, its family name ready for typing."""
        current = self.currentIndex().row()
        at = self.rows_model.insert_row(current + 1 if current >= 0 else
                                        self.rows_model.rowCount())
        self.go_to(at, FIRST_FIELD, edit=True)
        return at

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.selectionModel().selectedIndexes()}
                      or {self.currentIndex().row()} - {-1})
        if not rows:
            return
        self.rows_model.remove_rows(rows)
        self.go_to(min(rows[0], self.rows_model.rowCount() - 1), FIRST_FIELD)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                 Qt.KeyboardModifier.KeypadModifier):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                event.accept()
                self.add_row()
                return
            if event.key() == Qt.Key.Key_Delete:
                event.accept()
                self.remove_selected()
                return
        if editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # the editor commits the cell; Enter goes no further
            return
        super().keyPressEvent(event)
