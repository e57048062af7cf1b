"""The ship particulars read from above the crew table: for each, what the sheet says, what
the import read it as, and what is wrong with it or worth knowing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from piu_desk.core.imports.particulars import PARTICULAR_LABELS, Particular, Particulars
from piu_desk.ui.crew_import.texts import (
    MUTED,
    PROBLEM_COLOURS,
    import_label,
    particular_value_text,
    rendered,
)
from piu_desk.ui.i18n import Retranslating

DASH = "—"


def _label(name: str = "", wrap: bool = False) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(0, 2, 0, 0)  # room for marks above capitals and Khmer vowels
    return label


class ParticularsPanel(Retranslating, QGroupBox):
    """One line per particular: label, as written, read as, remarks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("particulars")
        self.particulars = Particulars()
        self.heads = [_label() for _ in range(3)]
        self.names = {key: _label() for key in Particular}
        self.raw = {key: _label(f"raw_{key.value}", wrap=True) for key in Particular}
        self.read = {key: _label(f"read_{key.value}", wrap=True) for key in Particular}
        self.remarks = {key: _label(f"remark_{key.value}", wrap=True) for key in Particular}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        for col, head in enumerate(self.heads, 1):
            head.setStyleSheet(f"color: {MUTED};")
            grid.addWidget(head, 0, col)
        for row, key in enumerate(Particular, 1):
            self.names[key].setStyleSheet(f"color: {MUTED};")
            grid.addWidget(self.names[key], row, 0)
            grid.addWidget(self.raw[key], row, 1)
            grid.addWidget(self.read[key], row, 2)
            grid.addWidget(self.remarks[key], row, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 4)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ship particulars in the sheet"))
        for head, text in zip(self.heads, (self.tr("As written"), self.tr("Read as"),
                                           self.tr("Remarks")), strict=True):
            head.setText(text)
        for key, label in self.names.items():
            label.setText(import_label(PARTICULAR_LABELS[key]))
        self.show_particulars(self.particulars)

    def show_particulars(self, particulars: Particulars) -> None:
        self.particulars = particulars
        for key in Particular:
            item = particulars[key]
            self.raw[key].setText(item.raw or DASH)
            read = particular_value_text(item)
            self.read[key].setText(read or DASH)
            problems, notes = rendered(item.problems), rendered(item.notes)
            if not item.raw and not problems:
                notes = notes or [self.tr("not in the sheet")]
            self.remarks[key].setText("\n".join(problems + notes))
            colour = PROBLEM_COLOURS[1] if problems else MUTED
            self.remarks[key].setStyleSheet(f"color: {colour};")
            self.read[key].setStyleSheet("font-weight: bold;" if read else f"color: {MUTED};")
