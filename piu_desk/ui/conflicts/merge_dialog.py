"""Merge a conflict: for each field that differs, the supervisor picks which side's value to
keep; fields both sides agree on stay as they are. The result is the merged payload for
sync.conflicts.resolve(desk, id, "merged", payload)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.store.exchange_conflicts import Conflict
from piu_desk.ui.admin.common import named, read_only
from piu_desk.ui.conflicts import compare
from piu_desk.ui.conflicts.compare import FieldRow
from piu_desk.ui.conflicts.detail import side_headers
from piu_desk.ui.i18n import Retranslating

SIDES = ("local", "theirs")
PAD = 12


class PickCell(QWidget):
    """A radio button with the value beside it, wrapped; a click on the value picks it."""

    def __init__(self, text: str, name: str) -> None:
        super().__init__()
        self.radio = named(QRadioButton(), name)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setToolTip(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.radio.setChecked(True)
        super().mousePressEvent(event)

    def height_for(self, width: int) -> int:
        room = width - self.radio.sizeHint().width() - PAD - 8
        return max(self.label.heightForWidth(max(room, 40)),
                   self.radio.sizeHint().height()) + 8


class MergeDialog(Retranslating, QDialog):
    def __init__(self, conflict: Conflict, summary: str, rows: list[FieldRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.conflict, self.summary = conflict, summary
        self.rows = [r for r in rows if r.differs]
        self.groups: list[QButtonGroup] = []
        self.radios: list[tuple[QRadioButton, QRadioButton]] = []
        self.cells: list[tuple[PickCell, PickCell]] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = read_only(named(QTableWidget(len(self.rows), 3), "mergeFields"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for i, row in enumerate(self.rows):
            self.table.setItem(i, 0, QTableWidgetItem(row.label))
            group = QButtonGroup(self)
            cells = (PickCell(row.ours, f"pick_local_{i}"),
                     PickCell(row.theirs, f"pick_theirs_{i}"))
            for j, cell in enumerate(cells):
                group.addButton(cell.radio, j)
                self.table.setCellWidget(i, j + 1, cell)
            cells[0].radio.setChecked(True)
            self.groups.append(group)
            self.cells.append(cells)
            self.radios.append((cells[0].radio, cells[1].radio))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 260 + 34 * min(len(self.rows), 10))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge the two versions"))
        self.intro.setText(self.tr(
            "{record}\nFor each field that differs, pick the value to keep. Fields both "
            "versions agree on stay as they are. The merged record then goes to {peer} "
            "with the next exchange.").replace("{record}", self.summary).replace(
            "{peer}", self.conflict.peer))
        ours, theirs = side_headers(self.conflict.peer)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), ours, theirs])
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Merge"))
        ok.setObjectName("applyMerge")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The field names in full, each row as tall as its longer value wrapped."""
        metrics = self.table.fontMetrics()
        widest = max([metrics.horizontalAdvance(r.label) for r in self.rows] or [0])
        self.table.setColumnWidth(0, min(widest + 2 * PAD, self.width() // 3))
        for i, (ours, theirs) in enumerate(self.cells):
            self.table.setRowHeight(i, max(ours.height_for(self.table.columnWidth(1)),
                                           theirs.height_for(self.table.columnWidth(2))))

    def pick(self, index: int, side: str) -> None:
        self.radios[index][SIDES.index(side)].setChecked(True)

    def picks(self) -> dict[str, str]:
        return {row.key: SIDES[max(group.checkedId(), 0)]
                for row, group in zip(self.rows, self.groups, strict=True)}

    def merged_payload(self) -> dict[str, Any]:
        return compare.merged(self.conflict.local_payload,
                              self.conflict.their_record.get("payload"), self.picks())
