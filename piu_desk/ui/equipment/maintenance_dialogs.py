"""Maintenance dialogs: plan a schedule (one item or a category; every N months or once on a
date), record a task done, send an item for repair, and record it back with cost and
condition."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import Asset, AssetStatus, parse_usd
from piu_desk.core.equipment import assets, maintenance
from piu_desk.core.equipment.maintenance import OUT_OF_SERVICE, DueItem
from piu_desk.core.session import Changes
from piu_desk.ui.equipment.custody_dialogs import ItemPicker
from piu_desk.ui.equipment.custody_forms import (
    ConditionBox,
    DateField,
    FormDialog,
    Refused,
    item_text,
)
from piu_desk.ui.tasks import TaskRunner


def _pair(first: QWidget, second: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first)
    layout.addWidget(second, 1)
    return box


class ScheduleDialog(FormDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("scheduleDialog")
        live = [a for a in assets.register(desk) if a.status not in OUT_OF_SERVICE]
        self.task = QLineEdit()
        self.task.setObjectName("scheduleTask")
        self.add_row("task", self.task, lambda: self.tr("Task:"))
        self.one_item, self.per_category = QRadioButton(), QRadioButton()
        self.one_item.setObjectName("forOneItem")
        self.per_category.setObjectName("forCategory")
        self.item = ItemPicker(live)
        self.category = QComboBox()
        self.category.setObjectName("scheduleCategory")
        self.category.addItems(sorted({a.category for a in live}))
        self.add_row("asset", _pair(self.one_item, self.item), lambda: self.tr("For:"))
        self.add_row("category", _pair(self.per_category, self.category), lambda: "")
        self.every, self.once = QRadioButton(), QRadioButton()
        self.every.setObjectName("everyMonths")
        self.once.setObjectName("onceOn")
        self.months = QSpinBox()
        self.months.setObjectName("months")
        self.months.setRange(1, 120)
        self.months.setValue(6)
        self.due_on = DateField("dueOn", desk)
        self.add_row("every_months", _pair(self.every, self.months), lambda: self.tr("When:"))
        self.add_row("due_on", _pair(self.once, self.due_on), lambda: "")
        self.starts = DateField("startsOn", desk)
        self.add_row("starts_on", self.starts, lambda: self.tr("Counted from:"))
        for a, b in ((self.one_item, self.per_category), (self.every, self.once)):
            group = QButtonGroup(self)
            group.addButton(a)
            group.addButton(b)
            a.setChecked(True)
        for button in (self.one_item, self.every):
            button.toggled.connect(self._enable)
        self._enable()
        self.retranslate()

    def _enable(self) -> None:
        self.item.setEnabled(self.one_item.isChecked())
        self.category.setEnabled(self.per_category.isChecked())
        self.months.setEnabled(self.every.isChecked())
        self.due_on.setEnabled(self.once.isChecked())

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Plan maintenance"))
        self.task.setPlaceholderText(self.tr("e.g. Battery capacity test"))
        self.one_item.setText(self.tr("One item"))
        self.per_category.setText(self.tr("Every item of"))
        self.every.setText(self.tr("Every (months)"))
        self.once.setText(self.tr("Once, on"))
        self.ok_button().setText(self.tr("Plan"))

    def work(self) -> tuple[int, Changes]:
        asset_id = None
        if self.one_item.isChecked():
            asset_id = self.item.asset_id()
            if asset_id is None:
                raise Refused("asset", self.tr("Pick the item from the list."))
        return maintenance.add_schedule(
            self.desk, self.task.text(), self.starts.iso(), asset_id=asset_id,
            category="" if asset_id is not None else self.category.currentText(),
            every_months=self.months.value() if self.every.isChecked() else None,
            due_on="" if self.every.isChecked() else self.due_on.iso())


class RecordDoneDialog(FormDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, due: DueItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("recordDoneDialog")
        self.due = due
        self.on = DateField("doneOn", desk)
        self.add_row("on", self.on, lambda: self.tr("Done on:"))
        self.note = QLineEdit()
        self.note.setObjectName("doneNote")
        self.add_row("note", self.note, lambda: self.tr("Note:"))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Maintenance done"))
        self.show_heading(f"{item_text(self.due.asset)}\n{self.due.schedule.task}")
        self.note.setPlaceholderText(self.tr("What was found or replaced (optional)"))
        self.ok_button().setText(self.tr("Record"))

    def work(self) -> Changes:
        assert self.due.asset.id is not None
        return maintenance.record_done(self.desk, self.due.schedule.id, self.due.asset.id,
                                       self.on.iso(), self.note.text())


class RepairSendDialog(FormDialog):
    """Send `asset`, or one picked among the items in store or issued."""

    def __init__(self, desk: Desk, tasks: TaskRunner, asset: Asset | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("repairSendDialog")
        self.asset = asset
        self.item = ItemPicker([a for a in assets.register(desk) if a.status in
                                (AssetStatus.IN_STORE, AssetStatus.ISSUED)] if not asset else [])
        if asset is not None:
            self.show_heading(item_text(asset))
        else:
            self.add_row("status", self.item, lambda: self.tr("Item:"))
        self.sent = DateField("sentOn", desk)
        self.add_row("sent_on", self.sent, lambda: self.tr("Sent on:"))
        self.vendor = QLineEdit()
        self.vendor.setObjectName("vendor")
        self.add_row("vendor", self.vendor, lambda: self.tr("Repairer:"))
        self.fault = QLineEdit()
        self.fault.setObjectName("fault")
        self.add_row("fault", self.fault, lambda: self.tr("Fault:"))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Send for repair"))
        self.ok_button().setText(self.tr("Send"))

    def chosen_id(self) -> int | None:
        return self.asset.id if self.asset else self.item.asset_id()

    def work(self) -> tuple[int, Changes]:
        chosen = self.chosen_id()
        if chosen is None:
            raise Refused("status", self.tr("Pick the item from the list."))
        if not self.vendor.text().strip():
            raise Refused("vendor", self.tr("Name the repairer."))
        return maintenance.send_for_repair(self.desk, chosen, self.sent.iso(),
                                           self.vendor.text(), self.fault.text())


class RepairReturnDialog(FormDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, asset: Asset,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("repairReturnDialog")
        self.asset = asset
        self.returned = DateField("returnedOn", desk)
        self.add_row("returned_on", self.returned, lambda: self.tr("Back on:"))
        self.condition = ConditionBox("repairCondition", asset.condition)
        self.add_row("condition", self.condition, lambda: self.tr("Condition:"))
        self.cost_usd = QLineEdit()
        self.cost_usd.setObjectName("costUsd")
        self.add_row("cost_usd", self.cost_usd, lambda: self.tr("Cost (USD):"))
        self.cost_khr = QLineEdit()
        self.cost_khr.setObjectName("costKhr")
        self.add_row("cost_khr", self.cost_khr, lambda: self.tr("Cost (KHR):"))
        self.outcome = QLineEdit()
        self.outcome.setObjectName("repairOutcome")
        self.add_row("outcome", self.outcome, lambda: self.tr("What was done:"))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Back from repair"))
        self.show_heading(item_text(self.asset))
        self.condition.retranslate()
        self.cost_usd.setPlaceholderText(self.tr("e.g. 85.50"))
        self.cost_khr.setPlaceholderText(self.tr("e.g. 350,000"))
        self.ok_button().setText(self.tr("Back in store"))

    def work(self) -> Changes:
        assert self.asset.id is not None
        try:
            usd = parse_usd(self.cost_usd.text())
        except ValueError:
            raise Refused("cost_usd", self.tr("Enter the cost in dollars, e.g. 85.50.")) \
                from None
        khr_text = self.cost_khr.text().replace(",", "").replace(" ", "").strip()
        if khr_text and not khr_text.isdigit():
            raise Refused("cost_khr", self.tr("Enter the cost in whole riel, e.g. 350000."))
        return maintenance.repair_returned(
            self.desk, self.asset.id, self.returned.iso(), self.condition.condition(),
            cost_khr=int(khr_text or 0), cost_usd_cents=usd, outcome=self.outcome.text())
