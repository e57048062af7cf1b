"""Vessels that may already be registered, each with why (same IMO, MMSI, call sign, or
name and flag) and a button to open it; and, unless the IMO number is the same, a button to
confirm that the new vessel is a different one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from piu_desk.core.domain.vessel import Vessel
from piu_desk.core.records.vessels import REASONS
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE, country_text
from piu_desk.ui.widgets import WARNING_STYLE


def vessel_summary(v: Vessel) -> str:
    """One line an officer recognises a vessel by."""
    parts = [v.name, country_text(v.flag)]
    if v.imo:
        parts.append(f"IMO {v.imo}")
    if v.mmsi:
        parts.append(f"MMSI {v.mmsi}")
    if v.call_sign:
        parts.append(v.call_sign)
    return " · ".join(parts)


class DuplicatesPanel(Retranslating, QFrame):
    chosen = Signal(int)  # the id of the existing vessel the officer picked
    different = Signal()  # the officer confirms the new vessel is another one

    def __init__(self, use_existing_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPanel")
        self.setStyleSheet(f"QFrame#duplicatesPanel {{ {WARNING_STYLE} }}")
        self._use_text = use_existing_text
        self.message = named(QLabel(), "duplicatesMessage")
        self.message.setWordWrap(True)
        self.rows = QVBoxLayout()
        self.different_button = named(QPushButton(), "differentVessel")
        self.different_button.clicked.connect(self.different.emit)
        self.open_buttons: list[QPushButton] = []
        self.reason_labels: list[tuple[QLabel, str]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(self.rows)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.different_button)
        layout.addLayout(bottom)
        self.hide()
        self.retranslate()

    def show_candidates(self, message: str, found: list[tuple[Vessel, str]],
                        may_differ: bool) -> None:
        self._clear()
        self.message.setText(message)
        for vessel, reason in found:
            self._add_row(vessel, reason)
        self.different_button.setVisible(may_differ)
        self.retranslate()
        self.show()

    def _add_row(self, vessel: Vessel, reason: str) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        text = QVBoxLayout()
        summary = QLabel(vessel_summary(vessel))
        summary.setStyleSheet("font-weight: bold;")
        summary.setWordWrap(True)
        why = QLabel()
        why.setStyleSheet(MUTED_STYLE)
        text.addWidget(summary)
        text.addWidget(why)
        line.addLayout(text, 1)
        button = named(QPushButton(), f"useVessel{vessel.id}")
        vessel_id = vessel.id or 0
        button.clicked.connect(lambda: self.chosen.emit(vessel_id))
        line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.rows.addWidget(row)
        self.open_buttons.append(button)
        self.reason_labels.append((why, reason))

    def _clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.open_buttons, self.reason_labels = [], []

    def clear(self) -> None:
        self._clear()
        self.hide()

    def retranslate(self) -> None:
        self.different_button.setText(self.tr("It is a different vessel — register it"))
        for button in self.open_buttons:
            button.setText(self._use_text)
        for label, reason in self.reason_labels:
            label.setText(tr_core("Records", REASONS.get(reason, reason)))

    def set_use_text(self, text: str) -> None:
        self._use_text = text
        for button in self.open_buttons:
            button.setText(text)
