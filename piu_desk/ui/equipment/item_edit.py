"""Edit an item's descriptive fields. The status is shown but never editable: it moves only
through events (issue, return, repair, incidents...). Invalid input is said under its field
and nothing is lost."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import (
    CONDITION_LABELS,
    STATUS_LABELS,
    Asset,
    Condition,
    parse_usd,
    usd_text,
)
from piu_desk.core.equipment import assets
from piu_desk.core.errors import Invalid
from piu_desk.ui.admin.common import FieldErrors, error_label, named, with_error
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE, attempt
from piu_desk.ui.tasks import TaskRunner

TEXT_FIELDS = ("tag", "category", "description", "make", "model", "serial_number", "donor",
               "agreement_ref", "grant_code", "handover_date", "handover_doc_ref", "location")


class ItemEditDialog(Retranslating, QDialog):
    saved = Signal(int)

    def __init__(self, desk: Desk, tasks: TaskRunner, asset: Asset,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemEditDialog")
        self._desk, self._tasks, self.asset = desk, tasks, asset
        self.edits = {key: named(QLineEdit(str(getattr(asset, key))), f"edit_{key}")
                      for key in TEXT_FIELDS}
        self.value_khr = named(QLineEdit(f"{asset.value_khr:,}"), "edit_value_khr")
        self.value_usd = named(QLineEdit(usd_text(asset.value_usd_cents)), "edit_value_usd")
        self.condition = named(QComboBox(), "edit_condition")
        for c in Condition:
            self.condition.addItem("", c)
        self.condition.setCurrentIndex(list(Condition).index(asset.condition))
        self.status = named(QLabel(), "statusValue")
        self.status_note = QLabel()
        self.status_note.setStyleSheet(MUTED_STYLE)
        self.status_note.setWordWrap(True)
        self.form = QFormLayout()
        labels: dict[str, QLabel] = {}
        for key in (*TEXT_FIELDS[:11], "value_khr", "value_usd", "location", "condition"):
            field: QWidget = (self.edits.get(key) or {"value_khr": self.value_khr,
                                                      "value_usd": self.value_usd,
                                                      "condition": self.condition}[key])
            box, labels[key] = with_error(field)
            self.form.addRow(QLabel(), box)
        self.form.addRow(QLabel(), self.status)
        self.form.addRow("", self.status_note)
        self.general = error_label()
        self.errors = FieldErrors({**labels, "value": labels["value_usd"]}, self.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit %1").replace("%1", self.asset.tag))
        names = [self.tr("Tag:"), self.tr("Category:"), self.tr("Description:"),
                 self.tr("Make:"), self.tr("Model:"), self.tr("Serial number:"),
                 self.tr("Donor:"), self.tr("Agreement:"), self.tr("Grant code:"),
                 self.tr("Handover date:"), self.tr("Handover document:"),
                 self.tr("Value (KHR):"), self.tr("Value (USD):"), self.tr("Location:"),
                 self.tr("Condition:"), self.tr("Status:")]
        for row, text in enumerate(names):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(text)
        self.edits["handover_date"].setPlaceholderText(self.tr("year-month-day"))
        for index, c in enumerate(Condition):
            self.condition.setItemText(index, tr_core("Equipment", CONDITION_LABELS[c]))
        self.status.setText(tr_core("Equipment", STATUS_LABELS[self.asset.status]))
        self.status_note.setText(self.tr(
            "The status is not edited here: it changes when the item is issued, returned, "
            "sent for repair, reported lost or stolen, or disposed of."))

    def edited(self) -> Asset | None:
        """The item with the fields as typed; None (said under the field) for an amount
        that is no number."""
        try:
            khr = int(self.value_khr.text().replace(",", "").strip() or 0)
        except ValueError:
            self.errors.show("value_khr", self.tr("Enter the value in riel as a whole number."))
            return None
        try:
            usd = parse_usd(self.value_usd.text())
        except ValueError:
            self.errors.show("value_usd", self.tr("Enter the value in US dollars, e.g. "
                                                  "1,250.00."))
            return None
        t = {key: edit.text() for key, edit in self.edits.items()}
        return replace(self.asset, tag=t["tag"], category=t["category"],
                       description=t["description"], make=t["make"], model=t["model"],
                       serial_number=t["serial_number"], donor=t["donor"],
                       agreement_ref=t["agreement_ref"], grant_code=t["grant_code"],
                       handover_date=t["handover_date"],
                       handover_doc_ref=t["handover_doc_ref"], location=t["location"],
                       value_khr=khr, value_usd_cents=usd,
                       condition=self.condition.currentData())

    def submit(self) -> None:
        self.errors.clear()
        changed = self.edited()
        if changed is None:
            self.adjustSize()  # room for the message under the field
            return

        def show(exc: Invalid) -> None:
            self.errors.show(exc.field, exc.render(tr_core))
            self.adjustSize()
        if attempt(self._tasks, self, lambda: assets.edit(self._desk, changed), show) is None:
            return
        self.saved.emit(self.asset.id or 0)
        self.accept()
