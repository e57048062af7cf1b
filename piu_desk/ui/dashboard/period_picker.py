"""Choosing what a daily report covers: one day, a shift (a day and two times; one that ends
at or before it starts ends the next day) or several days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTimeEdit,
    QWidget,
)

from piu_desk.core.reports.daily_period import Period
from piu_desk.ui.admin.common import named
from piu_desk.ui.i18n import Retranslating

DAY, SHIFT, RANGE = "day", "shift", "range"


def _date_edit(name: str, value: date) -> QDateEdit:
    edit = named(QDateEdit(QDate(value.year, value.month, value.day)), name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit


class PeriodPicker(Retranslating, QWidget):
    """`changed` whenever the period may have changed; `period()` raises Invalid for a range
    that cannot be."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodPicker")
        self.kinds = {DAY: named(QRadioButton(), "periodDay"),
                      SHIFT: named(QRadioButton(), "periodShift"),
                      RANGE: named(QRadioButton(), "periodRange")}
        self._group = QButtonGroup(self)
        kinds = QHBoxLayout()
        kinds.setContentsMargins(0, 0, 0, 0)
        for button in self.kinds.values():
            self._group.addButton(button)
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.kinds[DAY].setChecked(True)
        self.first = _date_edit("periodFirstDay", today)
        self.last = _date_edit("periodLastDay", today)
        self.start = named(QTimeEdit(QTime(7, 0)), "shiftStart")
        self.end = named(QTimeEdit(QTime(19, 0)), "shiftEnd")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.first_label, self.last_label = QLabel(), QLabel()
        self.start_label, self.end_label = QLabel(), QLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(kinds, 0, 0, 1, 4)
        grid.addWidget(self.first_label, 1, 0)
        grid.addWidget(self.first, 1, 1)
        grid.addWidget(self.last_label, 1, 2)
        grid.addWidget(self.last, 1, 3)
        grid.addWidget(self.start_label, 2, 0)
        grid.addWidget(self.start, 2, 1)
        grid.addWidget(self.end_label, 2, 2)
        grid.addWidget(self.end, 2, 3)
        grid.setColumnStretch(4, 1)
        self._group.buttonToggled.connect(lambda _b, on: self._kind_changed(on))
        for dates in (self.first, self.last):
            dates.dateChanged.connect(lambda _d: self.changed.emit())
        for times in (self.start, self.end):
            times.timeChanged.connect(lambda _t: self.changed.emit())
        self._show_fields()
        self.retranslate()

    def retranslate(self) -> None:
        self.kinds[DAY].setText(self.tr("One &day"))
        self.kinds[SHIFT].setText(self.tr("A s&hift"))
        self.kinds[RANGE].setText(self.tr("Se&veral days"))
        self.first_label.setText(self.tr("First day:") if self.kind() == RANGE
                                 else self.tr("Day:"))
        self.last_label.setText(self.tr("Last day:"))
        self.start_label.setText(self.tr("From:"))
        self.end_label.setText(self.tr("Until:"))
        self.end.setToolTip(self.tr("A shift that ends before it starts ends the next day."))

    def kind(self) -> str:
        return next(k for k, b in self.kinds.items() if b.isChecked())

    def set_kind(self, kind: str) -> None:
        self.kinds[kind].setChecked(True)

    def _kind_changed(self, on: bool) -> None:
        if on:
            self._show_fields()
            self.retranslate()
            self.changed.emit()

    def _show_fields(self) -> None:
        kind = self.kind()
        ranged: tuple[QWidget, ...] = (self.last_label, self.last)
        shift: tuple[QWidget, ...] = (self.start_label, self.start, self.end_label, self.end)
        for widget in ranged:
            widget.setVisible(kind == RANGE)
        for widget in shift:
            widget.setVisible(kind == SHIFT)

    def period(self) -> Period:
        first = self.first.date().toPython()
        assert isinstance(first, date)
        kind = self.kind()
        if kind == SHIFT:
            return Period.shift(first, self.start.time().toPython(),  # type: ignore[arg-type]
                                self.end.time().toPython())  # type: ignore[arg-type]
        if kind == RANGE:
            last = self.last.date().toPython()
            assert isinstance(last, date)
            return Period.days(first, last)
        return Period.day(first)
