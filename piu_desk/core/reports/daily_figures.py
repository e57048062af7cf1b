"""What a daily report shows: the rows read from the store for a period, and the figures
counted from those same rows (so the summary and the sections cannot disagree).

    data = daily_data(desk, Period.day(date(2026, 11, 28)), reviewed_by="sopheap")
    data.figures.arrived, data.figures.inspections_by_outcome, data.arrivals, ...

What each figure counts (the period's bounds are local port time; see daily_period):
- vessels arrived / departed: port calls whose arrival / departure falls in the period;
- inspections: begun in the period, whatever their status, by outcome;
- crew screened: the rows of the crew lists recorded in the period (each list is screened
  against the watchlist when it is stored);
- watchlist alerts: raised in the period, by their disposition as it stands now;
- persons found aboard: recorded in the period, with the minors and the possible victims of
  trafficking among them (their vulnerability flags);
- tip-offs: received in the period, by grade and by status; a source by its code only;
- equipment: items issued, returned, lost or stolen on the period's days (events carry a
  date only, so a shift takes in its whole day);
- pending items, as the desk stands when the report is made: inspections begun before the
  end of the period and awaiting approval, alerts raised before it and still open, items
  expected back before its last day and still out.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import tzinfo

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.crew import Vulnerability
from piu_desk.core.domain.inspection import Outcome
from piu_desk.core.domain.station import Station
from piu_desk.core.domain.tipoff import Status as TipOffStatus
from piu_desk.core.reports.daily_period import Period
from piu_desk.core.session import Session
from piu_desk.core.store import daily, meta, users
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.daily import (
    AboardRow,
    AlertRow,
    CallRow,
    CrewListRow,
    EquipmentRow,
    InspectionRow,
    OverdueRow,
    TipOffRow,
)
from piu_desk.core.text import QT_TRANSLATE_NOOP

ACTION = QT_TRANSLATE_NOOP("Actions", "daily report")
DISPOSITIONS = ("open", "confirmed", "false_positive", "hq_check")
LOST_KINDS = ("lost", "stolen")
Count = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Signer:
    """A signatory as the accounts name them; `role` is a Role value."""

    username: str
    full_name: str
    role: str


@dataclass(frozen=True)
class Figures:
    arrived: int
    departed: int
    inspections: int
    inspections_by_outcome: Count  # every outcome, in the order of Outcome
    crew_lists: int
    crew_screened: int
    alerts: int
    alerts_by_disposition: Count  # open, confirmed, false positive, needs HQ check
    aboard: int
    minors: int
    possible_victims: int
    tipoffs: int
    tipoffs_by_grade: Count  # the grades given, in order; "" (not graded) last
    tipoffs_by_status: Count  # every status, in the order of the tip-off's Status
    equipment_issued: int
    equipment_returned: int
    equipment_lost: int  # lost or stolen
    awaiting_approval: int
    open_alerts: int
    overdue_returns: int

    def as_dict(self) -> dict[str, object]:
        return {k: dict(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}


@dataclass(frozen=True)
class DailyData:
    """Everything the report prints, read in one go; rendering needs no store."""

    station: Station
    period: Period
    prepared_by: Signer
    reviewed_by: Signer | None
    issued_at: str  # UTC, as the desk writes moments
    arrivals: tuple[CallRow, ...] = ()
    departures: tuple[CallRow, ...] = ()
    inspections: tuple[InspectionRow, ...] = ()
    crew_lists: tuple[CrewListRow, ...] = ()
    alerts: tuple[AlertRow, ...] = ()
    aboard: tuple[AboardRow, ...] = ()
    tipoffs: tuple[TipOffRow, ...] = ()
    equipment: tuple[EquipmentRow, ...] = ()
    awaiting_approval: tuple[InspectionRow, ...] = ()
    open_alerts: tuple[AlertRow, ...] = ()
    overdue: tuple[OverdueRow, ...] = ()
    names: dict[str, str] = field(default_factory=dict)  # user name → full name

    def name_of(self, username: str) -> str:
        return self.names.get(username) or username

    @property
    def figures(self) -> Figures:
        return figures_of(self)

    def digest(self) -> str:
        """SHA-256 (hex) of everything printed: the content the verification code covers."""
        text = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _counted(found: Counter[str], order: tuple[str, ...]) -> Count:
    return tuple((key, found[key]) for key in order)


def figures_of(data: DailyData) -> Figures:
    """The summary figures, counted from the rows."""
    grades = Counter(t.grade for t in data.tipoffs)
    flags = [set(p.vulnerabilities) for p in data.aboard]
    kinds = Counter(e.kind for e in data.equipment)
    return Figures(
        arrived=len(data.arrivals), departed=len(data.departures),
        inspections=len(data.inspections),
        inspections_by_outcome=_counted(Counter(i.outcome for i in data.inspections),
                                        tuple(o.value for o in Outcome)),
        crew_lists=len(data.crew_lists),
        crew_screened=sum(c.members for c in data.crew_lists),
        alerts=len(data.alerts),
        alerts_by_disposition=_counted(Counter(a.status for a in data.alerts), DISPOSITIONS),
        aboard=len(data.aboard),
        minors=sum(Vulnerability.MINOR.value in f for f in flags),
        possible_victims=sum(Vulnerability.TRAFFICKING.value in f for f in flags),
        tipoffs=len(data.tipoffs),
        tipoffs_by_grade=_counted(grades, tuple(sorted(g for g in grades if g))
                                  + (("",) if grades[""] else ())),
        tipoffs_by_status=_counted(Counter(t.status for t in data.tipoffs),
                                   tuple(s.value for s in TipOffStatus)),
        equipment_issued=kinds["issued"], equipment_returned=kinds["returned"],
        equipment_lost=sum(kinds[k] for k in LOST_KINDS),
        awaiting_approval=len(data.awaiting_approval), open_alerts=len(data.open_alerts),
        overdue_returns=len(data.overdue))


# -- reading ------------------------------------------------------------------------------------
def supervisor(desk: Desk) -> Session:
    """The daily report is the supervisor's: refused to anyone else."""
    return desk.session_or_locked(Role.SUPERVISOR, action=ACTION)


