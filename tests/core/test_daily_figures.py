"""The daily report's figures on generated days (quiet, busy with 300+ inspections, empty)
equal the same figures counted with direct SQL; the rows behind each figure are the
records of the period and no others (the records just before and after it stay out); a
shift and a range of days count their own records; officers may not read the report."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.errors import Invalid, NotAllowed
from piu_desk.core.reports.daily_figures import DailyData, daily_data
from piu_desk.core.reports.daily_period import Period
from tests.conftest import OFFICER
from tests.core.daily_support import (
    BUSY_INSPECTIONS,
    DAY,
    WANTED,
    day_store,
    independent_figures,
)


@dataclass
class Scenario:
    kind: str
    desk: Desk
    data: DailyData


def _scenario(folder: Path, kind: str) -> Iterator[Scenario]:
    with day_store(folder, kind) as (desk, _):
        yield Scenario(kind, desk, daily_data(desk, Period.day(DAY), reviewed_by="sopheap"))


@pytest.fixture(scope="module", params=["quiet", "busy", "empty"])
def scenario(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scenario]:
    yield from _scenario(tmp_path_factory.mktemp(request.param), request.param)


def test_the_figures_equal_independent_counts(scenario: Scenario) -> None:
    expected = independent_figures(scenario.desk, Period.day(DAY))
    assert scenario.data.figures.as_dict() == expected


def test_the_figures_are_counted_from_the_rows_shown(scenario: Scenario) -> None:
    d, f = scenario.data, scenario.data.figures
    assert (f.arrived, f.departed, f.inspections, f.alerts, f.aboard, f.tipoffs) == (
        len(d.arrivals), len(d.departures), len(d.inspections), len(d.alerts), len(d.aboard),
        len(d.tipoffs))
    assert f.crew_screened == sum(c.members for c in d.crew_lists)
    assert sum(n for _, n in f.inspections_by_outcome) == f.inspections
    assert sum(n for _, n in f.alerts_by_disposition) == f.alerts
    assert sum(n for _, n in f.tipoffs_by_status) == sum(n for _, n in f.tipoffs_by_grade)
    assert f.equipment_issued + f.equipment_returned + f.equipment_lost == len(d.equipment)


@pytest.fixture(scope="module")
def quiet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scenario]:
    yield from _scenario(tmp_path_factory.mktemp("quiet-rows"), "quiet")


def test_the_rows_are_those_of_the_day_and_no_others(quiet: Scenario) -> None:
    d = quiet.data
    assert [c.arrival[11:] for c in d.arrivals] == ["00:00", "08:30", "23:59"]
    assert [c.departure for c in d.departures] == ["2026-11-26T10:00", "2026-11-26T23:59"]
    assert [i.started_at[11:] for i in d.inspections] == ["09:40", "11:15"]
    assert d.inspections[0].officers == ("admin", "vanna")
    assert [(c.members, c.alerts) for c in d.crew_lists] == [(12, 1)]
    assert [(a.subject, a.status, a.disposed_by) for a in d.alerts] == [
        ("PHAN QUANG VINH", "confirmed", "admin")]
    assert d.alerts[0].entry == WANTED and d.alerts[0].vessel == "TONLE SAP"
    assert [(p.family_name, p.vulnerabilities) for p in d.aboard] == [
        ("MYO", ("minor",)), ("NHEM", ("possible_trafficking_victim",))]
    assert [(t.received_at[11:], t.source_code, t.grade, t.status) for t in d.tipoffs] == [
        ("07:10", "PIU-KOS-S07", "B2", "assessed"), ("13:20", "", "", "new"),
        ("23:59", "", "A1", "closed")]
    assert [(e.kind, e.holder) for e in d.equipment] == [
        ("issued", "vanna"), ("issued", "vanna"), ("returned", "vanna"), ("lost", "vanna")]
    f = d.figures
    assert (f.minors, f.possible_victims) == (1, 1)
    assert dict(f.tipoffs_by_grade) == {"A1": 1, "B2": 1, "": 1}
    assert (f.equipment_issued, f.equipment_returned, f.equipment_lost) == (2, 1, 1)


def test_pending_items_carry_over_from_before_the_end(quiet: Scenario) -> None:
    d = quiet.data
    assert [i.started_at for i in d.awaiting_approval] == ["2026-11-25T23:30",
                                                          "2026-11-26T09:40"]
    assert d.open_alerts == ()  # the day's only alert was disposed of
    # due back on the day and still out when it ends: overdue by the end of the period
    assert [(o.tag, o.expected_return) for o in d.overdue] == [("PIU-005", "2026-11-23"),
                                                              ("PIU-001", "2026-11-26")]
    morning = daily_data(quiet.desk, Period.shift(DAY, time(6), time(14)))
    assert [o.tag for o in morning.overdue] == ["PIU-005"]


def test_the_signatories_come_from_the_accounts(quiet: Scenario) -> None:
    d = quiet.data
    assert (d.prepared_by.full_name, d.prepared_by.role) == ("Sok Dara", "supervisor")
    assert d.reviewed_by is not None
    assert (d.reviewed_by.full_name, d.reviewed_by.role) == ("Keo Sopheap", "supervisor")
    assert d.name_of("vanna") == "Chan Vanna"


def test_a_shift_and_a_range_count_their_own_records(quiet: Scenario) -> None:
    morning = daily_data(quiet.desk, Period.shift(DAY, time(6), time(14)))
    assert [c.arrival[11:] for c in morning.arrivals] == ["08:30"]
    assert [i.started_at[11:] for i in morning.inspections] == ["09:40", "11:15"]
    assert len(morning.equipment) == 4  # dated by the day only: the shift's whole day
    night = daily_data(quiet.desk, Period.shift(DAY, time(22), time(6)))
    assert [c.arrival for c in night.arrivals] == ["2026-11-26T23:59", "2026-11-27T00:00"]
    both = daily_data(quiet.desk, Period.days(DAY - timedelta(days=1), DAY))
    assert both.figures.arrived == 5
    assert both.figures.as_dict() == independent_figures(
        quiet.desk, Period.days(DAY - timedelta(days=1), DAY))


def test_the_days_are_busy_quiet_and_empty(scenario: Scenario) -> None:
    f = scenario.data.figures
    wanted = {"busy": BUSY_INSPECTIONS + 2, "quiet": 2, "empty": 0}[scenario.kind]
    assert (f.inspections, f.arrived) == (wanted, wanted + 1 if wanted else 0)
    if scenario.kind == "empty":
        assert (f.departed, f.crew_screened, f.alerts, f.aboard, f.tipoffs,
                f.equipment_issued) == (0, 0, 0, 0, 0, 0)
        assert f.awaiting_approval and f.overdue_returns  # carried over all the same


def test_an_officer_may_not_read_the_daily_report(quiet: Scenario) -> None:
    quiet.desk.unlock(OFFICER[0], OFFICER[2])
    try:
        with pytest.raises(NotAllowed):
            daily_data(quiet.desk, Period.day(DAY))
    finally:
        quiet.desk.unlock("admin", "admin-password-1")


def test_periods_refuse_what_is_not_one() -> None:
    with pytest.raises(Invalid):
        Period.days(date(2026, 11, 28), date(2026, 11, 27))
    with pytest.raises(Invalid):
        Period.days(date(2025, 1, 1), date(2026, 11, 27))
    with pytest.raises(Invalid):
        Period.from_key("2026-11-28T00:00/2026-11-27T00:00")
    with pytest.raises(Invalid):
        Period.from_key("yesterday")
    shift = Period.shift(date(2026, 11, 28), time(22), time(6))
    assert Period.from_key(shift.key) == shift
    assert shift.describe("en") == "28 November 2026 22:00 – 29 November 2026 06:00"
    assert Period.day(date(2026, 11, 28)).describe("km") == "សៅរ៍ ២៨ វិច្ឆិកា ២០២៦"
