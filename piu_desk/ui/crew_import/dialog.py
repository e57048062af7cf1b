"""Importing a crew list from a shipping agent's spreadsheet (IMO FAL Form 5).

1. The officer chooses the file; it is read on the desk's worker with progress and Cancel,
   and its ship particulars matched to a vessel and port call (`crew_import.plan`).
2. The preview shows the particulars and where the list goes, the column mapping (which the
   officer may change: the rows are checked again at once) and every row below the column
   titles: valid, with problems (every reason) or skipped (the reason). Nothing is dropped
   unseen, and nothing is saved yet.
3. The officer decides: only valid rows are imported, and while other rows have problems
   only after a confirmation that says they are left out. The summary says what was saved
   where. `exec()` returns Accepted once a list was imported.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.vessel import PortCall
from piu_desk.core.errors import Cancelled
from piu_desk.core.imports.crew_sheet import Field, RowReport, SheetPreview, apply_mapping
from piu_desk.core.imports.crew_sheet import read_sheet as read_crew_sheet
from piu_desk.core.imports.particulars import Particular
from piu_desk.core.records import crew, crew_import, port_calls
from piu_desk.core.records.crew_import import ImportPlan
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import confirm
from piu_desk.ui.crew_import.match_panel import Match
from piu_desk.ui.crew_import.pages import DonePage, StartPage
from piu_desk.ui.crew_import.port_call_picker import PortCallPicker
from piu_desk.ui.crew_import.preview_page import PreviewPage
from piu_desk.ui.crew_import.texts import PROBLEM_COLOURS, call_line, call_moment, desk_today
from piu_desk.ui.errors import describe, show_error
from piu_desk.ui.import_frame import ImportDialog
from piu_desk.ui.tasks import TaskRunner

START, PREVIEW, DONE = range(3)
SIZE = (1240, 780)


@dataclass(frozen=True)
class Imported:
    list_id: int
    port_call: PortCall
    count: int
    new_vessel: bool
    new_port_call: bool
    left_out: int
    skipped: int


class CrewImportDialog(ImportDialog):
    """`imported(crew_list_id)` once the rows are saved; `port_call_id` preselects the
    port call the list goes to (the sheet's own match is then not used)."""

    imported = Signal(int)

    def __init__(self, desk: Desk, tasks: TaskRunner, *, port_call_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crewImportDialog")
        self._desk, self._tasks = desk, tasks
        self.today = desk_today(desk)
        self.path: Path | None = None
        self.preview: SheetPreview | None = None
        self.plan: ImportPlan | None = None
        self.mapping: dict[Field, int | None] = {}
        self.changed: set[int] = set()
        self.report: RowReport | None = None
        self.chosen: PortCall | None = None
        self.outcome: Imported | None = None
        self.start = StartPage()
        self.page = PreviewPage()
        self.done_page = DonePage()
        self._frame((self.start, self.page, self.done_page), "importRows", (960, 640), SIZE,
                    PROBLEM_COLOURS[1])
        self._connect()
        if port_call_id is not None:
            self.chosen = tasks.call(lambda: port_calls.get(desk, port_call_id), self)
        self.retranslate()
        self._show_step(START)

    def _connect(self) -> None:
        self.start.choose.connect(self.choose_file)
        self.page.other_file.connect(self.choose_file)
        self.page.sheet_chosen.connect(self._sheet_chosen)
        self.page.mapped.connect(self.remap)
        self.page.match.choose.connect(self.choose_port_call)
        self.page.match.use_sheet.connect(self.use_sheet_match)
        self.import_button.clicked.connect(self.import_rows)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a crew list"))
        self.start.set_target(call_line(self.chosen) if self.chosen else "")
        self._show_decision()
        if self.outcome is not None:
            self._show_done(self.outcome)

    def _show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.import_button.setVisible(step == PREVIEW)
        self.reason.setVisible(step == PREVIEW and bool(self.reason.text()))
        self._show_decision()

    # -- step 1: the file -----------------------------------------------------------------
    def choose_file(self) -> None:
        folder = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the crew list"), folder,
            self.tr("Crew lists (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"))
        if name:
            self.read(Path(name))

    def read(self, path: Path, sheet: str | None = None) -> None:
        """Read the file (and match its particulars) on the desk's worker."""
        desk, today = self._desk, self.today

        def work(progress: Any, cancel: Any) -> tuple[SheetPreview, ImportPlan]:
            preview = read_crew_sheet(path, sheet=sheet, today=today, progress=progress,
                                      cancel=cancel)
            return preview, crew_import.plan(desk, preview)
        self._working()
        self.task = self._tasks.run(work, parent=self, cancellable=True,
                                    title=self.tr("Reading %1…").replace("%1", path.name),
                                    on_done=lambda result: self._read(path, result),
                                    on_error=self._not_read)

    def _read(self, path: Path, result: tuple[SheetPreview, ImportPlan]) -> None:
        self._idle()
        self.path = path
        self.preview, self.plan = result
        self.mapping = dict(self.preview.mapping)
        self.changed = set()
        self.start.show_error("")
        self.page.show_preview(self.preview)
        self.page.match.set_direction(self.plan.direction)
        self._show_match()
        self.revalidate()
        self._show_step(PREVIEW)
        self.page.fit_panels()

    def _not_read(self, exc: BaseException) -> None:
        self._idle()
        if isinstance(exc, Cancelled):
            text = self.tr("Reading the file was cancelled; nothing was changed.")
        else:
            text = describe(exc)
        if self.pages.currentIndex() == PREVIEW and self.preview is not None:
            self.page.sheet.setCurrentText(self.preview.sheet_name)
            if not isinstance(exc, Cancelled):
                show_error(self, exc)
            return
        self.start.show_error(text)

    def _sheet_chosen(self, sheet: str) -> None:
        if self.path is not None and self.preview is not None \
                and sheet != self.preview.sheet_name:
            self.read(self.path, sheet)

    # -- step 2: the preview --------------------------------------------------------------
    def remap(self, column: int, field: Field | None) -> None:
        """The officer says `column` holds `field` (None: not imported); a field moves from
        the column that held it before."""
        for f, col in self.mapping.items():
            if col == column:
                self.mapping[f] = None
        if field is not None:
            before = self.mapping.get(field)
            if before is not None:
                self.changed.add(before)
            self.mapping[field] = column
        self.changed.add(column)
        self.revalidate()

    def revalidate(self) -> None:
        """Check every row again through the mapping (milliseconds, on this thread)."""
        assert self.preview is not None
        try:
            self.report = apply_mapping(self.preview, self.mapping, today=self.today)
        except Exception as exc:  # shown, never a trace
            show_error(self, exc)
            return
        self.page.show_report(self.report, self.mapping, self.preview.confidence,
                              self.changed)
        self._show_decision()

    def choose_port_call(self) -> PortCallPicker:
        current = self.chosen or (self.plan.port_call if self.plan else None)
        picker = PortCallPicker(self._desk, self._tasks, current, parent=self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._port_call_chosen(picker.chosen))
        picker.open()
        return picker

    def _port_call_chosen(self, call: PortCall | None) -> None:
        if call is not None:
            self.chosen = call
            self._show_match()

    def use_sheet_match(self) -> None:
        self.chosen = None
        self._show_match()

    def _show_match(self) -> None:
        ship = self.preview.particulars.value(Particular.SHIP_NAME) if self.preview else ""
        self.page.show_match(Match(self.plan, self.chosen, ship))
        self._show_decision()

    def _match(self) -> Match:
        return self.page.match.match

    # -- step 3: the decision -------------------------------------------------------------
    def blocked(self) -> str:
        """Why the rows cannot be imported now ("" when they can)."""
        if self.report is None:
            return ""
        if not self.report.valid:
            return self.tr("No row is valid, so there is nothing to import. Correct the sheet, "
                           "or the column choices above the rows.")
        if not self._match().target_known:
            return self.tr("Choose the port call this crew list belongs to.")
        return ""

    def _show_decision(self) -> None:
        valid = len(self.report.valid) if self.report else 0
        self.import_button.setText(self.tr("Import the valid row") if valid == 1 else
                                   self.tr("Import %1 valid rows").replace("%1", str(valid)))
        reason = self.blocked()
        self.import_button.setEnabled(self.report is not None and not reason and not self._busy)
        self.reason.setText(reason)
        self.reason.setVisible(self.pages.currentIndex() == PREVIEW and bool(reason))
        self.close_button.setText(self.tr("Close") if self.outcome else self.tr("Cancel"))

    def import_rows(self) -> None:
        report, preview, plan = self.report, self.preview, self.plan
        if report is None or preview is None or plan is None or self.blocked():
            return
        if report.problems and not self._left_out_confirmed(report):
            return
        chosen = replace(plan, direction=self.page.match.chosen_direction())
        desk, today = self._desk, self.today
        target = self.chosen.id if self.chosen else None

        def work(_progress: Any, _cancel: Any) -> tuple[Imported, Changes]:
            list_id, changes = crew_import.commit(desk, preview, report, chosen, today=today,
                                                  port_call_id=target)
            saved = crew.get_list(desk, list_id)
            call = port_calls.get(desk, saved.port_call_id)
            return Imported(list_id, call, len(saved.members),
                            target is None and chosen.vessel is None,
                            target is None and chosen.port_call is None,
                            len(report.problems), len(report.skipped)), changes
        self._working()
        self.task = self._tasks.run(work, parent=self,
                                    title=self.tr("Importing the crew list…"),
                                    on_done=self._imported, on_error=self._not_imported)

    def _left_out_confirmed(self, report: RowReport) -> bool:
        problems, valid = len(report.problems), len(report.valid)
        text = (self.tr("1 row has problems and will NOT be imported.") if problems == 1 else
                self.tr("%1 rows have problems and will NOT be imported.").replace(
                    "%1", str(problems)))
        details = self.tr(
            "Only the %1 valid rows are saved now. The rows with problems can be corrected in "
            "the sheet and imported later: they are then saved as another crew list of the "
            "same port call.").replace("%1", str(valid))
        return confirm(self, self.tr("Import the valid rows only?"), text,
                       self.import_button.text(), details)

    def _imported(self, result: tuple[Imported, Changes]) -> None:
        self._idle()
        done, changes = result
        self.outcome = done
        self._tasks.changed.emit(changes)
        self._show_done(done)
        self._show_step(DONE)
        self.imported.emit(done.list_id)

    def _not_imported(self, exc: BaseException) -> None:
        self._idle()
        self._show_decision()
        show_error(self, exc)

    def _show_done(self, done: Imported) -> None:
        call = done.port_call
        summary = (self.tr("Imported 1 crew member into the crew list of %2, %3.")
                   if done.count == 1 else
                   self.tr("Imported %1 crew members into the crew list of %2, %3."))
        details = []
        if done.new_vessel:
            details.append(self.tr("The vessel %1 was registered from the sheet.").replace(
                "%1", call.vessel_name))
        if done.new_port_call:
            details.append(self.tr("Its port call was recorded from the sheet: %1.").replace(
                "%1", call_moment(call)))
        if done.left_out:
            details.append(self.tr(
                "%1 rows with problems were not imported. Correct them in the sheet and "
                "import it again; they will make another crew list of this port call."
            ).replace("%1", str(done.left_out)))
        if done.skipped:
            details.append(self.tr("%1 rows were skipped as not crew (signatures, footers, "
                                   "empty numbered lines).").replace("%1", str(done.skipped)))
        self.done_page.show_result(summary.replace("%1", str(done.count)).replace(
            "%2", call.vessel_name).replace("%3", call_moment(call)), details)
