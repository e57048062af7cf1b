"""The Watchlist section: every entry, persons and vessels, filtered by kind and by a text,
expired entries marked (or left out); adding an entry by hand, opening one (this desk's
own to correct, HQ's to read), importing a list, and rebuilding the screening index."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.intel import watchlist
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import show_error
from piu_desk.ui.hq.reference_banner import ReferenceBanner
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.intel.watchlist_dialog import WatchEntryDialog
from piu_desk.ui.intel.watchlist_model import STATION, Column, WatchlistModel
from piu_desk.ui.intel.watchlist_texts import may_edit, may_rebuild
from piu_desk.ui.records.common import MUTED_STYLE, RECORD_ROLE, TITLE_STYLE, record_table
from piu_desk.ui.station_filter import StationFilter
from piu_desk.ui.tasks import Task, TaskRunner

TYPING_PAUSE_MS = 200
# The widest a column is made, in widths of "M"; the reason gets all of its width.
WIDEST_EM = {Column.NAMES: 22, Column.DOCUMENTS: 10, Column.REASON: 24, Column.ISSUER: 15,
             Column.HANDLING: 14}
KINDS = (None, EntryKind.PERSON, EntryKind.VESSEL)

if TYPE_CHECKING:
    from piu_desk.ui.intel.watchlist_import import WatchlistImportDialog


class WatchlistSection(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchlistSection")
        self._desk, self._tasks = desk, tasks
        self.task: Task | None = None  # the last index rebuild
        self.model = WatchlistModel(desk, self)
        self.title = named(QLabel(), "watchlistTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setIndent(0)
        self.add_person = named(QPushButton(), "addPerson")
        self.add_vessel = named(QPushButton(), "addVessel")
        self.import_button = named(QPushButton(), "importWatchlist")
        self.rebuild_button = named(QPushButton(), "rebuildIndex")
        self.kind = named(QComboBox(), "kindFilter")
        for kind in KINDS:
            self.kind.addItem("", kind.value if kind else "")
        self.find_label = QLabel()
        self.text_filter = named(QLineEdit(), "textFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.show_expired = named(QCheckBox(), "showExpired")
        self.show_expired.setChecked(True)
        self.station_filter = StationFilter(desk, "watchlistStation")
        self.model.station_label = self.station_filter.label_of
        self.total = named(QLabel(), "watchlistTotal")
        self.total.setStyleSheet(MUTED_STYLE)
        self.index_note = named(QLabel(), "indexNote")
        self.index_note.setStyleSheet(MUTED_STYLE)
        self.index_note.hide()
        self.indexed: int | None = None
        self.banner = ReferenceBanner(desk, tasks)  # the version from HQ, at a station
        self.table = record_table("watchlistTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.station_filter.fit(self.table, STATION, after=Column.ORIGIN)
        self._fitted = False
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filter)
        self._lay_out()
        self._connect()
        self._show_buttons()
        self.retranslate()
        self.apply_filter()
        self.banner.reload()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        for button in (self.add_person, self.add_vessel, self.import_button,
                       self.rebuild_button):
            top.addWidget(button)
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addSpacing(8)
        filters.addWidget(self.find_label)
        filters.addWidget(self.text_filter, 1)
        filters.addSpacing(8)
        filters.addWidget(self.show_expired)
        filters.addSpacing(16)
        filters.addWidget(self.station_filter)
        filters.addSpacing(16)
        filters.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.index_note)

    def _connect(self) -> None:
        self.text_filter.textChanged.connect(lambda _text: self._typing.start())
        self.kind.activated.connect(lambda _index: self.apply_filter())
        self.show_expired.toggled.connect(lambda _on: self.apply_filter())
        self.station_filter.changed.connect(self.model.set_origin)
        self.model.modelReset.connect(self._show_total)
        self.model.modelReset.connect(lambda: self.fit_columns(again=False))
        self.table.activated.connect(self._activated)
        self.add_person.clicked.connect(lambda: self.add(EntryKind.PERSON))
        self.add_vessel.clicked.connect(lambda: self.add(EntryKind.VESSEL))
        self.import_button.clicked.connect(self.import_list)
        self.rebuild_button.clicked.connect(self.rebuild_index)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Watchlist"))
        self.add_person.setText(self.tr("Add a person…"))
        self.add_vessel.setText(self.tr("Add a vessel…"))
        self.import_button.setText(self.tr("Import a list…"))
        self.rebuild_button.setText(self.tr("Rebuild screening index"))
        self.rebuild_button.setToolTip(self.tr(
            "Rewrite the index screening uses to find candidates quickly, from every entry. "
            "Needed only after an update of the matching rules, or if screening misses an "
            "entry it should find."))
        for index, text in enumerate((self.tr("Persons and vessels"), self.tr("Persons"),
                                      self.tr("Vessels"))):
            self.kind.setItemText(index, text)
        self.find_label.setText(self.tr("Find:"))
        self.text_filter.setPlaceholderText(self.tr(
            "Part of a name, a document, IMO, MMSI or call sign, the reason or the unit"))
        self.show_expired.setText(self.tr("Show expired entries"))
        self.show_expired.setToolTip(self.tr(
            "Expired entries are greyed and marked EXPIRED; they no longer raise alerts."))
        self.model.retranslate()
        self._show_total()
        self._show_index_note()
        self.fit_columns(again=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_columns(again=False)

    def fit_columns(self, again: bool) -> None:
        """Columns as wide as their text, within bounds; once there are rows, and again
        after a language change (not on every filter: the columns would jump)."""
        if (self._fitted and not again) or not self.model.rowCount() \
                or not self.table.isVisible():
            return
        self._fitted = True
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        em = self.table.fontMetrics().horizontalAdvance("M")
        for column, widest in WIDEST_EM.items():
            if column == Column.REASON or header.sectionSize(column) > widest * em:
                header.resizeSection(column, widest * em)

    def _show_buttons(self) -> None:
        for button in (self.add_person, self.add_vessel, self.import_button):
            button.setVisible(may_edit(self._desk))
        self.rebuild_button.setVisible(may_rebuild(self._desk))

    # -- the list ---------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._typing.stop()
        value = str(self.kind.currentData() or "")
        self.model.origin = self.station_filter.station()
        self.model.set_filter(EntryKind(value) if value else None, self.text_filter.text(),
                              self.show_expired.isChecked())

    def _show_total(self) -> None:
        m, locale = self.model, QLocale()
        if m.filtered:
            text = self.tr("{shown} of {total} entries").replace(
                "{shown}", locale.toString(m.total))
        else:
            text = self.tr("{total} entries")
        text = text.replace("{total}", locale.toString(m.everything))
        if m.expired_count:
            text += " · " + self.tr("{count} expired").replace(
                "{count}", locale.toString(m.expired_count))
        self.total.setText(text)

    def refresh(self, changes: Changes) -> None:
        if changes.touches("session"):
            if not self._desk.is_unlocked:
                return
            self._show_buttons()
        if changes.touches("watchlist") or changes.touches("session"):
            self.station_filter.reload()
            self.model.reload()
        if any(changes.touches(t) for t in ("watchlist", "exchange", "session")):
            self.banner.reload()

    def entry_at(self, row: int) -> WatchEntry | None:
        found: Any = self.model.index(row, 0).data(RECORD_ROLE)
        return found if isinstance(found, WatchEntry) else None

    def _activated(self, index: QModelIndex) -> None:
        entry = self.entry_at(index.row())
        if entry is not None:
            self.open_entry(entry)

    # -- actions ----------------------------------------------------------------------------
    def open_entry(self, entry: WatchEntry) -> WatchEntryDialog | None:
        """The entry as stored now (another officer may have changed it meanwhile)."""
        if entry.id is None:
            return None
        entry_id = entry.id
        current = self._tasks.call(lambda: watchlist.get(self._desk, entry_id), self)
        if current is None:
            return None
        return self._open_dialog(WatchEntryDialog(self._desk, self._tasks, current, self))

    def add(self, kind: EntryKind) -> WatchEntryDialog:
        return self._open_dialog(WatchEntryDialog(self._desk, self._tasks, None, self,
                                                  kind=kind))

    def _open_dialog(self, dialog: WatchEntryDialog) -> WatchEntryDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_list(self) -> WatchlistImportDialog:
        # Imported here: the import dialog builds on the crew import's pages, whose texts
        # import the records package, which imports this one.
        from piu_desk.ui.intel.watchlist_import import WatchlistImportDialog

        dialog = WatchlistImportDialog(self._desk, self._tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def rebuild_index(self) -> Task:
        desk = self._desk
        self.rebuild_button.setEnabled(False)
        self.task = self._tasks.run(
            lambda progress, _cancel: watchlist.rebuild_index(desk, progress), parent=self,
            title=self.tr("Rebuilding the screening index…"), on_done=self._rebuilt,
            on_error=self._not_rebuilt)
        return self.task

    def _rebuilt(self, count: int) -> None:
        self.rebuild_button.setEnabled(True)
        self.indexed = count
        self._show_index_note()

    def _not_rebuilt(self, exc: BaseException) -> None:
        self.rebuild_button.setEnabled(True)
        show_error(self, exc)

    def _show_index_note(self) -> None:
        if self.indexed is None:
            return
        self.index_note.setText(self.tr(
            "The screening index was rebuilt from {count} entries.").replace(
            "{count}", QLocale().toString(self.indexed)))
        self.index_note.show()
