"""The Conflicts section (supervisor): records changed both here and at another desk since
the version they shared. Both versions were kept by the exchange; here a supervisor sees
them side by side and keeps this desk's, takes theirs, or merges them field by field.
Nothing is overwritten without that choice; a settled conflict leaves the list, and
"Include settled" shows it again with who picked what and when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.exchange.sync import conflicts
from piu_desk.core.session import Changes
from piu_desk.core.store.exchange_conflicts import Conflict
from piu_desk.core.text import QT_TRANSLATE_NOOP
from piu_desk.ui.admin.common import confirm, named
from piu_desk.ui.conflicts import compare
from piu_desk.ui.conflicts.detail import ConflictDetail
from piu_desk.ui.conflicts.labels import family_name
from piu_desk.ui.conflicts.merge_dialog import MergeDialog
from piu_desk.ui.conflicts.model import ConflictsModel, Listed
from piu_desk.ui.exchange.section import IMPORTED
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE, TITLE_STYLE, record_table
from piu_desk.ui.tasks import TaskRunner

SECTION_TITLE = QT_TRANSLATE_NOOP("Sections", "Conflicts")
TOPICS = ("exchange", "session")


class ConflictsSection(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsSection")
        self._desk, self._tasks = desk, tasks
        self._rows: dict[int, list[compare.FieldRow]] = {}
        self.title = named(QLabel(), "conflictsTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.note = named(QLabel(), "conflictsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_STYLE)
        self.settled = named(QCheckBox(), "includeSettled")
        self.empty = named(QLabel(), "noConflicts")
        self.empty.setStyleSheet(MUTED_STYLE)
        self.model = ConflictsModel(self)
        self.table = record_table("conflictsTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail = ConflictDetail()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.empty, 1)
        top.addWidget(self.settled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.settled.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._chosen())
        self.detail.keep.connect(lambda: self.settle("local"))
        self.detail.take.connect(lambda: self.settle("theirs"))
        self.detail.merge.connect(lambda: self.merge())
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Sections", SECTION_TITLE))
        self.note.setText(self.tr(
            "A record changed both on this desk and at another desk since they last agreed. "
            "Both versions were kept and nothing was overwritten. Compare them, then keep "
            "this desk's, take theirs, or merge them field by field; the choice goes out "
            "with the next exchange."))
        self.settled.setText(self.tr("Include settled"))
        self.empty.setText(self.tr("No conflict is waiting for a decision."))
        self.model.retranslate()
        self.detail.retranslate()

    # -- reading --------------------------------------------------------------------------
    def lookup(self, table: str, uid: str) -> dict[str, Any] | None:
        found = self._tasks.call(lambda: conflicts.shared_row(self._desk, table, uid), self)
        return found if isinstance(found, dict) else None

    def reload(self) -> None:
        chosen = self.current()
        found = self._tasks.call(lambda: conflicts.list_conflicts(
            self._desk, include_settled=self.settled.isChecked()), self) or []
        listed, self._rows = [], {}
        for c in found:
            ours, theirs = c.local_payload, c.their_record.get("payload")
            listed.append(Listed(c, compare.summary(c.table, compare.row_of(ours or theirs),
                                                    self.lookup)))
            self._rows[c.id] = compare.field_rows(c.table, ours, theirs, self.lookup)
        self.model.set_rows(listed)
        self.empty.setVisible(self.model.open_count() == 0)
        row = self.model.row_of(chosen.conflict.id) if chosen else -1
        self.table.selectRow(max(row, 0) if self.model.rowCount() else -1)
        self._chosen()

    def current(self) -> Listed | None:
        return self.model.item(self.table.currentIndex().row())

    def select(self, conflict_id: int) -> None:
        self.table.selectRow(self.model.row_of(conflict_id))

    def _chosen(self) -> None:
        item = self.current()
        self.detail.show_conflict(item.conflict if item else None,
                                  item.summary if item else "",
                                  self._rows.get(item.conflict.id, []) if item else [])

    def open_count(self) -> int:
        return self.model.open_count()

    def sidebar_title(self) -> str:
        """"Conflicts (2)" while some wait for a decision, "Conflicts" when none do."""
        title = QCoreApplication.translate("Sections", SECTION_TITLE)
        if not self.open_count():
            return title
        return self.tr("{title} ({n})").replace("{title}", title).replace(
            "{n}", QLocale().toString(self.open_count()))

    def refresh(self, changes: Changes) -> None:
        if self._desk.is_unlocked and any(changes.touches(t) for t in TOPICS):
            self.reload()

    # -- settling -------------------------------------------------------------------------
    def settle(self, pick: str, merged: dict[str, Any] | None = None) -> bool:
        item = self.current()
        if item is None or item.conflict.resolved_at:
            return False
        c = item.conflict
        question = {
            "local": self.tr("Keep this desk's version of {record}? {peer}'s version is set "
                             "aside and this desk's goes to {peer} with the next exchange."),
            "theirs": self.tr("Take {peer}'s version of {record}? It replaces this desk's "
                              "version here."),
            "merged": self.tr("Save the merged version of {record}? It replaces this desk's "
                              "version here and goes to {peer} with the next exchange."),
        }[pick].replace("{record}", f"{family_name(c.table)} {item.summary}").replace(
            "{peer}", c.peer)
        go = {"local": self.tr("Keep this desk's"), "theirs": self.tr("Take theirs"),
              "merged": self.tr("Save the merge")}[pick]
        if not confirm(self, self.tr("Settle the conflict"), question, go):
            return False

        def work() -> bool:
            conflicts.resolve(self._desk, c.id, pick, merged)
            return True
        done = self._tasks.call(work, self)
        self._tasks.changed.emit(Changes.of("exchange", "audit", *IMPORTED))
        return bool(done)

    def merge(self) -> bool:
        item = self.current()
        if item is None:
            return False
        c: Conflict = item.conflict
        dialog = MergeDialog(c, f"{family_name(c.table)}: {item.summary}",
                             self._rows.get(c.id, []), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            merged = dialog.merged_payload()
        finally:
            dialog.deleteLater()
        return self.settle("merged", merged)
