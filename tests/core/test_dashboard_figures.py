"""The dashboards' figures on a generated day: today's tiles are the daily report's figures
(and both equal counts written here from the schema), the 30-day chart counts each day as
the report would, overdue means before today, the last exchange comes from the audit trail,
and an officer's day lists exactly their own open work."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.inspection import Inspection, Outcome
from piu_desk.core.equipment import custody
from piu_desk.core.errors import NotAllowed
from piu_desk.core.records import inspections
from piu_desk.core.reports.daily_figures import daily_data
from piu_desk.core.reports.daily_period import Period
from piu_desk.core.reports.dashboard_figures import (
    CHART_DAYS,
    local_today,
    my_day,
    supervisor_dashboard,
)
from piu_desk.core.store.connection import Connection
from tests.conftest import ADMIN, OFFICER, FakeClock
from tests.core.daily_support import BUSY_INSPECTIONS, DAY, at, day_store, independent_figures
from tests.core.equipment_support import CUSTODIAN


@pytest.fixture(scope="module")
def quiet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, FakeClock]]:
    with day_store(tmp_path_factory.mktemp("dash"), "quiet") as opened:
        yield opened


def count(desk: Desk, sql: str, *args: object) -> int:
    return int(desk.db(lambda c: c.execute(sql, args).fetchone()[0]))


def utc(day: datetime) -> str:
    return day.astimezone().astimezone(UTC).isoformat(timespec="seconds")


def test_today_is_the_local_day_of_the_desk_clock(quiet: tuple[Desk, FakeClock]) -> None:
    desk, clock = quiet
    assert local_today(desk) == clock.now.astimezone().date() == DAY + timedelta(days=1)


@pytest.fixture(scope="module")
def busy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, FakeClock]]:
    with day_store(tmp_path_factory.mktemp("busy"), "busy") as opened:
        yield opened


@pytest.mark.parametrize("kind", ["quiet", "busy"])
def test_the_tiles_are_the_days_figures_counted_independently(
        kind: str, request: pytest.FixtureRequest) -> None:
    desk, _ = request.getfixturevalue(kind)
    desk.unlock(ADMIN[0], ADMIN[2])
    board = supervisor_dashboard(desk, DAY)
    expected = independent_figures(desk, Period.day(DAY))
    report = daily_data(desk, Period.day(DAY)).figures.as_dict()
    shown = asdict(board.figures)
    shown["inspections_by_outcome"] = dict(board.figures.inspections_by_outcome)
    for name, value in shown.items():
        assert value == expected[name] == report[name], name
    assert board.figures.crew_screened == 12
    assert board.figures.inspections == (2 if kind == "quiet" else 2 + BUSY_INSPECTIONS)
    assert board.new_tipoffs == count(desk, "SELECT count(*) FROM tipoffs WHERE status = 'new'")
    assert len(board.open_alerts) == expected["open_alerts"]
    assert [r.id for r in board.awaiting] == [i for (i,) in desk.db(lambda c: c.execute(
        "SELECT id FROM inspections WHERE status = 'submitted' AND started_at < ? "
        "ORDER BY started_at", (Period.day(DAY).local_end,)).fetchall())]


def test_overdue_is_expected_back_before_today(quiet: tuple[Desk, FakeClock]) -> None:
    desk, _ = quiet
    desk.unlock(ADMIN[0], ADMIN[2])
    due_today = supervisor_dashboard(desk, DAY).overdue  # one item is due back on DAY itself
    assert [r.expected_return for r in due_today] == [(DAY - timedelta(days=3)).isoformat()]
    tomorrow = supervisor_dashboard(desk, DAY + timedelta(days=1)).overdue
    assert sorted(r.expected_return for r in tomorrow) == sorted(
        [(DAY - timedelta(days=3)).isoformat(), DAY.isoformat()])


def test_the_chart_counts_each_of_thirty_days(quiet: tuple[Desk, FakeClock]) -> None:
    desk, _ = quiet
    desk.unlock(ADMIN[0], ADMIN[2])
    last = DAY + timedelta(days=1)
    days = supervisor_dashboard(desk, last).days
    assert len(days) == CHART_DAYS
    assert [d.day for d in days] == [last - timedelta(days=CHART_DAYS - 1 - n)
                                     for n in range(CHART_DAYS)]
    for d in days:
        period = Period.day(d.day)
        u0, u1 = utc(period.start), utc(period.end)
        assert (d.arrivals, d.inspections, d.alerts) == (
            count(desk, "SELECT count(*) FROM port_calls WHERE arrival >= ? AND arrival < ?",
                  period.local_start, period.local_end),
            count(desk, "SELECT count(*) FROM inspections WHERE started_at >= ? AND "
                  "started_at < ?", period.local_start, period.local_end),
            count(desk, "SELECT count(*) FROM alerts WHERE created_at >= ? AND "
                  "created_at < ?", u0, u1)), d
    on_day = next(d for d in days if d.day == DAY)
    assert (on_day.arrivals, on_day.inspections, on_day.alerts) == (3, 2, 1)
    assert sum(d.arrivals for d in days) == count(desk, "SELECT count(*) FROM port_calls")


def test_the_last_exchange_is_read_from_the_audit_trail(tmp_path: Path) -> None:
    with day_store(tmp_path, "empty") as (desk, _):
        assert supervisor_dashboard(desk).last_exchange is None

        def record(action: str, target: str) -> None:
            desk.mutate(lambda conn: desk.audit_in(conn, action, target))
        record("exchange.export", "bundle 7")
        record("exchange-rate", "not an exchange")  # sorts just before the prefix
        record("exchangez", "nor this")
        found = supervisor_dashboard(desk).last_exchange
        assert found is not None
        assert (found.action, found.target, found.actor) == ("exchange.export", "bundle 7",
                                                             ADMIN[0])


def test_officers_have_no_dashboard(quiet: tuple[Desk, FakeClock]) -> None:
    desk, _ = quiet
    desk.unlock(OFFICER[0], OFFICER[2])
    with pytest.raises(NotAllowed):
        supervisor_dashboard(desk)


def test_my_day_lists_the_officers_own_open_work(tmp_path: Path) -> None:
    with day_store(tmp_path, "quiet") as (desk, _):
        desk.unlock(OFFICER[0], OFFICER[2])
        first_call = int(desk.db(lambda c: c.execute(
            "SELECT min(id) FROM port_calls WHERE arrival >= ?", (at(DAY, "00:00"),)
        ).fetchone()[0]))
        draft, _ = inspections.record(desk, Inspection(None, first_call, at(DAY, "16:00"),
                                                       ("vanna",)))
        returned, _ = inspections.record(desk, Inspection(
            None, first_call, at(DAY, "17:00"), ("vanna",), findings="Nothing found.",
            outcome=Outcome.CLEARED))
        inspections.submit(desk, returned)
        desk.unlock(ADMIN[0], ADMIN[2])
        inspections.return_for_changes(desk, returned, "Add the crew count.")
        inspections.record(desk, Inspection(None, first_call, at(DAY, "18:00"), ("admin",)))
        desk.unlock(OFFICER[0], OFFICER[2])
        no_date = _holding_without_date(desk)
        custody.accept(desk, no_date)  # accepted, no date: nothing to do about it today
        day = my_day(desk, DAY)
        assert [i.id for i in day.inspections] == [draft, returned]
        assert {c.id for c in day.calls} == set(_calls_of(desk, Period.day(DAY)))
        assert len(day.calls) == 4
        assert day.open_alerts == count(desk, "SELECT count(*) FROM alerts "
                                              "WHERE status = 'open'")
        assert [t.text for t in day.tipoffs] == ["The day before.",
                                                 "Anonymous caller: drugs in the lifeboat.",
                                                 "Later."]
        assert [h.expected_return for h in day.due_back()] == [
            (DAY - timedelta(days=3)).isoformat(), DAY.isoformat()]
        assert len(day.awaiting_acceptance()) == 2
        assert all(h.tag != _tag_of(desk, no_date) for h in day.held)


def _calls_of(desk: Desk, period: Period) -> list[int]:
    s, e = period.local_start, period.local_end

    def run(conn: Connection) -> list[int]:
        return [int(i) for (i,) in conn.execute(
            "SELECT id FROM port_calls WHERE (arrival >= ? AND arrival < ?) OR "
            "(departure >= ? AND departure < ? AND departure <> '')", (s, e, s, e))]
    return desk.db(run)


def _holding_without_date(desk: Desk) -> int:
    """The asset vanna was issued on the day after DAY, with no return date."""
    return int(desk.db(lambda c: c.execute(
        "SELECT asset_id FROM custody WHERE holder = 'vanna' AND ended_on = '' AND "
        "expected_return = '' ORDER BY id DESC LIMIT 1").fetchone()[0]))


def _tag_of(desk: Desk, asset_id: int) -> str:
    return str(desk.db(lambda c: c.execute("SELECT tag FROM assets WHERE id = ?",
                                           (asset_id,)).fetchone()[0]))


def test_a_custodian_who_is_an_officer_has_a_day_too(tmp_path: Path) -> None:
    """My day is for the record roles; a custodian who is also an officer has one."""
    with day_store(tmp_path, "empty") as (desk, _):
        desk.unlock(CUSTODIAN[0], CUSTODIAN[2])
        assert my_day(desk).username == CUSTODIAN[0]
