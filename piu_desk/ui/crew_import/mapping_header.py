"""The rows table's header with the column mapping under each of the sheet's titles: one
combo box per sheet column saying which FAL Form 5 field it holds, or "not imported".

The combo boxes live in the header's viewport, placed under their sections, so they follow
resizing and horizontal scrolling. A guess the import was not sure of is highlighted until
the officer looks at it; a column the officer changed is marked as such."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from piu_desk.core.imports.crew_sheet import FIELD_LABELS, Field
from piu_desk.ui.crew_import.texts import import_label

SURE = 0.9  # a guess scored below this is highlighted for the officer to check
MIN_WIDTH = 150
GAP = 3
STYLES = {
    "low": "QComboBox { background: #fff4e5; border: 2px solid #e0a030; color: #5a3a00; }",
    "changed": "QComboBox { background: #e8f0fe; border: 1px solid #8ab4f8; color: #174ea6; }",
    "none": "QComboBox { color: #5f6368; }",
    "sure": "",
}


def guess_state(field: Field | None, confidence: float, changed: bool) -> str:
    if changed:
        return "changed"
    if field is None:
        return "none"
    return "low" if confidence < SURE else "sure"


class MappingHeader(QHeaderView):
    """`mapped(column, field)` when the officer chooses a field (None: not imported) for a
    sheet column; `first` is the table column of the sheet's first column."""

    mapped = Signal(int, object)

    def __init__(self, first: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.first = first
        self.combos: list[QComboBox] = []
        self.prompt = ""
        self._texts: dict[str, str] = {}
        self._extra = QComboBox().sizeHint().height() + 2 * GAP
        self.setSectionsClickable(False)
        self.setHighlightSections(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.sectionResized.connect(self.place)
        self.geometriesChanged.connect(self.place)

    # -- content --------------------------------------------------------------------------
    def set_columns(self, count: int) -> None:
        for combo in self.combos:
            combo.deleteLater()
        self.combos = []
        for col in range(count):
            combo = QComboBox(self.viewport())
            combo.setObjectName(f"mapping_{col}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.addItem("", None)
            for field in Field:
                combo.addItem("", field)
            combo.activated.connect(lambda index, c=col: self._chosen(c, index))
            combo.show()
            self.combos.append(combo)
        self._name_items()
        self.place()

    def show_mapping(self, mapping: Mapping[Field, int | None],
                     confidence: Mapping[Field, float], changed: set[int]) -> None:
        """Select each column's field without emitting `mapped`, and mark the guesses."""
        of_column = {col: field for field, col in mapping.items() if col is not None}
        for col, combo in enumerate(self.combos):
            field = of_column.get(col)
            combo.setCurrentIndex(combo.findData(field) if field is not None else 0)
            state = guess_state(field, confidence.get(field, 0.0) if field else 0.0,
                                col in changed)
            combo.setProperty("guess", state)
            combo.setStyleSheet(STYLES[state])
            combo.setToolTip(self._texts.get(state, ""))

    def set_texts(self, not_imported: str, prompt: str, tips: dict[str, str]) -> None:
        """The words the header shows, in the UI language: the "not imported" choice, the
        prompt drawn before the first combo, and a tooltip for each guess state."""
        self._texts = {"not_imported": not_imported, **tips}
        self.prompt = prompt
        self._name_items()
        for combo in self.combos:
            combo.setToolTip(self._texts.get(str(combo.property("guess") or ""), ""))
        self.viewport().update()

    def _name_items(self) -> None:
        for combo in self.combos:
            combo.setItemText(0, self._texts.get("not_imported", ""))
            for i, field in enumerate(Field, 1):
                combo.setItemText(i, import_label(FIELD_LABELS[field]))

    def _chosen(self, col: int, index: int) -> None:
        self.mapped.emit(col, self.combos[col].itemData(index))

    # -- geometry and painting ------------------------------------------------------------
    def place(self) -> None:
        top = super().sectionSizeFromContents(0).height() if self.count() else 0
        top = max(top, self.height() - self._extra)
        for col, combo in enumerate(self.combos):
            logical = self.first + col
            if logical >= self.count() or self.isSectionHidden(logical):
                combo.hide()
                continue
            x = self.sectionViewportPosition(logical)
            combo.setGeometry(x + GAP, top + GAP, self.sectionSize(logical) - 2 * GAP,
                              self._extra - 2 * GAP)
            combo.show()

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        width = max(size.width(), MIN_WIDTH) if logicalIndex >= self.first else size.width()
        return QSize(width, size.height() + self._extra)

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        """The title in the upper part; under it the combo box, or the prompt."""
        title = QRect(rect.x(), rect.y(), rect.width(), rect.height() - self._extra)
        super().paintSection(painter, title, logicalIndex)
        below = QRect(rect.x(), title.bottom() + 1, rect.width(), self._extra)
        painter.fillRect(below, self.palette().window())
        if logicalIndex == self.first - 1 and self.prompt:
            painter.save()
            painter.setPen(self.palette().windowText().color())
            painter.drawText(below.adjusted(GAP, 0, -2 * GAP, 0),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             self.prompt)
            painter.restore()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.place()
