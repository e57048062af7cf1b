"""The core's labels for inspection types, risks, outcomes and statuses (context "Records"),
in combo boxes that keep the value, not the text."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

from piu_desk.core.domain.inspection import (
    OUTCOME_LABELS,
    RISK_LABELS,
    STATUS_LABELS,
    TYPE_LABELS,
    InspectionType,
    Outcome,
    Risk,
    Status,
)
from piu_desk.ui.entry_common import records_text

E = TypeVar("E", bound=StrEnum)


def fill_combo(combo: QComboBox, labels: Mapping[E, str]) -> None:
    """One item per value, in the core's order; the value is the item's data."""
    combo.clear()
    for value, source in labels.items():
        combo.addItem(records_text(source), value.value)


def retranslate_combo(combo: QComboBox, labels: Mapping[E, str]) -> None:
    for index, source in enumerate(labels.values()):
        combo.setItemText(index, records_text(source))


def chosen(combo: QComboBox, kind: type[E]) -> E:
    return kind(str(combo.currentData()))


def choose(combo: QComboBox, value: StrEnum) -> None:
    index = combo.findData(value.value)
    if index >= 0:
        combo.setCurrentIndex(index)


def type_text(value: InspectionType | str) -> str:
    return records_text(TYPE_LABELS[InspectionType(value)])


def risk_text(value: Risk | str) -> str:
    return records_text(RISK_LABELS[Risk(value)])


def outcome_text(value: Outcome | str) -> str:
    return records_text(OUTCOME_LABELS[Outcome(value)])


def status_text(value: Status | str) -> str:
    return records_text(STATUS_LABELS[Status(value)])
