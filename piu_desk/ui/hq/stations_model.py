"""The table of the Stations section: every station HQ knows, its state of enrolment, the
last bundle each way, what it has not confirmed yet, and what came from it.

Missing bundle numbers are red; the outstanding confirmations are amber when the station
has some and nothing has come from it for more than a week (a stick that did not come back:
writing more bundles to a station confirms nothing, so only what came in counts)."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from piu_desk.core.exchange.stations import StationStatus
from piu_desk.ui.admin.common import BAD_COLOUR
from piu_desk.ui.hq.texts import moment_text, state_text
from piu_desk.ui.records.common import DASH, RECORD_ROLE, format_number
from piu_desk.ui.table_models import RowsTableModel

STALE_AFTER = timedelta(days=7)
AMBER = "#fde7c2"
AMBER_TEXT = "#7a4b00"


class Column(IntEnum):
    STATION = 0
    STATE = 1
    LAST_IN = 2
    MISSING = 3
    LAST_OUT = 4
    OUTSTANDING = 5
    RECORDS = 6
    CONFLICTS = 7
    WAITING = 8


NUMBERS = (Column.OUTSTANDING, Column.RECORDS, Column.CONFLICTS, Column.WAITING)


def _parsed(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None


def last_heard(status: StationStatus) -> datetime | None:
    """When the last bundle came in from the station (confirmations only come that way);
    for a station never heard from, when HQ last wrote to it."""
    return _parsed(status.last_in_at) or _parsed(status.last_out_at)


def overdue(status: StationStatus, now: str) -> bool:
    """Changes waiting for the station's confirmation, and nothing from it for over a week."""
    if status.outstanding <= 0:
        return False
    last, current = last_heard(status), _parsed(now)
    return last is None or current is None or current - last > STALE_AFTER


def station_title(status: StationStatus) -> str:
    """"KHKMT Kampot PIU"; the id alone when this desk knows no name for it."""
    if not status.name or status.name == status.station:
        return status.station
    return f"{status.station} {status.name}"


def missing_text(missing: list[int]) -> str:
    return ", ".join(str(n) for n in missing)


class StationsModel(RowsTableModel):
    columns = len(Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now = ""

    def set_rows(self, rows: list[StationStatus], now: str) -> None:
        self.beginResetModel()
        self._rows, self.now = list(rows), now
        self.endResetModel()

    def station_at(self, row: int) -> StationStatus | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headers(self) -> list[str]:
        return [self.tr("Station"), self.tr("State"), self.tr("Last bundle in"),
                self.tr("Missing bundles"), self.tr("Last bundle out"),
                self.tr("Not confirmed"), self.tr("Records"), self.tr("Conflicts"),
                self.tr("Waiting")]

    def cell(self, item: Any, column: int, role: int) -> Any:
        assert isinstance(item, StationStatus)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, Column(column))
        if role == RECORD_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(item, Column(column))
        if role == Qt.ItemDataRole.BackgroundRole and column == Column.OUTSTANDING \
                and overdue(item, self.now):
            return QBrush(QColor(AMBER))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(item, Column(column))
        return None

    def text(self, item: StationStatus, column: Column) -> str:
        if column == Column.STATION:
            return station_title(item)
        if column == Column.STATE:
            return state_text(item)
        if column == Column.LAST_IN:
            return moment_text(item.last_in_at, item.last_in_sequence)
        if column == Column.MISSING:
            return missing_text(item.missing_sequences) or DASH
        if column == Column.LAST_OUT:
            return moment_text(item.last_out_at, item.last_out_sequence)
        value = {Column.OUTSTANDING: item.outstanding, Column.RECORDS: item.records,
                 Column.CONFLICTS: item.conflicts, Column.WAITING: item.parked}[column]
        return format_number(value)

    def foreground(self, item: StationStatus, column: Column) -> QBrush | None:
        if column == Column.MISSING and item.missing_sequences:
            return QBrush(QColor(BAD_COLOUR))
        if column == Column.STATE and item.revoked:
            return QBrush(QColor(BAD_COLOUR))
        if column == Column.OUTSTANDING and overdue(item, self.now):
            return QBrush(QColor(AMBER_TEXT))
        return None

    def tip(self, item: StationStatus, column: Column) -> str | None:
        if column == Column.MISSING and item.missing_sequences:
            return self.tr("Bundles with these numbers never arrived; the station's next "
                           "bundle carries their changes again.")
        if column == Column.OUTSTANDING and overdue(item, self.now):
            return self.tr("Changes the station has not confirmed, and no bundle from it "
                           "for more than a week.")
        if column == Column.STATION:  # in full, where a narrow column cuts it short
            return station_title(item)
        return None
