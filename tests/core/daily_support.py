"""Generated days for the daily-report tests: a quiet day, a busy day (300+ inspections) and
an empty one, recorded through the services with the clock moved to each moment (so the
times the desk records fall where a real day's would), with records just outside the day on
both sides; the figures counted again with direct SQL, independently of the report's own
queries; and a Khmer catalogue (the compiled one's source, plus the daily report's strings).
"""

from __future__ import annotations

import contextlib
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.asset import Condition
from piu_desk.core.domain.crew import (
    CrewList,
    CrewMember,
    Direction,
    PersonAboard,
    Vulnerability,
)
from piu_desk.core.domain.grading import AdmiraltyGrade
from piu_desk.core.domain.inspection import Inspection, InspectionType, Outcome, Risk, Status
from piu_desk.core.domain.source import SourceSecret
from piu_desk.core.domain.tipoff import Channel, Handling, TipOff
from piu_desk.core.domain.tipoff import Status as TipStatus
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.equipment import assets, custody, incidents
from piu_desk.core.intel import alerts as alert_service
from piu_desk.core.intel import watchlist
from piu_desk.core.intel.alerts import Disposition
from piu_desk.core.records import crew, inspections, port_calls, sources, tipoffs, vessels
from piu_desk.core.reports.daily_period import Period
from piu_desk.core.store import bulk, database
from piu_desk.core.store.connection import Connection
from tests.conftest import ADMIN, FakeClock, create_store
from tests.core.equipment_support import CUSTODIAN, sample

REPO = Path(__file__).resolve().parents[2]
DAY = date(2026, 11, 26)  # a Thursday
BUSY_INSPECTIONS = 320
WANTED = "PHAN QUANG VINH"
CHECKED = "Crew list checked against the passports; nothing found."


# -- the clock ------------------------------------------------------------------------------
def local(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(hhmm))


def set_clock(clock: FakeClock, moment: datetime) -> None:
    """Move the desk's clock to a local port time (the computer's zone)."""
    clock.now = moment.astimezone().astimezone(UTC)


def at(day: date, hhmm: str) -> str:
    return local(day, hhmm).isoformat(timespec="minutes")


# -- building a day -------------------------------------------------------------------------
@dataclass
class Fleet:
    vessels: list[int]
    assets: list[int]


def prepare(desk: Desk, clock: FakeClock) -> Fleet:
    """Accounts, vessels, a watchlist entry, a source and equipment, recorded well before."""
    set_clock(clock, local(DAY - timedelta(days=20), "09:00"))
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.add_user(desk, NewUser(*CUSTODIAN, frozenset({Role.CUSTODIAN, Role.OFFICER})))
    ids = [vessels.register(desk, v, despite_duplicates=True)[0] for v in (
        Vessel(None, "SEA PRINCESS", "KHM", imo="9300453"),
        Vessel(None, "SIAM PETRO 3", "THA", imo="9530876"),
        Vessel(None, "TONLE SAP", "KHM", imo="9362102"),
        Vessel(None, "ANGKOR SPIRIT", "PAN", imo="9541394"))]
    watchlist.add(desk, WatchEntry(None, EntryKind.PERSON, (WANTED,), "Wanted for smuggling",
                                   "HQ", date_of_birth="1985-03-02", nationality="VNM"))
    sources.add(desk, "PIU-KOS-S07", SourceSecret("Fictional: a chandler", "", ""))
    desk.unlock(CUSTODIAN[0], CUSTODIAN[2])
    items = [assets.add(desk, sample(f"PIU-{n:03d}", "Handheld radio"))[0] for n in range(6)]
    custody.issue(desk, items[5], "vanna", (DAY - timedelta(days=15)).isoformat(),
                  expected_return=(DAY - timedelta(days=3)).isoformat())  # overdue
    desk.unlock(ADMIN[0], ADMIN[2])
    return Fleet(ids, items)


