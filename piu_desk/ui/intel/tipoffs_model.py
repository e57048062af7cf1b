"""Tip-offs as a lazily loaded table, newest received first, filtered by status and (at HQ)
by station."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject

from piu_desk.core.desk import Desk
from piu_desk.core.domain.tipoff import Status, TipOff
from piu_desk.core.records import tipoffs
from piu_desk.ui.intel.tipoffs_texts import (
    channel_line,
    grade_meaning,
    grade_text,
    handling_text,
    status_text,
    subject_text,
    subjects_summary,
)
from piu_desk.ui.records.common import format_moment
from piu_desk.ui.records.lazy_model import LazyTableModel


class Column(IntEnum):
    RECEIVED = 0
    CHANNEL = 1
    GRADE = 2
    HANDLING = 3
    STATUS = 4
    SUBJECTS = 5
    OFFICER = 6


STATION = len(Column)  # where it comes from: a column at HQ only (StationFilter.fit)


class TipOffsModel(LazyTableModel):
    columns = len(Column)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.status: Status | None = None
        self.names: dict[str, str] = {}  # user name → full name, where known
        self.here = ""  # this desk's station: whose user names `names` knows
        self.origin = ""  # one station's, or all
        self.station_label: Callable[[str], str] = str  # a station's name, for its tooltip

    def set_status(self, status: Status | None) -> None:
        self.status = status
        self.reload()

    def set_origin(self, origin: str) -> None:
        self.origin = origin
        self.reload()

    def count(self) -> int:
        return tipoffs.count(self._desk, self.status, origin=self.origin)

    def page(self, offset: int, limit: int) -> list[Any]:
        return tipoffs.page(self._desk, offset, limit, self.status, origin=self.origin)

    def row_of(self, tipoff_id: int) -> int:
        return next((row for row, t in enumerate(self._rows) if t.id == tipoff_id), -1)

    def headers(self) -> list[str]:
        return [self.tr("Received"), self.tr("Channel"), self.tr("Grade"), self.tr("Handling"),
                self.tr("Status"), self.tr("Subjects"), self.tr("Reporting officer"),
                self.tr("Station")]

    def text(self, record: Any, column: int) -> str:
        t: TipOff = record
        if column == STATION:
            return t.origin
        return {
            Column.RECEIVED: lambda: format_moment(t.received_at),
            Column.CHANNEL: lambda: channel_line(t),
            Column.GRADE: lambda: grade_text(t.grade),
            Column.HANDLING: lambda: handling_text(t.handling),
            Column.STATUS: lambda: status_text(t.status),
            Column.SUBJECTS: lambda: subjects_summary(t),
            Column.OFFICER: lambda: self.officer(t),
        }[Column(column)]()

    def officer(self, t: TipOff) -> str:
        """The reporting officer's full name for a tip-off logged on this desk; another
        station's (at HQ) by user name: the same user name here may be someone else."""
        if t.origin not in ("", self.here):
            return t.reporting_officer
        return self.names.get(t.reporting_officer, t.reporting_officer)

    def tooltip(self, record: Any, column: int) -> str:
        t: TipOff = record
        if column == Column.GRADE:
            return grade_meaning(t.grade) or self.text(record, column)
        if column == Column.SUBJECTS:
            return "\n".join(subject_text(s) for s in t.subjects)
        if column == STATION:
            return self.station_label(t.origin)
        return self.text(record, column)
