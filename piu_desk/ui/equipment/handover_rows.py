"""The rows of a donor's handover list as the intake dialog previews them: the sheet row,
the mapped cells, and — for a row that cannot be imported — every reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from piu_desk.core.imports.handover import Field, HandoverPreview, HandoverReport
from piu_desk.ui.errors import tr_core
from piu_desk.ui.table_models import RowsTableModel

PROBLEM_BACKGROUND = "#fde7e9"
PROBLEM_TEXT = "#b00020"


def field_names() -> dict[Field, str]:
    translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
    return {
        Field.TAG: translate("HandoverRows", "Asset tag"),
        Field.CATEGORY: translate("HandoverRows", "Category"),
        Field.DESCRIPTION: translate("HandoverRows", "Description"),
        Field.MAKE: translate("HandoverRows", "Make"),
        Field.MODEL: translate("HandoverRows", "Model"),
        Field.SERIAL: translate("HandoverRows", "Serial number"),
        Field.DONOR: translate("HandoverRows", "Donor"),
        Field.AGREEMENT: translate("HandoverRows", "Agreement"),
        Field.GRANT: translate("HandoverRows", "Grant code"),
        Field.HANDOVER_DATE: translate("HandoverRows", "Handover date"),
        Field.DOC_REF: translate("HandoverRows", "Handover document"),
        Field.VALUE_KHR: translate("HandoverRows", "Value (KHR)"),
        Field.VALUE_USD: translate("HandoverRows", "Value (USD)"),
        Field.LOCATION: translate("HandoverRows", "Location"),
        Field.CONDITION: translate("HandoverRows", "Condition")}


@dataclass(frozen=True)
class PreviewRow:
    sheet_row: int
    cells: tuple[str, ...]
    reasons: tuple[str, ...]  # translated; empty for a row ready to import


class HandoverRowsModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: list[Field] = []
        self.only_problems = False
        self._all: list[PreviewRow] = []

    @property
    def columns(self) -> int:  # type: ignore[override]
        return len(self.fields) + 2

    def show_rows(self, preview: HandoverPreview | None, mapping: dict[Field, int],
                  report: HandoverReport | None) -> None:
        rows: list[PreviewRow] = []
        if preview is not None and report is not None:
            reasons = {p.sheet_row: tuple(m.render(tr_core) for m in p.reasons)
                       for p in report.problems}
            self.fields = [f for f in Field if f in mapping]
            for number, cells in preview.rows:
                mapped = tuple(cells[mapping[f]] if mapping[f] < len(cells) else ""
                               for f in self.fields)
                rows.append(PreviewRow(number, mapped, reasons.get(number, ())))
        else:
            self.fields = []
        self.beginResetModel()
        self._all = rows
        self._rows = [r for r in rows if r.reasons or not self.only_problems]
        self.endResetModel()

    def set_only_problems(self, on: bool) -> None:
        self.only_problems = on
        self.beginResetModel()
        self._rows = [r for r in self._all if r.reasons or not on]
        self.endResetModel()

    def headers(self) -> list[str]:
        names = field_names()
        return ([QCoreApplication.translate("HandoverRows", "Row")]
                + [names[f] for f in self.fields]
                + [QCoreApplication.translate("HandoverRows", "Problems")])

    def cell(self, item: PreviewRow, column: int, role: int) -> Any:
        last = len(self.fields) + 1
        if role == Qt.ItemDataRole.BackgroundRole and item.reasons:
            return QColor(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and item.reasons and column == last:
            return QColor(PROBLEM_TEXT)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return str(item.sheet_row)
        if column == last:
            if not item.reasons:
                return QCoreApplication.translate("HandoverRows", "Ready")
            return ("\n" if role == Qt.ItemDataRole.ToolTipRole else " · ").join(item.reasons)
        return item.cells[column - 1]
