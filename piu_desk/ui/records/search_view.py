"""One search box over vessels, port calls, inspections, crew, persons and persons found
aboard; results grouped by kind, at HQ with each record's station and a station to keep.
The query runs on this thread as the officer types (it takes milliseconds); Enter or a
double click opens the record."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.records import crew, inspections, search
from piu_desk.core.records.search import KIND_LABELS, Hit, Kind
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.records.common import (
    ABOARD,
    CREW,
    INSPECTIONS,
    MUTED_STYLE,
    PERSON,
    PORT_CALL,
    VESSEL,
    Target,
)
from piu_desk.ui.records.page import RecordPage
from piu_desk.ui.station_filter import StationFilter
from piu_desk.ui.tasks import TaskRunner

HIT_ROLE = Qt.ItemDataRole.UserRole + 30
LIMIT = 60
TYPING_PAUSE_MS = 120
MIN_TYPED = 2
ORDER = (Kind.VESSEL, Kind.PORT_CALL, Kind.PERSON, Kind.CREW_MEMBER, Kind.PERSON_ABOARD,
         Kind.INSPECTION)
SHOWN = frozenset(ORDER)  # kinds this screen opens; others (tip-offs) have their own screen
STATION_COLUMN = 2  # at HQ only


def target_of(desk: Desk, hit: Hit) -> Target:
    """The page a hit opens: a crew row or a person found aboard opens its person (or its
    port call when it has none); an inspection opens its port call's Inspections tab."""
    if hit.kind == Kind.VESSEL:
        return Target(VESSEL, hit.ref)
    if hit.kind == Kind.PORT_CALL:
        return Target(PORT_CALL, hit.ref)
    if hit.kind == Kind.PERSON:
        return Target(PERSON, hit.ref)
    if hit.kind == Kind.INSPECTION:
        return Target(PORT_CALL, inspections.get(desk, hit.ref).port_call_id, INSPECTIONS)
    if hit.kind == Kind.CREW_MEMBER:
        member, port_call_id = crew.member(desk, hit.ref)
        return (Target(PERSON, member.person_id) if member.person_id is not None
                else Target(PORT_CALL, port_call_id, CREW))
    aboard = crew.person_aboard(desk, hit.ref)
    return (Target(PERSON, aboard.person_id) if aboard.person_id is not None
            else Target(PORT_CALL, aboard.port_call_id, ABOARD))


class SearchBox(QLineEdit):
    """Down and Enter hand over to the results; Escape clears."""

    into_results = Signal()
    leave = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.into_results.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.leave.emit()
            return
        super().keyPressEvent(event)


class SearchResults(RecordPage):
    """The results page; `search_box` lives above the section's pages."""

    searched = Signal(str)  # the query shown, after each search

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("searchResults")
        self.hits: list[Hit] = []
        self.query = ""
        self.search_box = named(SearchBox(), "searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.station_filter = StationFilter(desk, "searchStation")
        self.action_row.addWidget(self.station_filter)
        self.tree = named(QTreeWidget(), "searchTree")
        self.tree.setColumnCount(3 if self.station_filter.at_hq else 2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 4px 2px; }")  # room for marks
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(not self.station_filter.at_hq)
        if self.station_filter.at_hq:  # the details take the room, the station its own
            self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            self.tree.header().setSectionResizeMode(
                STATION_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.none_found = named(QLabel(), "noHits")
        self.none_found.setStyleSheet(MUTED_STYLE)
        self.body.addWidget(self.none_found)
        self.body.addWidget(self.tree, 1)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.run)
        self.search_box.textEdited.connect(self._typed)
        self.search_box.into_results.connect(self.focus_results)
        self.station_filter.changed.connect(lambda _station: self.run())
        self.tree.itemActivated.connect(lambda item, _column: self.open_item(item))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.search_box.setPlaceholderText(self.tr(
            "Search vessels, port calls, persons and crew: name in any order, IMO, MMSI, "
            "call sign or document number (Ctrl+F)"))
        self.title.setText(self.tr("Search"))
        self.tree.setHeaderLabels([self.tr("Found"), self.tr("Details"),
                                   self.tr("Station")][:self.tree.columnCount()])
        self.none_found.setText(self.tr("Nothing found. Check the spelling, or search with "
                                        "fewer words."))
        self._show()

    def load(self) -> bool:
        self.run()
        return True

    def _typed(self, text: str) -> None:
        """Search once typing pauses; one letter alone waits for Enter (it matches too much
        to be worth ranking on every key)."""
        if len(text.strip()) >= MIN_TYPED:
            self._typing.start()
            return
        self._typing.stop()
        self.query, self.hits = "", []
        self._show()

    def run(self) -> None:
        """Search for what the box says now."""
        self._typing.stop()
        self.query = self.search_box.text().strip()
        self.station_filter.reload()
        origin = self.station_filter.station()
        found = self._tasks.call(
            lambda: search.search(self._desk, self.query, LIMIT, SHOWN, origin=origin), self) \
            if self.query else []
        self.hits = found or []
        self._show()
        self.searched.emit(self.query)

    def _show(self) -> None:
        self.tree.clear()
        self.subtitle.setText(self.tr("“%1” · %2 found").replace("%1", self.query)
                              .replace("%2", str(len(self.hits))) if self.query else "")
        self.none_found.setVisible(bool(self.query) and not self.hits)
        self.tree.setVisible(bool(self.hits))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind in ORDER:
            hits = [h for h in self.hits if h.kind == kind]
            if not hits:
                continue
            group = QTreeWidgetItem([f"{self.group_title(kind)} ({len(hits)})", "", ""])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for hit in hits:
                item = QTreeWidgetItem(group, [hit.title, hit.detail, hit.origin])
                item.setData(0, HIT_ROLE, hit)
                item.setToolTip(0, tr_core("Records", KIND_LABELS[hit.kind]))
                item.setToolTip(1, hit.detail)
                item.setToolTip(STATION_COLUMN, self.station_filter.label_of(hit.origin))
            group.setExpanded(True)

    def group_title(self, kind: Kind) -> str:
        return {Kind.VESSEL: self.tr("Vessels"), Kind.PORT_CALL: self.tr("Port calls"),
                Kind.PERSON: self.tr("Persons"), Kind.CREW_MEMBER: self.tr("Crew list rows"),
                Kind.PERSON_ABOARD: self.tr("Persons found aboard"),
                Kind.INSPECTION: self.tr("Inspections")}[kind]

    def hit_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            children = [group.child(i) for i in range(group.childCount())] if group else []
            out += [child for child in children if child is not None]
        return out

    def focus_results(self) -> None:
        """From the box: run a pending search, then select the first hit."""
        if self._typing.isActive() or self.search_box.text().strip() != self.query:
            self.run()
        items = self.hit_items()
        if items:
            self.tree.setFocus()
            self.tree.setCurrentItem(items[0])

    def open_item(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT_ROLE)
        if not isinstance(hit, Hit):
            return
        target = self._tasks.call(lambda: target_of(self._desk, hit), self)
        if target is not None:
            self.open_record.emit(target)

