"""The table of pinned peers: station, role, key generation, fingerprints in phone groups,
the last bundle each way with its number, and the changes the peer has not confirmed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from piu_desk.core.exchange.overview import PeerStatus
from piu_desk.ui.admin.common import format_time
from piu_desk.ui.table_models import RowsTableModel

DASH = "—"


def fingerprints_text(fps: dict[str, str], between: str = "\n") -> str:
    return between.join(f"{name}: {fps[key]}" for key, name in (
        ("ed25519", "Ed25519"), ("ml-dsa-65", "ML-DSA-65"), ("age", "age")) if key in fps)


class PeersModel(RowsTableModel):
    columns = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phones: dict[tuple[str, int], str] = {}

    def set_rows(self, rows: list[PeerStatus],
                 phones: dict[tuple[str, int], str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.phones = dict(phones or {})
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Station"), self.tr("Role"), self.tr("Phone fingerprint"),
                self.tr("Last sent"), self.tr("Last received"), self.tr("Not confirmed")]

    def cell(self, item: Any, column: int, role: int) -> Any:
        assert isinstance(item, PeerStatus)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return fingerprints_text(item.fingerprints)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return self.tr("Changes of this desk the peer has not confirmed yet: they go again "
                           "with every bundle until a bundle from the peer confirms them.")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def text(self, item: PeerStatus, column: int) -> str:
        if column == 0:
            return item.station
        if column == 1:
            role = self.tr("HQ") if item.role == "hq" else self.tr("Station")
            generation = self.tr("keys {n}").replace("{n}", str(item.generation))
            revoked = self.tr("revoked") if item.revoked else ""
            return ", ".join(t for t in (role, generation, revoked) if t)
        if column == 2:  # the one read out by phone; the three keys' in the tool tip
            return self.phones.get((item.station, item.generation)) or \
                fingerprints_text(item.fingerprints)
        if column == 5:
            return f"{item.outstanding:,}" if not item.revoked else DASH
        moment, number = (item.last_export_at, item.last_export_sequence) if column == 3 \
            else (item.last_import_at, item.last_import_sequence)
        if not moment:
            return DASH
        if number is None:
            return format_time(moment)
        return self.tr("{time}, no. {number}").replace("{time}", format_time(moment)) \
            .replace("{number}", str(number))
