"""The pages of the watchlist import: choosing the file, the preview of every row (with
where the entries come from and the name the import is recorded under), and the summary."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.domain.watchlist import Origin
from piu_desk.ui.admin.common import named
from piu_desk.ui.crew_import.pages import (
    ERROR_STYLE,
    OK_STYLE,
    heading,
    lay_out_start,
    text_label,
)
from piu_desk.ui.crew_import.preview_page import INFO_STYLE
from piu_desk.ui.crew_import.texts import rendered
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.watchlist_import_rows import (
    Column,
    ImportRowsModel,
    ReadSheet,
    Status,
)
from piu_desk.ui.intel.watchlist_texts import origin_text

FILTERS = (None, Status.PROBLEM, Status.VALID)
WIDEST = {Column.ENTRY: 260, Column.REASONS: 380}
SHEET_COLUMN_WIDTH = 200


class WatchlistStartPage(Retranslating, QWidget):
    """Step 1: what the file must hold, the button, and why the last file was refused."""

    choose = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading("startHeading")
        self.intro = text_label("startIntro")
        self.choose_button = named(QPushButton(), "chooseFile")
        self.choose_button.clicked.connect(self.choose)
        self.error = text_label("fileError", ERROR_STYLE)
        self.error.hide()
        lay_out_start(self, (self.heading, self.intro), self.choose_button, self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Import a watchlist"))
        self.intro.setText(self.tr(
            "Choose the list as an Excel workbook (.xlsx) or a CSV file. Its first table "
            "row names the columns; it needs at least 'type' (person or vessel) and "
            "'names' (aliases and former names separated by ;). Other columns: dob, "
            "nationality, documents, IMO, MMSI, call sign, flag, reason, issuer, issued, "
            "expires, handling. You will see every row and what was found in it before "
            "anything is saved."))
        self.choose_button.setText(self.tr("Choose the file…"))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class WatchlistPreviewPage(Retranslating, QWidget):
    other_file = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPage")
        self.sheet: ReadSheet | None = None
        self.file_label = text_label("fileName")
        self.other_file_button = named(QPushButton(), "otherFile")
        self.other_file_button.setAutoDefault(False)
        self.other_file_button.clicked.connect(self.other_file)
        self.from_hq = named(QRadioButton(), "fromHq")
        self.from_desk = named(QRadioButton(), "fromDesk")
        self.origins = QButtonGroup(self)
        for radio in (self.from_hq, self.from_desk):
            self.origins.addButton(radio)
        self.from_hq.setChecked(True)
        self.source = named(QLineEdit(), "sourceName")
        self.source.setMaxLength(120)
        self.origin_label, self.source_label = QLabel(), QLabel()
        self.notes = text_label("sheetNotes", INFO_STYLE)
        self.counts = named(QLabel(), "counts")
        self.counts.setStyleSheet("font-weight: bold;")
        self.filters = QButtonGroup(self)
        self.filter_buttons = [QPushButton() for _ in FILTERS]
        self.model = ImportRowsModel(self)
        self.table = self._table()
        self.details = text_label("rowDetails")
        self._lay_out()
        self.filters.idClicked.connect(lambda i: self.set_filter(FILTERS[i]))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.retranslate()

    def _table(self) -> QTableView:
        table = named(QTableView(), "rowsTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.other_file_button)
        origins = QHBoxLayout()
        origins.addWidget(self.from_hq)
        origins.addWidget(self.from_desk)
        origins.addStretch(1)
        form = QFormLayout()
        form.addRow(self.origin_label, origins)
        form.addRow(self.source_label, self.source)
        filters = QHBoxLayout()
        filters.addWidget(self.counts, 1)
        for i, button in enumerate(self.filter_buttons):
            button.setObjectName(f"filter_{FILTERS[i] or 'all'}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.filters.addButton(button, i)
            filters.addWidget(button)
        self.filter_buttons[0].setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)

    def retranslate(self) -> None:
        self.other_file_button.setText(self.tr("Choose another file…"))
        self.origin_label.setText(self.tr("The entries come from:"))
        self.from_hq.setText(origin_text(Origin.HQ))
        self.from_desk.setText(self.tr("This desk (local entries)"))
        self.source_label.setText(self.tr("Name of the list:"))
        self.source.setPlaceholderText(self.tr("As the audit trail will name this import, "
                                               "e.g. HQ circular 14/2026"))
        self.model.retranslate()
        self._show_sheet_texts()
        self._selected()

    def origin(self) -> Origin:
        return Origin.HQ if self.from_hq.isChecked() else Origin.LOCAL

    def show_sheet(self, sheet: ReadSheet) -> None:
        self.sheet = sheet
        self.source.setText(sheet.path.name)
        self.filter_buttons[0].setChecked(True)
        self.model.only = None
        self.model.show_sheet(sheet)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            widest = WIDEST.get(Column(col), 0) if col < len(Column) else SHEET_COLUMN_WIDTH
            if widest and header.sectionSize(col) > widest:
                header.resizeSection(col, widest)
        self._show_sheet_texts()
        self._selected()

    def set_filter(self, only: Status | None) -> None:
        self.filter_buttons[FILTERS.index(only)].setChecked(True)
        self.model.set_filter(only)
        self._selected()

    def _show_sheet_texts(self) -> None:
        s = self.sheet
        if s is None:
            return
        self.file_label.setText(self.tr("File: {name}").replace("{name}", s.path.name))
        notes = rendered(s.report.notes)
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        valid, problems = s.count(Status.VALID), s.count(Status.PROBLEM)
        self.counts.setText(self.tr("{valid} valid, {problems} with problems").replace(
            "{valid}", str(valid)).replace("{problems}", str(problems)))
        texts = (self.tr("All ({count})"), self.tr("Problems ({count})"),
                 self.tr("Valid ({count})"))
        for button, text, count in zip(self.filter_buttons, texts,
                                       (len(s.rows), problems, valid), strict=True):
            button.setText(text.replace("{count}", str(count)))

    def _selected(self, *_args: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            self.details.setText(self.tr("Select a row to read all that was found in it."))
            self.details.setStyleSheet("color: #5f6368;")
            return
        if row.status == Status.VALID:
            lines = [self.tr("Sheet row {row} is valid.").replace("{row}", str(row.sheet_row))]
        else:
            lines = [self.tr("Sheet row {row} will not be imported:").replace(
                "{row}", str(row.sheet_row))]
            lines += ["• " + text for text in row.reasons()]
        self.details.setText("\n".join(lines))
        self.details.setStyleSheet("")


class WatchlistDonePage(Retranslating, QWidget):
    """After the import: how many entries, from which list, and what was left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading("doneHeading")
        self.summary = text_label("summary", OK_STYLE)
        self.details = text_label("doneDetails")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(14)
        for widget in (self.heading, self.summary, self.details):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Watchlist imported"))

    def show_result(self, summary: str, details: list[str]) -> None:
        self.summary.setText(summary)
        self.details.setText("\n\n".join(details))
        self.details.setVisible(bool(details))
