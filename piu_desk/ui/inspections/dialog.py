"""One inspection of a port call: written as a draft, submitted for approval, shown with the
supervisor's comment when returned, and read-only once approved — then changed only by an
amendment, which asks why and keeps the earlier version.

`exec()` returns Accepted once something was saved; every save also reaches the views
through the task runner's `changed`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.attachment import OwnerKind
from piu_desk.core.domain.inspection import Amendment, Inspection, Status
from piu_desk.core.errors import DeskError, Invalid
from piu_desk.core.records import attachments, inspections, officers
from piu_desk.core.reports.printouts import inspection_printout
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import merged, named
from piu_desk.ui.entry_common import (
    PortCallInfo,
    banner,
    heading_label,
    load_port_call,
    not_default,
    number,
    port_call_line,
    set_banner,
    vessel_line,
)
from piu_desk.ui.errors import show_error, tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.inspections.attachments_panel import AttachmentsPanel
from piu_desk.ui.inspections.form import InspectionForm, submit_problems
from piu_desk.ui.inspections.review_text import review_message, status_line
from piu_desk.ui.inspections.versions import ReasonDialog, VersionsView
from piu_desk.ui.pdf_output import printout_language, render_and_save
from piu_desk.ui.tasks import TaskRunner

EDITABLE = (Status.DRAFT, Status.RETURNED)


@dataclass
class _Saved:
    """Filled on the worker thread as the save goes, read back if it fails half-way."""

    inspection_id: int | None = None
    stored_pending: set[int] = field(default_factory=set)


class InspectionDialog(Retranslating, QDialog):
    def __init__(self, desk: Desk, tasks: TaskRunner, *, port_call_id: int,
                 inspection_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionDialog")
        self._desk, self._tasks = desk, tasks
        self._port_call_id = port_call_id
        self._inspection: Inspection | None = None
        self._info: PortCallInfo | None = None
        self._amend_reason: str | None = None
        self._load_failed = False
        self._busy = False
        self._build()
        self._load(inspection_id)
        self.retranslate()
        self.resize(1040, 780)

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.vessel = heading_label("vesselHeading")
        self.port_call = named(QLabel(), "portCallLine")
        self.status = named(QLabel(), "status")
        self.review = banner("reviewBanner")
        self.form = InspectionForm()
        self.attachments = AttachmentsPanel(self._desk, self._tasks)
        self.attachments.items_changed.connect(self._retitle_tabs)
        self.versions = VersionsView()
        self.tabs = named(QTabWidget(), "inspectionTabs")
        self.tabs.addTab(self.attachments, "")
        self.tabs.addTab(self.versions, "")
        self.amend_button = named(QPushButton(), "amend")
        self.save_button = named(QPushButton(), "saveDraft")
        self.submit_button = named(QPushButton(), "submit")
        self.save_amendment_button = named(QPushButton(), "saveAmendment")
        self.cancel_amendment_button = named(QPushButton(), "cancelAmendment")
        self.close_button = named(QPushButton(), "close")
        self.pdf_button = named(QPushButton(), "savePdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons = (self.pdf_button, self.amend_button, self.save_button, self.submit_button,
                   self.save_amendment_button, self.cancel_amendment_button, self.close_button)
        not_default(*buttons)
        self.amend_button.clicked.connect(self.ask_amendment)
        self.save_button.clicked.connect(self.save_draft)
        self.submit_button.clicked.connect(self.submit)
        self.save_amendment_button.clicked.connect(self.save_amendment)
        self.cancel_amendment_button.clicked.connect(self.cancel_amendment)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._save_shortcut)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.amend_button)
        row.addWidget(self.cancel_amendment_button)
        row.addStretch(1)
        for button in (self.save_button, self.submit_button, self.save_amendment_button,
                       self.close_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.vessel)
        layout.addWidget(self.port_call)
        layout.addWidget(self.status)
        layout.addWidget(self.review)
        layout.addWidget(self.form, 3)
        layout.addWidget(self.tabs, 2)
        layout.addLayout(row)

    def _load(self, inspection_id: int | None) -> None:
        desk = self._desk
        self._info = self._tasks.call(lambda: load_port_call(desk, self._port_call_id), self)
        if inspection_id is not None:
            self._inspection = self._tasks.call(lambda: inspections.get(desk, inspection_id),
                                                self)
            self._load_failed = self._inspection is None
        self._fill()

    def _fill(self) -> None:
        session = self._desk.session
        me = session.username if session else ""
        self.form.fill(self._inspection, self.boarding_officers(), me)
        self.attachments.set_owner(self._inspection.id if self._inspection else None)
        amendments: list[Amendment] = []
        if self._inspection is not None and self._inspection.amendments:
            iid = self._inspection.id or 0
            amendments = self._tasks.call(
                lambda: inspections.amendments(self._desk, iid), self) or []
        self.versions.set_amendments(amendments, self.form.officers.names())
        self.tabs.setTabVisible(1, bool(amendments))
        self._apply_mode()

    def boarding_officers(self) -> list[tuple[str, str]]:
        """The desk's officers; empty for a role that may not list them (it only reads)."""
        try:
            return officers.boarding_officers(self._desk)
        except DeskError:
            return []

    # -- modes ----------------------------------------------------------------------------
    def mode(self) -> str:
        """"edit" (new, draft, returned), "approved", "amending" or "view"."""
        session = self._desk.session
        may_edit = session is not None and (session.has(Role.OFFICER)
                                            or session.has(Role.SUPERVISOR))
        if self._load_failed or not may_edit:
            return "view"
        if self._amend_reason is not None:
            return "amending"
        status = self._inspection.status if self._inspection else Status.DRAFT
        if status in EDITABLE:
            return "edit"
        return "approved" if status == Status.APPROVED else "view"

    def _apply_mode(self) -> None:
        mode = self.mode()
        self.form.set_editable(mode in ("edit", "amending"))
        self.attachments.set_editable(mode == "edit")
        for button, shown in ((self.save_button, mode == "edit"),
                              (self.submit_button, mode == "edit"),
                              (self.amend_button, mode == "approved"),
                              (self.save_amendment_button, mode == "amending"),
                              (self.cancel_amendment_button, mode == "amending"),
                              (self.pdf_button, self._inspection is not None)):
            button.setVisible(shown)
        self.retranslate()

    # -- text -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        new = self._inspection is None and not self._load_failed
        self.setWindowTitle(self.tr("New inspection") if new else self.tr("Inspection"))
        if self._info is not None:
            self.vessel.setText(vessel_line(self._info))
            self.port_call.setText(port_call_line(self._info))
        if self._inspection is None:
            self.status.setText(self.tr("New inspection, not saved yet") if new else "")
        else:
            self.status.setText(status_line(self._inspection))
        set_banner(self.review, *review_message(self._inspection, self._amend_reason,
                                                self.form.officers.names()))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.pdf_button.setToolTip(self.tr("The inspection report, to print or to file"))
        self.amend_button.setText(self.tr("Amend…"))
        self.amend_button.setToolTip(self.tr("Change the approved inspection; the version "
                                             "approved now is kept with your reason."))
        self.save_button.setText(self.tr("Save draft"))
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+S); submit it later"))
        self.submit_button.setText(self.tr("Submit for approval"))
        self.save_amendment_button.setText(self.tr("Save amendment"))
        self.cancel_amendment_button.setText(self.tr("Cancel amendment"))
        editing = self.mode() in ("edit", "amending")
        self.close_button.setText(self.tr("Cancel") if editing else self.tr("Close"))
        self._retitle_tabs()

    def _retitle_tabs(self) -> None:
        count = self.attachments.model.rowCount()
        self.tabs.setTabText(0, self.tr("Photos and documents (%1)").replace("%1",
                                                                               number(count)))
        self.tabs.setTabText(1, self.tr("Earlier versions (%1)").replace(
            "%1", number(self.versions.table.topLevelItemCount())))

    # -- saving ---------------------------------------------------------------------------
    def _save_shortcut(self) -> None:
        mode = self.mode()
        if mode == "edit":
            self.save_draft()
        elif mode == "amending":
            self.save_amendment()

    def save_draft(self) -> None:
        self._save(submit=False)

    def submit(self) -> None:
        """Outcome and findings are checked before anything is saved, all at once."""
        self.form.errors.clear()
        problems = submit_problems(self.form.build(self._inspection, self._port_call_id))
        if problems:
            self.form.show_problems(problems)
            return
        self._save(submit=True)

    def _save(self, submit: bool) -> None:
        if self._busy or self.mode() != "edit":
            return
        self.form.errors.clear()
        candidate = self.form.build(self._inspection, self._port_call_id)
        pending = self.attachments.pending_items()
        desk, saved = self._desk, _Saved(candidate.id)

        def work() -> Changes:
            done: list[Changes] = []
            if saved.inspection_id is None:
                saved.inspection_id, changes = inspections.record(desk, candidate)
                done.append(changes)
            else:
                done.append(inspections.update_draft(desk, candidate))
            for n, item in enumerate(pending):
                attachments.add(desk, OwnerKind.INSPECTION, saved.inspection_id,
                                item.file_name, item.data or b"", item.thumbnail)
                saved.stored_pending.add(n)
                done.append(Changes.of("attachments"))
            if submit:
                done.append(inspections.submit(desk, saved.inspection_id))
            return merged(*done)
        title = self.tr("Submitting the inspection…") if submit else \
            self.tr("Saving the inspection…")
        self._run(work, title, lambda exc: self._save_failed(exc, saved))

    def _save_failed(self, exc: BaseException, saved: _Saved) -> None:
        """Half-way saved (a new draft, some photos): show what exists now, then why."""
        if saved.inspection_id is not None and self._inspection is None:
            pending = [item for n, item in enumerate(self.attachments.pending_items())
                       if n not in saved.stored_pending]
            self._inspection = self._tasks.call(
                lambda: inspections.get(self._desk, saved.inspection_id or 0), self)
            self._fill()
            self.attachments.model.append(pending)
        self._failed(exc)

    def ask_amendment(self) -> None:
        dialog = ReasonDialog(
            self.tr("Amend the approved inspection"),
            self.tr("Why is this approved inspection changed? The reason is kept with the "
                    "version approved now, for everyone to see."),
            self.tr("Amend"),
            tr_core("Validation", "Say why the approved inspection is amended."), self)
        dialog.setObjectName("amendReason")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_amendment(dialog.text())

    def start_amendment(self, reason: str) -> None:
        self._amend_reason = reason
        self._apply_mode()
        self.form.findings.setFocus()

    def cancel_amendment(self) -> None:
        self._amend_reason = None
        self.form.errors.clear()
        self._fill()

    def save_amendment(self) -> None:
        if self._busy or self._amend_reason is None or self._inspection is None:
            return
        self.form.errors.clear()
        candidate = self.form.build(self._inspection, self._port_call_id)
        desk, reason = self._desk, self._amend_reason
        self._run(lambda: inspections.amend(desk, candidate, reason),
                  self.tr("Saving the amendment…"), self._failed)

    def _run(self, work: Callable[[], Changes], title: str,
             on_error: Callable[[BaseException], None]) -> None:
        self._set_busy(True)
        self._tasks.run(lambda progress, cancel: work(), parent=self, title=title,
                        on_done=self._succeeded, on_error=on_error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.save_button, self.submit_button, self.save_amendment_button,
                       self.close_button, self.amend_button, self.cancel_amendment_button):
            button.setEnabled(not busy)

    def _succeeded(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, Invalid):
            self.form.show_invalid(exc.field, exc.render(tr_core))
        else:
            show_error(self, exc)

    def reject(self) -> None:
        if not self._busy:  # the running work reports back to this dialog
            super().reject()

    def save_pdf(self) -> None:
        """The inspection report as it stands, rendered off the GUI thread."""
        inspection, session = self._inspection, self._desk.session
        if inspection is None or inspection.id is None or session is None:
            return
        desk, iid, printed_by = self._desk, inspection.id, session.user.full_name
        language = printout_language()
        render_and_save(self._tasks, self, self.tr("Preparing the inspection report…"),
                        lambda: inspection_printout(desk, iid, printed_by, datetime.now(),
                                                    tr_core, language), desk=desk)
