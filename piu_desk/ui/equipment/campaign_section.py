"""The Verification section (custodian): the campaigns, a new one started, one opened for
scanning (campaign_page), its report as PDF; and the items due for verification — never
verified, or not in the last twelve months."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.equipment import campaigns
from piu_desk.core.session import Changes
from piu_desk.core.store.campaigns import Campaign
from piu_desk.ui.equipment.campaign_models import CampaignsModel, ItemsModel
from piu_desk.ui.equipment.campaign_page import CampaignPage
from piu_desk.ui.equipment.campaign_report import save_report
from piu_desk.ui.equipment.custody_forms import DateField, FormDialog, fit_columns
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE, TITLE_STYLE, record_table
from piu_desk.ui.tasks import Task, TaskRunner


class StartDialog(FormDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("startCampaignDialog")
        self.name = QLineEdit()
        self.name.setObjectName("campaignName")
        self.add_row("name", self.name, lambda: self.tr("Name:"))
        self.on = DateField("campaignStart", desk)
        self.add_row("on", self.on, lambda: self.tr("Starts on:"))
        self.retranslate()
        self.name.setText(self.tr("Annual verification {year}").replace(
            "{year}", str(date.fromisoformat(desk.now()[:10]).year)))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Start a verification campaign"))
        self.ok_button().setText(self.tr("Start"))

    def work(self) -> tuple[int, Changes]:
        return campaigns.start(self.desk, self.name.text(), self.on.iso())


class VerificationSection(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verificationSection")
        self.desk, self.tasks = desk, tasks
        self.stack = QStackedWidget()
        self.home = QWidget()
        self.page = CampaignPage(desk, tasks)
        self.page.back.connect(self.show_list)
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.page)
        self.title = QLabel()
        self.title.setStyleSheet(TITLE_STYLE)
        self.campaigns = CampaignsModel(self)
        self.table = record_table("campaignsTable")
        self.table.setModel(self.campaigns)
        fit_columns(self.table, 0)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.due = ItemsModel(self)
        self.due_table = record_table("verificationDue")
        self.due_table.setModel(self.due)
        fit_columns(self.due_table, 1, 2)
        self.due_title = QLabel()
        self.due_title.setObjectName("verificationDueTitle")
        self.due_title.setStyleSheet(MUTED_STYLE)
        self.buttons = {k: QPushButton() for k in ("start", "open", "report")}
        for key, button in self.buttons.items():
            button.setObjectName(f"campaign_{key}")
        self.buttons["start"].clicked.connect(self.start)
        self.buttons["open"].clicked.connect(self.open_selected)
        self.buttons["report"].clicked.connect(self.report_selected)
        self.dialog: QDialog | None = None
        self._lay_out()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.retranslate()
        self.refresh(Changes.of("assets"))

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(row)
        top_layout.addWidget(self.table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.due_title)
        bottom_layout.addWidget(self.due_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        layout = QVBoxLayout(self.home)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Verification"))
        for key, text in (("start", self.tr("Start a campaign…")),
                          ("open", self.tr("Open")),
                          ("report", self.tr("Report as PDF…"))):
            self.buttons[key].setText(text)
        self.campaigns.retranslate()
        self.due.retranslate()
        self._due_title()

    def _due_title(self) -> None:
        self.due_title.setText(self.tr(
            "Due for verification: {count} items never verified, or not in the last 12 "
            "months").replace("{count}", str(self.due.rowCount())))

    # -- data -----------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if not (changes.touches("assets") or changes.touches("session")):
            return
        if not self.desk.is_unlocked:
            return
        desk = self.desk
        loaded = self.tasks.call(lambda: (campaigns.campaigns(desk),
                                          campaigns.verification_due(desk, desk.now()[:10])),
                                 self)
        if loaded is None:
            return
        self.campaigns.set_rows(loaded[0])
        self.due.set_rows(loaded[1])
        self._due_title()
        if self.stack.currentWidget() is self.page:
            self.page.reload()

    def selected(self) -> Campaign | None:
        rows = self.table.selectionModel().selectedRows()
        return self.campaigns.campaign_at(rows[0].row()) if rows else None

    # -- actions --------------------------------------------------------------------------
    def start(self) -> StartDialog:
        dialog = StartDialog(self.desk, self.tasks, self)
        dialog.accepted.connect(lambda: self.open_campaign(dialog.result_value[0]))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_campaign(self, campaign_id: int) -> CampaignPage | None:
        found = next((self.campaigns.campaign_at(r) for r in range(self.campaigns.rowCount())
                      if (c := self.campaigns.campaign_at(r)) and c.id == campaign_id), None)
        if found is None:
            return None
        self.stack.setCurrentWidget(self.page)
        self.page.open_campaign(found)
        return self.page

    def open_selected(self) -> CampaignPage | None:
        chosen = self.selected()
        return self.open_campaign(chosen.id) if chosen else None

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.home)

    def report_selected(self) -> Task | None:
        chosen = self.selected()
        return save_report(self.tasks, self, self.desk, chosen.id) if chosen else None
