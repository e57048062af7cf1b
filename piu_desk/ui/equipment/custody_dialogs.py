"""Issue an item (to an officer or a place), take it back, hand it to another officer.

The item page and the Custody section open these; `issue_item`, `return_item` and
`transfer_item` open the dialog as a modal window, run the core call, and say whether it
was done. After an issue the acceptance step follows (custody_acceptance)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import Asset, AssetStatus
from piu_desk.core.equipment import assets, custody
from piu_desk.core.session import Changes
from piu_desk.ui.equipment.custody_acceptance import AcceptanceDialog
from piu_desk.ui.equipment.custody_forms import (
    ConditionBox,
    DateField,
    FormDialog,
    OptionalDate,
    Refused,
    holder_text,
    item_text,
    officer_names,
    run_modal,
)
from piu_desk.ui.errors import show_error
from piu_desk.ui.tasks import TaskRunner


class HolderField(QWidget):
    """An officer (picked from the desk's officers, or typed) or a place (typed, or one the
    register already names)."""

    def __init__(self, names: dict[str, str], places: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holder")
        self._names, self._places = names, places
        self.officer = QRadioButton()
        self.officer.setObjectName("holderOfficer")
        self.place = QRadioButton()
        self.place.setObjectName("holderPlace")
        self.officer.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.officer)
        group.addButton(self.place)
        self.who = QComboBox()
        self.who.setObjectName("holderName")
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.officer.toggled.connect(self._fill)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.officer)
        layout.addWidget(self.place)
        layout.addWidget(self.who, 1)
        self._fill()

    def _fill(self) -> None:
        self.who.clear()
        if self.officer.isChecked():
            for user in self._names:
                self.who.addItem(holder_text(user, self._names), user)
        else:
            for place in self._places:
                self.who.addItem(place, place)
        self.who.setCurrentIndex(-1)
        self.who.setEditText("")

    def retranslate(self) -> None:
        self.officer.setText(self.tr("Officer"))
        self.place.setText(self.tr("Place"))
        edit = self.who.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("User name of the officer")
                                    if self.officer.isChecked()
                                    else self.tr("e.g. Jetty 2, duty room"))

    def kind(self) -> str:
        return custody.OFFICER if self.officer.isChecked() else custody.PLACE

    def set_kind(self, kind: str) -> None:
        (self.place if kind == custody.PLACE else self.officer).setChecked(True)

    def holder(self) -> str:
        text = self.who.currentText().strip()
        row = self.who.findText(text)
        return str(self.who.itemData(row)) if row >= 0 else text

    def set_holder(self, text: str) -> None:
        row = self.who.findData(text)
        if row >= 0:
            self.who.setCurrentIndex(row)
        else:
            self.who.setEditText(text)


class ItemPicker(QComboBox):
    """An item in store, by tag or description (typed; the list completes)."""

    def __init__(self, items: list[Asset], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("item")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(40)
        for a in items:
            self.addItem(item_text(a), a.id)
        self.setCurrentIndex(-1)

    def asset_id(self) -> int | None:
        row = self.findText(self.currentText())
        return int(self.itemData(row)) if row >= 0 else None


class IssueDialog(FormDialog):
    """Issue `asset`, or (None) an item in store picked in the dialog."""

    def __init__(self, desk: Desk, tasks: TaskRunner, asset: Asset | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("issueDialog")
        self.asset = asset
        self.names = officer_names(desk)
        places = sorted({a.location for a in assets.register(desk) if a.location})
        self.picker = ItemPicker([] if asset else
                                 assets.register(desk, status=AssetStatus.IN_STORE))
        self.item_label = QLabel(item_text(asset) if asset else "")
        self.item_label.setObjectName("itemLabel")
        self.item_label.setWordWrap(True)
        self.add_row("status", self.item_label if asset else self.picker,
                     lambda: self.tr("Item:"))
        self.holder = HolderField(self.names, places)
        self.add_row("holder", self.holder, lambda: self.tr("Issue to:"))
        self.on = DateField("issuedOn", desk)
        self.add_row("on", self.on, lambda: self.tr("Issued on:"))
        self.expected = OptionalDate("expectedReturn", desk)
        self.add_row("expected_return", self.expected, lambda: self.tr("Expected back:"))
        self.holder.officer.toggled.connect(self.holder.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Issue equipment"))
        self.holder.retranslate()
        self.expected.enabled.setText(self.tr("by"))
        self.ok_button().setText(self.tr("Issue"))

    def chosen_id(self) -> int | None:
        return self.asset.id if self.asset else self.picker.asset_id()

    def work(self) -> Changes:
        chosen = self.chosen_id()
        if chosen is None:
            raise Refused("status", self.tr("Pick an item in store from the list."))
        return custody.issue(self.desk, chosen, self.holder.holder(), self.on.iso(),
                             holder_kind=self.holder.kind(),
                             expected_return=self.expected.iso())


class ReturnDialog(FormDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, asset: Asset, holder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("returnDialog")
        self.asset, self.holder = asset, holder
        self.on = DateField("returnedOn", desk)
        self.add_row("on", self.on, lambda: self.tr("Returned on:"))
        self.condition = ConditionBox("returnCondition", asset.condition)
        self.add_row("condition", self.condition, lambda: self.tr("Condition:"))
        self.location = QLineEdit(asset.location)
        self.location.setObjectName("returnLocation")
        self.add_row("location", self.location, lambda: self.tr("Kept at:"))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Return to store"))
        self.condition.retranslate()
        names = officer_names(self.desk) if self.holder else {}
        self.show_heading(self.tr("{item}, held by {holder}").replace(
            "{item}", item_text(self.asset)).replace(
            "{holder}", holder_text(self.holder, names) or "—"))
        self.ok_button().setText(self.tr("Take back"))

    def work(self) -> Changes:
        assert self.asset.id is not None
        return custody.return_item(self.desk, self.asset.id, self.on.iso(),
                                   self.condition.condition(), self.location.text())


class TransferDialog(FormDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, asset: Asset, holder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("transferDialog")
        self.asset, self.holder = asset, holder
        self.names = officer_names(desk)
        self.to = HolderField(self.names, [])
        self.to.place.hide()
        self.add_row("holder", self.to, lambda: self.tr("Hand to:"))
        self.on = DateField("transferredOn", desk)
        self.add_row("on", self.on, lambda: self.tr("On:"))
        self.expected = OptionalDate("transferReturn", desk)
        self.add_row("expected_return", self.expected, lambda: self.tr("Expected back:"))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Transfer to another officer"))
        self.to.retranslate()
        self.expected.enabled.setText(self.tr("by"))
        self.show_heading(self.tr("{item}, held by {holder}").replace(
            "{item}", item_text(self.asset)).replace(
            "{holder}", holder_text(self.holder, self.names)))
        self.ok_button().setText(self.tr("Transfer"))

    def work(self) -> Changes:
        assert self.asset.id is not None
        return custody.transfer(self.desk, self.asset.id, self.to.holder(), self.on.iso(),
                                expected_return=self.expected.iso())


def _holder_of(desk: Desk, asset_id: int) -> str:
    held = [c for c in custody.history(desk, asset_id) if not c.ended_on]
    return held[-1].holder if held else ""


def acceptance_after_issue(desk: Desk, tasks: TaskRunner, asset_id: int,
                           parent: QWidget | None) -> AcceptanceDialog | None:
    """The acceptance step for the item just issued (print the form, record it)."""
    held = [h for h in custody.holdings(desk) if h.asset.id == asset_id]
    if not held:
        return None
    return AcceptanceDialog(desk, tasks, held[0].custody.holder, [held[0].asset], parent)


def _run_then_accept(dialog: FormDialog, desk: Desk, tasks: TaskRunner, asset_id: int,
                     parent: QWidget | None) -> bool:
    """Run an issue or transfer (modal); once done, offer the new holder's acceptance form."""
    if not run_modal(dialog):
        return False
    step = acceptance_after_issue(desk, tasks, asset_id, parent)
    if step is not None:
        run_modal(step)
    return True


