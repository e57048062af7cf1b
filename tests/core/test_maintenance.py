"""Maintenance: due and overdue by date, per item and per category; repairs."""

from __future__ import annotations

from datetime import date

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import AssetStatus, Condition
from piu_desk.core.equipment import assets, custody, incidents, maintenance
from piu_desk.core.equipment.incidents import IncidentKind
from piu_desk.core.equipment.maintenance import add_months
from piu_desk.core.errors import Invalid
from tests.conftest import OFFICER
from tests.core.equipment_support import add_items, custodian_desk

__all__ = ["custodian_desk"]


def test_add_months_keeps_the_day_or_takes_the_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 3, 15), -12) == date(2025, 3, 15)


def test_due_and_overdue_lists(custodian_desk: Desk) -> None:
    desk = custodian_desk
    v1, v2 = add_items(desk, "VEH-1", "VEH-2", category="Vehicle")
    (boat,) = add_items(desk, "BOAT-1", category="Boat")
    every6, _ = maintenance.add_schedule(desk, "Service", "2026-01-10", category="Vehicle",
                                         every_months=6)
    maintenance.add_schedule(desk, "Hull survey", "2026-01-01", asset_id=boat,
                             due_on="2026-08-01")
    with pytest.raises(Invalid):
        maintenance.add_schedule(desk, "Both", "2026-01-01", asset_id=boat,
                                 category="Boat", every_months=3)
    with pytest.raises(Invalid):
        maintenance.add_schedule(desk, "Neither", "2026-01-01", asset_id=boat)
    # first due on the start date; nothing done yet, so on 1 Feb both vehicles are overdue
    due = maintenance.due_list(desk, "2026-02-01")
    assert [(d.asset.tag, d.overdue) for d in due] == [("VEH-1", True), ("VEH-2", True)]
    maintenance.record_done(desk, every6, v1, "2026-02-01", "Oil and filters")
    due = maintenance.due_list(desk, "2026-07-20")
    assert [(d.asset.tag, d.due_on, d.overdue) for d in due] == [
        ("VEH-2", "2026-01-10", True), ("BOAT-1", "2026-08-01", False),
        ("VEH-1", "2026-08-01", False)]
    incidents.report(desk, v2, IncidentKind.THEFT, "2026-07-21", circumstances="Taken.",
                     police_ref="PP-1")
    assert [d.asset.tag for d in maintenance.due_list(desk, "2026-07-22")] == [
        "BOAT-1", "VEH-1"]


def test_repair_moves_the_status_and_blocks_issue(custodian_desk: Desk) -> None:
    desk = custodian_desk
    (aid,) = add_items(desk, "SCAN-1", category="Document scanner")
    custody.issue(desk, aid, OFFICER[0], "2026-01-05")
    maintenance.send_for_repair(desk, aid, "2026-02-01", "Phnom Penh IT Services",
                                "Feeder jams")
    assert assets.get(desk, aid).status is AssetStatus.UNDER_REPAIR
    assert custody.holdings(desk, OFFICER[0]) == []
    with pytest.raises(Invalid) as exc:
        custody.issue(desk, aid, OFFICER[0], "2026-02-02")
    assert "under repair" in str(exc.value)
    with pytest.raises(Invalid):
        maintenance.repair_returned(desk, aid, "2026-01-15", Condition.GOOD)
    maintenance.repair_returned(desk, aid, "2026-02-20", Condition.GOOD, cost_khr=410_000,
                                cost_usd_cents=10_000, outcome="Roller replaced")
    assert assets.get(desk, aid).status is AssetStatus.IN_STORE
    (repair,) = maintenance.repairs(desk, aid)
    assert (repair.returned_on, repair.cost_usd_cents, repair.vendor) == (
        "2026-02-20", 10_000, "Phnom Penh IT Services")
    custody.issue(desk, aid, OFFICER[0], "2026-02-21")
