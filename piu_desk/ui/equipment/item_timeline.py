"""An item's whole history drawn as a vertical timeline: one entry per event, oldest at the
top, each with a coloured marker and symbol for its kind, the date, what happened, the
holder, the details and who recorded it.

Painted by one widget (no widget per entry), so an item with hundreds of events opens at
once; only the entries in sight are drawn."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from piu_desk.core.domain.asset import EVENT_LABELS, STATUS_LABELS, AssetEvent, EventKind
from piu_desk.ui.errors import tr_core
from piu_desk.ui.records.common import format_date

GREEN, BLUE, TEAL, AMBER, RED, GREY, PURPLE = (
    "#1b6e20", "#1a5fb4", "#00796b", "#9c6500", "#b00020", "#5f6368", "#6d3ea8")
# Kind -> (colour, symbol drawn in the marker).
STYLES: dict[EventKind, tuple[str, str]] = {
    EventKind.RECEIVED: (GREEN, "+"),
    EventKind.ISSUED: (BLUE, "→"),
    EventKind.ACCEPTED: (BLUE, "✓"),
    EventKind.RETURNED: (TEAL, "←"),
    EventKind.TRANSFERRED: (BLUE, "⇄"),
    EventKind.REPAIR_SENT: (AMBER, "⚒"),
    EventKind.REPAIR_RETURNED: (AMBER, "✓"),
    EventKind.MAINTAINED: (TEAL, "⚙"),
    EventKind.DAMAGED: (AMBER, "!"),
    EventKind.LOST: (RED, "?"),
    EventKind.STOLEN: (RED, "!"),
    EventKind.RECOVERED: (GREEN, "↺"),
    EventKind.VERIFIED: (PURPLE, "✓"),
    EventKind.DISPOSED: (GREY, "×"),
}
RAIL_WIDTH, MARKER, GAP = 34, 22, 10
MUTED, LINE = "#5f6368", "#c9ccd1"


def _line(event: AssetEvent) -> str:
    """The holder, the details and who recorded it, as one muted line."""
    translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
    parts = []
    if event.kind == EventKind.TRANSFERRED and event.detail:
        parts.append(translate("TimelineView", "From %1 to %2")
                     .replace("%1", event.detail).replace("%2", event.holder))
    else:
        if event.holder:
            parts.append(translate("TimelineView", "Holder: %1").replace("%1", event.holder))
        if event.detail:
            key = (translate("TimelineView", "Accepted by: %1")
                   if event.kind == EventKind.ACCEPTED else "%1")
            parts.append(key.replace("%1", event.detail))
    status = tr_core("Equipment", STATUS_LABELS[event.status_after])
    parts.append(translate("TimelineView", "Status after: %1").replace("%1", status))
    if event.by:
        parts.append(translate("TimelineView", "Recorded by %1").replace("%1", event.by))
    return " · ".join(parts)


class Entry:
    """One event as the timeline shows it (texts in the UI language)."""

    def __init__(self, event: AssetEvent) -> None:
        self.asset_event = event
        self.colour, self.symbol = STYLES.get(event.kind, (GREY, "•"))
        self.top, self.height = 0, 0

    def day(self) -> str:
        return format_date(self.asset_event.on)

    def title(self) -> str:
        return tr_core("Equipment", EVENT_LABELS[self.asset_event.kind])

    def heading(self) -> str:
        return f"{self.day()}  {self.title()}"

    def details(self) -> str:
        return _line(self.asset_event)


class TimelineCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineEntries")
        self.entries: list[Entry] = []
        self._laid_for = -1

    def set_entries(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._laid_for = -1
        self._lay_out()
        self.update()

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _lay_out(self) -> None:
        """Each entry's top and height for the present width; the widget as tall as all."""
        width = max(self.width() - RAIL_WIDTH - 12, 100)
        if width == self._laid_for:
            return
        self._laid_for = width
        metrics, bold = self.fontMetrics(), QFontMetrics(self._bold())
        top = 4
        for e in self.entries:
            wrapped = metrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap,
                                           e.details())
            e.top = top
            e.height = max(bold.height() + 2 + wrapped.height() + GAP, MARKER + GAP)
            top += e.height
        self.setMinimumHeight(top + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._lay_out()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(360, self.minimumHeight())

    def paintEvent(self, event: QPaintEvent) -> None:
        self._lay_out()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        seen = event.rect()
        for i, e in enumerate(self.entries):
            if e.top > seen.bottom() or e.top + e.height < seen.top():
                continue
            self._paint_entry(p, e, first=i == 0, last=i == len(self.entries) - 1)
        p.end()

    def _paint_entry(self, p: QPainter, e: Entry, *, first: bool, last: bool) -> None:
        x, top = RAIL_WIDTH / 2, e.top
        p.setPen(QPen(QColor(LINE), 2))
        if not first:
            p.drawLine(QPointF(x, top - 4), QPointF(x, top + 2))
        if not last:
            p.drawLine(QPointF(x, top + MARKER + 2), QPointF(x, top + e.height))
        circle = QRectF(x - MARKER / 2, top + 1, MARKER, MARKER)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(e.colour))
        p.drawEllipse(circle)
        symbol_font = self._bold()
        symbol_font.setPixelSize(13)
        p.setFont(symbol_font)
        p.setPen(QColor("white"))
        p.drawText(circle, Qt.AlignmentFlag.AlignCenter, e.symbol)
        left, width = RAIL_WIDTH + 6, max(self.width() - RAIL_WIDTH - 12, 100)
        metrics = self.fontMetrics()
        baseline = top + 3 + metrics.ascent()
        p.setFont(self.font())
        p.setPen(QColor(MUTED))
        day = e.day() + "   "
        p.drawText(QPointF(left, baseline), day)
        p.setFont(self._bold())
        p.setPen(QColor(e.colour))
        p.drawText(QPointF(left + metrics.horizontalAdvance(day), baseline), e.title())
        p.setFont(self.font())
        p.setPen(QColor(MUTED))
        line_top = top + 3 + QFontMetrics(self._bold()).height() + 2
        p.drawText(QRectF(left, line_top, width, e.height), Qt.TextFlag.TextWordWrap,
                   e.details())


class TimelineView(QScrollArea):
    """The canvas in a scroll area; `show_events` replaces the entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemTimeline")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.canvas = TimelineCanvas()
        self.setWidget(self.canvas)

    @property
    def entries(self) -> list[Entry]:
        return self.canvas.entries

    def show_events(self, events: list[AssetEvent]) -> None:
        self.canvas.set_entries([Entry(e) for e in events])

    def retranslate(self) -> None:
        self.canvas.set_entries(self.canvas.entries)
