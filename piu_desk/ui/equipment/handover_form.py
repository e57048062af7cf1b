"""The two forms of the handover intake dialog: the handover itself (donor, agreement,
grant code, date, document) and the column mapping (one box per field of the register,
guessed from the sheet's column titles, changeable)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QWidget

from piu_desk.core.imports.handover import REQUIRED, Field, HandoverPreview
from piu_desk.ui.admin.common import named
from piu_desk.ui.equipment.handover_rows import field_names
from piu_desk.ui.i18n import Retranslating

MAPPING_COLUMNS = 3


class HandoverFields(Retranslating, QWidget):
    def __init__(self, today: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.donor = named(QLineEdit(), "handoverDonor")
        self.agreement = named(QLineEdit(), "handoverAgreement")
        self.grant = named(QLineEdit(), "handoverGrant")
        self.date = named(QDateEdit(today), "handoverDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.document = named(QLineEdit(), "handoverDocument")
        self.labels = [QLabel() for _ in range(5)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (label, field) in enumerate(zip(self.labels, (
                self.donor, self.agreement, self.grant, self.date, self.document),
                strict=True)):
            row, col = divmod(i, 3)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(field, row, col * 2 + 1)
            grid.setColumnStretch(col * 2 + 1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (
                self.tr("Donor:"), self.tr("Agreement:"), self.tr("Grant code:"),
                self.tr("Handover date:"), self.tr("Handover document:")), strict=True):
            label.setText(text)
        self.grant.setPlaceholderText(self.tr("For rows without one"))
        self.document.setPlaceholderText(self.tr("Delivery note or letter reference"))

    def iso_date(self) -> str:
        return self.date.date().toString(Qt.DateFormat.ISODate)


class MappingForm(Retranslating, QWidget):
    """`changed` when the officer maps a field to another column."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverMapping")
        self.boxes = {f: named(QComboBox(), f"map_{f.value}") for f in Field}
        self.labels = {f: QLabel() for f in Field}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = (len(Field) + MAPPING_COLUMNS - 1) // MAPPING_COLUMNS
        for i, f in enumerate(Field):
            row, col = i % rows, i // rows
            self.labels[f].setAlignment(Qt.AlignmentFlag.AlignRight
                                        | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.labels[f], row, col * 2)
            grid.addWidget(self.boxes[f], row, col * 2 + 1)
            grid.setColumnStretch(col * 2 + 1, 1)
            self.boxes[f].currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.titles: tuple[str, ...] = ()
        self.retranslate()

    def retranslate(self) -> None:
        names = field_names()
        for f, label in self.labels.items():
            label.setText(names[f] + (" *" if f in REQUIRED else "") + ":")
            self.boxes[f].setItemText(0, self.tr("(not in the sheet)")) \
                if self.boxes[f].count() else None

    def show_preview(self, preview: HandoverPreview) -> None:
        """One entry per column title; each field set to the guessed column."""
        self.titles = preview.titles
        for f, box in self.boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(not in the sheet)"), -1)
            for index, title in enumerate(preview.titles):
                box.addItem(title or self.tr("Column %1").replace("%1", str(index + 1)), index)
            box.setCurrentIndex(box.findData(preview.mapping.get(f, -1)))
            box.blockSignals(False)

    def mapping(self) -> dict[Field, int]:
        out: dict[Field, int] = {}
        for f, box in self.boxes.items():
            index = box.currentData()
            if isinstance(index, int) and index >= 0:
                out[f] = index
        return out

    def set_column(self, f: Field, index: int) -> None:
        """Map `f` to column `index` (-1: not in the sheet), as the officer would."""
        self.boxes[f].setCurrentIndex(self.boxes[f].findData(index))