def _crew(n: int, *, wanted: bool) -> tuple[CrewMember, ...]:
    rows = [CrewMember(i + 1, f"SEAFARER{i + 1:02d}", "TEST", "AB", "PHL", "1990-01-01")
            for i in range(n)]
    if wanted:
        rows[2] = CrewMember(3, "PHAN", "QUANG VINH", "Cook", "VNM", "1985-03-02")
    return tuple(rows)


def quiet_day(desk: Desk, clock: FakeClock, fleet: Fleet, day: date = DAY) -> None:
    """A few of everything on `day`, and records just before and after it."""
    v = fleet.vessels
    before, after = day - timedelta(days=1), day + timedelta(days=1)
    set_clock(clock, local(before, "20:00"))
    early, _ = port_calls.record_arrival(desk, PortCall(None, v[0], at(before, "23:59"),
                                                        departure=at(day, "10:00")))
    port_calls.record_arrival(desk, PortCall(None, v[3], at(before, "06:00"),
                                             departure=at(before, "23:59")))
    old, _ = inspections.record(desk, Inspection(None, early, at(before, "23:30"), ("vanna",),
                                                 findings=CHECKED, outcome=Outcome.CLEARED))
    inspections.submit(desk, old)  # awaiting approval, carried over
    crew.record_person_aboard(desk, PersonAboard(None, early, "BEFORE", "ONE", "MMR",
                                                 age=30), before)
    set_clock(clock, local(day, "00:05"))
    first, _ = port_calls.record_arrival(desk, PortCall(
        None, v[1], at(day, "00:00"), departure=at(day, "23:59"), berth="Oil Terminal OT-1",
        last_port="THLCH", next_port="VNSGN"))
    second, _ = port_calls.record_arrival(desk, PortCall(None, v[2], at(day, "08:30"),
                                                         berth="Old Jetty 2"))
    port_calls.record_arrival(desk, PortCall(None, v[0], at(day, "23:59")))
    set_clock(clock, local(day, "09:00"))
    crew.save_list(desk, CrewList(None, second, Direction.ARRIVAL, "manual",
                                  _crew(12, wanted=True)), day)
    one, _ = inspections.record(desk, Inspection(
        None, second, at(day, "09:40"), ("vanna", "admin"), InspectionType.TARGETED,
        "Crew list checked; the cook matches a watchlist entry. " * 6, Risk.HIGH,
        Outcome.REFERRED))
    inspections.submit(desk, one)
    two, _ = inspections.record(desk, Inspection(None, first, at(day, "11:15"), ("vanna",),
                                                 findings=CHECKED, outcome=Outcome.CLEARED))
    inspections.submit(desk, two)
    inspections.approve(desk, two)
    set_clock(clock, local(day, "12:00"))
    crew.record_person_aboard(desk, PersonAboard(None, second, "MYO", "ZAW", "MMR",
                                                 date_of_birth="2011-07-15", gender="M"), day)
    crew.record_person_aboard(desk, PersonAboard(
        None, second, "NHEM", "SAMBATH", "KHM", age=22, gender="M",
        circumstances="Not on the crew list; says he has not been paid for months.",
        vulnerabilities=frozenset({Vulnerability.TRAFFICKING})), day)
    raised = alert_service.page(desk, 0, 50, "open")
    alert_service.dispose(desk, raised[0].id, Disposition.CONFIRMED, "Same passport.")
    _tipoffs(desk, clock, day)
    _equipment(desk, clock, fleet, day)
    set_clock(clock, local(after, "00:00"))
    port_calls.record_arrival(desk, PortCall(None, v[3], at(after, "00:00")))
    late, _ = inspections.record(desk, Inspection(None, first, at(after, "00:00"), ("vanna",),
                                                  findings=CHECKED, outcome=Outcome.CLEARED))
    inspections.submit(desk, late)
    crew.record_person_aboard(desk, PersonAboard(None, first, "AFTER", "ONE", "MMR", age=40),
                              after)
    tipoffs.log(desk, TipOff(None, at(after, "00:00"), Channel.HOTLINE, "vanna", "Later."))


