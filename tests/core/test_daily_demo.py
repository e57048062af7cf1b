"""The demo store's last day gives a full daily report: vessels, inspections, crew screened,
alerts, persons found aboard, equipment moved, and pending items carried over."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from piu_desk.core.demo import DEMO_ADMIN, create_demo
from piu_desk.core.desk import Desk
from piu_desk.core.reports.daily_figures import daily_data
from piu_desk.core.reports.daily_period import Period
from tests.conftest import CHEAP_KDF, FakeClock


def test_the_demo_day_has_something_in_every_kind_of_section(tmp_path: Path) -> None:
    clock = FakeClock()
    create_demo(tmp_path / "demo", clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    with Desk.open(tmp_path / "demo", clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF) as desk:
        desk.unlock(DEMO_ADMIN.username, DEMO_ADMIN.password)
        day = clock.now.astimezone().date()
        f = daily_data(desk, Period.day(day)).figures
    assert day == date(2026, 11, 28) or day == date(2026, 11, 29)
    assert f.arrived and f.inspections and f.crew_screened and f.alerts
    assert (f.aboard, f.minors, f.possible_victims) == (5, 1, 2)
    assert f.equipment_issued and f.equipment_returned
    assert f.awaiting_approval and f.open_alerts and f.overdue_returns
