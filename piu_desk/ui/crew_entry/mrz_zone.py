"""A machine-readable zone as a desk reader types it, and what it fills in.

A desk MRZ reader behaves like a keyboard: it types each line of the zone into the focused
field and ends it with Enter. `MrzInput` collects the lines and reports the zone once it is
whole (2 lines of 44 or 36, 3 of 30) or once as many lines came as the first one promises
(so a misread line is reported with the core's explanation instead of waiting forever)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from piu_desk.core.domain.mrz import LAYOUTS, MrzResult, is_complete, split_lines
from piu_desk.ui import fonts

BAD_STYLE = "background: #f9d2cf; color: #a50e0e; font-weight: bold; text-decoration: underline;"
# MRZ fields, as the core's problems name them, and the crew-list column each fills.
FIELD_COLUMNS = {
    "name": "family_name", "document_number": "document_number",
    "date_of_birth": "date_of_birth", "date_of_expiry": "document_expiry",
    "nationality": "nationality", "issuing_state": "document_issuer", "sex": "gender",
    "optional_data": "document_number", "composite": "document_number",
    "lines": "document_number",
}


def lines_expected(first_line: str) -> int:
    """How many lines a zone starting with this line has: ID cards (30) have 3."""
    length = len(first_line.replace(" ", ""))
    if length in (72, 88, 90):
        return 1  # the whole zone in one line: a reader that sends no line breaks
    return 3 if length == 30 else 2


class MrzInput(QLineEdit):
    """Enter ends a line here and never reaches the dialog's buttons."""

    zone_read = Signal(str)  # the lines of a zone, joined by line breaks
    lines_changed = Signal(int)  # how many lines of the zone have come so far

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mrzInput")
        self.setFont(fonts.monospace(max(self.font().pointSize(), 10)))
        self.setMaxLength(200)
        self._lines: list[str] = []

    def lines(self) -> list[str]:
        return list(self._lines)

    def reset(self) -> None:
        self._lines = []
        self.clear()
        self.lines_changed.emit(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.end_line()
            return
        super().keyPressEvent(event)

    def end_line(self) -> None:
        line = self.text().strip()
        self.clear()
        if not line:
            return
        self._lines.append(line)
        text = "\n".join(self._lines)
        if is_complete(text) or len(self._lines) >= lines_expected(self._lines[0]):
            self._lines = []
            self.lines_changed.emit(0)
            self.zone_read.emit(text)
            return
        self.lines_changed.emit(len(self._lines))

    def expected(self) -> int:
        return lines_expected(self._lines[0]) if self._lines else 2


def member_values(result: MrzResult) -> dict[str, str]:
    """The crew-list cells an MRZ fills (rank and place of birth are not in it)."""
    code = result.document_code
    kind = "Passport" if code.startswith("P") else \
        "Identity card" if code[:1] in ("I", "A", "C") else code
    return {
        "family_name": result.primary_identifier,
        "given_names": result.secondary_identifier,
        "nationality": result.nationality.code,
        "date_of_birth": result.date_of_birth.isoformat() if result.date_of_birth else "",
        "gender": result.sex if result.sex in ("M", "F", "X") else "",
        "document_type": kind,
        "document_number": result.document_number,
        "document_issuer": result.issuing_state.code,
        "document_expiry": result.date_of_expiry.isoformat() if result.date_of_expiry else "",
    }


def field_positions(result: MrzResult, field: str) -> range:
    """Where a field (as a problem names it) sits in the lines joined end to end."""
    lay = LAYOUTS[result.format]
    spans = {
        "document_number": (lay.number, lay.number + 10),
        "date_of_birth": (lay.birth, lay.birth + 7),
        "date_of_expiry": (lay.expiry, lay.expiry + 7),
        "sex": (lay.sex, lay.sex + 1),
        "nationality": (lay.nationality, lay.nationality + 3),
        "issuing_state": (2, 5),
        "name": lay.name,
        "optional_data": (lay.optional[0], lay.optional[1] + 1),
    }
    if lay.composite:
        last = lay.composite[-1][1]
        spans["composite"] = (last, last + 1)
    start, end = spans.get(field, (0, 0))
    return range(start, end)


def zone_markup(result: MrzResult) -> str:
    """The zone as HTML, one line each, the characters of every failing field marked."""
    bad: set[int] = set()
    for problem in result.problems:
        bad.update(field_positions(result, problem.field))
    out, offset = [], 0
    for line in result.lines:
        chars = []
        for i, char in enumerate(line):
            text = html.escape(char)
            chars.append(f"<span style='{BAD_STYLE}'>{text}</span>" if offset + i in bad
                         else text)
        out.append("".join(chars))
        offset += len(line)
    return "<br>".join(out)


def zone_text(text: str) -> str:
    """The lines as typed, one per line (for correcting them)."""
    return "\n".join(split_lines(text))
