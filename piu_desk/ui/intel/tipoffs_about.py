"""The tip-offs about one vessel, person or port call, for that record's page: received,
grade (in its scheme), status and what was reported; a double click opens the tip-off.
Hidden while there is none; it reads again when tip-offs change."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.domain.tipoff import SubjectKind, TipOff
from piu_desk.core.errors import DeskError
from piu_desk.core.records import tipoffs
from piu_desk.core.session import Changes
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.tipoffs_dialog import TipOffDialog
from piu_desk.ui.intel.tipoffs_texts import channel_line, grade_text, status_text
from piu_desk.ui.records.common import format_moment
from piu_desk.ui.records.page import fill_row, fit_rows, record_in, small_table
from piu_desk.ui.tasks import TaskRunner

TEXT_SHOWN = 90


class TipOffsAbout(Retranslating, QGroupBox):
    def __init__(self, desk: Desk, tasks: TaskRunner, kind: SubjectKind | str, ref: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tipoffsAbout")
        self._desk, self._tasks, self.kind, self.ref = desk, tasks, SubjectKind(kind), ref
        self.found: list[TipOff] = []
        self.table = small_table("tipoffsAboutTable", 5)
        QVBoxLayout(self).addWidget(self.table)
        self.table.activated.connect(self._activated)
        tasks.changed.connect(self._changed)
        self.found = self._read()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Tip-offs"))
        self.table.setHorizontalHeaderLabels([self.tr("Received"), self.tr("Grade"),
                                              self.tr("Status"), self.tr("Channel"),
                                              self.tr("Report")])
        self._show()

    def _read(self) -> list[TipOff]:
        try:
            return tipoffs.about(self._desk, self.kind, self.ref)
        except DeskError:  # locked meanwhile, or a role that reads no tip-offs
            return []

    def load(self) -> None:
        self.found = self._read()
        self._show()

    def _changed(self, changes: Changes) -> None:
        if changes.touches("tipoffs") and self._desk.is_unlocked:
            self.load()

    def _show(self) -> None:
        self.table.setRowCount(len(self.found))
        for row, t in enumerate(self.found):
            text = " ".join(t.text.split())
            if len(text) > TEXT_SHOWN:
                text = text[:TEXT_SHOWN - 1].rstrip() + "…"
            fill_row(self.table, row, [format_moment(t.received_at), grade_text(t.grade),
                                       status_text(t.status), channel_line(t), text], t)
        fit_rows(self.table, 4)
        if self.parentWidget() is not None or not self.found:  # never a window of its own
            self.setVisible(bool(self.found))

    def _activated(self, index: QModelIndex) -> None:
        t = record_in(self.table, index.row())
        if t is not None:
            self.open_tipoff(t.id)

    def open_tipoff(self, tipoff_id: int) -> TipOffDialog | None:
        found = self._tasks.call(lambda: tipoffs.get(self._desk, tipoff_id), self)
        if found is None:
            return None
        dialog = TipOffDialog(self._desk, self._tasks, found, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
