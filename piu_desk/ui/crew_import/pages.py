"""The first and the last page of the import: choosing the file, and what was imported."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from piu_desk.ui.i18n import Retranslating

ERROR_STYLE = ("QLabel { background: #fce8e6; border: 1px solid #ee675c; color: #a50e0e; "
               "border-radius: 4px; padding: 8px; }")
OK_STYLE = ("QLabel { background: #e6f4ea; border: 1px solid #81c995; color: #0d652d; "
            "border-radius: 4px; padding: 10px; font-weight: bold; }")


def heading(name: str) -> QLabel:
    """A page's title (the crew list and the watchlist imports)."""
    label = QLabel()
    label.setObjectName(name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setContentsMargins(0, 4, 0, 0)  # room for marks above Khmer letters
    return label


def text_label(name: str, style: str = "") -> QLabel:
    """Plain text that wraps, in `style` where given."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        label.setStyleSheet(style)
    return label


def lay_out_start(page: QWidget, labels: Sequence[QWidget], choose_button: QPushButton,
                  error: QLabel) -> None:
    """Step 1 of an import (crew list, watchlist): what to choose, the button on its own
    row, why the last file could not be read."""
    row = QHBoxLayout()
    row.addWidget(choose_button)
    row.addStretch(1)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 24, 24, 24)
    layout.setSpacing(14)
    for label in labels:
        layout.addWidget(label)
    layout.addLayout(row)
    layout.addWidget(error)
    layout.addStretch(1)


class StartPage(Retranslating, QWidget):
    """Step 1: what to choose, the button, and why the last file could not be read."""

    choose = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading("startHeading")
        self.intro = text_label("startIntro")
        self.target = text_label("presetPortCall")
        self.target.setStyleSheet("font-weight: bold;")
        self.target.hide()
        self.target_text = ""
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose)
        self.error = text_label("fileError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        lay_out_start(self, (self.heading, self.intro, self.target), self.choose_button,
                      self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Import a crew list (FAL Form 5)"))
        self.intro.setText(self.tr(
            "Choose the spreadsheet the shipping agent sent: an Excel workbook (.xlsx) or a "
            "CSV file, in the current FAL Form 5 layout or the older one with combined "
            "columns. You will see every row and what was found in it before anything is "
            "saved."))
        self.choose_button.setText(self.tr("Choose the file…"))
        self.set_target(self.target_text)

    def set_target(self, port_call: str) -> None:
        """The port call the import was opened for ("" when none)."""
        self.target_text = port_call
        self.target.setText(self.tr("For the port call: %1").replace("%1", port_call))
        self.target.setVisible(bool(port_call))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class DonePage(Retranslating, QWidget):
    """After the import: how many crew members went where, and what was left out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading("doneHeading")
        self.summary = text_label("summary")
        self.summary.setStyleSheet(OK_STYLE)
        self.details = text_label("doneDetails")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Crew list imported"))

    def show_result(self, summary: str, details: list[str]) -> None:
        self.summary.setText(summary)
        self.details.setText("\n\n".join(details))
        self.details.setVisible(bool(details))
