"""The Keys box of the Exchange section: this desk's fingerprints in phone groups and the
peers it trusts, each with its fingerprints and last exchange."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
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
from piu_desk.ui.records.common import MUTED_STYLE, value_label

ROWS_SHOWN = 4


class KeysBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysBox")
        self._may = False
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.phone = value_label("ownPhoneFingerprint")
        big = QFont(mono)
        big.setPointSizeF(mono.pointSizeF() * 1.4)
        big.setBold(True)
        self.phone.setFont(big)
        self.phone.setWordWrap(False)
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own = value_label("ownFingerprints")
        self.own.setFont(mono)
        self.own.setStyleSheet(MUTED_STYLE)
        self.own_label, self.peers_label = value_label(), QLabel()
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
        own_row.addWidget(self.phone)
        own_row.addStretch(1)
        for button in (self.enrol_button, self.pin_button, self.import_button,
                       self.export_button, self.rotate_button):
            own_row.addWidget(button)
        peers_row = QHBoxLayout()
        peers_row.addWidget(self.peers_label, 1)
        peers_row.addWidget(self.revoke_button)
        box = QVBoxLayout(self)
        box.addWidget(self.own_label)
        box.addLayout(own_row)
        box.addWidget(self.own)
        box.addLayout(peers_row)
        box.addWidget(self.peers)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Keys"))
        self.own_label.setText(self.tr(
            "This desk's fingerprint, read out by phone when HQ or a station enrols this "
            "desk:"))
        self.peers_label.setText(self.tr("Trusted peers:"))
        self.enrol_button.setText(self.tr("Enrol a station…"))
        self.pin_button.setText(self.tr("Pin a station's keys…"))
        self.import_button.setText(self.tr("Import enrolment from HQ…"))
        self.export_button.setText(self.tr("Write this desk's key file…"))
        self.rotate_button.setText(self.tr("Rotate this desk's keys…"))
        self.revoke_button.setText(self.tr("Revoke…"))
        self.model.retranslate()

    def show_keys(self, own: dict[str, str], peers: list[PeerStatus], phone: str = "",
                  phones: dict[tuple[str, int], str] | None = None) -> None:
        """`phone`: this desk's phone fingerprint; `phones`: each peer's, by station and
        key generation. The three key fingerprints go below, for a technical check."""
        self.phone.setText(phone)
        self.own.setText(fingerprints_text(own, "    "))
        chosen = self.chosen_peer()
        self.model.set_rows(peers, phones or {})
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
        hq_pinned = any(p.role == "hq" and not p.revoked for p in self.model._rows)
        self.import_button.setEnabled(may and not hq_pinned)
        self.import_button.setToolTip(self.tr(
            "HQ's keys are already pinned; later keys come as a rotation with the exchange.")
            if hq_pinned else "")
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
