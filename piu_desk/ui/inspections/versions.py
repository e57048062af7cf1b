"""Earlier versions of an approved inspection (one per amendment: who, when, why, and the
record as it was), and the dialog that asks for a required text (the reason of an
amendment)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.domain.inspection import Amendment
from piu_desk.ui.admin.common import error_label, named
from piu_desk.ui.entry_common import format_moment, number
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.inspections.labels import outcome_text, risk_text, type_text
from piu_desk.ui.inspections.officers_list import officer_text


def previous_record(amendment: Amendment) -> dict[str, Any]:
    """The inspection as it was before the amendment (the core keeps it as JSON)."""
    try:
        value = json.loads(amendment.previous)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class VersionsView(Retranslating, QWidget):
    """The amendments, newest first; the chosen one shows the version it replaced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsView")
        self._amendments: list[Amendment] = []
        self._names: dict[str, str] = {}
        self.table = named(QTreeWidget(), "amendments")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnCount(4)
        self.table.setWordWrap(True)
        self.table.currentItemChanged.connect(lambda *_: self._show_chosen())
        self.before_label = QLabel()
        self.before_meta = named(QLabel(), "previousMeta")
        self.before_meta.setWordWrap(True)
        self.before = named(QPlainTextEdit(), "previousFindings")
        self.before.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.before_label)
        layout.addWidget(self.before_meta)
        layout.addWidget(self.before, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHeaderLabels([self.tr("No."), self.tr("When"), self.tr("By"),
                                    self.tr("Reason")])
        self.before_label.setText(self.tr("Before this amendment:"))
        self._fill()

    def set_amendments(self, amendments: list[Amendment], names: dict[str, str]) -> None:
        self._amendments = sorted(amendments, key=lambda a: a.seq, reverse=True)
        self._names = names
        self._fill()

    def _who(self, username: str) -> str:
        return officer_text(username, self._names.get(username, ""))

    def _fill(self) -> None:
        chosen = self.table.currentIndex().row()
        self.table.clear()
        for amendment in self._amendments:
            item = QTreeWidgetItem([number(amendment.seq), format_moment(amendment.at),
                                    self._who(amendment.by), amendment.reason])
            item.setToolTip(3, amendment.reason)
            self.table.addTopLevelItem(item)
        header = self.table.header()
        for column in range(3):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, max(self.table.columnWidth(column),
                                                  header.sectionSizeHint(column) + 8, 48))
        current = self.table.topLevelItem(max(chosen, 0))
        if current is not None:
            self.table.setCurrentItem(current)
        self._show_chosen()

    def _show_chosen(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self._amendments):
            self.before_meta.clear()
            self.before.clear()
            return
        old = previous_record(self._amendments[row])
        parts = []
        for key, text in (("type", type_text), ("risk", risk_text), ("outcome", outcome_text)):
            try:
                parts.append(text(str(old.get(key, ""))))
            except (KeyError, ValueError):
                continue
        officers = ", ".join(self._who(str(u)) for u in old.get("officers", []))
        meta = self.tr("Started %1 · %2 · officers: %3").replace(
            "%1", format_moment(str(old.get("started_at", "")))).replace(
            "%2", " · ".join(parts)).replace("%3", officers)
        self.before_meta.setText(meta)
        self.before.setPlainText(str(old.get("findings", "")))


class ReasonDialog(Retranslating, QDialog):
    """Asks for a text that may not be empty; `text()` once accepted."""

    def __init__(self, title: str, prompt: str, ok_text: str, empty_message: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self._texts = (title, prompt, ok_text, empty_message)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.edit = named(QPlainTextEdit(), "reason")
        self.edit.setTabChangesFocus(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 280)
        self.retranslate()

    def retranslate(self) -> None:
        title, prompt, ok_text, _ = self._texts
        self.setWindowTitle(title)
        self.prompt.setText(prompt)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def _check(self) -> None:
        if not self.text():
            self.error.setText(self._texts[3])
            self.error.show()
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
