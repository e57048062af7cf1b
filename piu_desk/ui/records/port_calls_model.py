"""Arrivals as a lazily loaded table: newest first, filtered by an arrival window, a
vessel name and (at HQ) a station, sorted on the columns the store sorts cheaply."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from piu_desk.core.desk import Desk
from piu_desk.core.domain.places import port_name
from piu_desk.core.domain.vessel import PortCall
from piu_desk.core.records import port_calls
from piu_desk.ui.records.common import country_text, format_moment, format_number
from piu_desk.ui.records.marked_model import MarkedTableModel


class Column(IntEnum):
    ARRIVAL = 0
    VESSEL = 1
    FLAG = 2
    LAST_PORT = 3
    NEXT_PORT = 4
    BERTH = 5
    VOYAGE = 6
    CREW = 7


STATION = len(Column)  # where the record comes from: a column at HQ only (StationFilter.fit)


# The orders the store gives cheaply on 50,000 port calls (port_calls.SORT_KEYS).
SORT_KEYS = {Column.ARRIVAL: "arrival", Column.VESSEL: "vessel"}


class PortCallsModel(MarkedTableModel):
    columns = len(Column)
    numeric_columns = frozenset({Column.CREW})

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(desk, parent)
        self.since = ""
        self.until = ""
        self.vessel_name = ""
        self.origin = ""  # one station's, or all
        self.station_label: Callable[[str], str] = str  # a station's name, for its tooltip
        self.order = "arrival"
        self.descending = True

    def marked(self, record: PortCall) -> bool:
        """The port call, or its vessel, is a confirmed match."""
        return (record.vessel_id in self.confirmed.vessel_ids
                or record.id in self.confirmed.port_call_ids)

    def set_filter(self, since: str, until: str, vessel_name: str) -> None:
        """Arrivals from `since` (inclusive) to `until` (exclusive), ISO dates or ""."""
        self.since, self.until, self.vessel_name = since, until, vessel_name.strip()
        self.reload()

    def sortable(self, column: int) -> bool:
        return column in SORT_KEYS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        self.order = SORT_KEYS[Column(column)]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def set_origin(self, origin: str) -> None:
        self.origin = origin
        self.reload()

    def count(self) -> int:
        return port_calls.count(self._desk, since=self.since, until=self.until,
                                vessel_name=self.vessel_name, origin=self.origin)

    def page(self, offset: int, limit: int) -> list[Any]:
        return port_calls.page(self._desk, offset, limit, since=self.since, until=self.until,
                               vessel_name=self.vessel_name, order=self.order,
                               descending=self.descending, origin=self.origin)

    def row_of(self, port_call_id: int) -> int:
        for row, pc in enumerate(self._rows):
            if pc.id == port_call_id:
                return row
        return -1

    def headers(self) -> list[str]:
        return [self.tr("Arrival"), self.tr("Vessel"), self.tr("Flag"), self.tr("Last port"),
                self.tr("Next port"), self.tr("Berth"), self.tr("Voyage"), self.tr("Crew"),
                self.tr("Station")]

    def text(self, record: Any, column: int) -> str:
        pc: PortCall = record
        if column == STATION:
            return pc.origin
        return {
            Column.ARRIVAL: lambda: format_moment(pc.arrival),
            Column.VESSEL: lambda: pc.vessel_name,
            Column.FLAG: lambda: pc.vessel_flag,
            Column.LAST_PORT: lambda: pc.last_port,
            Column.NEXT_PORT: lambda: pc.next_port,
            Column.BERTH: lambda: pc.berth,
            Column.VOYAGE: lambda: pc.voyage_number,
            Column.CREW: lambda: format_number(pc.crew_count),
        }[Column(column)]()

    def tooltip(self, record: Any, column: int) -> str:
        pc: PortCall = record
        if column == Column.FLAG:
            return country_text(pc.vessel_flag)
        if column in (Column.LAST_PORT, Column.NEXT_PORT):
            code = pc.last_port if column == Column.LAST_PORT else pc.next_port
            return port_name(code) or code
        if column == STATION:
            return self.station_label(pc.origin)
        return self.text(record, column)
