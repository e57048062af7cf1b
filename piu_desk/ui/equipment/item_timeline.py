"""An item's whole history drawn as a vertical timeline: one entry per event, oldest at the
top, each with a coloured marker and symbol for its kind, the date, what happened, the
holder, the details and who recorded it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from piu_desk.core.domain.asset import EVENT_LABELS, STATUS_LABELS, AssetEvent, EventKind
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import tr_core
from piu_desk.ui.records.common import MUTED_STYLE, format_date

GREEN, BLUE, TEAL, AMBER, RED, GREY, PURPLE = (
    "#1b6e20", "#1a5fb4", "#00796b", "#9c6500", "#b00020", "#5f6368", "#6d3ea8")
# Kind -> (colour, symbol drawn in the marker).
STYLES: dict[EventKind, tuple[str, str]] = {
    EventKind.RECEIVED: (GREEN, "＋"),
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
RAIL_WIDTH, MARKER = 34, 22


class Rail(QWidget):
    """The line with the event's marker on it."""

    def __init__(self, kind: EventKind, first: bool, last: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.first, self.last = kind, first, last
        self.setFixedWidth(RAIL_WIDTH)

    def sizeHint(self) -> QSize:
        return QSize(RAIL_WIDTH, MARKER + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        colour, symbol = STYLES.get(self.kind, (GREY, "•"))
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        x, top = self.width() / 2, 4.0
        p.setPen(QPen(QColor("#c9ccd1"), 2))
        if not self.first:
            p.drawLine(QPointF(x, 0), QPointF(x, top))
        if not self.last:
            p.drawLine(QPointF(x, top + MARKER), QPointF(x, self.height()))
        circle = QRectF(x - MARKER / 2, top, MARKER, MARKER)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        p.drawEllipse(circle)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(13)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(circle, Qt.AlignmentFlag.AlignCenter, symbol)
        p.end()


def _line(event: AssetEvent) -> str:
    """The holder, the details and who recorded it, as one muted line."""
    tr = TimelineView.tr_static
    parts = []
    if event.kind == EventKind.TRANSFERRED and event.detail:
        parts.append(tr("From %1 to %2").replace("%1", event.detail).replace("%2",
                                                                              event.holder))
    else:
        if event.holder:
            parts.append(tr("Holder: %1").replace("%1", event.holder))
        if event.detail:
            key = tr("Accepted by: %1") if event.kind == EventKind.ACCEPTED else "%1"
            parts.append(key.replace("%1", event.detail))
    parts.append(tr("Status after: %1").replace("%1", tr_core("Equipment",
                                                              STATUS_LABELS[event.status_after])))
    if event.by:
        parts.append(tr("Recorded by %1").replace("%1", event.by))
    return " · ".join(parts)


class Entry(QWidget):
    def __init__(self, event: AssetEvent, first: bool, last: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineEntry")
        self.asset_event = event
        colour, _symbol = STYLES.get(event.kind, (GREY, "•"))
        self.rail = Rail(event.kind, first, last)
        self.heading = named(QLabel(), "entryHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.details = named(QLabel(), "entryDetails")
        self.details.setWordWrap(True)
        self.details.setStyleSheet(MUTED_STYLE)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        text = QVBoxLayout()
        text.setContentsMargins(0, 5, 0, 10)
        text.setSpacing(2)
        text.addWidget(self.heading)
        text.addWidget(self.details)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.rail)
        row.addLayout(text, 1)
        self._colour = colour
        self.retranslate()

    def retranslate(self) -> None:
        title = tr_core("Equipment", EVENT_LABELS[self.asset_event.kind])
        self.heading.setText(
            f"<span style='color:#5f6368'>{_escape(format_date(self.asset_event.on))}</span>"
            f"&nbsp;&nbsp;<b style='color:{self._colour}'>{_escape(title)}</b>")
        self.details.setText(_line(self.asset_event))

    def title(self) -> str:
        return tr_core("Equipment", EVENT_LABELS[self.asset_event.kind])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class TimelineView(QScrollArea):
    """The entries in a scroll area; `show_events` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemTimeline")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.entries: list[Entry] = []
        self._fill([])

    @staticmethod
    def tr_static(text: str) -> str:
        return QCoreApplication.translate("TimelineView", text)

    def _fill(self, events: list[AssetEvent]) -> None:
        inner = QWidget()
        inner.setObjectName("timelineEntries")
        box = QVBoxLayout(inner)
        box.setContentsMargins(4, 4, 4, 4)
        box.setSpacing(0)
        self.entries = [Entry(e, i == 0, i == len(events) - 1) for i, e in enumerate(events)]
        for entry in self.entries:
            box.addWidget(entry)
        box.addStretch(1)
        self.setWidget(inner)

    def show_events(self, events: list[AssetEvent]) -> None:
        self._fill(events)

    def retranslate(self) -> None:
        for entry in self.entries:
            entry.retranslate()
