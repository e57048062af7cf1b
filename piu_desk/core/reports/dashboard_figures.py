"""What the first screens show: the supervisor's dashboard and an officer's "my day".

    board = supervisor_dashboard(desk)       # today's figures, queues, 30 days of counts
    board.figures.arrived, board.awaiting, board.days[-1].alerts, board.last_exchange
    day = my_day(desk)                       # the logged-in officer's work for today

Today's figures are the daily report's for the day so far, read by the same code
(daily_figures.read_in), so a tile and the report printed at the end of the day count the
same things. Beyond them: tip-offs still new (whenever received), equipment overdue as of
today (expected back before today and still out: an item due back today is not overdue
yet), and the last exchange with headquarters from the audit trail (none until the
exchange work records its "exchange.*" entries). The chart counts, for each of the last 30
days, the arrivals, the inspections begun and the alerts raised, with the report's bounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.records.common import reader
from piu_desk.core.reports.daily_figures import DailyData, Figures, Signer, read_in, supervisor
from piu_desk.core.reports.daily_period import Period
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
class SupervisorDashboard:
    today: date
    figures: Figures  # today so far, as the daily report counts them
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
    session = supervisor(desk)
    day = today or local_today(desk, zone)
    me = Signer(session.username, session.user.full_name, Role.SUPERVISOR.value)
    issued_at = desk.now()

    def run(conn: Connection) -> SupervisorDashboard:
        data = read_in(conn, Period.day(day), me, None, issued_at, zone)
        entry = repo.last_exchange(conn)
        return SupervisorDashboard(
            today=day, figures=data.figures, new_tipoffs=repo.new_tipoffs(conn),
            awaiting=data.awaiting_approval, open_alerts=data.open_alerts,
            overdue=overdue_before(data, day),
            last_exchange=LastExchange(entry.at, entry.actor, entry.action, entry.target)
            if entry else None,
            days=chart_days(conn, day, zone))
    return desk.db(run)


def overdue_before(data: DailyData, day: date) -> tuple[OverdueRow, ...]:
    """The report's overdue rows (expected back before the period's end) that were expected
    before `day`."""
    return tuple(r for r in data.overdue if r.expected_return < day.isoformat())


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
