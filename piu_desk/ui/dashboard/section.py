"""The supervisor's dashboard, the first screen a supervisor sees: today's figures as tiles
that open the list behind them, the approval queue, open alerts, overdue equipment, the
last exchange with headquarters, a chart of the last 30 days, and the way to the daily
report and to checking a printed one.

The figures are read again after a change that touches them, at once while the dashboard
is shown, otherwise when it is shown next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.inspection import OUTCOME_LABELS, Outcome
from piu_desk.core.reports.dashboard_figures import SupervisorDashboard, supervisor_dashboard
from piu_desk.core.store.daily import AlertRow, InspectionRow, OverdueRow
from piu_desk.ui.admin.common import format_time, named
from piu_desk.ui.dashboard.chart import DayChart
from piu_desk.ui.dashboard.freshness import ReloadWhenShown
from piu_desk.ui.dashboard.report_dialog import DailyReportDialog
from piu_desk.ui.dashboard.tiles import FigureTile, ListPanel, TileRow
from piu_desk.ui.dashboard.verify_dialog import VerifyReportDialog
from piu_desk.ui.entry_common import records_text
from piu_desk.ui.errors import describe
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import TITLE_STYLE, format_date, format_moment
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import InlineMessage

TOPICS = ("port_calls", "inspections", "crew", "alerts", "tipoffs", "assets", "audit",
          "vessels", "users", "session")
# key: (colour, sections it opens, first found)
TILES = {
    "arrivals": ("#1a5fb4", ("port_calls",)),
    "departures": ("#3d6fa8", ("port_calls",)),
    "inspections": ("#2e7d32", ("approvals", "port_calls")),
    "crew": ("#6d3ea8", ("port_calls",)),
    "alerts": ("#c62828", ("alerts",)),
    "tipoffs": ("#9c6500", ("tipoffs",)),
    "overdue": ("#b00020", ("custody", "equipment")),
}
SHOWN = 5


def _n(value: int) -> str:
    return QLocale().toString(value)


def _counted(value: int, none: str, one: str, many: str) -> str:
    """The sentence for no, one or `value` things (each translated whole)."""
    return none if value == 0 else one if value == 1 else many.replace("{count}", _n(value))


class DashboardSection(ReloadWhenShown, Retranslating, QWidget):
    topics = TOPICS

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardSection")
        self._desk, self._tasks = desk, tasks
        self.board: SupervisorDashboard | None = None
        self._stale = False
        self.heading = named(QLabel(), "dashboardHeading")
        self.heading.setStyleSheet(TITLE_STYLE)
        self.report_button = named(QPushButton(), "dailyReport")
        self.verify_button = named(QPushButton(), "verifyReport")
        self.report_button.clicked.connect(self.open_report_dialog)
        self.verify_button.clicked.connect(self.open_verify_dialog)
        self.problem = InlineMessage(name="dashboardProblem")
        self.tiles = {key: FigureTile(key, colour, targets)
                      for key, (colour, targets) in TILES.items()}
        self.chart = DayChart()
        self.chart_box = QGroupBox()
        QVBoxLayout(self.chart_box).addWidget(self.chart)
        self.approvals = ListPanel("approvalPanel", ("approvals",), SHOWN)
        self.alerts = ListPanel("alertsPanel", ("alerts",), SHOWN)
        self.overdue = ListPanel("overduePanel", ("custody", "equipment"), SHOWN)
        self.exchange = ListPanel("exchangePanel", (), 1)
        self._lay_out()
        self.retranslate()
        self.reload()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.report_button)
        top.addWidget(self.verify_button)
        self.tile_row = TileRow(list(self.tiles.values()))
        grid = QGridLayout()
        grid.addWidget(self.chart_box, 0, 0, 1, 2)
        grid.addWidget(self.approvals, 0, 2)
        grid.addWidget(self.alerts, 1, 0)
        grid.addWidget(self.overdue, 1, 1)
        grid.addWidget(self.exchange, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
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
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(scroll, 1)

    def retranslate(self) -> None:
        self.report_button.setText(self.tr("&Daily report…"))
        self.report_button.setToolTip(self.tr("Preview, print or save the daily report"))
        self.verify_button.setText(self.tr("&Verify a printed report…"))
        self.verify_button.setToolTip(self.tr("Check a paper copy's report number and "
                                              "verification code"))
        captions = {"arrivals": self.tr("Arrivals today"),
                    "departures": self.tr("Departures today"),
                    "inspections": self.tr("Inspections today"),
                    "crew": self.tr("Crew screened today"), "alerts": self.tr("Open alerts"),
                    "tipoffs": self.tr("New tip-offs"),
                    "overdue": self.tr("Equipment overdue")}
        self.tile_row.set_captions(captions)
        self.chart_box.setTitle(self.tr("Last 30 days"))
        self.approvals.setTitle(self.tr("Approval queue"))
        self.alerts.setTitle(self.tr("Open alerts"))
        self.overdue.setTitle(self.tr("Overdue equipment"))
        self.exchange.setTitle(self.tr("Exchange with headquarters"))
        self._show()

    # -- reading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        try:
            self.board = supervisor_dashboard(self._desk)
        except Exception as exc:  # a locked desk, a damaged store: said here, nothing shown
            self.problem.show_text(describe(exc))
            return
        self.problem.clear_text()
        self._show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # reads the store again when it changed while hidden
        self._update_reach()

    def _update_reach(self) -> None:
        hint = self.tr("Click to open the list")
        for tile in self.tiles.values():
            tile.update_reach(hint)
        if self.board is not None:
            self._show_panels(self.board)

    # -- showing --------------------------------------------------------------------------------
    def _show(self) -> None:
        board = self.board
        if board is None:
            return
        today = board.today
        day = QLocale().toString(QDate(today.year, today.month, today.day), "dddd d MMMM yyyy")
        self.heading.setText(self.tr("Today, {date}").replace("{date}", day))
        f = board.figures
        outcomes = ", ".join(f"{_n(n)} {records_text(OUTCOME_LABELS[Outcome(o)]).lower()}"
                             for o, n in f.inspections_by_outcome if n)
        details = {
            "arrivals": "", "departures": "", "inspections": outcomes,
            "crew": _counted(f.crew_lists, self.tr("no crew list"), self.tr("one crew list"),
                             self.tr("{count} crew lists")),
            "alerts": self.tr("{count} raised today").replace("{count}", _n(f.alerts)),
            "tipoffs": self.tr("{count} received today").replace("{count}", _n(f.tipoffs)),
            "overdue": self.tr("expected back before today"),
        }
        values = {"arrivals": f.arrived, "departures": f.departed,
                  "inspections": f.inspections, "crew": f.crew_screened,
                  "alerts": len(board.open_alerts), "tipoffs": board.new_tipoffs,
                  "overdue": len(board.overdue)}
        for key, tile in self.tiles.items():
            tile.set_figure(values[key], details[key])
        self.tile_row.fit_heights()
        self.chart.set_days(board.days)
        self._show_panels(board)

    def _show_panels(self, board: SupervisorDashboard) -> None:
        waiting = len(board.awaiting)
        self.approvals.set_items(
            _counted(waiting, self.tr("No inspection is waiting for approval."),
                     self.tr("One inspection waits for your approval."),
                     self.tr("{count} inspections wait for your approval.")),
            [_inspection(r) for r in board.awaiting[:SHOWN]],
            self.tr("Open the approval queue") if waiting else "", waiting)
        alerts = len(board.open_alerts)
        newest = list(reversed(board.open_alerts))[:SHOWN]
        self.alerts.set_items(
            _counted(alerts, self.tr("No open alert."),
                     self.tr("One alert waits for a decision."),
                     self.tr("{count} alerts wait for a decision, newest first.")),
            [_alert(r) for r in newest], self.tr("Open the alerts") if alerts else "", alerts)
        late = len(board.overdue)
        self.overdue.set_items(
            _counted(late, self.tr("No equipment is overdue."),
                     self.tr("One item is overdue for return."),
                     self.tr("{count} items are overdue for return.")),
            [self._overdue(r) for r in board.overdue[:SHOWN]],
            self.tr("Open custody") if late else "", late)
        last = board.last_exchange
        self.exchange.set_items(
            self.tr("No exchange with headquarters yet.") if last is None else
            self.tr("Last exchange: {when}, by {who}.").replace("{when}", format_time(
                last.at, with_seconds=False)).replace("{who}", last.actor),
            [last.target] if last and last.target else [])

    def _overdue(self, r: OverdueRow) -> str:
        return self.tr("{tag} {item}, held by {holder}, expected back {date}") \
            .replace("{tag}", r.tag).replace("{item}", r.description) \
            .replace("{holder}", r.holder).replace("{date}", format_date(r.expected_return))

    # -- the dialogs ----------------------------------------------------------------------------
    def open_report_dialog(self) -> DailyReportDialog:
        dialog = DailyReportDialog(self._desk, self._tasks, self)
        dialog.setModal(True)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    def open_verify_dialog(self) -> VerifyReportDialog:
        dialog = VerifyReportDialog(self._desk, self._tasks, self)
        dialog.setModal(True)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog


def _inspection(r: InspectionRow) -> str:
    return QCoreApplication.translate("DashboardSection", "{vessel}, begun {when}, by {who}") \
        .replace("{vessel}", r.vessel).replace("{when}", format_moment(r.started_at)) \
        .replace("{who}", ", ".join(r.officers))


def _alert(r: AlertRow) -> str:
    entry = r.entry.splitlines()[0] if r.entry else ""
    text = QCoreApplication.translate("DashboardSection", "{subject} may be {entry}") \
        .replace("{subject}", r.subject).replace("{entry}", entry)
    return f"{text} ({r.vessel})" if r.vessel and r.vessel != r.subject else text
