"""Shows a new recovery key once, large and in a fixed-width font, with a Print button."""

from __future__ import annotations

import html

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.ui.admin.common import named

GROUPS_PER_LINE = 7
KEY_POINT_SIZE = 20


def key_lines(key: str) -> list[str]:
    """The key's groups, seven to a line, so it reads (and copies by hand) in two rows."""
    groups = key.split("-")
    return ["-".join(groups[i:i + GROUPS_PER_LINE])
            for i in range(0, len(groups), GROUPS_PER_LINE)]


def key_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(KEY_POINT_SIZE)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 105)
    return font


class RecoveryKeyDialog(QDialog):
    def __init__(self, key: str, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self._key = key
        self._station = station
        self._issued = QLocale().toString(QDateTime.currentDateTime(),
                                          QLocale.FormatType.LongFormat)
        self.intro = named(QLabel(), "intro")
        self.intro.setWordWrap(True)
        self.key_label = named(QLabel("\n".join(key_lines(key))), "recoveryKey")
        self.key_label.setFont(key_font())
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_label.setMargin(16)
        self.note = named(QLabel(), "safeNote")
        self.note.setWordWrap(True)
        self.print_button = named(QPushButton(), "printKey")
        self.print_button.clicked.connect(self.print_key)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()

    @property
    def key(self) -> str:
        return self._key

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New recovery key"))
        self.intro.setText(self.tr("This is the new recovery key of %1. It is shown only "
                                   "this once; the previous recovery key no longer works.")
                           .replace("%1", self._station))
        self.note.setText(self.tr("Print it, or copy it by hand, and keep the sheet sealed "
                                  "in the safe. Anyone holding it can open the store; if "
                                  "every administrator forgets their password, only this key "
                                  "opens it."))
        self.print_button.setText(self.tr("Print…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def sheet(self) -> QTextDocument:
        """The printed page: title, store, date, the key and the safe-keeping note."""
        doc = QTextDocument(self)
        lines = "<br/>".join(html.escape(line) for line in key_lines(self._key))
        title = html.escape(self.tr("PIU Desk recovery key"))
        issued = html.escape(self.tr("Issued %1").replace("%1", self._issued))
        doc.setHtml(
            f"<h1>{title}</h1><p>{html.escape(self._station)}<br/>{issued}</p>"
            f"<p style='font-family: monospace; font-size: 18pt; font-weight: bold'>{lines}</p>"
            f"<p>{html.escape(self.note.text())}</p>")
        return doc

    def print_key(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.sheet().print_(printer)
