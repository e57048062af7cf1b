"""The grading matrix, explained where it is used: a grid of the source's reliability (rows)
against the information's credibility (columns) in the station's scheme, every letter and
number with its meaning beside it; picking a cell sets the grade. The UK 3x5x2 scheme has
its own axes and a handling code (P or C) as the third part of the grade.

A grade is shown and kept in the scheme it was given in: a tip-off graded under the other
scheme opens in that scheme's matrix, never converted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.domain.grading import (
    ADMIRALTY_INFORMATION,
    ADMIRALTY_SOURCE,
    UK_HANDLING,
    UK_INTELLIGENCE,
    UK_SOURCE,
    AdmiraltyGrade,
    Grade,
    Scheme,
    UkGrade,
)
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.tipoffs_texts import grade_meaning, scheme_name
from piu_desk.ui.records.common import MUTED_STYLE
from piu_desk.ui.widgets import InlineMessage

CELL_STYLE = ("QToolButton { min-width: 38px; min-height: 26px; border: 1px solid #c0c4c8; "
              "border-radius: 3px; background: #f8f9fa; } "
              "QToolButton:hover { background: #e8f0fe; } "
              "QToolButton:checked { background: #1a73e8; color: white; font-weight: bold; "
              "border-color: #1a73e8; }")
HEADER_STYLE = "font-size: 8.5pt;"


def _axes(scheme: Scheme) -> tuple[dict[str, str], dict[str, str]]:
    """(rows, columns) of the scheme's matrix: the source's part, then the information's."""
    if scheme == Scheme.ADMIRALTY:
        return ADMIRALTY_SOURCE, ADMIRALTY_INFORMATION
    return UK_SOURCE, UK_INTELLIGENCE


