"""The Stations section of an HQ desk: every station with its enrolment, the last bundle each
way, the bundles missing from it, what it has not confirmed and what came from it; the
chosen station's keys and details; and the master watchlist sent to all of them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.exchange import overview, releases, stations
from piu_desk.core.exchange.overview import PeerStatus
from piu_desk.core.exchange.stations import StationStatus
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named
from piu_desk.ui.dashboard.tiles import can_open, open_section
from piu_desk.ui.hq.publish_dialog import PublishDialog
from piu_desk.ui.hq.releases_box import ReleasesBox
from piu_desk.ui.hq.station_details import StationDetails
from piu_desk.ui.hq.stations_model import StationsModel
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE, TITLE_STYLE, record_table
from piu_desk.ui.tasks import TaskRunner

TOPICS = ("exchange", "watchlist", "conflicts", "session")
EXCHANGE_SECTION = ("exchange",)
WATCHLIST_READERS = (Role.OFFICER, Role.SUPERVISOR, Role.EXCHANGE)


class StationsSection(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationsSection")
        self._desk, self._tasks = desk, tasks
        self.peers: dict[str, PeerStatus] = {}
        self.phones: dict[tuple[str, int], str] = {}  # by station and key generation
        self.title = named(QLabel(), "stationsTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.note = named(QLabel(), "stationsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_STYLE)
        self.exchange_button = named(QPushButton(), "openExchange")
        self.exchange_button.setSizePolicy(QSizePolicy.Policy.Maximum,
                                           QSizePolicy.Policy.Fixed)
        self.exchange_button.clicked.connect(lambda: open_section(self, EXCHANGE_SECTION))
        self.model = StationsModel(self)
        self.table = record_table("stationsTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the station's name gives way (cut short, in full in its tool tip) so that every
        # figure fits without scrolling sideways, also under Khmer's longer titles
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.details = StationDetails()
        self.releases = ReleasesBox()
        self.releases.publish_requested.connect(self.open_publish)
        self._lay_out()
        self.retranslate()
        self.reload()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.exchange_button)
        below = QHBoxLayout()
        below.addWidget(self.details, 1)
        below.addWidget(self.releases, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Stations"))
        self.note.setText(self.tr(
            "Each station's last bundle in and out. Missing bundle numbers are red; changes a "
            "station has not confirmed are amber when it has not exchanged for a week."))
        self.exchange_button.setText(self.tr("Go to Exchange"))
        self.exchange_button.setToolTip(self.tr(
            "Exchange now reads every station's bundle on the stick and writes one back to "
            "each."))
        self.model.retranslate()
        self.details.retranslate()
        self.releases.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.exchange_button.setVisible(can_open(self, EXCHANGE_SECTION))

    # -- the data -------------------------------------------------------------------------
    def may_publish(self) -> bool:
        session = self._desk.session
        return session is not None and session.has(Role.SUPERVISOR)

    def may_read_watchlist(self) -> bool:
        """An administrator alone sees the stations, not the watchlist."""
        session = self._desk.session
        return session is not None and any(session.has(r) for r in WATCHLIST_READERS)

    def reload(self) -> None:
        desk = self._desk
        chosen = self.chosen()
        rows = self._tasks.call(lambda: stations.station_statuses(desk), self) or []
        statuses = self._tasks.call(lambda: overview.peer_statuses(desk, rows), self) or []
        self.peers = {}
        for peer in statuses:  # the newest generation of each station's keys
            known = self.peers.get(peer.station)
            if known is None or peer.generation > known.generation:
                self.peers[peer.station] = peer
        self.phones = {(p.station, p.generation): p.phone for p in statuses}
        self.model.set_rows(rows, desk.now())
        self._reselect(chosen.station if chosen else "")
        self.releases.setVisible(self.may_read_watchlist())
        if self.releases.isVisibleTo(self):
            published = self._tasks.call(lambda: releases.releases(desk), self) or []
            pending = self._tasks.call(lambda: releases.unpublished_changes(desk), self) or 0
            self.releases.show_releases(published, pending, self.may_publish())

    def refresh(self, changes: Changes) -> None:
        if self._desk.is_unlocked and any(changes.touches(t) for t in TOPICS):
            self.reload()

    # -- the chosen station ---------------------------------------------------------------
    def chosen(self) -> StationStatus | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.station_at(rows[0].row()) if rows else None

    def _reselect(self, station: str) -> None:
        for row in range(self.model.rowCount()):
            found = self.model.station_at(row)
            if found is not None and found.station == station:
                self.table.selectRow(row)
                return
        self._chosen(QItemSelection(), QItemSelection())

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        status = self.chosen()
        peer = self.peers.get(status.station) if status else None
        phone = self.phones.get((peer.station, peer.generation), "") if peer else ""
        self.details.show_station(status, peer, phone, self.model.now)

    # -- publishing -----------------------------------------------------------------------
    def open_publish(self) -> PublishDialog:
        dialog = PublishDialog(self._desk, self._tasks, self.releases.next_version(),
                               self.releases.unpublished, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
