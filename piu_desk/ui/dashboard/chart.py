"""The last 30 days at a glance: arrivals, inspections and alerts per day, drawn with
QPainter (QtCharts is not part of PySide6-Essentials). Grouped bars, a value axis with round
steps, day labels every few days, and a legend; numbers and dates in the UI language."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from piu_desk.core.reports.dashboard_figures import DayCounts
from piu_desk.ui.i18n import Retranslating

SERIES = ("arrivals", "inspections", "alerts")
COLOURS = {"arrivals": QColor("#1a5fb4"), "inspections": QColor("#2e7d32"),
           "alerts": QColor("#c62828")}
AXIS = QColor("#5f6368")
GRID = QColor("#e3e5e8")
PAD = 8


def nice_step(top: int, ticks: int = 4) -> int:
    """A round step (1, 2, 5 × 10ⁿ) giving about `ticks` steps up to `top`."""
    if top <= ticks:
        return 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


class DayChart(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayChart")
        self.days: tuple[DayCounts, ...] = ()
        self.names: dict[str, str] = {}
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()

    def retranslate(self) -> None:
        self.names = {"arrivals": self.tr("Arrivals"), "inspections": self.tr("Inspections"),
                      "alerts": self.tr("Alerts")}
        self.setAccessibleName(self.tr("Arrivals, inspections and alerts per day, last 30 "
                                       "days"))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 220)

    def set_days(self, days: Sequence[DayCounts]) -> None:
        self.days = tuple(days)
        self.setToolTip(self._summary())
        self.update()

    def values(self, series: str) -> list[int]:
        return [int(getattr(d, series)) for d in self.days]

    def _summary(self) -> str:
        locale = QLocale()
        return "\n".join(f"{self.names[s]}: {locale.toString(sum(self.values(s)))}"
                         for s in SERIES)

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        legend_bottom = self._legend(painter, metrics)
        top = max((max(self.values(s), default=0) for s in SERIES), default=0)
        step = nice_step(top)
        ceiling = max(step, math.ceil(top / step) * step)
        locale = QLocale()
        label_width = metrics.horizontalAdvance(locale.toString(ceiling)) + PAD
        plot = QRectF(PAD + label_width, legend_bottom + PAD,
                      self.width() - 2 * PAD - label_width,
                      self.height() - legend_bottom - 2 * PAD - line * 1.4)
        if plot.width() <= 10 or plot.height() <= 10:
            return
        self._value_axis(painter, plot, step, ceiling, metrics)
        if self.days:
            self._bars(painter, plot, ceiling)
            self._day_axis(painter, plot, metrics)
        painter.end()

    def _legend(self, painter: QPainter, metrics: QFontMetricsF) -> float:
        x, y = float(PAD), float(PAD)
        box = metrics.height() * 0.7
        for series in SERIES:
            painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box),
                             COLOURS[series])
            x += box + 4
            painter.setPen(AXIS)
            text = self.names[series]
            painter.drawText(QPointF(x, y + metrics.ascent()), text)
            x += metrics.horizontalAdvance(text) + 18
        return y + metrics.height()

    def _value_axis(self, painter: QPainter, plot: QRectF, step: int, ceiling: int,
                    metrics: QFontMetricsF) -> None:
        locale = QLocale()
        for value in range(0, ceiling + 1, step):
            y = plot.bottom() - plot.height() * value / ceiling
            painter.setPen(QPen(GRID if value else AXIS, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS)
            text = locale.toString(value)
            painter.drawText(QPointF(plot.left() - PAD - metrics.horizontalAdvance(text),
                                     y + metrics.ascent() / 2 - 1), text)

    def _bars(self, painter: QPainter, plot: QRectF, ceiling: int) -> None:
        slot = plot.width() / len(self.days)
        width = max(1.0, slot * 0.8 / len(SERIES))
        for n, day in enumerate(self.days):
            left = plot.left() + n * slot + slot * 0.1
            for k, series in enumerate(SERIES):
                value = int(getattr(day, series))
                if not value:
                    continue
                height = plot.height() * value / ceiling
                painter.fillRect(QRectF(left + k * width, plot.bottom() - height, width,
                                        height), COLOURS[series])

    def _day_axis(self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF) -> None:
        locale = QLocale()
        slot = plot.width() / len(self.days)
        texts = [locale.toString(QDate(d.day.year, d.day.month, d.day.day), "d MMM")
                 for d in self.days]
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        every = max(1, math.ceil((widest + 12) / slot))
        painter.setPen(AXIS)
        last = len(self.days) - 1
        for n, text in enumerate(texts):
            if (last - n) % every:
                continue  # the labels count back from today, which is always labelled
            centre = plot.left() + (n + 0.5) * slot
            width = metrics.horizontalAdvance(text)
            x = min(max(centre - width / 2, plot.left() - PAD), self.width() - PAD - width)
            painter.drawLine(QPointF(centre, plot.bottom()), QPointF(centre, plot.bottom() + 3))
            painter.drawText(QPointF(x, plot.bottom() + 4 + metrics.ascent()), text)
        painter.setPen(Qt.PenStyle.NoPen)
