"""Choosing a record with the desk's one search: vessels, persons and port calls a tip-off
is about, or the inspection that followed it up. Names in any order, IMO, MMSI, call sign or
document numbers, as in the records' search box."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.records import search
from piu_desk.core.records.search import KIND_LABELS, Hit, Kind
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE
from piu_desk.ui.tasks import TaskRunner

HIT_ROLE = Qt.ItemDataRole.UserRole + 31
LIMIT = 60
TYPING_PAUSE_MS = 150
SUBJECT_KINDS = frozenset({Kind.VESSEL, Kind.PERSON, Kind.PORT_CALL})
INSPECTION_KINDS = frozenset({Kind.INSPECTION})


def hit_line(hit: Hit) -> str:
    """"Vessel · HAI PHONG STAR — 9074729 3WAB7"."""
    kind = tr_core("Intel" if hit.kind == Kind.TIPOFF else "Records", KIND_LABELS[hit.kind])
    detail = hit.detail
    return f"{kind} · {hit.title}" + (f" — {detail[:80]}" if detail else "")


class RecordPicker(Retranslating, QDialog):
    """After `accepted`, `chosen` is the hit picked (its kind and the record's id)."""

    def __init__(self, desk: Desk, tasks: TaskRunner, kinds: frozenset[Kind],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordPicker")
        self._desk, self._tasks, self.kinds = desk, tasks, kinds
        self.chosen: Hit | None = None
        self.hits: list[Hit] = []
        self.intro = named(QLabel(), "pickerIntro")
        self.intro.setWordWrap(True)
        self.search_edit = named(QLineEdit(), "pickerSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.list = named(QListWidget(), "pickerHits")
        self.empty = named(QLabel(), "pickerEmpty")
        self.empty.setStyleSheet(MUTED_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.run)
        self.search_edit.textChanged.connect(lambda _t: self._typing.start())
        self.search_edit.returnPressed.connect(self.run)
        self.list.currentItemChanged.connect(self._picked)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.setMinimumSize(620, 440)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        inspections = self.kinds == INSPECTION_KINDS
        self.setWindowTitle(self.tr("Choose the inspection") if inspections
                            else self.tr("Choose a vessel, person or port call"))
        self.intro.setText(self.tr("Type the vessel's name or the inspection's date.")
                           if inspections else self.tr(
                               "Type a name in any order, an IMO or MMSI number, a call sign "
                               "or a document number."))
        self.search_edit.setPlaceholderText(self.tr("Search"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.empty.setText(self.tr("Nothing found. Check the spelling, or search with fewer "
                                   "words."))
        self._show()

    def search(self, text: str) -> list[Hit]:
        """Search at once for `text`, as if typed."""
        self.search_edit.setText(text)
        self.run()
        return self.hits

    def run(self) -> None:
        self._typing.stop()
        query = self.search_edit.text().strip()
        found = self._tasks.call(lambda: search.search(self._desk, query, LIMIT, self.kinds),
                                 self) if query else []
        self.hits = found or []
        self._show()

    def _show(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for hit in self.hits:
            item = QListWidgetItem(hit_line(hit))
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit_line(hit))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(bool(self.search_edit.text().strip()) and not self.hits)
        if self.hits:
            self.list.setCurrentRow(0)
        self._picked(self.list.currentItem())

    def _picked(self, item: QListWidgetItem | None) -> None:
        self.chosen = item.data(HIT_ROLE) if item is not None else None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.chosen is not None)