def _tipoffs(desk: Desk, clock: FakeClock, day: date) -> None:
    set_clock(clock, local(day, "14:00"))
    graded, _ = tipoffs.log(desk, TipOff(
        None, at(day, "07:10"), Channel.HUMAN_SOURCE, "vanna",
        "Fuel transferred to a small boat offshore at night; the boat then went north. " * 5,
        source_code="PIU-KOS-S07", grade=AdmiraltyGrade("B", "2"), handling=Handling.HQ))
    tipoffs.move(desk, graded, TipStatus.ASSESSED)
    tipoffs.log(desk, TipOff(None, at(day, "13:20"), Channel.HOTLINE, "vanna",
                             "Anonymous caller: drugs in the lifeboat."))
    closed, _ = tipoffs.log(desk, TipOff(
        None, at(day, "23:59"), Channel.PARTNER_AGENCY, "vanna", "Customs: a heavy container.",
        grade=AdmiraltyGrade("A", "1"), handling=Handling.HQ_ONLY))
    for step in (TipStatus.ASSESSED, TipStatus.CLOSED):
        tipoffs.move(desk, closed, step)
    tipoffs.log(desk, TipOff(None, at(day - timedelta(days=1), "23:59"), Channel.OPEN_SOURCE,
                             "vanna", "The day before."))


def _equipment(desk: Desk, clock: FakeClock, fleet: Fleet, day: date) -> None:
    items, iso = fleet.assets, day.isoformat()
    set_clock(clock, local(day, "15:00"))
    desk.unlock(CUSTODIAN[0], CUSTODIAN[2])
    custody.issue(desk, items[0], "vanna", (day - timedelta(days=1)).isoformat())
    custody.issue(desk, items[1], "vanna", iso, expected_return=iso)  # overdue when the day ends
    custody.issue(desk, items[2], "vanna", iso)
    custody.return_item(desk, items[0], iso, Condition.GOOD)
    incidents.report(desk, items[2], incidents.IncidentKind.LOSS, iso,
                     circumstances="Dropped overboard at anchorage A2.")
    custody.issue(desk, items[3], "vanna", (day + timedelta(days=1)).isoformat())
    desk.unlock(ADMIN[0], ADMIN[2])


def busy_day(desk: Desk, clock: FakeClock, fleet: Fleet, day: date = DAY) -> None:
    """The quiet day, and BUSY_INSPECTIONS more port calls, each with an inspection, loaded in
    bulk (the services would take minutes)."""
    quiet_day(desk, clock, fleet, day)
    outcomes, statuses = list(Outcome), (Status.DRAFT, Status.SUBMITTED, Status.APPROVED)

    def load(conn: Connection) -> None:
        top = int(conn.execute("SELECT coalesce(max(id), 0) FROM port_calls").fetchone()[0])
        top_i = int(conn.execute("SELECT coalesce(max(id), 0) FROM inspections").fetchone()[0])
        calls, done = [], []
        for n in range(BUSY_INSPECTIONS):
            moment = local(day, "00:00") + timedelta(minutes=4 * n + 1)
            vessel = fleet.vessels[n % len(fleet.vessels)]
            calls.append(PortCall(top + n + 1, vessel, moment.isoformat(timespec="minutes"),
                                  berth=f"Berth {n % 9}", uid=uuid.uuid4().hex,
                                  origin="KHKOS", vessel_name="BULK"))
            started = (moment + timedelta(minutes=30)).isoformat(timespec="minutes")
            done.append((Inspection(top_i + n + 1, top + n + 1, started, ("vanna",),
                                    outcome=outcomes[n % len(outcomes)],
                                    status=statuses[n % 3], uid=uuid.uuid4().hex), "BULK"))
        with bulk.loading(conn, database.db_path(desk.folder)):
            bulk.port_calls(conn, calls, desk.now(), "vanna")
            bulk.inspections(conn, done, "KHKOS", desk.now(), "vanna")
    desk.db(load)


