"""What the first screens show: the supervisor's dashboard and an officer's "my day".

    board = supervisor_dashboard(desk)       # today's figures, queues, 30 days of counts
    board.figures.arrived, board.awaiting, board.days[-1].alerts, board.last_exchange
    day = my_day(desk)                       # the logged-in officer's work for today

Today's figures count what the daily report counts for the day so far, with the report's
bounds (a tile and the report printed at the end of the day agree; the tests hold them to
it), but only count, so the dashboard opens quickly on a store of ten years; the queues
(approval, open alerts, overdue equipment) are read as the report reads them. Beyond them:
tip-offs still new (whenever received), equipment overdue as of today (expected back before
today and still out: an item due back today is not overdue yet), and the last exchange
with headquarters from the audit trail (none until the exchange work records its
"exchange.*" entries). The chart counts, for each of the last 30
days, the arrivals, the inspections begun and the alerts raised, with the report's bounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from piu_desk.core.desk import Desk
from piu_desk.core.domain.inspection import Outcome
from piu_desk.core.records.common import reader
from piu_desk.core.reports.daily_figures import Count, supervisor
from piu_desk.core.reports.daily_period import Period
from piu_desk.core.store import daily
from piu_desk.core.store import dashboard as repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.daily import AlertRow, CallRow, InspectionRow, OverdueRow, TipOffRow
from piu_desk.core.store.dashboard import HeldRow
from piu_desk.core.text import QT_TRANSLATE_NOOP

CHART_DAYS = 30
ACTION = QT_TRANSLATE_NOOP("Actions", "my day")


@dataclass(frozen=True)
class DayCounts:
    day: date
    arrivals: int
    inspections: int
    alerts: int


@dataclass(frozen=True)
class LastExchange:
    at: str  # UTC, from the audit trail
    actor: str
    action: str  # "exchange.export", "exchange.import", ...
    target: str


@dataclass(frozen=True)
class TodayFigures:
    """Today so far, counted as the daily report counts (see daily_figures)."""

    arrived: int
    departed: int
    inspections: int
    inspections_by_outcome: Count  # every outcome, in the order of Outcome
    crew_lists: int
    crew_screened: int
    alerts: int  # raised today
    tipoffs: int  # received today


@dataclass(frozen=True)
class SupervisorDashboard:
    today: date
    figures: TodayFigures
    new_tipoffs: int
    awaiting: tuple[InspectionRow, ...]  # the approval queue, oldest first
    open_alerts: tuple[AlertRow, ...]  # oldest first
    overdue: tuple[OverdueRow, ...]  # expected back before today, still out
    last_exchange: LastExchange | None
    days: tuple[DayCounts, ...]  # CHART_DAYS days ending today, oldest first


@dataclass(frozen=True)
class MyDay:
    today: date
    username: str
    inspections: tuple[InspectionRow, ...]  # theirs, draft or returned
    calls: tuple[CallRow, ...]  # arriving or departing today
    open_alerts: int
    tipoffs: tuple[TipOffRow, ...]  # they logged, still new
    held: tuple[HeldRow, ...]  # awaiting their acceptance, or due back by today

    def awaiting_acceptance(self) -> tuple[HeldRow, ...]:
        return tuple(h for h in self.held if not h.accepted_at)

    def due_back(self) -> tuple[HeldRow, ...]:
        """Expected back today or before."""
        today = self.today.isoformat()
        return tuple(h for h in self.held if h.expected_return and h.expected_return <= today)


def local_today(desk: Desk, zone: tzinfo | None = None) -> date:
    """Today at the port, by the desk's clock (the computer's zone unless given)."""
    return datetime.fromisoformat(desk.now()).astimezone(zone).date()


# -- the supervisor's dashboard -----------------------------------------------------------------
def supervisor_dashboard(desk: Desk, today: date | None = None,
                         zone: tzinfo | None = None) -> SupervisorDashboard:
    """Everything the dashboard shows, read in one go on the owner thread. Supervisors only."""
    supervisor(desk)
    day = today or local_today(desk, zone)
    period = Period.day(day)

    def run(conn: Connection) -> SupervisorDashboard:
        entry = repo.last_exchange(conn)
        return SupervisorDashboard(
            today=day, figures=today_figures(conn, period, zone),
            new_tipoffs=repo.new_tipoffs(conn),
            awaiting=tuple(daily.awaiting_approval(conn, period.local_end)),
            open_alerts=tuple(daily.open_alerts(conn, period.utc_bounds(zone)[1])),
            overdue=tuple(daily.overdue_returns(conn, day.isoformat())),
            last_exchange=LastExchange(entry.at, entry.actor, entry.action, entry.target)
            if entry else None,
            days=chart_days(conn, day, zone))
    return desk.db(run)


def today_figures(conn: Connection, period: Period, zone: tzinfo | None = None
                  ) -> TodayFigures:
    start, end = period.local_start, period.local_end
    utc_start, utc_end = period.utc_bounds(zone)
    outcomes = repo.inspections_by_outcome(conn, start, end)
    lists, members = repo.crew_screened(conn, utc_start, utc_end)
    return TodayFigures(
        arrived=repo.count_arrivals(conn, start, end),
        departed=repo.count_departures(conn, start, end),
        inspections=sum(outcomes.values()),
        inspections_by_outcome=tuple((o.value, outcomes.get(o.value, 0)) for o in Outcome),
        crew_lists=lists, crew_screened=members,
        alerts=repo.count_alerts(conn, utc_start, utc_end),
        tipoffs=repo.count_tipoffs(conn, start, end))


def chart_days(conn: Connection, last: date, zone: tzinfo | None = None,
               count: int = CHART_DAYS) -> tuple[DayCounts, ...]:
    """Arrivals, inspections begun and alerts raised on each of `count` days up to `last`."""
    period = Period.days(last - timedelta(days=count - 1), last)
    arrived = repo.arrivals_per_day(conn, period.local_start, period.local_end)
    inspected = repo.inspections_per_day(conn, period.local_start, period.local_end)
    raised: dict[str, int] = {}
    for moment in repo.alert_moments(conn, *period.utc_bounds(zone)):
        key = datetime.fromisoformat(moment).astimezone(zone).date().isoformat()
        raised[key] = raised.get(key, 0) + 1
    days = [period.first_day + timedelta(days=n) for n in range(count)]
    return tuple(DayCounts(d, arrived.get(d.isoformat(), 0), inspected.get(d.isoformat(), 0),
                           raised.get(d.isoformat(), 0)) for d in days)


# -- an officer's day ---------------------------------------------------------------------------
def my_day(desk: Desk, today: date | None = None, zone: tzinfo | None = None) -> MyDay:
    """The logged-in officer's plate today."""
    session = reader(desk, ACTION)
    day = today or local_today(desk, zone)
    period = Period.day(day)
    name = session.username

    def run(conn: Connection) -> MyDay:
        held = tuple(h for h in repo.held_by(conn, name)
                     if not h.accepted_at or (h.expected_return
                                              and h.expected_return <= day.isoformat()))
        return MyDay(day, name, tuple(repo.my_inspections(conn, name)),
                     tuple(repo.calls_of_day(conn, period.local_start, period.local_end)),
                     repo.open_alerts(conn), tuple(repo.my_new_tipoffs(conn, name)), held)
    return desk.db(run)
