"""My day: an officer's first screen, what is on their plate today: their draft and
returned inspections, the port calls arriving or departing today, the open alerts, the
tip-offs they logged that are still new, and the equipment they hold that waits for their
acceptance or is due back. Each count opens the list that holds the records."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.domain.inspection import STATUS_LABELS, Status
from piu_desk.core.reports.dashboard_figures import MyDay, my_day
from piu_desk.core.store.daily import CallRow, InspectionRow, TipOffRow
from piu_desk.core.store.dashboard import HeldRow
from piu_desk.ui.admin.common import named
from piu_desk.ui.dashboard.freshness import ReloadWhenShown
from piu_desk.ui.dashboard.tiles import FigureTile, ListPanel, TileRow
from piu_desk.ui.entry_common import records_text
from piu_desk.ui.errors import describe
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE, TITLE_STYLE, format_date, format_moment
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import InlineMessage

TOPICS = ("port_calls", "inspections", "alerts", "tipoffs", "assets", "vessels", "session")
TILES = {
    "inspections": ("#2e7d32", ("port_calls",)),
    "calls": ("#1a5fb4", ("port_calls",)),
    "alerts": ("#c62828", ("alerts",)),
    "tipoffs": ("#9c6500", ("tipoffs",)),
    "equipment": ("#6d3ea8", ("my_equipment",)),
}
SHOWN = 6
EXCERPT = 90


def _n(value: int) -> str:
    return QLocale().toString(value)


def excerpt(text: str, room: int = EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= room else flat[:room - 1].rstrip() + "…"


class MyDaySection(ReloadWhenShown, Retranslating, QWidget):
    topics = TOPICS

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myDaySection")
        self._desk, self._tasks = desk, tasks
        self.day: MyDay | None = None
        self._stale = False
        self.heading = named(QLabel(), "myDayHeading")
        self.heading.setStyleSheet(TITLE_STYLE)
        self.intro = QLabel()
        self.intro.setStyleSheet(MUTED_STYLE)
        self.intro.setWordWrap(True)
        self.problem = InlineMessage(name="myDayProblem")
        self.tiles = {key: FigureTile(key, colour, targets)
                      for key, (colour, targets) in TILES.items()}
        self.inspections = ListPanel("myInspections", ("port_calls",), SHOWN)
        self.calls = ListPanel("callsToday", ("port_calls",), SHOWN)
        self.tipoffs = ListPanel("myTipoffs", ("tipoffs",), SHOWN)
        self.equipment = ListPanel("myHeld", ("my_equipment",), SHOWN)
        self._lay_out()
        self.retranslate()
        self.reload()

    def _lay_out(self) -> None:
        self.tile_row = TileRow(list(self.tiles.values()))
        grid = QGridLayout()
        grid.addWidget(self.inspections, 0, 0)
        grid.addWidget(self.calls, 0, 1)
        grid.addWidget(self.tipoffs, 1, 0)
        grid.addWidget(self.equipment, 1, 1)
        for n in range(2):
            grid.setColumnStretch(n, 1)
            grid.setRowStretch(n, 1)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.tile_row)
        inner.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.problem)
        layout.addWidget(scroll, 1)

    def retranslate(self) -> None:
        self.intro.setText(self.tr("What is on your plate today. Click a figure to open the "
                                   "list behind it."))
        captions = {"inspections": self.tr("My inspections to finish"),
                    "calls": self.tr("Port calls today"), "alerts": self.tr("Open alerts"),
                    "tipoffs": self.tr("My tip-offs still new"),
                    "equipment": self.tr("Equipment to accept or return")}
        self.tile_row.set_captions(captions)
        self.inspections.setTitle(self.tr("My draft and returned inspections"))
        self.calls.setTitle(self.tr("Arriving or departing today"))
        self.tipoffs.setTitle(self.tr("Tip-offs I logged that are still new"))
        self.equipment.setTitle(self.tr("Equipment I hold"))
        self._show()

    # -- reading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        try:
            self.day = my_day(self._desk)
        except Exception as exc:  # a locked desk: said here, nothing shown
            self.problem.show_text(describe(exc))
            return
        self.problem.clear_text()
        self._show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # reads the store again when it changed while hidden
        hint = self.tr("Click to open the list")
        for tile in self.tiles.values():
            tile.update_reach(hint)
        self._show()

    # -- showing --------------------------------------------------------------------------------
    def _show(self) -> None:
        day = self.day
        if day is None:
            return
        today = QLocale().toString(QDate(day.today.year, day.today.month, day.today.day),
                                   "dddd d MMMM yyyy")
        self.heading.setText(self.tr("My day, {date}").replace("{date}", today))
        returned = sum(i.status == Status.RETURNED.value for i in day.inspections)
        accept, due = len(day.awaiting_acceptance()), len(day.due_back())
        details = {
            "inspections": self.tr("{count} returned for changes").replace("{count}",
                                                                         _n(returned))
            if returned else "",
            "calls": "", "alerts": self.tr("for the whole unit"), "tipoffs": "",
            "equipment": ", ".join(t for t in (
                self.tr("{count} to accept").replace("{count}", _n(accept)) if accept else "",
                self.tr("{count} due back").replace("{count}", _n(due)) if due else "") if t),
        }
        values = {"inspections": len(day.inspections), "calls": len(day.calls),
                  "alerts": day.open_alerts, "tipoffs": len(day.tipoffs),
                  "equipment": len(day.held)}
        for key, tile in self.tiles.items():
            tile.set_figure(values[key], details[key])
        self.tile_row.fit_heights()
        self._show_panels(day)

    def _show_panels(self, day: MyDay) -> None:
        self.inspections.set_items(
            self.tr("Finish them and submit them for approval.") if day.inspections
            else self.tr("No draft or returned inspection of yours."),
            [self._inspection(i) for i in day.inspections[:SHOWN]],
            self.tr("Open the port calls") if day.inspections else "", len(day.inspections))
        self.calls.set_items(
            "" if day.calls else self.tr("No vessel arrives or departs today."),
            [self._call(c, day) for c in day.calls[:SHOWN]],
            self.tr("Open the port calls") if day.calls else "", len(day.calls))
        self.tipoffs.set_items(
            self.tr("A supervisor or you can assess them.") if day.tipoffs
            else self.tr("None of your tip-offs is waiting to be assessed."),
            [self._tipoff(t) for t in day.tipoffs[:SHOWN]],
            self.tr("Open the tip-offs") if day.tipoffs else "", len(day.tipoffs))
        self.equipment.set_items(
            "" if day.held else self.tr("Nothing to accept or to return today."),
            [self._held(h, day) for h in day.held[:SHOWN]],
            self.tr("Open my equipment") if day.held else "", len(day.held))

    def _inspection(self, i: InspectionRow) -> str:
        return self.tr("{vessel}, begun {when}: {status}").replace("{vessel}", i.vessel) \
            .replace("{when}", format_moment(i.started_at)) \
            .replace("{status}", records_text(STATUS_LABELS[Status(i.status)]))

    def _call(self, c: CallRow, day: MyDay) -> str:
        today = day.today.isoformat()
        if c.arrival.startswith(today):
            text = self.tr("{vessel} arrives {when}").replace("{when}", format_moment(c.arrival))
        else:
            text = self.tr("{vessel} departs {when}").replace("{when}",
                                                               format_moment(c.departure))
        text = text.replace("{vessel}", c.vessel)
        return f"{text} · {c.berth}" if c.berth else text

    def _tipoff(self, t: TipOffRow) -> str:
        return f"{format_moment(t.received_at)}: {excerpt(t.text)}"

    def _held(self, h: HeldRow, day: MyDay) -> str:
        states = [self.tr("waiting for your acceptance")] if not h.accepted_at else []
        if h.expected_return and h.expected_return < day.today.isoformat():
            states.append(self.tr("overdue since {date}").replace(
                "{date}", format_date(h.expected_return)))
        elif h.expected_return == day.today.isoformat():
            states.append(self.tr("due back today"))
        return f"{h.tag} {h.description}: {', '.join(states)}"
