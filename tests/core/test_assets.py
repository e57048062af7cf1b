"""The register: status only through events, the transition table, roles, incidents."""

from __future__ import annotations

from dataclasses import replace

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import (
    TRANSITIONS,
    AssetStatus,
    Condition,
    EventKind,
    next_status,
    normal_tag,
    parse_usd,
    validate_asset,
)
from piu_desk.core.equipment import assets, custody, incidents
from piu_desk.core.equipment.incidents import IncidentKind
from piu_desk.core.errors import Invalid, NotAllowed
from tests.conftest import OFFICER
from tests.core.equipment_support import add_items, custodian_desk, sample

__all__ = ["custodian_desk"]


def test_every_status_has_a_way_out_but_disposed() -> None:
    for status in AssetStatus:
        exits = {k for (s, k), after in TRANSITIONS.items() if s is status and after is not s}
        assert bool(exits) == (status is not AssetStatus.DISPOSED)


@pytest.mark.parametrize(("status", "event"), [
    (AssetStatus.UNDER_REPAIR, EventKind.ISSUED),
    (AssetStatus.DISPOSED, EventKind.ISSUED),
    (AssetStatus.IN_STORE, EventKind.RETURNED),
    (AssetStatus.ISSUED, EventKind.DISPOSED),
    (AssetStatus.LOST, EventKind.ISSUED),
    (AssetStatus.DISPOSED, EventKind.RECOVERED),
])
def test_illegal_transitions_are_refused_with_a_reason(status: AssetStatus,
                                                       event: EventKind) -> None:
    with pytest.raises(Invalid) as exc:
        next_status(status, event)
    assert exc.value.field == "status"
    assert "first" in str(exc.value) or "nothing more" in str(exc.value)


def test_validation_cleans_and_refuses() -> None:
    clean = validate_asset(sample(" msp 001 "))
    assert clean.tag == "MSP001"
    with pytest.raises(Invalid):
        validate_asset(replace(sample("X1"), category=" "))
    with pytest.raises(Invalid):
        validate_asset(replace(sample("A#1")))
    assert normal_tag("ab-1 ") == "AB-1"
    assert parse_usd("$1,250.5") == 125050
    with pytest.raises(ValueError):
        parse_usd("12x")


def test_a_new_item_is_in_store_and_edit_keeps_the_status(custodian_desk: Desk) -> None:
    desk = custodian_desk
    aid, changes = assets.add(desk, replace(sample("MSP-001"), status=AssetStatus.LOST))
    assert changes.touches("assets")
    item = assets.get(desk, aid)
    assert item.status is AssetStatus.IN_STORE
    assets.edit(desk, replace(item, location="Cabinet 2", status=AssetStatus.DISPOSED))
    again = assets.get(desk, aid)
    assert (again.location, again.status) == ("Cabinet 2", AssetStatus.IN_STORE)
    with pytest.raises(Invalid):
        assets.add(desk, sample("msp-001"))
    assert [e.kind for e in assets.timeline(desk, aid)] == [EventKind.RECEIVED]


def test_only_the_custodian_edits_and_officers_see_their_own(custodian_desk: Desk) -> None:
    desk = custodian_desk
    mine, other = add_items(desk, "MSP-010", "MSP-011")
    custody.issue(desk, mine, OFFICER[0], "2026-01-05")
    desk.unlock(OFFICER[0], OFFICER[2])
    with pytest.raises(NotAllowed):
        assets.add(desk, sample("MSP-012"))
    with pytest.raises(NotAllowed):
        assets.register(desk)
    assert [a.tag for a in assets.mine(desk)] == ["MSP-010"]
    assert assets.get(desk, mine).tag == "MSP-010"
    with pytest.raises(NotAllowed):
        assets.get(desk, other)
    assert [h.asset.tag for h in custody.holdings(desk)] == ["MSP-010"]


def test_incidents_move_the_status_and_keep_the_report(custodian_desk: Desk) -> None:
    desk = custodian_desk
    lost, stolen, broken, old = add_items(desk, "R-1", "R-2", "R-3", "R-4", category="Radio")
    custody.issue(desk, lost, OFFICER[0], "2026-02-01")
    incidents.report(desk, lost, IncidentKind.LOSS, "2026-03-02", place="Patrol, Koh Rong",
                     circumstances="Fell overboard during a boarding.")
    assert assets.get(desk, lost).status is AssetStatus.LOST
    assert custody.holdings(desk, OFFICER[0]) == []
    report = incidents.incidents(desk, lost)[0]
    assert (report.holder, report.place) == (OFFICER[0], "Patrol, Koh Rong")
    with pytest.raises(Invalid) as exc:  # a theft needs the police reference
        incidents.report(desk, stolen, IncidentKind.THEFT, "2026-03-03",
                         circumstances="Taken from the vehicle.")
    assert exc.value.field == "police_ref"
    incidents.report(desk, stolen, IncidentKind.THEFT, "2026-03-03",
                     circumstances="Taken from the vehicle.", police_ref="SHV-PP-2026-118")
    assert assets.get(desk, stolen).status is AssetStatus.STOLEN
    incidents.report(desk, broken, IncidentKind.DAMAGE, "2026-03-04",
                     circumstances="Screen cracked.", condition=Condition.UNSERVICEABLE)
    item = assets.get(desk, broken)
    assert (item.status, item.condition) == (AssetStatus.IN_STORE, Condition.UNSERVICEABLE)
    with pytest.raises(Invalid):  # a lost item cannot be issued
        custody.issue(desk, lost, OFFICER[0], "2026-03-05")
    incidents.recover(desk, lost, "2026-03-10", Condition.FAIR)
    assert assets.get(desk, lost).status is AssetStatus.IN_STORE
    with pytest.raises(Invalid):
        incidents.dispose(desk, old, "2026-04-01", "", "", "Worn out")
    incidents.dispose(desk, old, "2026-04-01", "Director Keo", "MEMO-2026-4", "Worn out")
    assert assets.get(desk, old).status is AssetStatus.DISPOSED
    with pytest.raises(Invalid) as refused:
        custody.issue(desk, old, OFFICER[0], "2026-04-02")
    assert "disposed" in str(refused.value)
    kinds = [e.kind for e in assets.timeline(desk, old)]
    assert kinds == [EventKind.RECEIVED, EventKind.DISPOSED]
