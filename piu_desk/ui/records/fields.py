"""Form fields of the record dialogs: codes with completion (ports, flags, nationalities),
optional numbers, and a field with its inline message line under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from piu_desk.core.domain.places import countries, ports
from piu_desk.ui.admin.common import error_label
from piu_desk.ui.records.common import MUTED_STYLE

SEPARATOR = " — "


class CodeEdit(QLineEdit):
    """A code (UN/LOCODE, ISO alpha-3) typed or picked from "CODE — Name" suggestions that
    match anywhere in code or name; the name of a known code is shown beside it."""

    def __init__(self, name: str, choices: dict[str, str], max_length: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._choices = choices
        self.setMaxLength(max_length + 40)  # room for a picked "CODE — Name" until trimmed
        self.setMaximumWidth(220)
        model = QStandardItemModel(self)
        for code, label in choices.items():
            model.appendRow(QStandardItem(f"{code}{SEPARATOR}{label}"))
        completer = QCompleter(model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._picked)
        self.setCompleter(completer)
        self.hint = QLabel()
        self.hint.setObjectName(f"{name}Hint")
        self.hint.setStyleSheet(MUTED_STYLE)
        self.textChanged.connect(self._show_hint)

    def _picked(self, text: str) -> None:
        self.setText(text.split(SEPARATOR)[0])

    def code(self) -> str:
        """What was typed, as a code: upper case, without spaces or a picked name."""
        return "".join(self.text().split(SEPARATOR)[0].split()).upper()

    def _show_hint(self) -> None:
        self.hint.setText(self._choices.get(self.code(), ""))


def port_edit(name: str) -> CodeEdit:
    return CodeEdit(name, ports(), 5)


def country_edit(name: str) -> CodeEdit:
    return CodeEdit(name, dict(countries()), 3)


class CountEdit(QLineEdit):
    """A whole number of people, or empty when not known."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setValidator(QIntValidator(0, 10000, self))
        self.setMaximumWidth(90)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


def fit_height(dialog: QWidget) -> None:
    """Grow the window so a message shown after it opened is not cut off (a layout does
    not grow a window that is already shown)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    need = (layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth()
            else layout.totalSizeHint().height())
    if need > dialog.height():
        dialog.resize(dialog.width(), need)


def with_error(field: QWidget, beside: QWidget | None = None) -> tuple[QWidget, QLabel]:
    """The field (and a hint beside it) with a red message line under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if beside is None:
        layout.addWidget(field)
    else:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(beside, 1)
        layout.addLayout(row)
    label = error_label()
    label.setObjectName(f"{field.objectName()}Error")
    layout.addWidget(label)
    return box, label


class InlineErrors:
    """Messages under fields, keyed by the core's `Invalid.field`; a field without a line
    of its own uses `general`."""

    def __init__(self, labels: dict[str, QLabel], general: QLabel) -> None:
        self.labels = labels
        self.general = general

    def set(self, field: str, text: str) -> QLabel:
        """Show `text` under the field, or hide its line when `text` is empty."""
        label = self.labels.get(field, self.general)
        label.setText(text)
        label.setVisible(bool(text))
        return label

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            label.hide()

    def text(self, field: str) -> str:
        """What the field's line says now ("" when it is hidden)."""
        label = self.labels.get(field, self.general)
        return "" if label.isHidden() else label.text()
