"""The Keys box of the Exchange section: this desk's fingerprints in phone groups and the
peers it trusts, each with its fingerprints and last exchange."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from piu_desk.core.exchange.overview import PeerStatus
from piu_desk.ui.admin.common import named, read_only
from piu_desk.ui.exchange.peers_model import PeersModel, fingerprints_text
from piu_desk.ui.records.common import value_label

ROWS_SHOWN = 4


class KeysBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysBox")
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
        box = QVBoxLayout(self)
        box.addWidget(self.own_label)
        box.addWidget(self.own)
        box.addWidget(self.peers_label)
        box.addWidget(self.peers)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Keys"))
        self.own_label.setText(self.tr(
            "This desk's fingerprints (read them out by phone when a peer enrols this desk):"))
        self.peers_label.setText(self.tr("Trusted peers:"))
        self.model.retranslate()

    def show_keys(self, own: dict[str, str], peers: list[PeerStatus]) -> None:
        self.own.setText(fingerprints_text(own))
        self.model.set_rows(peers)
        self._fit()

    def _fit(self) -> None:
        """As tall as the peers (a desk has one or a few), up to four; then it scrolls."""
        self.peers.resizeRowsToContents()
        rows = min(self.model.rowCount(), ROWS_SHOWN)
        height = sum(self.peers.rowHeight(i) for i in range(rows)) or \
            self.peers.verticalHeader().defaultSectionSize()
        self.peers.setFixedHeight(height + self.peers.horizontalHeader().sizeHint().height()
                                  + 2 * self.peers.frameWidth() + 2)
