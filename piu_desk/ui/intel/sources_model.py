"""The source register as a table: code, in use or not, since when, and what its reports
came to (confirmed, not confirmed, not yet known). No identity is ever in it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from piu_desk.core.domain.grading import Scheme
from piu_desk.core.domain.source import Reliability, Source
from piu_desk.ui.intel.tipoffs_texts import scheme_name, stamp_text
from piu_desk.ui.records.common import RECORD_ROLE, format_number
from piu_desk.ui.table_models import RowsTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Column(IntEnum):
    CODE = 0
    IN_USE = 1
    SINCE = 2
    REPORTS = 3
    CONFIRMED = 4
    NOT_CONFIRMED = 5
    OPEN = 6


NUMBERS = frozenset({Column.REPORTS, Column.CONFIRMED, Column.NOT_CONFIRMED, Column.OPEN})


@dataclass(frozen=True)
class SourceRow:
    source: Source
    record: Reliability

    @property
    def open(self) -> int:
        """Reports whose outcome is not known yet."""
        r = self.record
        return r.reports - r.confirmed - r.not_confirmed


def grades_text(r: Reliability) -> str:
    """"B2 ×3, C3 ×1 (Admiralty); 2CP ×1 (UK 3x5x2)": each scheme's grades apart."""
    parts: list[str] = []
    for scheme in Scheme:
        mine = [f"{code} ×{n}" for s, code, n in r.grades if s == scheme.value]
        if mine:
            parts.append(f"{', '.join(mine)} ({scheme_name(scheme)})")
    return "; ".join(parts)


class SourcesModel(RowsTableModel):
    columns = len(Column)

    def set_rows(self, rows: list[SourceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> SourceRow:
        item: SourceRow = self._rows[row]
        return item

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.source.code == code), -1)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("In use"), self.tr("Registered"), self.tr("Reports"),
                self.tr("Confirmed"), self.tr("Not confirmed"), self.tr("Not yet known")]

    def cell(self, item: Any, column: int, role: int) -> Any:
        row: SourceRow = item
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(RIGHT)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = row.record
        return {
            Column.CODE: lambda: row.source.code,
            Column.IN_USE: lambda: self.tr("Yes") if row.source.active else self.tr("No"),
            Column.SINCE: lambda: stamp_text(row.source.created_at),
            Column.REPORTS: lambda: format_number(r.reports),
            Column.CONFIRMED: lambda: format_number(r.confirmed),
            Column.NOT_CONFIRMED: lambda: format_number(r.not_confirmed),
            Column.OPEN: lambda: format_number(row.open),
        }[Column(column)]()
