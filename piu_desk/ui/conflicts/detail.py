"""One conflict in detail: the two versions side by side field by field ("This desk" |
"Theirs (KHKOS)"), the fields that differ highlighted, children summarised, and the three
ways to settle it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.store.exchange_conflicts import Conflict
from piu_desk.ui.admin.common import named, read_only
from piu_desk.ui.conflicts.compare import FieldRow, when
from piu_desk.ui.conflicts.labels import family_name, reason_text
from piu_desk.ui.conflicts.model import settled_text
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE, value_label

DIFFERS = QColor("#fff1c7")


def side_headers(peer: str) -> tuple[str, str]:
    """The column titles of the two versions."""
    theirs = QCoreApplication.translate("ConflictDetail", "Theirs ({peer})")
    return (QCoreApplication.translate("ConflictDetail", "This desk"),
            theirs.replace("{peer}", peer))


def fill_table(table: QTableWidget, rows: list[FieldRow], peer: str) -> None:
    """Field | This desk | Theirs, the differing rows highlighted."""
    table.clearContents()
    table.setRowCount(len(rows))
    ours, theirs = side_headers(peer)
    field = QCoreApplication.translate("ConflictDetail", "Field")
    table.setHorizontalHeaderLabels([field, ours, theirs])
    bold = QFont(table.font())
    bold.setBold(True)
    for i, row in enumerate(rows):
        for j, text in enumerate((row.label, row.ours, row.theirs)):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            if row.differs:
                cell.setBackground(QBrush(DIFFERS))
                if j == 0:
                    cell.setFont(bold)
            table.setItem(i, j, cell)


class ConflictDetail(Retranslating, QWidget):
    keep = Signal()
    take = Signal()
    merge = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDetail")
        self.conflict: Conflict | None = None
        self.rows: list[FieldRow] = []
        self.heading = value_label("conflictHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.about = value_label("conflictAbout")
        self.about.setStyleSheet(MUTED_STYLE)
        self.table = read_only(named(QTableWidget(0, 3), "conflictFields"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.keep_button = named(QPushButton(), "keepLocal")
        self.take_button = named(QPushButton(), "takeTheirs")
        self.merge_button = named(QPushButton(), "mergeConflict")
        self.keep_button.clicked.connect(self.keep)
        self.take_button.clicked.connect(self.take)
        self.merge_button.clicked.connect(self.merge)
        buttons = QHBoxLayout()
        for button in (self.keep_button, self.take_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.keep_button.setText(self.tr("Keep this desk's"))
        self.take_button.setText(self.tr("Take theirs"))
        self.merge_button.setText(self.tr("Merge…"))
        self._show()

    def show_conflict(self, conflict: Conflict | None, summary: str,
                      rows: list[FieldRow]) -> None:
        self.conflict, self.summary, self.rows = conflict, summary, rows
        self._show()

    def differing(self) -> list[FieldRow]:
        return [r for r in self.rows if r.differs]

    def _show(self) -> None:
        c = self.conflict
        self.table.setVisible(c is not None)
        for button in (self.keep_button, self.take_button, self.merge_button):
            button.setVisible(c is not None and not c.resolved_at)
        if c is None:
            self.heading.setText(self.tr("Pick a conflict in the list to see both versions."))
            self.about.clear()
            return
        self.heading.setText(f"{family_name(c.table)}: {self.summary}")
        about = self.tr("From {peer}, {why}, found {when}. {n} of {all} fields differ "
                        "(highlighted).").replace("{peer}", c.peer).replace(
            "{why}", reason_text(c.reason)).replace(
            "{when}", when(c.found_at)).replace(
            "{n}", str(len(self.differing()))).replace("{all}", str(len(self.rows)))
        if c.local_payload is None and c.reason == "clash":
            about += " " + self.tr(
                "Their record clashes with another record on this desk (the same identifying "
                "details, such as an IMO number), so it was not added.")
        elif c.local_payload is None:
            about += " " + self.tr("This desk has deleted the record.")
        if c.their_record.get("payload") is None:
            about += " " + self.tr("{peer} has deleted the record.").replace("{peer}", c.peer)
        if c.resolved_at:
            about += " " + self.tr("Settled: {how}.").replace("{how}", settled_text(c))
        self.about.setText(about)
        both = c.local_payload is not None and c.their_record.get("payload") is not None
        self.merge_button.setEnabled(both and bool(self.differing()))
        fill_table(self.table, self.rows, c.peer)
        self.table.resizeRowsToContents()
