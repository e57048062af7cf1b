"""The Tip-offs section: every tip-off, newest received first, with its grade (in its own
scheme), handling code, status and subjects; filtered by status, read a page at a time;
"New tip-off…" logs one and a double click opens one. The sidebar says how many are new
(waiting to be graded and assessed): "Tip-offs (3)"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
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
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.tipoff import Status
from piu_desk.core.errors import DeskError
from piu_desk.core.records import tipoffs
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.grading_scheme import GradingSchemeDialog
from piu_desk.ui.intel.tipoffs_dialog import TipOffDialog
from piu_desk.ui.intel.tipoffs_form import officer_names
from piu_desk.ui.intel.tipoffs_model import STATION, Column, TipOffsModel
from piu_desk.ui.intel.tipoffs_texts import scheme_name, status_text
from piu_desk.ui.records.common import MUTED_STYLE, RECORD_ROLE, TITLE_STYLE, can_edit, record_table
from piu_desk.ui.station_filter import StationFilter
from piu_desk.ui.tasks import TaskRunner

SECTION_TITLE = "Tip-offs"  # marked in context "Sections" in piu_desk/ui/sections.py
FIT = QHeaderView.ResizeMode.ResizeToContents


class TipOffsSection(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tipoffsSection")
        self._desk, self._tasks = desk, tasks
        self.new_count = 0
        self.model = TipOffsModel(desk, self)
        self.model.names = dict(officer_names(desk))
        self.title = named(QLabel(), "tipoffsTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setIndent(0)
        self.new_button = named(QPushButton(), "newTipoff")
        self.new_button.setVisible(can_edit(desk))
        self.scheme_button = named(QPushButton(), "gradingScheme")
        session = desk.session
        self.scheme_button.setVisible(session is not None and session.has(Role.ADMIN))
        self.scheme_note = named(QLabel(), "schemeNote")
        self.scheme_note.setStyleSheet(MUTED_STYLE)
        self.status_label = QLabel()
        self.status_filter = named(QComboBox(), "statusFilter")
        self.status_filter.addItem("", None)
        for s in Status:
            self.status_filter.addItem("", s)
        self.station_filter = StationFilter(desk, "tipoffsStation")
        self.model.station_label = self.station_filter.label_of
        self.model.here = self.station_filter.here
        self.total_label = named(QLabel(), "tipoffsTotal")
        self.total_label.setStyleSheet(MUTED_STYLE)
        self.table = record_table("tipoffsTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in Column:
            header.setSectionResizeMode(column, FIT)
        header.setSectionResizeMode(Column.SUBJECTS, QHeaderView.ResizeMode.Stretch)
        self.station_filter.fit(self.table, STATION)
        self._lay_out()
        self.new_button.clicked.connect(self.new_tipoff)
        self.scheme_button.clicked.connect(self.choose_scheme)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.station_filter.changed.connect(self.model.set_origin)
        self.table.activated.connect(self._activated)
        self.model.modelReset.connect(self._show_total)
        self.retranslate()
        self.apply_filter()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.scheme_note)
        top.addWidget(self.scheme_button)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_filter)
        filters.addSpacing(16)
        filters.addWidget(self.station_filter)
        filters.addSpacing(16)
        filters.addWidget(self.total_label)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Tip-offs"))
        self.new_button.setText(self.tr("New tip-off…"))
        self.new_button.setToolTip(self.tr("Log a tip-off (Ctrl+N)"))
        self.new_button.setShortcut("Ctrl+N")
        self.scheme_button.setText(self.tr("Grading scheme…"))
        self.status_label.setText(self.tr("Status:"))
        self.status_filter.setItemText(0, self.tr("Any status"))
        for row in range(1, self.status_filter.count()):
            self.status_filter.setItemText(row, status_text(self.status_filter.itemData(row)))
        self.model.retranslate()
        self._show_scheme()
        self._show_total()

    def _show_scheme(self) -> None:
        try:
            scheme = tipoffs.grading_scheme(self._desk)
        except DeskError:
            self.scheme_note.clear()
            return
        self.scheme_note.setText(self.tr("Graded in: {scheme}").replace(
            "{scheme}", scheme_name(scheme)))

    def apply_filter(self) -> None:
        status = self.status_filter.currentData()
        self.model.origin = self.station_filter.station()
        self.model.set_status(None if status is None else Status(status))

    def set_status(self, status: Status | None) -> None:
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))

    def _show_total(self) -> None:
        self.total_label.setText(self.tr("Tip-offs: {n}").replace(
            "{n}", QLocale().toString(self.model.total)))
        try:
            self.new_count = tipoffs.count(self._desk, Status.NEW)
        except DeskError:
            self.new_count = 0

    def sidebar_title(self) -> str:
        """"Tip-offs (3)" while some are new, "Tip-offs" when none are."""
        title = QCoreApplication.translate("Sections", SECTION_TITLE)
        if not self.new_count:
            return title
        return self.tr("{title} ({n})").replace("{title}", title).replace(
            "{n}", QLocale().toString(self.new_count))

    def refresh(self, changes: Changes) -> None:
        if changes.touches("session") and not self._desk.is_unlocked:
            return
        if any(changes.touches(t) for t in ("tipoffs", "vessels", "persons", "port_calls")):
            self.station_filter.reload()
            self.model.reload()
        if changes.touches("settings"):
            self._show_scheme()

    # -- opening ----------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        t = index.siblingAtColumn(0).data(RECORD_ROLE)
        if t is not None and t.id is not None:
            self.open_tipoff(t.id)

    def open_tipoff(self, tipoff_id: int) -> TipOffDialog | None:
        found = self._tasks.call(lambda: tipoffs.get(self._desk, tipoff_id), self)
        if found is None:
            return None
        return self._open(TipOffDialog(self._desk, self._tasks, found, self))

    def new_tipoff(self) -> TipOffDialog:
        return self._open(TipOffDialog(self._desk, self._tasks, None, self))

    def _open(self, dialog: TipOffDialog) -> TipOffDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.select)
        dialog.open()
        return dialog

    def select(self, tipoff_id: int) -> None:
        row = self.model.row_of(tipoff_id)
        if row >= 0:
            self.table.selectRow(row)

    def choose_scheme(self) -> GradingSchemeDialog:
        dialog = GradingSchemeDialog(self._desk, self._tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
