"""Showing and printing a recovery key, once.

The key is shown as numbered groups because the core names a mistyped group by its number
("group 3 has a typo"). The printed sheet carries the key, the station and the date.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QWidget

from piu_desk.core.domain.station import Station
from piu_desk.ui import fonts

COLUMNS = 7


def groups(key_text: str) -> list[str]:
    return [g for g in key_text.replace(" ", "-").split("-") if g]


class RecoveryKeyView(QWidget):
    """The key in a large monospace font, in numbered groups; not selectable, so it is
    written down or printed rather than copied to the clipboard."""

    def __init__(self, key_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKey")
        self.key_text = key_text
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        for index, group in enumerate(groups(key_text)):
            row, column = divmod(index, COLUMNS)
            number = QLabel(str(index + 1), self)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setStyleSheet("color: #666;")
            text = QLabel(group, self)
            text.setObjectName("recoveryGroup")
            text.setFont(fonts.monospace(18, bold=True))
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, row * 2, column)
            grid.addWidget(text, row * 2 + 1, column)
        self.setAccessibleName(key_text)


def sheet_html(key_text: str, station: Station, date: QDate) -> str:
    """The printed sheet; every value is escaped."""
    title = QCoreApplication.translate("RecoverySheet", "PIU Desk recovery key")
    station_label = QCoreApplication.translate("RecoverySheet", "Station:")
    unit_label = QCoreApplication.translate("RecoverySheet", "Unit:")
    date_label = QCoreApplication.translate("RecoverySheet", "Printed on:")
    warning = QCoreApplication.translate(
        "RecoverySheet", "This key opens the store when every administrator password is "
        "lost. Keep this sheet locked away, apart from the computer. Anyone who holds it can "
        "read everything on the desk.")
    when = QLocale().toString(date, QLocale.FormatType.LongFormat)
    rows = [_cells(key_text, start) for start in range(0, len(groups(key_text)), COLUMNS)]
    e = html.escape
    return (f"<h1>{e(title)}</h1>"
            f"<p><b>{e(station_label)}</b> {e(station.name)} ({e(station.locode)})<br>"
            f"<b>{e(unit_label)}</b> {e(station.unit)}<br>"
            f"<b>{e(date_label)}</b> {e(when)}</p>"
            f"<table cellpadding='6' cellspacing='4'>{''.join(rows)}</table>"
            f"<p>{e(warning)}</p>")


def _cells(key_text: str, start: int) -> str:
    cells = []
    for index, group in enumerate(groups(key_text)[start:start + COLUMNS], start + 1):
        cells.append(f"<td align='center' nowrap><small>{index}</small><br><span style="
                     f"'font-family: monospace; font-size: 16pt; font-weight: bold'>"
                     f"{html.escape(group)}</span></td>")
    return "<tr>" + "".join(cells) + "</tr>"


def print_sheet(printer: QPrinter, key_text: str, station: Station, date: QDate) -> None:
    document = QTextDocument()
    document.setDefaultFont(fonts.with_khmer(document.defaultFont()))
    document.setHtml(sheet_html(key_text, station, date))
    document.print_(printer)


def print_with_dialog(parent: QWidget, key_text: str, station: Station) -> bool:
    """Ask for a printer and print the sheet; True when it was sent to the printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoverySheet",
                                                     "Print the recovery key"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_sheet(printer, key_text, station, QDate.currentDate())
    return True