def issue_clock(clock: FakeClock, day: date = DAY) -> None:
    set_clock(clock, local(day + timedelta(days=1), "18:00"))


# -- the figures, counted again ------------------------------------------------------------------
def independent_figures(desk: Desk, period: Period) -> dict[str, object]:
    """Every figure of the report, with COUNT queries written here from the schema."""
    start, end = period.local_start, period.local_end
    u0, u1 = (m.astimezone().astimezone(UTC).isoformat(timespec="seconds")
              for m in (period.start, period.end))
    d0, d1 = period.first_day.isoformat(), period.last_day.isoformat()

    def one(conn: Connection, sql: str, *args: object) -> int:
        return int(conn.execute(sql, args).fetchone()[0])

    def grouped(conn: Connection, sql: str, *args: object) -> dict[str, int]:
        return {str(k): int(n) for k, n in conn.execute(sql, args).fetchall()}

    def run(conn: Connection) -> dict[str, object]:
        aboard = "FROM persons_aboard WHERE created_at >= ? AND created_at < ?"
        outcomes = grouped(conn, "SELECT outcome, count(*) FROM inspections WHERE "
                           "started_at >= ? AND started_at < ? GROUP BY outcome", start, end)
        return {
            "arrived": one(conn, "SELECT count(*) FROM port_calls WHERE arrival >= ? AND "
                           "arrival < ?", start, end),
            "departed": one(conn, "SELECT count(*) FROM port_calls WHERE departure >= ? AND "
                            "departure < ? AND departure <> ''", start, end),
            "inspections": sum(outcomes.values()),
            "inspections_by_outcome": {o.value: outcomes.get(o.value, 0) for o in Outcome},
            "crew_lists": one(conn, "SELECT count(*) FROM crew_lists WHERE created_at >= ? "
                              "AND created_at < ?", u0, u1),
            "crew_screened": one(conn, "SELECT count(*) FROM crew_members m JOIN crew_lists l "
                                 "ON l.id = m.crew_list_id WHERE l.created_at >= ? AND "
                                 "l.created_at < ?", u0, u1),
            "alerts": one(conn, "SELECT count(*) FROM alerts WHERE created_at >= ? AND "
                          "created_at < ?", u0, u1),
            "alerts_by_disposition": {s: one(conn, "SELECT count(*) FROM alerts WHERE "
                                             "created_at >= ? AND created_at < ? AND "
                                             "status = ?", u0, u1, s)
                                      for s in ("open", "confirmed", "false_positive",
                                                "hq_check")},
            "aboard": one(conn, "SELECT count(*) " + aboard, u0, u1),
            "minors": one(conn, "SELECT count(*) " + aboard + " AND instr(vulnerabilities, "
                          "'minor') > 0", u0, u1),
            "possible_victims": one(conn, "SELECT count(*) " + aboard + " AND instr("
                                    "vulnerabilities, 'trafficking') > 0", u0, u1),
            "tipoffs": one(conn, "SELECT count(*) FROM tipoffs WHERE received_at >= ? AND "
                           "received_at < ?", start, end),
            "tipoffs_by_grade": grouped(conn, "SELECT grade, count(*) FROM tipoffs WHERE "
                                        "received_at >= ? AND received_at < ? GROUP BY grade "
                                        "ORDER BY grade = '', grade", start, end),
            "tipoffs_by_status": {s.value: one(conn, "SELECT count(*) FROM tipoffs WHERE "
                                               "received_at >= ? AND received_at < ? AND "
                                               "status = ?", start, end, s.value)
                                  for s in TipStatus},
            "equipment_issued": one(conn, "SELECT count(*) FROM asset_events WHERE kind = "
                                    "'issued' AND on_date BETWEEN ? AND ?", d0, d1),
            "equipment_returned": one(conn, "SELECT count(*) FROM asset_events WHERE kind = "
                                      "'returned' AND on_date BETWEEN ? AND ?", d0, d1),
            "equipment_lost": one(conn, "SELECT count(*) FROM incidents WHERE kind IN "
                                  "('lost', 'stolen') AND occurred_on BETWEEN ? AND ?", d0, d1),
            "awaiting_approval": one(conn, "SELECT count(*) FROM inspections WHERE status = "
                                     "'submitted' AND started_at < ?", end),
            "open_alerts": one(conn, "SELECT count(*) FROM alerts WHERE status = 'open' AND "
                               "created_at < ?", u1),
            "overdue_returns": one(conn, "SELECT count(*) FROM custody WHERE ended_on = '' "
                                   "AND expected_return <> '' AND expected_return < ?",
                                   period.end.date().isoformat()),
        }
    return desk.db(run)