def _held_dialog(kind: type[ReturnDialog] | type[TransferDialog], parent: QWidget | None,
                 desk: Desk, tasks: TaskRunner, asset_id: int) -> FormDialog | None:
    """A return or transfer of the item from its holder; None (said) when it cannot be
    read: a locked desk, an item gone."""
    try:
        return kind(desk, tasks, assets.get(desk, asset_id), _holder_of(desk, asset_id), parent)
    except Exception as exc:
        show_error(parent, exc)
        return None


def issue_item(parent: QWidget | None, desk: Desk, tasks: TaskRunner, asset_id: int) -> bool:
    """Issue the item (modal), then offer its acceptance form; True when it was issued."""
    try:
        dialog = IssueDialog(desk, tasks, assets.get(desk, asset_id), parent)
    except Exception as exc:  # a locked desk, an item gone: said, nothing done
        show_error(parent, exc)
        return False
    return _run_then_accept(dialog, desk, tasks, asset_id, parent)


def return_item(parent: QWidget | None, desk: Desk, tasks: TaskRunner,
                asset_id: int) -> bool:
    """Take the item back to store with its condition (modal); True when it was done."""
    dialog = _held_dialog(ReturnDialog, parent, desk, tasks, asset_id)
    return dialog is not None and run_modal(dialog)


def transfer_item(parent: QWidget | None, desk: Desk, tasks: TaskRunner,
                  asset_id: int) -> bool:
    """Hand the item to another officer (modal), then offer the new acceptance form."""
    dialog = _held_dialog(TransferDialog, parent, desk, tasks, asset_id)
    return dialog is not None and _run_then_accept(dialog, desk, tasks, asset_id, parent)
