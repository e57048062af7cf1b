"""The preview, on one screen: the file and sheet, the ship particulars and where the list
goes, then every row below the column titles with the column mapping above them."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.imports.crew_sheet import Field, Layout, RowReport, SheetPreview
from piu_desk.core.text import Message
from piu_desk.ui.crew_import.mapping_header import MappingHeader
from piu_desk.ui.crew_import.match_panel import Match, MatchPanel
from piu_desk.ui.crew_import.particulars_panel import ParticularsPanel
from piu_desk.ui.crew_import.rows_model import (
    FIRST_SHEET_COLUMN,
    Column,
    RowsModel,
    Status,
)
from piu_desk.ui.crew_import.texts import rendered
from piu_desk.ui.i18n import Retranslating

INFO_STYLE = ("QLabel { background: #e8f0fe; border: 1px solid #8ab4f8; color: #174ea6; "
              "border-radius: 4px; padding: 6px; }")
REASONS_WIDTH = 340
SHEET_COLUMN_WIDTH = 220
TOP_SHARE = 0.55  # at most this much of the height goes to the particulars
FILTERS = (None, Status.PROBLEM, Status.VALID, Status.SKIPPED)


def _rows_table(model: RowsModel, header: MappingHeader) -> QTableView:
    table = QTableView()
    table.setObjectName("rowsTable")
    table.setHorizontalHeader(header)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.verticalHeader().hide()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalScrollBar().valueChanged.connect(header.place)
    return table


class PreviewPage(Retranslating, QWidget):
    mapped = Signal(int, object)  # a sheet column, and the field it holds now (None: not)
    sheet_chosen = Signal(str)
    other_file = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPage")
        self.preview: SheetPreview | None = None
        self.report: RowReport | None = None
        self._notes: tuple[Message, ...] = ()  # about the file and the mapping
        self.file_label = QLabel()
        self.file_label.setObjectName("fileName")
        self.file_label.setWordWrap(True)
        self.sheet_label = QLabel()
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheetChoice")
        self.sheet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.other_file_button = QPushButton()
        self.other_file_button.setObjectName("otherFile")
        self.particulars = ParticularsPanel()
        self.match = MatchPanel()
        self.notes = QLabel()
        self.notes.setObjectName("sheetNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(INFO_STYLE)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setStyleSheet("font-weight: bold;")
        self.filters = QButtonGroup(self)
        self.filter_buttons = [QPushButton() for _ in FILTERS]
        self.model = RowsModel(self)
        self.header = MappingHeader(FIRST_SHEET_COLUMN)
        self.table = _rows_table(self.model, self.header)
        self.details = QLabel()
        self.details.setObjectName("rowDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out()
        self.other_file_button.setAutoDefault(False)
        self.other_file_button.clicked.connect(self.other_file)
        self.sheet.activated.connect(lambda i: self.sheet_chosen.emit(self.sheet.itemText(i)))
        self.header.mapped.connect(self.mapped)
        self.filters.idClicked.connect(lambda i: self.set_filter(FILTERS[i]))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.retranslate()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet)
        top.addWidget(self.other_file_button)
        self.panels = panels = QWidget()
        row = QHBoxLayout(panels)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.particulars, 3)
        row.addWidget(self.match, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(panels)
        filters = QHBoxLayout()
        filters.addWidget(self.counts, 1)
        for i, button in enumerate(self.filter_buttons):
            button.setObjectName(f"filter_{(FILTERS[i] or 'all')}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.filters.addButton(button, i)
            filters.addWidget(button)
        self.filter_buttons[0].setChecked(True)
        rows = QWidget()
        below = QVBoxLayout(rows)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.notes)
        below.addLayout(filters)
        below.addWidget(self.table, 1)
        below.addWidget(self.details)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(rows)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def retranslate(self) -> None:
        self.sheet_label.setText(self.tr("Sheet:"))
        self.other_file_button.setText(self.tr("Choose another file…"))
        self.header.set_texts(self.tr("— not imported —"), self.tr("Imported as:"), {
            "low": self.tr("Guessed from the column title, but not for certain: check it."),
            "sure": self.tr("Guessed from the column title."),
            "changed": self.tr("Chosen by you."),
            "none": self.tr("This column is not imported."),
        })
        self.model.retranslate()
        self._show_notes()
        self._show_file()
        self._show_counts()
        self._selected()

    # -- what is shown --------------------------------------------------------------------
    def show_preview(self, preview: SheetPreview) -> None:
        """A newly read sheet: its particulars, its sheets, one combo box per column."""
        self.preview = preview
        self.particulars.show_particulars(preview.particulars)
        self.sheet.clear()
        self.sheet.addItems(list(preview.sheets))
        self.sheet.setCurrentText(preview.sheet_name)
        several = len(preview.sheets) > 1
        self.sheet_label.setVisible(several)
        self.sheet.setVisible(several)
        self.header.set_columns(len(preview.columns))
        self.filter_buttons[0].setChecked(True)
        self.model.set_filter(None)
        self._show_file()

    def show_report(self, report: RowReport, mapping: Mapping[Field, int | None],
                    confidence: Mapping[Field, float], changed: set[int]) -> None:
        """The rows checked through the mapping now chosen."""
        assert self.preview is not None
        first_show = self.report is None or not self.model.rows
        self.report = report
        used = frozenset(c for c in mapping.values() if c is not None)
        self.model.show_report(self.preview, report, used)
        self.header.show_mapping(mapping, confidence, changed)
        if first_show:
            self._fit_columns()
        self._notes = self.preview.notes + report.notes
        self._show_notes()
        self._show_file()
        self._show_counts()
        self._selected()

    def show_match(self, match: Match) -> None:
        self.match.show_match(match)

    def set_filter(self, only: Status | None) -> None:
        self.filter_buttons[FILTERS.index(only)].setChecked(True)
        self.model.set_filter(only)
        self._selected()

    def _show_notes(self) -> None:
        notes = rendered(self._notes)
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _fit_columns(self) -> None:
        """Columns as wide as their text, but no wider than a long name needs (a footer
        written across merged cells would make its first column as wide as a page)."""
        self.table.resizeColumnsToContents()
        for col in range(Column.REASONS, self.model.columnCount()):
            widest = REASONS_WIDTH if col == Column.REASONS else SHEET_COLUMN_WIDTH
            if self.header.sectionSize(col) > widest:
                self.header.resizeSection(col, widest)
        self.header.place()

    def fit_panels(self) -> None:
        """Room for the particulars without scrolling while the rows keep most of theirs."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        need = self.panels.sizeHint().height() + 2
        top = min(need, int(total * TOP_SHARE))
        self.splitter.setSizes([top, total - top])

    def _show_file(self) -> None:
        p = self.preview
        if p is None:
            self.file_label.clear()
            return
        layout = {Layout.CURRENT: self.tr("current FAL Form 5 layout"),
                  Layout.OLDER: self.tr("older FAL Form 5 layout (combined columns)"),
                  Layout.MIXED: self.tr("columns of both FAL Form 5 layouts")}
        shown = self.report.layout if self.report is not None else p.layout
        name = p.path.replace("\\", "/").rsplit("/", 1)[-1]
        self.file_label.setText(self.tr("%1 · column titles on sheet row %2 · %3").replace(
            "%1", name).replace("%2", str(p.header_row)).replace("%3", layout[shown]))

    def _show_counts(self) -> None:
        m = self.model
        valid, problems, skipped = (m.count(s) for s in (Status.VALID, Status.PROBLEM,
                                                         Status.SKIPPED))
        self.counts.setText(self.tr("%1 valid, %2 with problems, %3 skipped").replace(
            "%1", str(valid)).replace("%2", str(problems)).replace("%3", str(skipped))
            if self.report is not None else "")
        texts = (self.tr("All (%1)"), self.tr("Problems (%1)"), self.tr("Valid (%1)"),
                 self.tr("Skipped (%1)"))
        for button, text, count in zip(self.filter_buttons, texts,
                                       (len(m.rows), problems, valid, skipped), strict=True):
            button.setText(text.replace("%1", str(count)))

    def _selected(self, *_args: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            self.details.setText(self.tr("Select a row to read all that was found in it."))
            self.details.setStyleSheet("color: #5f6368;")
            return
        heading = {Status.VALID: self.tr("Sheet row %1 is valid."),
                   Status.PROBLEM: self.tr("Sheet row %1 will not be imported:"),
                   Status.SKIPPED: self.tr("Sheet row %1 is skipped:")}[row.status]
        if row.status == Status.VALID and row.warnings:
            heading = self.tr("Sheet row %1 is valid; check:")
        lines = [heading.replace("%1", str(row.sheet_row))]
        lines += ["• " + text for text in row.reasons()]
        self.details.setText("\n".join(lines))
        self.details.setStyleSheet("")
