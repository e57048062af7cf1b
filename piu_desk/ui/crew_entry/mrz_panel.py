"""Scanning a passport or ID card into the crew list.

A zone whose every check digit holds fills a row at once. A zone with a problem fills
nothing by itself: the lines are shown with the failing field marked and the core's
explanation of each problem, and the officer corrects the lines and checks again, fills
the row anyway (the row keeps the warnings), or discards the scan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.domain.mrz import MrzResult, parse_mrz
from piu_desk.core.errors import Invalid
from piu_desk.core.text import Message
from piu_desk.ui import fonts
from piu_desk.ui.admin.common import error_label, named
from piu_desk.ui.crew_entry.mrz_zone import (
    FIELD_COLUMNS,
    MrzInput,
    member_values,
    zone_markup,
    zone_text,
)
from piu_desk.ui.entry_common import not_default
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating

NOTE_STYLE = "color: #5f6368;"


class MrzPanel(Retranslating, QGroupBox):
    """`filled(values, warnings)`: cells for a crew row, and per column the MRZ problems
    the officer accepted."""

    filled = Signal(dict, dict)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mrzPanel")
        self._today = today
        self._result: MrzResult | None = None
        self._filled_name = ""
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.input = MrzInput()
        self.progress = named(QLabel(), "mrzProgress")
        self.input.lines_changed.connect(lambda _n: self._show_progress())
        self.input.zone_read.connect(self.check)
        self.status = named(QLabel(), "mrzStatus")
        self.status.setWordWrap(True)
        self.zone = named(QLabel(), "mrzZone")
        self.zone.setFont(fonts.monospace(max(self.font().pointSize(), 10)))
        self.zone.setTextFormat(Qt.TextFormat.RichText)
        self.problems = named(error_label(), "mrzProblems")
        self.notes = named(QLabel(), "mrzNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(NOTE_STYLE)
        self.correction = named(QPlainTextEdit(), "mrzCorrection")
        self.correction.setFont(fonts.monospace(max(self.font().pointSize(), 10)))
        self.correction.setTabChangesFocus(True)
        self.correction.setFixedHeight(self.correction.fontMetrics().lineSpacing() * 4)
        self.recheck_button = named(QPushButton(), "mrzRecheck")
        self.accept_button = named(QPushButton(), "mrzAccept")
        self.discard_button = named(QPushButton(), "mrzDiscard")
        not_default(self.recheck_button, self.accept_button, self.discard_button)
        self.recheck_button.clicked.connect(lambda: self.check(self.correction.toPlainText()))
        self.accept_button.clicked.connect(self.accept_anyway)
        self.discard_button.clicked.connect(self.discard)
        self.review = QWidget()
        review = QVBoxLayout(self.review)
        review.setContentsMargins(0, 0, 0, 0)
        review.addWidget(self.zone)
        review.addWidget(self.problems)
        review.addWidget(self.correction)
        buttons = QHBoxLayout()
        for button in (self.recheck_button, self.accept_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        review.addLayout(buttons)
        self.review.hide()
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.review)
        layout.addWidget(self.notes)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Passport or ID card (MRZ)"))
        self.hint.setText(self.tr(
            "Scan the document with the desk reader while the field below has the focus, "
            "or type its 2 lines (passport) or 3 lines (ID card), pressing Enter after "
            "each. A row is filled when every check digit holds."))
        self.input.setPlaceholderText(self.tr("Scan or type the MRZ here"))
        self.recheck_button.setText(self.tr("Check again"))
        self.recheck_button.setToolTip(self.tr("Check the lines as corrected above"))
        self.accept_button.setText(self.tr("Fill the row anyway"))
        self.accept_button.setToolTip(self.tr(
            "The row is filled as read; the cells of the failing fields stay marked."))
        self.discard_button.setText(self.tr("Discard"))
        self._show_progress()
        self._show_result()

    def _show_progress(self) -> None:
        got = len(self.input.lines())
        self.progress.setText(self.tr("line %1 of %2 read").replace("%1", str(got)).replace(
            "%2", str(self.input.expected())) if got else "")

    # -- checking -------------------------------------------------------------------------
    def check(self, text: str) -> MrzResult | None:
        """Parse and verify a zone; fill a row when it is right, else show why."""
        self._result, self._filled_name = None, ""
        self.correction.setPlainText(zone_text(text))
        try:
            result = parse_mrz(text, self._today())
        except Invalid as exc:  # the lines cannot be laid out: wrong count or length
            self._show_layout_problem(exc.message)
            return None
        self._result = result
        if result.ok:
            self._filled_name = f"{result.primary_identifier} {result.secondary_identifier}"
            self.filled.emit(member_values(result), {})
            self.input.setFocus()
        self._show_result()
        return result

    def _show_layout_problem(self, message: Message) -> None:
        self.status.clear()
        self.notes.hide()
        self.zone.clear()
        self.problems.setText(message.render(tr_core))
        self.problems.show()
        self.accept_button.hide()
        self.review.show()
        self.correction.setFocus()

    def _show_result(self) -> None:
        result = self._result
        if result is None:
            if not self.review.isVisible():
                self.status.clear()
            return
        self.notes.setText("\n".join(note.render(tr_core) for note in result.notes))
        self.notes.setVisible(bool(result.notes))
        if result.ok:
            self.status.setText(self.tr("Row filled from the MRZ: %1.").replace(
                "%1", self._filled_name))
            self.review.hide()
            return
        self.status.setText(self.tr(
            "The MRZ was not used: %n problem(s) below. Correct the lines and check again, "
            "or fill the row anyway.", "", len(result.problems)))
        self.zone.setText(zone_markup(result))
        self.problems.setText("\n".join("• " + p.message.render(tr_core)
                                        for p in result.problems))
        self.problems.show()
        self.accept_button.show()
        self.review.show()

    def accept_anyway(self) -> None:
        result = self._result
        if result is None or result.ok:
            return
        warnings: dict[str, list[Message]] = {}
        for problem in result.problems:
            warnings.setdefault(FIELD_COLUMNS.get(problem.field, "document_number"),
                                []).append(problem.message)
        self.filled.emit(member_values(result), warnings)
        self.discard()
        self.status.setText(self.tr("Row filled from the MRZ as read; its marked cells need "
                                    "checking against the document."))

    def discard(self) -> None:
        self._result = None
        self.review.hide()
        self.notes.hide()
        self.status.clear()
        self.correction.clear()
        self.input.reset()
        self.input.setFocus()

    def problem_texts(self) -> list[str]:
        """The problems shown now (for tests and screen readers)."""
        return [line for line in self.problems.text().splitlines() if line]
