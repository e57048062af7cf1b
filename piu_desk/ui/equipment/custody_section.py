"""The Custody section (custodian): who holds what today, by holder, with overdue returns
and receipts awaiting signature; issue, take back, transfer, record acceptance, report an
incident; the custody history of the selected item; the holders list as PDF."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.equipment import custody
from piu_desk.core.reports.equipment_reports import render_holders
from piu_desk.core.reports.printouts import Printout, file_name
from piu_desk.core.session import Changes
from piu_desk.core.store.custody import Custody
from piu_desk.core.text import QT_TRANSLATE_NOOP
from piu_desk.ui.equipment.custody_acceptance import AcceptanceDialog
from piu_desk.ui.equipment.custody_dialogs import IssueDialog, ReturnDialog, TransferDialog
from piu_desk.ui.equipment.custody_forms import (
    condition_text,
    fit_columns,
    holder_text,
    officer_names,
)
from piu_desk.ui.equipment.custody_tree import ALL, AWAITING, OVERDUE, HoldingsTree, is_overdue
from piu_desk.ui.equipment.incident_dialog import IncidentDialog
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.pdf_output import printout_language, render_and_save
from piu_desk.ui.records.common import (
    MUTED_STYLE,
    TITLE_STYLE,
    format_date,
    record_table,
)
from piu_desk.ui.table_models import RowsTableModel
from piu_desk.ui.tasks import Task, TaskRunner

END_KINDS = {
    "returned": QT_TRANSLATE_NOOP("CustodySection", "Returned"),
    "transferred": QT_TRANSLATE_NOOP("CustodySection", "Transferred"),
    "repair_sent": QT_TRANSLATE_NOOP("CustodySection", "Sent for repair"),
    "lost": QT_TRANSLATE_NOOP("CustodySection", "Lost"),
    "stolen": QT_TRANSLATE_NOOP("CustodySection", "Stolen"),
    "disposed": QT_TRANSLATE_NOOP("CustodySection", "Disposed of"),
}


class HistoryModel(RowsTableModel):
    """Every hand an item passed through, oldest first."""

    columns = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Holder"), self.tr("From"), self.tr("Until"), self.tr("How it ended"),
                self.tr("Condition on return"), self.tr("Accepted")]

    def set_rows(self, rows: list[Custody], names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self.names = rows, names
        self.endResetModel()

    def cell(self, item: Any, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        c: Custody = item
        ended = tr_core("CustodySection", END_KINDS[c.end_kind]) \
            if c.end_kind in END_KINDS else c.end_kind
        accepted = f"{format_date(c.accepted_at[:10])} · {c.accepted_by}" \
            if c.accepted_at else ""
        return [holder_text(c.holder, self.names), format_date(c.issued_on),
                format_date(c.ended_on) or self.tr("now"), ended,
                condition_text(c.return_condition) if c.return_condition else "",
                accepted][column]


class CustodySection(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("custodySection")
        self.desk, self.tasks = desk, tasks
        self.title = QLabel()
        self.title.setStyleSheet(TITLE_STYLE)
        self.summary = QLabel()
        self.summary.setObjectName("custodySummary")
        self.summary.setStyleSheet(MUTED_STYLE)
        self.search = QLineEdit()
        self.search.setObjectName("custodyFilter")
        self.search.setClearButtonEnabled(True)
        self.show_only = QComboBox()
        self.show_only.setObjectName("custodyShowOnly")
        for key in (ALL, AWAITING, OVERDUE):
            self.show_only.addItem("", key)
        self.tree = HoldingsTree()
        self.history_title = QLabel()
        self.history_title.setObjectName("historyTitle")
        self.history = HistoryModel(self)
        self.history_table = record_table("custodyHistory")
        self.history_table.setModel(self.history)
        fit_columns(self.history_table, 0, 5)
        self.buttons = {key: QPushButton() for key in
                        ("issue", "return", "transfer", "accept", "incident", "print")}
        for key, button in self.buttons.items():
            button.setObjectName(f"custody_{key}")
        self.dialog: QDialog | None = None
        self.names: dict[str, str] = {}
        self._connect()
        self._lay_out()
        self.retranslate()
        self.refresh(Changes.of("assets"))

    def _connect(self) -> None:
        self.search.textChanged.connect(self._filter)
        self.show_only.currentIndexChanged.connect(self._filter)
        self.tree.currentItemChanged.connect(lambda *_: self._selected())
        b = self.buttons
        b["issue"].clicked.connect(self.issue)
        b["return"].clicked.connect(self.take_back)
        b["transfer"].clicked.connect(self.transfer)
        b["accept"].clicked.connect(self.record_acceptance)
        b["incident"].clicked.connect(self.report_incident)
        b["print"].clicked.connect(self.print_holders)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.show_only, 1)
        actions = QHBoxLayout()
        for key in ("issue", "return", "transfer", "accept", "incident"):
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        actions.addWidget(self.buttons["print"])
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_title)
        lower_layout.addWidget(self.history_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Custody"))
        self.search.setPlaceholderText(self.tr("Filter by holder, tag, description or serial"))
        for row, text in enumerate((self.tr("Everything issued"),
                                    self.tr("Awaiting signature"),
                                    self.tr("Return overdue"))):
            self.show_only.setItemText(row, text)
        for key, text in (("issue", self.tr("Issue…")), ("return", self.tr("Take back…")),
                          ("transfer", self.tr("Transfer…")),
                          ("accept", self.tr("Acceptance…")),
                          ("incident", self.tr("Report loss or damage…")),
                          ("print", self.tr("Holders list as PDF…"))):
            self.buttons[key].setText(text)
        self.history.retranslate()
        self.tree.retranslate()
        self._summarise()
        self._selected()

    # -- data -----------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if not (changes.touches("assets") or changes.touches("session")):
            return
        if not self.desk.is_unlocked:
            return
        held = self.tasks.call(lambda: custody.holdings(self.desk), self)
        if held is None:
            return
        self.names = officer_names(self.desk)
        self.history.names = self.names
        self.tree.set_holdings(held, self.names, self.desk.now()[:10])
        self._summarise()
        self._selected()

    def _summarise(self) -> None:
        held = self.tree.holdings
        self.summary.setText(self.tr(
            "{items} items issued to {holders} holders · {awaiting} awaiting signature · "
            "{overdue} overdue").replace("{items}", str(len(held))).replace(
            "{holders}", str(len({h.custody.holder for h in held}))).replace(
            "{awaiting}", str(sum(not h.custody.accepted_at for h in held))).replace(
            "{overdue}", str(sum(is_overdue(h, self.tree.today) for h in held))))

    def _filter(self) -> None:
        self.tree.text_filter = self.search.text().strip()
        self.tree.show_only = str(self.show_only.currentData())
        self.tree.fill()

    def _selected(self) -> None:
        chosen = self.tree.selected_holding()
        holder = self.tree.selected_holder()
        for key in ("return", "transfer", "incident"):
            self.buttons[key].setEnabled(chosen is not None)
        self.buttons["accept"].setEnabled(bool(holder and self.tree.awaiting_of(holder)))
        if chosen is None or chosen.asset.id is None:
            self.history.set_rows([], self.names)
            self.history_title.setText(self.tr("Select an item to see its custody history."))
            return
        rows = self.tasks.call(lambda: custody.history(self.desk, chosen.asset.id or 0), self)
        self.history.set_rows(rows or [], self.names)
        self.history_title.setText(self.tr("Custody history of {tag}").replace(
            "{tag}", chosen.asset.tag))

    # -- actions --------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def issue(self) -> IssueDialog:
        dialog = IssueDialog(self.desk, self.tasks, None, self)
        dialog.accepted.connect(lambda: self._after_issue(dialog.chosen_id()))
        self._open(dialog)
        return dialog

    def _after_issue(self, asset_id: int | None) -> None:
        if asset_id is None or not self.tree.select_asset(asset_id):
            return
        self.record_acceptance()

    def take_back(self) -> ReturnDialog | None:
        h = self.tree.selected_holding()
        if h is None:
            return None
        dialog = ReturnDialog(self.desk, self.tasks, h.asset, h.custody.holder, self)
        self._open(dialog)
        return dialog

    def transfer(self) -> TransferDialog | None:
        h = self.tree.selected_holding()
        if h is None:
            return None
        dialog = TransferDialog(self.desk, self.tasks, h.asset, h.custody.holder, self)
        dialog.accepted.connect(lambda: self._after_issue(h.asset.id))
        self._open(dialog)
        return dialog

    def record_acceptance(self) -> AcceptanceDialog | None:
        holder = self.tree.selected_holder()
        waiting = self.tree.awaiting_of(holder)
        if not waiting:
            return None
        dialog = AcceptanceDialog(self.desk, self.tasks, holder, [h.asset for h in waiting],
                                  self)
        self._open(dialog)
        return dialog

    def report_incident(self) -> IncidentDialog | None:
        h = self.tree.selected_holding()
        if h is None:
            return None
        dialog = IncidentDialog(self.desk, self.tasks, h.asset, self)
        self._open(dialog)
        return dialog

    def print_holders(self) -> Task:
        desk, language = self.desk, printout_language()

        def make() -> Printout:
            day = desk.now()[:10]
            data = render_holders(custody.holdings(desk), desk.station(), tr_core, language)
            return Printout(data, f"holders-{day}", file_name("assets-by-holder", day,
                                                              language=language))
        return render_and_save(self.tasks, self, self.tr("Preparing the holders list…"),
                               make, desk=desk)

