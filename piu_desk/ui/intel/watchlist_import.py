"""Importing a watchlist from a CSV or XLSX file (`watchlist_sheet.read_watchlist`).

1. The officer chooses the file; it is read on the desk's worker. A damaged or malformed
   file is refused with what is wrong, and nothing is imported.
2. The preview shows every row below the column titles: valid (the entry made of it) or
   with problems (every reason). The officer says where the entries come from (HQ or this
   desk) and names the list for the audit trail. Nothing is saved yet.
3. Only valid rows are imported, all in one transaction; while other rows have problems,
   only after a confirmation that says they are left out. The summary says what was saved.
   `exec()` returns Accepted once entries were imported.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.imports.watchlist_sheet import ValidEntry, WatchlistReport, read_watchlist
from piu_desk.core.intel import watchlist
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import confirm
from piu_desk.ui.crew_import.texts import PROBLEM_COLOURS
from piu_desk.ui.errors import describe, show_error
from piu_desk.ui.import_frame import ImportDialog
from piu_desk.ui.intel.watchlist_import_preview import (
    WatchlistDonePage,
    WatchlistPreviewPage,
    WatchlistStartPage,
)
from piu_desk.ui.intel.watchlist_import_rows import ReadSheet, sheet_rows
from piu_desk.ui.tasks import TaskRunner

START, PREVIEW, DONE = range(3)
SIZE = (1180, 740)


@dataclass(frozen=True)
class Imported:
    count: int
    source: str
    left_out: int


class WatchlistImportDialog(ImportDialog):
    """`imported(count)` once the entries are saved."""

    imported = Signal(int)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchlistImportDialog")
        self._desk, self._tasks = desk, tasks
        self.today = watchlist.today_of(desk)
        self.path: Path | None = None
        self.sheet: ReadSheet | None = None
        self.outcome: Imported | None = None
        self.start = WatchlistStartPage()
        self.page = WatchlistPreviewPage()
        self.done_page = WatchlistDonePage()
        self._frame((self.start, self.page, self.done_page), "importEntries", (860, 560), SIZE,
                    PROBLEM_COLOURS[1])
        self.start.choose.connect(self.choose_file)
        self.page.other_file.connect(self.choose_file)
        self.page.source.textChanged.connect(lambda _text: self._show_decision())
        self.import_button.clicked.connect(self.import_entries)
        self.retranslate()
        self._show_step(START)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a watchlist"))
        self._show_decision()
        if self.outcome is not None:
            self._show_done(self.outcome)

    def _show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.import_button.setVisible(step == PREVIEW)
        self._show_decision()

    # -- step 1: the file -----------------------------------------------------------------
    def choose_file(self) -> None:
        folder = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the watchlist"), folder,
            self.tr("Watchlists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"))
        if name:
            self.read(Path(name))

    def read(self, path: Path) -> None:
        """Read and check the file on the desk's worker."""
        today = self.today

        def work(_progress: Any, _cancel: Any) -> ReadSheet:
            return sheet_rows(path, read_watchlist(path, today=today))
        self._working()
        self.task = self._tasks.run(work, parent=self,
                                    title=self.tr("Reading {name}…").replace("{name}",
                                                                            path.name),
                                    on_done=lambda sheet: self._read(path, sheet),
                                    on_error=self._not_read)

    def _read(self, path: Path, sheet: ReadSheet) -> None:
        self._idle()
        self.path, self.sheet = path, sheet
        self.start.show_error("")
        self.page.show_sheet(sheet)
        self._show_step(PREVIEW)

    def _not_read(self, exc: BaseException) -> None:
        self._idle()
        if self.pages.currentIndex() == PREVIEW:
            show_error(self, exc)  # the preview of the file read before stays
            return
        self.start.show_error(describe(exc) + "\n\n" + self.tr("Nothing was imported."))

    # -- step 2: the decision -------------------------------------------------------------
    def valid(self) -> tuple[ValidEntry, ...]:
        return self.sheet.report.valid if self.sheet else ()

    def blocked(self) -> str:
        """Why the entries cannot be imported now ("" when they can)."""
        if self.sheet is None:
            return ""
        if not self.valid():
            return self.tr("No row is valid, so there is nothing to import. Correct the "
                           "list and choose it again.")
        if not self.page.source.text().strip():
            return self.tr("Name the list, so the audit trail says where the entries came "
                           "from.")
        return ""

    def _show_decision(self) -> None:
        valid = len(self.valid())
        self.import_button.setText(
            self.tr("Import the valid entry") if valid == 1 else
            self.tr("Import {count} valid entries").replace("{count}", str(valid)))
        reason = self.blocked()
        self.import_button.setEnabled(self.sheet is not None and not reason and not self._busy)
        self.reason.setText(reason)
        self.reason.setVisible(self.pages.currentIndex() == PREVIEW and bool(reason))
        self.close_button.setText(self.tr("Close") if self.outcome else self.tr("Cancel"))

    def import_entries(self) -> None:
        sheet = self.sheet
        if sheet is None or self.blocked() or self._busy:
            return
        report = sheet.report
        if report.problems and not self._left_out_confirmed(report):
            return
        origin, source = self.page.origin(), " ".join(self.page.source.text().split())
        chosen = replace(report, valid=tuple(replace(v, entry=replace(v.entry, origin=origin))
                                             for v in report.valid))
        desk = self._desk

        def work(_progress: Any, _cancel: Any) -> tuple[int, Changes]:
            return watchlist.import_entries(desk, chosen, source)
        self._working()
        self.task = self._tasks.run(
            work, parent=self, title=self.tr("Importing the watchlist…"),
            on_done=lambda result: self._imported(result, source, len(report.problems)),
            on_error=self._not_imported)

    def _left_out_confirmed(self, report: WatchlistReport) -> bool:
        problems, valid = len(report.problems), len(report.valid)
        text = (self.tr("1 row has problems and will NOT be imported.") if problems == 1 else
                self.tr("{count} rows have problems and will NOT be imported.").replace(
                    "{count}", str(problems)))
        details = self.tr(
            "Only the {count} valid entries are saved now. Correct the other rows in the "
            "list and import it again; import only those rows then, or the valid ones "
            "are listed twice.").replace("{count}", str(valid))
        return confirm(self, self.tr("Import the valid entries only?"), text,
                       self.import_button.text(), details)

    def _imported(self, result: tuple[int, Changes], source: str, left_out: int) -> None:
        self._idle()
        count, changes = result
        self.outcome = Imported(count, source, left_out)
        self._tasks.changed.emit(changes)
        self._show_done(self.outcome)
        self._show_step(DONE)
        self.imported.emit(count)

    def _not_imported(self, exc: BaseException) -> None:
        self._idle()
        show_error(self, exc)

    def _show_done(self, done: Imported) -> None:
        summary = (self.tr("Imported 1 entry from {source}.") if done.count == 1 else
                   self.tr("Imported {count} entries from {source}.")).replace(
            "{count}", str(done.count)).replace("{source}", done.source)
        details = []
        if done.left_out:
            details.append(self.tr(
                "{count} rows with problems were not imported. Correct them in the list and "
                "import those rows again.").replace("{count}", str(done.left_out)))
        self.done_page.show_result(summary, details)
