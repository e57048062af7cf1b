"""The Maintenance section (custodian): what is due and overdue with "record done" and the
due list as PDF; the schedules, with a new one planned; the repairs, with an item sent and
brought back. An item under repair cannot be issued (the core refuses it)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import AssetStatus
from piu_desk.core.equipment import assets, maintenance
from piu_desk.core.reports.equipment_reports import render_maintenance_due
from piu_desk.core.reports.printouts import Printout, file_name
from piu_desk.core.session import Changes
from piu_desk.ui.equipment.custody_forms import fit_columns
from piu_desk.ui.equipment.maintenance_dialogs import (
    RecordDoneDialog,
    RepairReturnDialog,
    RepairSendDialog,
    ScheduleDialog,
)
from piu_desk.ui.equipment.maintenance_models import DueModel, RepairsModel, SchedulesModel
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.pdf_output import printout_language, render_and_save
from piu_desk.ui.records.common import MUTED_STYLE, TITLE_STYLE, record_table
from piu_desk.ui.tasks import Task, TaskRunner


def _page(table: QTableView, *buttons: QPushButton, note: QLabel | None = None) -> QWidget:
    page = QWidget()
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(page)
    if note is not None:
        layout.addWidget(note)
    layout.addLayout(row)
    layout.addWidget(table, 1)
    return page


class MaintenanceSection(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("maintenanceSection")
        self.desk, self.tasks = desk, tasks
        self.title = QLabel()
        self.title.setStyleSheet(TITLE_STYLE)
        self.summary = QLabel()
        self.summary.setObjectName("maintenanceSummary")
        self.summary.setStyleSheet(MUTED_STYLE)
        self.due = DueModel(self)
        self.schedules = SchedulesModel(self)
        self.repairs = RepairsModel(self)
        self.due_table = self._table("dueTable", self.due, 1, 2)
        self.schedules_table = self._table("schedulesTable", self.schedules, 0)
        self.repairs_table = self._table("repairsTable", self.repairs, 1, 4)
        self.buttons = {key: QPushButton() for key in
                        ("done", "print", "plan", "send", "back")}
        for key, button in self.buttons.items():
            button.setObjectName(f"maintenance_{key}")
        b = self.buttons
        self.tabs = QTabWidget()
        self.tabs.setObjectName("maintenanceTabs")
        self.tabs.addTab(_page(self.due_table, b["done"], b["print"]), "")
        self.tabs.addTab(_page(self.schedules_table, b["plan"]), "")
        self.tabs.addTab(_page(self.repairs_table, b["send"], b["back"]), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.dialog: QDialog | None = None
        b["done"].clicked.connect(self.record_done)
        b["print"].clicked.connect(self.print_due)
        b["plan"].clicked.connect(self.plan)
        b["send"].clicked.connect(self.send_for_repair)
        b["back"].clicked.connect(self.repair_back)
        self.due_table.doubleClicked.connect(lambda _i: self.record_done())
        for table in (self.due_table, self.repairs_table):
            table.selectionModel().selectionChanged.connect(self._enable)
        self.retranslate()
        self.refresh(Changes.of("assets"))

    def _table(self, name: str, model: DueModel | SchedulesModel | RepairsModel,
               *stretch: int) -> QTableView:
        table = record_table(name)
        table.setModel(model)
        fit_columns(table, *stretch)
        return table

    def retranslate(self) -> None:
        self.title.setText(self.tr("Maintenance"))
        for index, text in enumerate((self.tr("Due and overdue"), self.tr("Schedules"),
                                      self.tr("Repairs"))):
            self.tabs.setTabText(index, text)
        for key, text in (("done", self.tr("Record done…")),
                          ("print", self.tr("Due list as PDF…")),
                          ("plan", self.tr("Plan maintenance…")),
                          ("send", self.tr("Send for repair…")),
                          ("back", self.tr("Back from repair…"))):
            self.buttons[key].setText(text)
        for model in (self.due, self.schedules, self.repairs):
            model.retranslate()
        self._summarise()

    # -- data -----------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if not (changes.touches("assets") or changes.touches("session")):
            return
        if not self.desk.is_unlocked:
            return
        desk, today = self.desk, self.desk.now()[:10]
        loaded = self.tasks.call(lambda: (maintenance.due_list(desk, today),
                                          maintenance.schedules(desk),
                                          maintenance.repairs(desk),
                                          assets.register(desk)), self)
        if loaded is None:
            return
        due, schedules, repairs, items = loaded
        by_id = {a.id or 0: a for a in items}
        self.due.set_rows(due)
        self.schedules.set_rows(schedules, {k: a.tag for k, a in by_id.items()})
        self.repairs.set_rows(repairs, by_id)
        self._summarise()
        self._enable()

    def _summarise(self) -> None:
        rows = [self.due.item_at(r) for r in range(self.due.rowCount())]
        overdue = sum(1 for d in rows if d is not None and d.overdue)
        away = sum(1 for r in range(self.repairs.rowCount())
                   if (x := self.repairs.repair_at(r)) is not None and not x.returned_on)
        self.summary.setText(self.tr(
            "{overdue} overdue · {soon} due in the next 30 days · {away} at the repairer")
            .replace("{overdue}", str(overdue)).replace("{soon}", str(len(rows) - overdue))
            .replace("{away}", str(away)))

    def _row(self, table: QTableView) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _enable(self) -> None:
        self.buttons["done"].setEnabled(self.due.item_at(self._row(self.due_table)) is not None)
        repair = self.repairs.repair_at(self._row(self.repairs_table))
        self.buttons["back"].setEnabled(repair is not None and not repair.returned_on)

    def select(self, table: QTableView, row: int) -> None:
        table.selectRow(row)
        table.setCurrentIndex(table.model().index(row, 0, QModelIndex()))

    # -- actions --------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def record_done(self) -> RecordDoneDialog | None:
        due = self.due.item_at(self._row(self.due_table))
        if due is None:
            return None
        dialog = RecordDoneDialog(self.desk, self.tasks, due, self)
        self._open(dialog)
        return dialog

    def plan(self) -> ScheduleDialog:
        dialog = ScheduleDialog(self.desk, self.tasks, self)
        self._open(dialog)
        return dialog

    def send_for_repair(self) -> RepairSendDialog:
        dialog = RepairSendDialog(self.desk, self.tasks, None, self)
        self._open(dialog)
        return dialog

    def repair_back(self) -> RepairReturnDialog | None:
        repair = self.repairs.repair_at(self._row(self.repairs_table))
        item = self.repairs.items.get(repair.asset_id) if repair else None
        if item is None or item.status != AssetStatus.UNDER_REPAIR:
            return None
        dialog = RepairReturnDialog(self.desk, self.tasks, item, self)
        self._open(dialog)
        return dialog

    def print_due(self) -> Task:
        desk, language = self.desk, printout_language()

        def make() -> Printout:
            day = desk.now()[:10]
            data = render_maintenance_due(maintenance.due_list(desk, day), day,
                                          desk.station(), tr_core, language)
            return Printout(data, f"maintenance-due-{day}",
                            file_name("maintenance-due", day, language=language))
        return render_and_save(self.tasks, self, self.tr("Preparing the due list…"), make,
                               desk=desk)
