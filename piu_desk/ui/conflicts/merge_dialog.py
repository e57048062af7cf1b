"""Merge a conflict: for each field that differs, the supervisor picks which side's value to
keep; fields both sides agree on stay as they are. The result is the merged payload for
sync.conflicts.resolve(desk, id, "merged", payload)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
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


class MergeDialog(Retranslating, QDialog):
    def __init__(self, conflict: Conflict, summary: str, rows: list[FieldRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.conflict, self.summary = conflict, summary
        self.rows = [r for r in rows if r.differs]
        self.groups: list[QButtonGroup] = []
        self.radios: list[tuple[QRadioButton, QRadioButton]] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = read_only(named(QTableWidget(len(self.rows), 3), "mergeFields"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for i, row in enumerate(self.rows):
            self.table.setItem(i, 0, QTableWidgetItem(row.label))
            group = QButtonGroup(self)
            pair = (QRadioButton(row.ours), QRadioButton(row.theirs))
            for j, radio in enumerate(pair):
                radio.setObjectName(f"pick_{SIDES[j]}_{i}")
                radio.setToolTip(radio.text())
                group.addButton(radio, j)
                self.table.setCellWidget(i, j + 1, radio)
            pair[0].setChecked(True)
            self.groups.append(group)
            self.radios.append(pair)
        self.table.resizeRowsToContents()
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

    def pick(self, index: int, side: str) -> None:
        self.radios[index][SIDES.index(side)].setChecked(True)

    def picks(self) -> dict[str, str]:
        return {row.key: SIDES[max(group.checkedId(), 0)]
                for row, group in zip(self.rows, self.groups, strict=True)}

    def merged_payload(self) -> dict[str, Any]:
        return compare.merged(self.conflict.local_payload,
                              self.conflict.their_record.get("payload"), self.picks())
