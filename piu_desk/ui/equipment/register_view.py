"""The register page of the Equipment section: the dashboard tiles, the toolbar (find by
tag, import a handover list, labels, reports, the donor's workbook), the filters and the
table of items. A hand-held scanner types a tag and Enter into "Find by tag": the item
opens at once."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import STATUS_LABELS, AssetStatus, normal_tag
from piu_desk.core.equipment import assets
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named
from piu_desk.ui.equipment import register_reports as reports
from piu_desk.ui.equipment.labels_dialog import LabelsDialog
from piu_desk.ui.equipment.register_data import (
    RegisterData,
    RegisterRow,
    load_rows,
    load_tiles,
)
from piu_desk.ui.equipment.register_model import Column, RegisterFilter, RegisterModel
from piu_desk.ui.equipment.tiles import DashboardTiles
from piu_desk.ui.errors import show_error, tr_core
from piu_desk.ui.i18n import ENGLISH, KHMER, LANGUAGE_NAMES, Retranslating
from piu_desk.ui.pdf_output import printout_language
from piu_desk.ui.records.common import (
    MUTED_STYLE,
    RECORD_ROLE,
    TITLE_STYLE,
    in_background,
    record_table,
    today,
)
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import InlineMessage

TYPING_PAUSE_MS = 150
FIT = QHeaderView.ResizeMode.Interactive


class RegisterView(Retranslating, QWidget):
    open_item = Signal(int)  # an asset id
    import_requested = Signal()

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerView")
        self._desk, self._tasks = desk, tasks
        self.data = RegisterData()
        self.loading = False
        self._again = self._stale = False
        self.model = RegisterModel(self)
        self.tiles = DashboardTiles()
        self.title = named(QLabel(), "registerTitle")
        self.find_label = QLabel()
        self.find_box = named(QLineEdit(), "findByTag")
        self.find_box.setClearButtonEnabled(True)
        self.find_message = InlineMessage(name="findMessage")
        self.import_button = named(QPushButton(), "importHandover")
        self.labels_button = named(QPushButton(), "printLabels")
        self.reports_button = named(QToolButton(), "reportsButton")
        self.reports_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reports_menu = QMenu(self)
        self.reports_button.setMenu(self.reports_menu)
        self._build_reports_menu()
        self.xlsx_button = named(QPushButton(), "exportXlsx")
        self.status_label, self.category_label = QLabel(), QLabel()
        self.location_label, self.holder_label, self.text_label = QLabel(), QLabel(), QLabel()
        self.status_box = named(QComboBox(), "statusFilter")
        self.status_box.addItem("", None)
        for status in AssetStatus:
            self.status_box.addItem("", status)
        self.category_box = named(QComboBox(), "categoryFilter")
        self.location_box = named(QComboBox(), "locationFilter")
        self.holder_box = named(QComboBox(), "holderFilter")
        for box in (self.category_box, self.location_box, self.holder_box):
            box.addItem("", "")
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text_filter = named(QLineEdit(), "textFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.total_label = named(QLabel(), "registerTotal")
        self.total_label.setStyleSheet(MUTED_STYLE)
        self.table = record_table("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._set_up_header()
        self._connect()
        self._lay_out()
        self.retranslate()
        self.reload()

    # -- building -------------------------------------------------------------------------
    def _build_reports_menu(self) -> None:
        self.language_actions = QActionGroup(self)
        self.language_heading = self.reports_menu.addSection("")
        for code in (ENGLISH, KHMER):
            action = QAction(LANGUAGE_NAMES[code], self, checkable=True)
            action.setData(code)
            action.setChecked(code == printout_language())
            self.language_actions.addAction(action)
            self.reports_menu.addAction(action)
        self.reports_heading = self.reports_menu.addSection("")
        self.report_actions: dict[str, QAction] = {}
        for kind in reports.REPORTS:
            action = self.reports_menu.addAction("")
            action.setObjectName(f"report_{kind}")
            action.triggered.connect(lambda _on=False, k=kind: self.save_report(k))
            self.report_actions[kind] = action

    def _set_up_header(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.TAG, Qt.SortOrder.AscendingOrder)
        widths = {Column.TAG: 110, Column.CATEGORY: 120, Column.DESCRIPTION: 260,
                  Column.MAKE_MODEL: 170, Column.SERIAL: 130, Column.STATUS: 100,
                  Column.CONDITION: 80, Column.LOCATION: 160, Column.HOLDER: 90,
                  Column.VALUE_USD: 90}
        for column, width in widths.items():
            header.setSectionResizeMode(column, FIT)
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)

    def _connect(self) -> None:
        self.tiles.chosen.connect(self.show_tile)
        self.find_box.returnPressed.connect(self.find_tag)
        self.find_box.textEdited.connect(lambda _t: self.find_message.clear_text())
        self.import_button.clicked.connect(self.import_requested.emit)
        self.labels_button.clicked.connect(self.print_labels)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        for box in (self.status_box, self.category_box, self.location_box, self.holder_box):
            box.currentIndexChanged.connect(self.apply_filter)
        self.text_filter.textChanged.connect(lambda _text: self._typing.start())
        self._typing.timeout.connect(self.apply_filter)
        self.table.activated.connect(self._activated)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.model.sort)
        self.model.modelReset.connect(self._show_total)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.find_label)
        top.addWidget(self.find_box, 1)
        top.addStretch(1)
        for button in (self.import_button, self.labels_button, self.reports_button,
                       self.xlsx_button):
            top.addWidget(button)
        filters = QHBoxLayout()
        for label, box in ((self.status_label, self.status_box),
                           (self.category_label, self.category_box),
                           (self.location_label, self.location_box),
                           (self.holder_label, self.holder_box)):
            filters.addWidget(label)
            filters.addWidget(box)
            filters.addSpacing(8)
        filters.addWidget(self.text_label)
        filters.addWidget(self.text_filter, 1)
        filters.addSpacing(8)
        filters.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.find_message)
        layout.addWidget(self.tiles)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Equipment register"))
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setIndent(0)
        self.find_label.setText(self.tr("Find by tag:"))
        self.find_box.setPlaceholderText(self.tr("Scan a label or type a tag, then Enter"))
        self.import_button.setText(self.tr("Import handover list…"))
        self.labels_button.setText(self.tr("Print labels…"))
        self.labels_button.setToolTip(self.tr("QR label sheets for the selected items, or for "
                                              "every item shown"))
        self.reports_button.setText(self.tr("Reports"))
        self.language_heading.setText(self.tr("Language of the printout"))
        self.reports_heading.setText(self.tr("Save as PDF"))
        for kind, action in self.report_actions.items():
            action.setText(reports.report_title(kind) + "…")
        self.report_actions[reports.REGISTER].setToolTip(self.tr("The items shown"))
        self.xlsx_button.setText(self.tr("Export XLSX…"))
        self.xlsx_button.setToolTip(self.tr("The items shown, as a workbook for the donor"))
        self.status_label.setText(self.tr("Status:"))
        self.category_label.setText(self.tr("Category:"))
        self.location_label.setText(self.tr("Location:"))
        self.holder_label.setText(self.tr("Holder:"))
        self.text_label.setText(self.tr("Contains:"))
        self.text_filter.setPlaceholderText(self.tr("Tag, description or serial number"))
        self.status_box.setItemText(0, self.tr("Any status"))
        for index in range(1, self.status_box.count()):
            status = self.status_box.itemData(index)
            self.status_box.setItemText(index, tr_core("Equipment", STATUS_LABELS[status]))
        self.category_box.setItemText(0, self.tr("Any category"))
        self.location_box.setItemText(0, self.tr("Any location"))
        self.holder_box.setItemText(0, self.tr("Anyone"))
        self.model.retranslate()
        self._show_total()

    # -- loading --------------------------------------------------------------------------
    def today(self) -> str:
        return today(self._desk).toString(Qt.DateFormat.ISODate)

    def reload(self) -> None:
        """Read the register, then the tiles, again on the database thread; while the page
        is hidden (an item open on top), only when it shows again."""
        if not self.isVisible() and self.data.rows:
            self._stale = True
            return
        if self.loading:
            self._again = True
            return
        self.loading = True
        desk, day = self._desk, self.today()
        in_background(desk, lambda: load_rows(desk), self, self._rows_loaded)
        in_background(desk, lambda: load_tiles(desk, day), self, self._tiles_loaded)

    def _rows_loaded(self, rows: list[RegisterRow] | None,
                     error: BaseException | None) -> None:
        if error is not None or rows is None:
            self.loading = False
            show_error(self, error or RuntimeError("no register"))
            return
        self.data = RegisterData(rows, self.data.tiles)
        self.model.all_rows = rows
        self._fill_choices()
        self.apply_filter()

    def _tiles_loaded(self, tiles: dict[str, frozenset[int]] | None,
                      error: BaseException | None) -> None:
        self.loading = False
        if self._again:
            self._again = False
            self.reload()
            return
        if error is not None or tiles is None:
            return  # the rows' error, if any, was said already
        self.data = RegisterData(self.data.rows, tiles)
        self.tiles.show_counts(self.data)
        if self.tiles.current():
            self.apply_filter()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)

    def _fill_choices(self) -> None:
        for box, values in zip((self.category_box, self.location_box, self.holder_box),
                               self.model.choices(), strict=True):
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(box.findData(chosen), 0))
            box.blockSignals(False)

    def refresh(self, changes: Changes) -> None:
        if changes.touches("assets"):
            self.reload()

    # -- filters --------------------------------------------------------------------------
    def current_filter(self) -> RegisterFilter:
        tile = self.tiles.current()
        return RegisterFilter(self.status_box.currentData(), self.category_box.currentData(),
                              self.location_box.currentData(), self.holder_box.currentData(),
                              self.text_filter.text(),
                              self.data.tiles.get(tile, frozenset()) if tile else None)

    def apply_filter(self) -> None:
        self._typing.stop()
        self.model.set_filter(self.current_filter())

    def show_tile(self, key: str) -> None:
        """Only the tile's items (all items for ""); the other filters are cleared."""
        self.tiles.select(key)
        for box in (self.status_box, self.category_box, self.location_box, self.holder_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.text_filter.blockSignals(True)
        self.text_filter.clear()
        self.text_filter.blockSignals(False)
        self.apply_filter()

    def set_text_filter(self, text: str) -> None:
        self.text_filter.setText(text)
        self.apply_filter()

    def _show_total(self) -> None:
        shown, total = len(self.model.shown), len(self.model.all_rows)
        n = QLocale().toString
        self.total_label.setText(self.tr("%1 items").replace("%1", n(total)) if shown == total
                                 else self.tr("%1 of %2 items").replace("%1", n(shown))
                                 .replace("%2", n(total)))

    # -- opening items --------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        row = index.siblingAtColumn(0).data(RECORD_ROLE)
        if row is not None:
            self.open_item.emit(row.asset_id)

    def find_tag(self) -> int | None:
        """Open the item whose tag is in the box (as a scanner types it); its id, or None
        with a message when no item has that tag."""
        tag = normal_tag(self.find_box.text())
        if not tag:
            return None
        found = next((r for r in self.model.all_rows if r.asset.tag == tag), None)
        asset_id = found.asset_id if found else self._ask_store(tag)
        if asset_id is None:
            self.find_message.show_text(self.tr("No item in the register has the tag %1.")
                                        .replace("%1", tag))
            self.find_box.selectAll()
            return None
        self.find_message.clear_text()
        self.find_box.clear()
        self.open_item.emit(asset_id)
        return asset_id

    def _ask_store(self, tag: str) -> int | None:
        """An item added since the register was read is asked of the store."""
        try:
            found = assets.get_by_tag(self._desk, tag)
        except Exception as exc:  # a locked desk: said, and nothing opened
            show_error(self, exc)
            return None
        return found.id if found is not None else None

    # -- toolbar --------------------------------------------------------------------------
    def selected_rows(self) -> list[RegisterRow]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.shown[r] for r in sorted(rows) if r < len(self.model.shown)]

    def print_labels(self) -> LabelsDialog:
        dialog = LabelsDialog(self._tasks, [r.asset.tag for r in self.selected_rows()],
                              [r.asset.tag for r in self.model.shown], parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def report_language(self) -> str:
        checked = self.language_actions.checkedAction()
        return str(checked.data()) if checked is not None else ENGLISH

    def save_report(self, kind: str) -> None:
        reports.save_report(self._tasks, self, kind, [r.asset_id for r in self.model.shown],
                            self.today(), self.report_language())

    def export_xlsx(self) -> None:
        shown = self.model.shown
        reports.export_xlsx(self._tasks, self, [r.asset_id for r in shown],
                            {r.asset_id: r.holder for r in shown if r.holder}, self.today())