# -- Khmer ----------------------------------------------------------------------------------------
KHMER_DAILY = {
    "Daily report": "របាយការណ៍ប្រចាំថ្ងៃ",
    "Unit": "អង្គភាព", "Station": "ស្ថានីយ", "Period": "រយៈពេល",
    "Report number": "លេខរបាយការណ៍", "Prepared by": "រៀបចំដោយ", "Issued on": "ចេញនៅ",
    "Summary": "សេចក្តីសង្ខេប", "Vessels": "នាវា", "Arrived": "មកដល់", "Departed": "ចេញដំណើរ",
    "Inspections": "ការត្រួតពិនិត្យ", "Crew screened": "នាវិកដែលបានពិនិត្យ",
    "Crew lists": "បញ្ជីនាវិក", "Watchlist alerts": "ការជូនដំណឹងបញ្ជីតាមដាន",
    "Persons found aboard": "បុគ្គល​ដែល​បាន​រកឃើញ​នៅ​លើ​នាវា", "Minors": "អនីតិជន",
    "Possible victims of trafficking": "ជនរងគ្រោះដែលអាចមានពីការជួញដូរមនុស្ស",
    "Tip-offs received": "ព័ត៌មានសម្ងាត់ដែលបានទទួល", "Grade {grade}": "ចំណាត់ថ្នាក់ {grade}",
    "Not graded": "មិនទាន់វាយតម្លៃ", "Equipment": "សម្ភារៈ", "Issued": "បានបើកផ្តល់",
    "Returned": "បានប្រគល់វិញ", "Lost or stolen": "បាត់ ឬត្រូវគេលួច",
    "Pending items": "កិច្ចការមិនទាន់រួចរាល់",
    "Inspections awaiting approval": "ការត្រួតពិនិត្យរង់ចាំការអនុម័ត",
    "Open alerts": "ការជូនដំណឹងមិនទាន់ដោះស្រាយ", "Overdue returns": "ការប្រគល់វិញហួសកំណត់",
    "Vessels arrived": "នាវាមកដល់", "Vessels departed": "នាវាចេញដំណើរ",
    "Crew lists screened": "បញ្ជីនាវិកដែលបានពិនិត្យ",
    "Equipment issued, returned and lost": "សម្ភារៈបានបើកផ្តល់ ប្រគល់វិញ និងបាត់",
    "Pending items carried over": "កិច្ចការមិនទាន់រួចរាល់ដែលនៅសល់",
    "Overdue equipment returns": "សម្ភារៈហួសកំណត់ប្រគល់វិញ",
    "No.": "ល.រ", "Arrival": "មកដល់", "Departure": "ចេញដំណើរ", "Vessel": "នាវា", "IMO": "IMO",
    "Flag": "ទង់ជាតិ", "Berth": "ចំណត", "Last port": "កំពង់ផែចុងក្រោយ",
    "Next port": "កំពង់ផែបន្ទាប់", "Started": "ចាប់ផ្តើម", "Type": "ប្រភេទ",
    "Outcome": "លទ្ធផល", "Status": "ស្ថានភាព", "Boarding officers": "មន្ត្រីឡើងនាវា",
    "Recorded": "បានកត់ត្រា", "List": "បញ្ជី", "Crew": "នាវិក", "Alerts": "ការជូនដំណឹង",
    "Raised": "បានលើកឡើង", "Matched": "ត្រូវគ្នានឹង", "Watchlist entry": "ធាតុបញ្ជីតាមដាន",
    "Score": "ពិន្ទុ", "Disposition": "ការសម្រេច", "by {name}": "ដោយ {name}",
    "Name": "ឈ្មោះ", "Nationality": "សញ្ជាតិ", "Date of birth or age": "ថ្ងៃខែឆ្នាំកំណើត ឬអាយុ",
    "{age} years": "{age} ឆ្នាំ", "Gender": "ភេទ", "Vulnerability": "ភាពងាយរងគ្រោះ",
    "Received": "បានទទួល", "Channel": "មធ្យោបាយ", "Source code": "លេខកូដប្រភព",
    "Grade": "ចំណាត់ថ្នាក់", "Handling": "ការចាត់ចែង", "Date": "កាលបរិច្ឆេទ", "Tag": "ស្លាក",
    "Item": "សម្ភារៈ", "Event": "ព្រឹត្តិការណ៍", "Holder": "អ្នកកាន់", "Recorded by": "កត់ត្រាដោយ",
    "Expected back": "ត្រូវប្រគល់វិញ", "Crew member": "នាវិក", "Person found aboard":
        "បុគ្គលដែលបានរកឃើញនៅលើនាវា", "Open": "មិនទាន់ដោះស្រាយ",
    "Confirmed match": "ត្រូវគ្នាពិតប្រាកដ", "False positive": "មិនមែនជាមនុស្សដដែល",
    "Needs HQ check": "ត្រូវការឱ្យទីស្នាក់ការកណ្តាលពិនិត្យ", "not issued": "មិនទាន់ចេញ",
    "To check a paper copy, give the desk its report number and the verification code printed "
    "at the foot of every page.": "ដើម្បីផ្ទៀងផ្ទាត់ច្បាប់ក្រដាស សូមផ្តល់លេខរបាយការណ៍ "
                                   "និងលេខកូដផ្ទៀងផ្ទាត់ដែលបោះពុម្ពនៅខាងក្រោមទំព័រនីមួយៗ។",
    "Draft, not issued: this copy has no report number and cannot be verified.":
        "សេចក្តីព្រាង មិនទាន់ចេញ៖ ច្បាប់នេះគ្មានលេខរបាយការណ៍ និងមិនអាចផ្ទៀងផ្ទាត់បានទេ។",
}


