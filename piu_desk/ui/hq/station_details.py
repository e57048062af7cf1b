"""The box under the stations table: the chosen station's state and what it means, its key
fingerprints for reading out by phone, the bundles missing from it and what waits for it."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from piu_desk.core.exchange.overview import PeerStatus
from piu_desk.core.exchange.stations import StationStatus
from piu_desk.ui.admin.common import named
from piu_desk.ui.exchange.peers_model import fingerprints_text
from piu_desk.ui.hq.stations_model import missing_text, overdue, station_title
from piu_desk.ui.hq.texts import fill, moment_text, state_help, state_text
from piu_desk.ui.records.common import DASH, MUTED_STYLE, value_label
from piu_desk.ui.widgets import ERROR_STYLE


class StationDetails(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationDetails")
        self.status: StationStatus | None = None
        self.peer: PeerStatus | None = None
        self.phone = ""
        self.now = ""
        self.empty = named(QLabel(), "noStationChosen")
        self.empty.setStyleSheet(MUTED_STYLE)
        self.empty.setWordWrap(True)
        self.state = value_label("stationState")
        self.state.setWordWrap(True)
        self.fingerprints = value_label("stationFingerprints")
        self.fingerprints.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.bundles = value_label("stationBundles")
        self.missing = value_label("stationMissing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(ERROR_STYLE)
        self.waiting = value_label("stationWaiting")
        self.waiting.setWordWrap(True)
        self.labels = [QLabel() for _ in range(4)]
        self.form = QFormLayout(self)
        self.form.addRow(self.empty)
        for label, value in zip(self.labels, (self.state, self.fingerprints, self.bundles,
                                              self.waiting), strict=True):
            self.form.addRow(label, value)
        self.form.addRow(self.missing)

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Choose a station in the table to see its keys and "
                                   "bundles."))
        for label, text in zip(self.labels, (self.tr("State:"), self.tr("Fingerprints:"),
                                             self.tr("Bundles:"), self.tr("Waiting:")),
                               strict=True):
            label.setText(text)
        self._show()

    def show_station(self, status: StationStatus | None, peer: PeerStatus | None,
                     phone: str, now: str) -> None:
        """`phone`: the one fingerprint over its keys, read out by phone at enrolment."""
        self.status, self.peer, self.phone, self.now = status, peer, phone, now
        self._show()

    def _show(self) -> None:
        s = self.status
        chosen = s is not None
        self.empty.setVisible(not chosen)
        for row in range(1, self.form.rowCount()):
            self.form.setRowVisible(row, chosen)
        if s is None:
            self.setTitle(self.tr("Station"))
            return
        self.setTitle(station_title(s))
        self.state.setText(f"{state_text(s)}. {state_help(s)}".strip())
        self.fingerprints.setText(self._fingerprints())
        self.bundles.setText("\n".join((
            fill(self.tr("Last in: {moment}"),
                 moment=moment_text(s.last_in_at, s.last_in_sequence)),
            fill(self.tr("Last out: {moment}"),
                 moment=moment_text(s.last_out_at, s.last_out_sequence)))))
        self.waiting.setText(self._waiting_text(s))
        self.form.setRowVisible(self.form.rowCount() - 1, bool(s.missing_sequences))
        self.missing.setText(fill(self.tr(
            "Missing bundles from this station: {numbers}. Its next bundle carries their "
            "changes again; nothing is lost."), numbers=missing_text(s.missing_sequences)))

    def _fingerprints(self) -> str:
        if self.peer is None:
            return DASH
        keys = fingerprints_text(self.peer.fingerprints)
        if not self.phone:
            return keys
        return fill(self.tr("By phone: {fingerprint}"), fingerprint=self.phone) + "\n" + keys

    def _waiting_text(self, s: StationStatus) -> str:
        locale = QLocale()
        lines = [fill(self.tr("Changes not yet confirmed by the station: {n}"),
                      n=locale.toString(s.outstanding))]
        if overdue(s, self.now):
            lines.append(self.tr("No exchange with it for more than a week: send it a "
                                 "bundle."))
        lines.append(fill(self.tr("Records from it: {records}; conflicts: {conflicts}; "
                                  "waiting for records still to come: {parked}"),
                          records=locale.toString(s.records),
                          conflicts=locale.toString(s.conflicts),
                          parked=locale.toString(s.parked)))
        return "\n".join(lines)