def signer(conn: Connection, username: str) -> Signer | None:
    """A signatory from the accounts: their full name, and "supervisor" when they are one."""
    user = users.by_name(conn, username) if username else None
    if user is None:
        return None
    roles = sorted(user.roles, key=lambda r: list(Role).index(r))
    role = Role.SUPERVISOR if Role.SUPERVISOR in user.roles else (roles[0] if roles else None)
    return Signer(user.username, user.full_name, role.value if role else "")


def read_in(conn: Connection, period: Period, prepared_by: Signer,
            reviewed_by: Signer | None, issued_at: str, zone: tzinfo | None = None
            ) -> DailyData:
    """Every row of the report, inside the caller's transaction."""
    start, end = period.local_start, period.local_end
    utc_start, utc_end = period.utc_bounds(zone)
    first_day, last_day = period.day_bounds()
    return DailyData(
        station=meta.station(conn), period=period, prepared_by=prepared_by,
        reviewed_by=reviewed_by, issued_at=issued_at,
        arrivals=tuple(daily.arrivals(conn, start, end)),
        departures=tuple(daily.departures(conn, start, end)),
        inspections=tuple(daily.inspections(conn, start, end)),
        crew_lists=tuple(daily.crew_lists(conn, utc_start, utc_end)),
        alerts=tuple(daily.alerts(conn, utc_start, utc_end)),
        aboard=tuple(daily.persons_aboard(conn, utc_start, utc_end)),
        tipoffs=tuple(daily.tipoffs(conn, start, end)),
        equipment=tuple(daily.equipment_events(conn, first_day, last_day)),
        awaiting_approval=tuple(daily.awaiting_approval(conn, end)),
        open_alerts=tuple(daily.open_alerts(conn, utc_end)),
        overdue=tuple(daily.overdue_returns(conn, period.end.date().isoformat())),
        names={u.username: u.full_name for u in users.all_users(conn) if u.full_name})


def daily_data(desk: Desk, period: Period, *, reviewed_by: str = "",
               zone: tzinfo | None = None) -> DailyData:
    """The report's content for `period`, prepared by the logged-in supervisor; the
    reviewer (a user name) is looked up in the accounts. Supervisors only."""
    session = supervisor(desk)
    issued_at = desk.now()

    def run(conn: Connection) -> DailyData:
        prepared = signer(conn, session.username) or Signer(
            session.username, session.user.full_name, Role.SUPERVISOR.value)
        return read_in(conn, period, prepared, signer(conn, reviewed_by), issued_at, zone)
    return desk.db(run)
