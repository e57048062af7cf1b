"""The Keys box of the Exchange section: this desk's fingerprints in phone groups and the
peers it trusts, each with its fingerprints and last exchange."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.exchange.overview import PeerStatus
from piu_desk.ui.admin.common import named, read_only
from piu_desk.ui.exchange.peers_model import PeersModel, fingerprints_text
from piu_desk.ui.records.common import value_label

ROWS_SHOWN = 4


class KeysBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysBox")
        self._may = False
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.own = value_label("ownFingerprints")
        self.own.setFont(mono)
        self.own_label, self.peers_label = QLabel(), QLabel()
        self.model = PeersModel(self)
        self.peers = read_only(named(QTableView(), "peersTable"))
        self.peers.setModel(self.model)
        self.peers.setFont(mono)
        header = self.peers.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.peers.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.peers.verticalHeader().hide()
        self.peers.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._enable_revoke())
        self.enrol_button = named(QPushButton(), "enrolStation")
        self.pin_button = named(QPushButton(), "pinStation")
        self.import_button = named(QPushButton(), "importEnrolment")
        self.export_button = named(QPushButton(), "exportKeys")
        self.rotate_button = named(QPushButton(), "rotateKeys")
        self.revoke_button = named(QPushButton(), "revokePeer")
        own_row = QHBoxLayout()
        for button in (self.enrol_button, self.pin_button, self.import_button,
                       self.export_button, self.rotate_button):
            own_row.addWidget(button)
        own_row.addStretch(1)
        peers_row = QHBoxLayout()
        peers_row.addWidget(self.peers_label, 1)
        peers_row.addWidget(self.revoke_button)
        box = QVBoxLayout(self)
        box.addWidget(self.own_label)
        box.addWidget(self.own)
        box.addLayout(own_row)
        box.addLayout(peers_row)
        box.addWidget(self.peers)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Keys"))
        self.own_label.setText(self.tr(
            "This desk's fingerprints (read them out by phone when a peer enrols this desk):"))
        self.peers_label.setText(self.tr("Trusted peers:"))
        self.enrol_button.setText(self.tr("Enrol a station…"))
        self.pin_button.setText(self.tr("Pin a station's keys…"))
        self.import_button.setText(self.tr("Import enrolment from HQ…"))
        self.export_button.setText(self.tr("Write this desk's key file…"))
        self.rotate_button.setText(self.tr("Rotate this desk's keys…"))
        self.revoke_button.setText(self.tr("Revoke…"))
        self.model.retranslate()

    def show_keys(self, own: dict[str, str], peers: list[PeerStatus]) -> None:
        self.own.setText(fingerprints_text(own))
        chosen = self.chosen_peer()
        self.model.set_rows(peers)
        if chosen is not None:
            stations = [p.station for p in peers]
            if chosen.station in stations:
                self.peers.selectRow(stations.index(chosen.station))
        self._fit()
        self._enable_revoke()

    def set_place(self, at_hq: bool, may: bool) -> None:
        """HQ enrols and pins stations; a station imports HQ's enrolment and writes its
        key file. Only the exchange officer and the administrator hold the keys."""
        self.enrol_button.setVisible(at_hq)
        self.pin_button.setVisible(at_hq)
        self.import_button.setVisible(not at_hq)
        self.export_button.setVisible(not at_hq)
        for button in (self.enrol_button, self.pin_button, self.import_button,
                       self.export_button, self.rotate_button):
            button.setEnabled(may)
        self._may = may
        self._enable_revoke()

    def chosen_peer(self) -> PeerStatus | None:
        row = self.peers.currentIndex().row() if self.peers.selectionModel() else -1
        rows = self.model._rows
        return rows[row] if 0 <= row < len(rows) else None

    def _enable_revoke(self) -> None:
        peer = self.chosen_peer()
        self.revoke_button.setEnabled(self._may and peer is not None
                                      and not peer.revoked)

    def _fit(self) -> None:
        """As tall as the peers (a desk has one or a few), up to four; then it scrolls."""
        self.peers.resizeRowsToContents()
        rows = min(self.model.rowCount(), ROWS_SHOWN)
        height = sum(self.peers.rowHeight(i) for i in range(rows)) or \
            self.peers.verticalHeader().defaultSectionSize()
        self.peers.setFixedHeight(height + self.peers.horizontalHeader().sizeHint().height()
                                  + 2 * self.peers.frameWidth() + 2)