class GradingMatrix(Retranslating, QGroupBox):
    """`changed` is emitted when the officer picks or clears a grade."""

    changed = Signal()

    def __init__(self, scheme: Scheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradingMatrix")
        self.scheme = Scheme(scheme)
        self.cells: dict[tuple[str, str], QToolButton] = {}
        self.handling_buttons: dict[str, QRadioButton] = {}
        self._row_labels: dict[str, QLabel] = {}
        self._column_labels: dict[str, QLabel] = {}
        self._cell_group = QButtonGroup(self)
        self._handling_group = QButtonGroup(self)
        self.intro = named(QLabel(), "gradingIntro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(MUTED_STYLE)
        self.summary = named(QLabel(), "gradeSummary")
        self.summary.setWordWrap(True)
        self.clear_button = named(QPushButton(), "clearGrade")
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear)
        self.error = InlineMessage(name="gradeError")
        self._grid_host = QWidget()
        self._build()
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self._grid_host)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        self.retranslate()

    # -- building the grid for a scheme ---------------------------------------------------
    def set_scheme(self, scheme: Scheme) -> None:
        """Show the matrix of `scheme`; the grade picked in another scheme is dropped."""
        if Scheme(scheme) == self.scheme:
            return
        self.scheme = Scheme(scheme)
        self._build()
        self.retranslate()
        self.changed.emit()

    def _build(self) -> None:
        """A new grid for the scheme, in place of the old one (labels and all)."""
        for group in (self._cell_group, self._handling_group):
            for button in group.buttons():
                group.removeButton(button)
        old, self._grid_host = self._grid_host, QWidget()
        self._grid_host.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = self.layout()
        if layout is not None and layout.indexOf(old) >= 0:
            layout.replaceWidget(old, self._grid_host)
            old.hide()
            old.deleteLater()
        self.cells.clear()
        self.handling_buttons.clear()
        self._row_labels.clear()
        self._column_labels.clear()
        self.row_axis = named(QLabel(), "rowAxis")
        self.row_axis.setWordWrap(True)
        self.column_axis = named(QLabel(), "columnAxis")
        self.handling_label = named(QLabel(), "handlingAxis")
        grid = QGridLayout(self._grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(3)
        rows, columns = _axes(self.scheme)
        grid.addWidget(self.row_axis, 0, 0, 2, 1, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.column_axis, 0, 1, 1, len(columns))
        for c, key in enumerate(columns, start=1):
            label = self._column_labels[key] = QLabel()
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            label.setStyleSheet(HEADER_STYLE)
            grid.addWidget(label, 1, c)
            grid.setColumnStretch(c, 1)
        for r, source in enumerate(rows, start=2):
            label = self._row_labels[source] = QLabel()
            label.setWordWrap(True)
            label.setStyleSheet(HEADER_STYLE)
            grid.addWidget(label, r, 0)
            for c, info in enumerate(columns, start=1):
                cell = self.cells[(source, info)] = named(QToolButton(), f"cell{source}{info}")
                cell.setCheckable(True)
                cell.setStyleSheet(CELL_STYLE)
                cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                self._cell_group.addButton(cell)
                cell.clicked.connect(self._picked)
                grid.addWidget(cell, r, c)
        grid.setColumnStretch(0, 2)
        self._cell_group.setExclusive(True)
        if self.scheme == Scheme.UK_3X5X2:
            row = len(rows) + 2
            grid.addWidget(self.handling_label, row, 0)
            box = QVBoxLayout()
            for key in UK_HANDLING:
                radio = self.handling_buttons[key] = named(QRadioButton(), f"handling{key}")
                self._handling_group.addButton(radio)
                radio.clicked.connect(self._picked)
                box.addWidget(radio)
            grid.addLayout(box, row, 1, 1, len(columns))

    def retranslate(self) -> None:
        rows, columns = _axes(self.scheme)
        self.setTitle(self.tr("Grading — {scheme}").replace(
            "{scheme}", scheme_name(self.scheme)))
        if self.scheme == Scheme.ADMIRALTY:
            self.intro.setText(self.tr(
                "Pick the cell where how reliable the source is (its row) meets how credible "
                "the information is (its column). Judge the two separately: a reliable source "
                "can pass on doubtful information."))
            self.row_axis.setText(self.tr("Source reliability"))
            self.column_axis.setText(self.tr("Information credibility"))
        else:
            self.intro.setText(self.tr(
                "Pick the cell where the source's evaluation (its row) meets the assessment "
                "of the intelligence (its column), then the handling code."))
            self.row_axis.setText(self.tr("Source evaluation"))
            self.column_axis.setText(self.tr("Intelligence assessment"))
            self.handling_label.setText(self.tr("Handling"))
        for label in (self.row_axis, self.column_axis, self.handling_label):
            label.setStyleSheet("font-weight: bold;")
        for key, text in columns.items():
            self._column_labels[key].setText(f"<b>{key}</b><br>{tr_core('Intel', text)}")
        for key, text in rows.items():
            self._row_labels[key].setText(f"<b>{key}</b>&nbsp; {tr_core('Intel', text)}")
        for (source, info), cell in self.cells.items():
            cell.setText(f"{source}{info}")
            cell.setToolTip(self.tr("{code}: source — {source}; information — {info}")
                            .replace("{code}", f"{source}{info}")
                            .replace("{source}", tr_core("Intel", rows[source]))
                            .replace("{info}", tr_core("Intel", columns[info])))
        for key, radio in self.handling_buttons.items():
            radio.setText(f"{key} — {tr_core('Intel', UK_HANDLING[key])}")
        self.clear_button.setText(self.tr("Clear grade"))
        self._show_summary()

    # -- the grade ------------------------------------------------------------------------
    def _picked_cell(self) -> tuple[str, str] | None:
        return next((key for key, cell in self.cells.items() if cell.isChecked()), None)

    def _picked_handling(self) -> str:
        return next((key for key, r in self.handling_buttons.items() if r.isChecked()), "")

    def grade(self) -> Grade | None:
        """The grade picked, or None (also while a 3x5x2 grade lacks its handling code)."""
        cell = self._picked_cell()
        if cell is None:
            return None
        if self.scheme == Scheme.ADMIRALTY:
            return AdmiraltyGrade(*cell)
        handling = self._picked_handling()
        return UkGrade(cell[0], cell[1], handling) if handling else None

    def incomplete(self) -> bool:
        """A cell is picked but the grade lacks a part (the 3x5x2 handling code)."""
        return self._picked_cell() is not None and self.grade() is None

    def set_grade(self, grade: Grade | None) -> None:
        """Show `grade` in its own scheme's matrix."""
        if grade is not None:
            self.set_scheme(grade.scheme)
        self._uncheck()
        if isinstance(grade, AdmiraltyGrade):
            self.cells[(grade.source, grade.information)].setChecked(True)
        elif isinstance(grade, UkGrade):
            self.cells[(grade.source, grade.intelligence)].setChecked(True)
            self.handling_buttons[grade.handling].setChecked(True)
        self._show_summary()

    def pick(self, code: str) -> None:
        """Pick a grade as written ("B2", "1BP"), as a click on its cell would."""
        self.cells[(code[0], code[1])].click()
        if len(code) > 2:
            self.handling_buttons[code[2]].click()

    def clear(self) -> None:
        self._uncheck()
        self._picked()

    def _uncheck(self) -> None:
        for group in (self._cell_group, self._handling_group):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)

    def set_read_only(self, read_only: bool) -> None:
        for button in (*self.cells.values(), *self.handling_buttons.values()):
            button.setEnabled(not read_only)
        self.clear_button.setVisible(not read_only)

    def _picked(self) -> None:
        self.error.clear_text()
        self._show_summary()
        self.changed.emit()

    def _show_summary(self) -> None:
        grade = self.grade()
        if grade is not None:
            self.summary.setText(self.tr("Grade: <b>{code}</b> — {meaning}")
                                 .replace("{code}", grade.code)
                                 .replace("{meaning}", grade_meaning(grade)))
        elif self.incomplete():
            self.summary.setText(self.tr("Choose the handling code (P or C) to finish the "
                                         "grade."))
        else:
            self.summary.setText(self.tr("Not graded yet. A tip-off is graded before it is "
                                         "assessed."))
