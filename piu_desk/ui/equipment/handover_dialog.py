"""Import handover list…: the donor's list (XLSX or CSV) into the register.

1. The custodian chooses the file; it is read on the desk's worker, with the tags and
   serial numbers already in the register. A damaged or unreadable sheet is said here, in
   words, and nothing is imported.
2. The preview: the handover's donor, agreement, grant code, date and document; the column
   mapping (guessed, changeable: the rows are checked again at once); every row with every
   reason it cannot be imported (a duplicate tag or serial number, in the sheet or already
   in the register, included).
3. Import on the task runner — while rows have problems, only after confirming that they
   are left out — then "Save handover certificate…" offers the certificate to sign.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.equipment import assets
from piu_desk.core.equipment.handover import handover, import_handover, register_keys
from piu_desk.core.imports.handover import (
    REQUIRED,
    HandoverPreview,
    HandoverReport,
    check_rows,
    read_handover,
)
from piu_desk.core.reports.equipment_reports import render_handover_certificate
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import confirm, named
from piu_desk.ui.equipment.handover_form import HandoverFields, MappingForm
from piu_desk.ui.equipment.handover_rows import HandoverRowsModel
from piu_desk.ui.equipment.register_reports import translate_for
from piu_desk.ui.errors import describe
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.pdf_output import printout_language, render_in_background, save_pdf
from piu_desk.ui.records.common import MUTED_STYLE, record_table, today
from piu_desk.ui.tasks import Task, TaskRunner
from piu_desk.ui.widgets import InlineMessage

SIZE = (1180, 760)


class HandoverDialog(Retranslating, QDialog):
    """`imported(handover_id)` once the items are in the register."""

    imported = Signal(int)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self._desk, self._tasks = desk, tasks
        self.today = today(desk)
        self.path: Path | None = None
        self.preview: HandoverPreview | None = None
        self.report: HandoverReport | None = None
        self.keys: tuple[set[str], set[str]] = (set(), set())
        self.handover_id: int | None = None
        self.task: Task | None = None
        self.file_label = named(QLabel(), "handoverFile")
        self.file_label.setStyleSheet(MUTED_STYLE)
        self.choose_button = named(QPushButton(), "chooseHandoverFile")
        self.error = InlineMessage(name="handoverError")
        self.fields = HandoverFields(self.today)
        self.fields_group = QGroupBox()
        QVBoxLayout(self.fields_group).addWidget(self.fields)
        self.mapping = MappingForm()
        self.mapping_group = QGroupBox()
        QVBoxLayout(self.mapping_group).addWidget(self.mapping)
        self.summary = named(QLabel(), "handoverSummary")
        self.summary.setWordWrap(True)
        self.only_problems = named(QCheckBox(), "onlyProblems")
        self.model = HandoverRowsModel(self)
        self.table = record_table("handoverRows")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.import_button = named(QPushButton(), "importButton")
        self.certificate_button = named(QPushButton(), "certificateButton")
        self.certificate_button.hide()
        self.close_button = named(QPushButton(), "closeButton")
        self._connect()
        self._lay_out()
        self.resize(*SIZE)
        self._show_state()
        self.retranslate()

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self.choose_file)
        self.mapping.changed.connect(self.check)
        self.only_problems.toggled.connect(self.model.set_only_problems)
        self.import_button.clicked.connect(self.start_import)
        self.certificate_button.clicked.connect(self.save_certificate)
        self.close_button.clicked.connect(self.reject)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        rows = QHBoxLayout()
        rows.addWidget(self.summary, 1)
        rows.addWidget(self.only_problems)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.certificate_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.fields_group)
        layout.addWidget(self.mapping_group)
        layout.addLayout(rows)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a handover list"))
        self.choose_button.setText(self.tr("Choose the list…"))
        if self.path is None:
            self.file_label.setText(self.tr("The donor's handover list, as XLSX or CSV, with "
                                            "a row of column titles above the items."))
        self.fields_group.setTitle(self.tr("Handover"))
        self.mapping_group.setTitle(self.tr("Columns of the sheet (* must be there)"))
        self.only_problems.setText(self.tr("Only rows with problems"))
        self.certificate_button.setText(self.tr("Save handover certificate…"))
        self.close_button.setText(self.tr("Close") if self.handover_id else self.tr("Cancel"))
        self.model.retranslate()
        self._show_state()

    # -- step 1: the file -----------------------------------------------------------------
    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the handover list"), "",
            self.tr("Handover lists (*.xlsx *.xlsm *.csv);;All files (*)"))
        if name:
            self.read(Path(name))

    def read(self, path: Path) -> Task:
        """Read `path` on the worker; the preview, or the reason it cannot be read."""
        self.path = path
        self.file_label.setText(str(path))
        self.error.clear_text()
        desk = self._desk

        def work(_progress: Any, _cancel: Any) -> tuple[HandoverPreview, set[str], set[str]]:
            preview = read_handover(path)
            tags, serials = register_keys(desk)
            return preview, tags, serials

        def failed(exc: BaseException) -> None:
            self.preview, self.report = None, None
            self.error.show_text(describe(exc))
            self.model.show_rows(None, {}, None)
            self._show_state()

        def done(result: object) -> None:
            assert isinstance(result, tuple)
            self.preview, tags, serials = result
            self.keys = (tags, serials)
            self.mapping.show_preview(self.preview)
            self.check()
        self.task = self._tasks.run(work, parent=self, title=self.tr("Reading the list…"),
                                    on_done=done, on_error=failed)
        return self.task

    # -- step 2: the rows -----------------------------------------------------------------
    def check(self) -> None:
        if self.preview is None:
            return
        mapping = self.mapping.mapping()
        day = date.fromisoformat(self.today.toString(Qt.DateFormat.ISODate))
        self.report = check_rows(self.preview, mapping, *self.keys, day)
        self.model.show_rows(self.preview, mapping, self.report)
        # The reasons take the room left, elided, whole in the tooltip.
        self.table.horizontalHeader().setSectionResizeMode(
            self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self._show_state()

    def missing_columns(self) -> list[str]:
        mapping = self.mapping.mapping()
        return [self.mapping.labels[f].text().rstrip(" *:") for f in REQUIRED
                if f not in mapping]

    def _show_state(self) -> None:
        ready = len(self.report.valid) if self.report else 0
        problems = len(self.report.problems) if self.report else 0
        n = QLocale().toString
        if self.handover_id is not None:
            text = self.tr("%1 items were added to the register. Print the handover "
                           "certificate for signature.").replace("%1", n(ready))
        elif self.preview is None:
            text = ""
        elif self.missing_columns():
            text = self.tr("Choose the sheet's column for: %1.").replace(
                "%1", ", ".join(self.missing_columns()))
        else:
            text = self.tr("%1 rows ready to import, %2 with problems.").replace(
                "%1", n(ready)).replace("%2", n(problems))
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b00020;" if problems and self.handover_id is None
                                   else "")
        done = self.handover_id is not None
        self.import_button.setText(self.tr("Import %1 items").replace("%1", n(ready)))
        self.import_button.setEnabled(ready > 0 and not done)
        self.import_button.setVisible(not done)
        self.certificate_button.setVisible(done)
        self.choose_button.setEnabled(not done)
        self.mapping_group.setEnabled(self.preview is not None and not done)
        self.fields_group.setEnabled(not done)

    # -- step 3: import -------------------------------------------------------------------
    def start_import(self) -> Task | None:
        report = self.report
        if report is None or not report.valid or self.missing_columns():
            return None
        left_out = len(report.problems)
        if left_out and not confirm(
                self, self.tr("Import only the valid rows?"),
                self.tr("%1 rows have problems and will not be imported. Import the %2 valid "
                        "rows now?").replace("%1", str(left_out))
                .replace("%2", str(len(report.valid))),
                self.tr("Import the valid rows")):
            return None
        grant = self.fields.grant.text().strip()
        ready = HandoverReport([(row, replace(a, grant_code=a.grant_code or grant))
                                for row, a in report.valid], list(report.problems))
        desk, f, source = self._desk, self.fields, self.path.name if self.path else ""
        donor, agreement, on, document = (f.donor.text(), f.agreement.text(), f.iso_date(),
                                          f.document.text())

        def work(_progress: Any, _cancel: Any) -> tuple[int, Changes]:
            return import_handover(desk, ready, donor=donor, agreement_ref=agreement,
                                   handover_date=on, document_ref=document,
                                   source_file=source, valid_rows_only=bool(left_out))

        def failed(exc: BaseException) -> None:
            self.error.show_text(describe(exc))

        def done(result: object) -> None:
            assert isinstance(result, tuple)
            self.handover_id, changes = result
            self._tasks.changed.emit(changes)
            self.imported.emit(self.handover_id)
            self.retranslate()
            self.certificate_button.setDefault(True)
            self.certificate_button.setFocus()
        self.task = self._tasks.run(work, parent=self, title=self.tr("Importing the items…"),
                                    on_done=done, on_error=failed)
        return self.task

    def save_certificate(self) -> Task | None:
        if self.handover_id is None or self.report is None:
            return None
        desk, hid, language = self._desk, self.handover_id, printout_language()
        tags = [a.tag for _row, a in self.report.valid]

        def render() -> bytes:
            head = handover(desk, hid)
            assert head is not None
            return render_handover_certificate(head, assets.register(desk, tags=tags),
                                               desk.station(), translate_for(language),
                                               language)

        def save(data: object) -> None:
            assert isinstance(data, bytes)
            save_pdf(self, data, f"handover-certificate-{hid}.pdf", desk=desk,
                     reference=f"handover {hid}")
        self.task = render_in_background(self._tasks, render, self,
                                         self.tr("Preparing the certificate…"), save)
        return self.task
