"""The daily report dialog: choose the period and the report's language, look at the report
page by page, then print it or save it as a PDF.

When is a report issued? The preview is a draft: no number, no verification code, nothing
recorded, so a supervisor can look at any period as often as needed. The report is ISSUED
(numbered, coded, recorded in the audit trail) at the moment a copy leaves the desk: when
the print dialog is accepted, or when the place to save the PDF is chosen and the warning
that it is not encrypted accepted. Cancelling either issues nothing. The issued report then
replaces the draft in the preview, and printing or saving again (the same period and
language) gives that same report, not a new number. The PDF stays in memory: it is drawn
for the screen and the printer from there, and written only to the file the user chose.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QPageSize
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.errors import DeskError, Invalid
from piu_desk.core.reports.daily_period import Period
from piu_desk.core.reports.daily_register import (
    IssuedReport,
    issue_daily_report,
    preview_daily_report,
)
from piu_desk.core.reports.output import export_pdf
from piu_desk.core.reports.printouts import file_name
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named
from piu_desk.ui.dashboard.pdf_pages import PdfPages, print_pages
from piu_desk.ui.dashboard.period_picker import PeriodPicker
from piu_desk.ui.dashboard.preview import ReportPreview
from piu_desk.ui.dashboard.report_language import ReportTranslator
from piu_desk.ui.entry_common import desk_today
from piu_desk.ui.errors import describe, show_error
from piu_desk.ui.i18n import LanguagePicker, Retranslating
from piu_desk.ui.pdf_output import ask_path, confirm_unencrypted, default_folder, printout_language
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import InlineMessage

PREVIEW_DELAY_MS = 350
ISSUED_STYLE = "color: #1b5e20; font-weight: bold;"
DRAFT_STYLE = "color: #5f6368;"


def ask_printer(printer: QPrinter, pages: int, parent: QWidget | None) -> bool:
    """The system's print dialog; True when the user chose to print. Printing to a file is
    left out: a PDF file is made with "Save as PDF…", which warns that it is not encrypted."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(pages, 1))
    return dialog.exec() == QDialog.DialogCode.Accepted


class DailyReportDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dailyReportDialog")
        self._desk, self._tasks = desk, tasks
        self._translator = ReportTranslator()
        self._generation = 0
        self.issued: IssuedReport | None = None
        self._issued_for: tuple[str, str] = ("", "")
        self.last_saved: Path | None = None
        self.picker = PeriodPicker(desk_today(desk))
        self.language = LanguagePicker(printout_language())
        self.language.setObjectName("reportLanguage")
        self.status = named(QLabel(), "reportStatus")
        self.status.setWordWrap(True)
        self.error = InlineMessage(name="reportError")
        self.preview = ReportPreview()
        self.print_button = named(QPushButton(), "printReport")
        self.save_button = named(QPushButton(), "saveReport")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self._lay_out()
        self._shown: Period | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.make_preview)
        self.picker.changed.connect(self._timer.start)
        self.language.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.resize(1040, 780)
        self.retranslate()
        self.make_preview()

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.period_label, self.language_label = QLabel(), QLabel()
        self.form.addRow(self.period_label, self.picker)
        self.form.addRow(self.language_label, self.language)
        top = QHBoxLayout()
        top.addLayout(self.form, 3)
        side = QVBoxLayout()
        side.addWidget(self.status)
        side.addWidget(self.error)
        side.addStretch(1)
        top.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Daily report"))
        self.period_label.setText(self.tr("Period:"))
        self.language_label.setText(self.tr("Report &language:"))
        self.language_label.setBuddy(self.language)
        self.language.setToolTip(self.tr("The report's language, whatever language the "
                                         "window is in"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self._show_status()

    # -- the period, the language, the preview -------------------------------------------------
    def period(self) -> Period | None:
        try:
            period = self.picker.period()
        except Invalid as exc:
            self.error.show_error(exc)
            return None
        self.error.clear_text()
        return period

    def report_language(self) -> str:
        return self.language.language()

    def _key(self, period: Period) -> tuple[str, str]:
        return period.key, self.report_language()

    def _is_issued(self, period: Period) -> bool:
        return self.issued is not None and self._issued_for == self._key(period)

    def make_preview(self) -> None:
        """A draft of the chosen period (or the issued report, once it is)."""
        self._timer.stop()
        period = self._shown = self.period()
        self._generation += 1
        self._enable(period is not None)
        if period is None:
            self.preview.set_message(self.tr("Choose a period the report can cover."))
            return
        if self._is_issued(period) and self.issued is not None:
            self.preview.set_pdf(self.issued.pdf)
            self._show_status()
            return
        generation, language = self._generation, self.report_language()
        translate = self._translator.translate_for(language)
        self.preview.set_message(self.tr("Preparing the preview…"))
        self._show_status()
        self._tasks.run(lambda _p, _c: preview_daily_report(self._desk, period, language,
                                                            translate),
                        parent=self, title=self.tr("Preparing the preview…"),
                        on_done=lambda pdf: self._show_draft(generation, pdf),
                        on_error=lambda exc: self._failed(generation, exc))

    def _show_draft(self, generation: int, pdf: bytes) -> None:
        if generation == self._generation:
            self.preview.set_pdf(pdf)
            self._show_status()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.preview.set_message(describe(exc))

    def _enable(self, ok: bool) -> None:
        self.print_button.setEnabled(ok)
        self.save_button.setEnabled(ok)

    def _show_status(self) -> None:
        period = self._shown
        if period is not None and self._is_issued(period) and self.issued is not None:
            self.status.setStyleSheet(ISSUED_STYLE)
            self.status.setText(self.tr("Issued as report {number}, verification code "
                                        "{code}.").replace("{number}", self.issued.number)
                                .replace("{code}", self.issued.code))
            return
        self.status.setStyleSheet(DRAFT_STYLE)
        self.status.setText(self.tr(
            "This preview is a draft. The report is given its number and verification code, "
            "and recorded, when you print it or save it."))

    def done(self, result: int) -> None:
        self.release()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.release()
        super().closeEvent(event)

    def release(self) -> None:
        """Close the PDF now, on this thread: left to the garbage collector, PDFium could be
        called from the worker thread while this one draws a page."""
        self._generation += 1
        self.preview.set_pdf(None)

    # -- issuing, printing, saving ------------------------------------------------------------
    def _with_issued(self, period: Period, then: Callable[[IssuedReport], None]) -> None:
        """Issue the report for `period` unless it already is, then `then(report)`."""
        if self._is_issued(period) and self.issued is not None:
            then(self.issued)
            return
        key, language = self._key(period), self.report_language()
        translate = self._translator.translate_for(language)

        def done(result: object) -> None:
            assert isinstance(result, IssuedReport)
            self.issued, self._issued_for = result, key
            self._tasks.changed.emit(Changes.of("audit", "reports"))
            if self._key(period) == key and self.isVisible():
                self.preview.set_pdf(result.pdf)
            self._show_status()
            then(result)
        self._tasks.run(lambda _p, _c: issue_daily_report(self._desk, period, language,
                                                          translate),
                        parent=self, title=self.tr("Issuing the daily report…"), on_done=done)

    def print_report(self) -> None:
        period = self.period()
        if period is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.tr("Daily report"))
        if not ask_printer(printer, self.preview.page_count(), self):
            return
        self._with_issued(period, lambda issued: self._print(printer, issued))

    def _print(self, printer: QPrinter, issued: IssuedReport) -> None:
        pages = PdfPages(issued.pdf)
        try:
            sent = print_pages(printer, pages)
        finally:
            pages.close()
        if not sent:
            self.error.show_text(self.tr("The printer could not be opened. Check that it is "
                                         "switched on and connected, then print again."))

    def save_report(self) -> None:
        period = self.period()
        if period is None:
            return
        suggested = file_name("daily-report", self.issued.number if self._is_issued(period)
                              and self.issued else period.file_stem(),
                              language=self.report_language())
        target = ask_path(self, suggested, default_folder())
        if target is None or not confirm_unencrypted(self, target):
            return
        self._with_issued(period, lambda issued: self._save(target, issued))

    def _save(self, target: Path, issued: IssuedReport) -> None:
        try:
            self.last_saved = export_pdf(self._desk, target, issued.pdf, issued.number)
        except DeskError as exc:  # a full disk, a read-only stick: said, nothing half-written
            show_error(self, exc)
            return
        self._tasks.changed.emit(Changes.of("audit"))
