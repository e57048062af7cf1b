"""Loss, theft and damage reports, recovery of a lost or stolen item, and disposal with its
authorisation. Each moves the item's status through the core, which keeps the incident for
the donor report. `report_incident`, `recover_item` and `dispose_item` open the dialog as a
modal window and say whether it was done."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import Asset, Condition
from piu_desk.core.equipment import assets, custody, incidents
from piu_desk.core.equipment.incidents import INCIDENT_LABELS, IncidentKind
from piu_desk.core.session import Changes
from piu_desk.ui.equipment.custody_forms import (
    ConditionBox,
    DateField,
    FormDialog,
    holder_text,
    item_text,
    officer_names,
    run_modal,
)
from piu_desk.ui.errors import show_error, tr_core
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import WARNING_STYLE


def _text_box(name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(90)
    return box


class IncidentDialog(FormDialog):
    """A loss, theft or damage report for one item."""

    def __init__(self, desk: Desk, tasks: TaskRunner, asset: Asset,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("incidentDialog")
        self.asset = asset
        held = custody.holdings(desk)
        holder = next((h.custody.holder for h in held if h.asset.id == asset.id), "")
        self.kind = QComboBox()
        self.kind.setObjectName("incidentKind")
        for k in IncidentKind:
            self.kind.addItem("", k.value)
        self.kind.setCurrentIndex(self.kind.findData(IncidentKind.LOSS.value))
        self.add_row("kind", self.kind, lambda: self.tr("What happened:"))
        self.occurred = DateField("occurredOn", desk)
        self.add_row("occurred_on", self.occurred, lambda: self.tr("When:"))
        self.place = QLineEdit()
        self.place.setObjectName("incidentPlace")
        self.add_row("place", self.place, lambda: self.tr("Where:"))
        self.circumstances = _text_box("circumstances")
        self.add_row("circumstances", self.circumstances, lambda: self.tr("Circumstances:"))
        self.holder = QLabel(holder_text(holder, officer_names(desk)) if holder else "—")
        self.holder.setObjectName("incidentHolder")
        self.add_row("holder", self.holder, lambda: self.tr("Held by:"))
        self.police_ref = QLineEdit()
        self.police_ref.setObjectName("policeRef")
        self.add_row("police_ref", self.police_ref, lambda: self.tr("Police report ref.:"))
        self.condition = ConditionBox("incidentCondition", Condition.POOR)
        self.add_row("condition", self.condition, lambda: self.tr("Condition now:"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.retranslate()
        self._kind_changed()

    def chosen_kind(self) -> IncidentKind:
        return IncidentKind(str(self.kind.currentData()))

    def _kind_changed(self) -> None:
        damage = self.chosen_kind() == IncidentKind.DAMAGE
        self.condition.setEnabled(damage)
        self.police_ref.setPlaceholderText(
            self.tr("Required for a theft") if self.chosen_kind() == IncidentKind.THEFT
            else self.tr("If reported to the police"))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Report loss, theft or damage"))
        self.show_heading(item_text(self.asset))
        for row in range(self.kind.count()):
            self.kind.setItemText(row, tr_core(
                "Equipment", INCIDENT_LABELS[IncidentKind(str(self.kind.itemData(row)))]))
        self.condition.retranslate()
        self.place.setPlaceholderText(self.tr("e.g. Anchorage A2, boarding a bulk carrier"))
        self.ok_button().setText(self.tr("Report"))
        self._kind_changed()

    def work(self) -> tuple[int, Changes]:
        assert self.asset.id is not None
        damage = self.chosen_kind() == IncidentKind.DAMAGE
        return incidents.report(
            self.desk, self.asset.id, self.chosen_kind(), self.occurred.iso(),
            place=self.place.text(), circumstances=self.circumstances.toPlainText(),
            police_ref=self.police_ref.text(),
            condition=self.condition.condition() if damage else None)


class RecoverDialog(FormDialog):
    """A lost or stolen item found again: back in store, in the condition it is in."""

    def __init__(self, desk: Desk, tasks: TaskRunner, asset: Asset,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("recoverDialog")
        self.asset = asset
        self.on = DateField("recoveredOn", desk)
        self.add_row("on", self.on, lambda: self.tr("Found on:"))
        self.condition = ConditionBox("recoveredCondition", asset.condition)
        self.add_row("condition", self.condition, lambda: self.tr("Condition:"))
        self.location = QLineEdit(asset.location)
        self.location.setObjectName("recoveredLocation")
        self.add_row("location", self.location, lambda: self.tr("Kept at:"))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Item recovered"))
        self.show_heading(item_text(self.asset))
        self.condition.retranslate()
        self.ok_button().setText(self.tr("Back in store"))

    def work(self) -> Changes:
        assert self.asset.id is not None
        return incidents.recover(self.desk, self.asset.id, self.on.iso(),
                                 self.condition.condition(), self.location.text())


class DisposeDialog(FormDialog):
    """Disposal, with who authorised it and the reference of the authorisation."""

    def __init__(self, desk: Desk, tasks: TaskRunner, asset: Asset,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("disposeDialog")
        self.asset = asset
        self.heading.setStyleSheet(WARNING_STYLE)
        self.on = DateField("disposedOn", desk)
        self.add_row("on", self.on, lambda: self.tr("Disposed of on:"))
        self.authorised_by = QLineEdit()
        self.authorised_by.setObjectName("authorisedBy")
        self.add_row("authorised_by", self.authorised_by, lambda: self.tr("Authorised by:"))
        self.authority_ref = QLineEdit()
        self.authority_ref.setObjectName("authorityRef")
        self.add_row("authority_ref", self.authority_ref,
                     lambda: self.tr("Authorisation ref.:"))
        self.reason = _text_box("disposalReason")
        self.add_row("reason", self.reason, lambda: self.tr("Reason:"))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Dispose of an item"))
        self.show_heading(self.tr("{item}\nA disposal cannot be undone: the item leaves the "
                                  "register for good.").replace("{item}",
                                                                item_text(self.asset)))
        self.authorised_by.setPlaceholderText(self.tr("Name and position"))
        self.authority_ref.setPlaceholderText(self.tr("e.g. letter or minute number"))
        self.ok_button().setText(self.tr("Dispose of"))

    def work(self) -> tuple[int, Changes]:
        assert self.asset.id is not None
        return incidents.dispose(self.desk, self.asset.id, self.on.iso(),
                                 self.authorised_by.text(), self.authority_ref.text(),
                                 self.reason.toPlainText())


def _run(parent: QWidget | None, desk: Desk, tasks: TaskRunner, asset_id: int,
         kind: type[IncidentDialog | RecoverDialog | DisposeDialog]) -> bool:
    try:
        dialog = kind(desk, tasks, assets.get(desk, asset_id), parent)
    except Exception as exc:  # a locked desk, an item gone: said, nothing done
        show_error(parent, exc)
        return False
    return run_modal(dialog)


def report_incident(parent: QWidget | None, desk: Desk, tasks: TaskRunner,
                    asset_id: int) -> bool:
    """Report a loss, theft or damage of the item (modal); True when it was reported."""
    return _run(parent, desk, tasks, asset_id, IncidentDialog)


def recover_item(parent: QWidget | None, desk: Desk, tasks: TaskRunner,
                 asset_id: int) -> bool:
    """Record that a lost or stolen item was found again (modal)."""
    return _run(parent, desk, tasks, asset_id, RecoverDialog)


def dispose_item(parent: QWidget | None, desk: Desk, tasks: TaskRunner,
                 asset_id: int) -> bool:
    """Dispose of the item with its authorisation (modal)."""
    return _run(parent, desk, tasks, asset_id, DisposeDialog)