@lru_cache(maxsize=1)
def _catalogue() -> dict[tuple[str, str], str]:
    """The finished translations of the Khmer catalogue's source, by (context, source)."""
    found = {}
    for ctx in ET.parse(REPO / "i18n" / "piu_desk_km.ts").getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete",
                                                                     "vanished"):
                found[(name, message.findtext("source") or "")] = tr.text
    return found


def translate_km(context: str, text: str) -> str:
    if context == "Reports" and text in KHMER_DAILY:
        return KHMER_DAILY[text]
    return _catalogue().get((context, text), text)


# -- a store with a generated day ------------------------------------------------------------------
@contextlib.contextmanager
def day_store(folder: Path, kind: str) -> Iterator[tuple[Desk, FakeClock]]:
    """A store whose DAY is "quiet", "busy" or "empty" (the quiet day three days before it,
    so only its pending items carry over), unlocked as the administrator (a supervisor), the
    clock on the evening after DAY."""
    info = create_store(folder)
    desk = info.open()
    try:
        fleet = prepare(desk, info.clock)
        if kind == "quiet":
            quiet_day(desk, info.clock, fleet)
        elif kind == "busy":
            busy_day(desk, info.clock, fleet)
        else:
            quiet_day(desk, info.clock, fleet, DAY - timedelta(days=3))
        issue_clock(info.clock)
        yield desk, info.clock
    finally:
        desk.close()
