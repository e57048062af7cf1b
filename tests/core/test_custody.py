"""Custody: issue, acceptance, return with condition, transfer, holdings and history."""

from __future__ import annotations

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import AssetStatus, Condition, EventKind
from piu_desk.core.equipment import assets, custody
from piu_desk.core.errors import Invalid, NotAllowed
from tests.conftest import OFFICER, SUPERVISOR
from tests.core.equipment_support import add_items, custodian_desk

__all__ = ["custodian_desk"]


def test_issue_accept_transfer_return_and_history(custodian_desk: Desk) -> None:
    desk = custodian_desk
    (aid,) = add_items(desk, "CAM-01", category="Camera")
    with pytest.raises(Invalid):
        custody.issue(desk, aid, "nobody", "2026-01-10")
    with pytest.raises(Invalid):
        custody.issue(desk, aid, OFFICER[0], "2026-01-10", expected_return="2026-01-01")
    custody.issue(desk, aid, OFFICER[0], "2026-01-10", expected_return="2026-06-30")
    assert assets.get(desk, aid).status is AssetStatus.ISSUED
    with pytest.raises(Invalid):  # issued twice
        custody.issue(desk, aid, SUPERVISOR[0], "2026-01-11")

    desk.unlock(OFFICER[0], OFFICER[2])  # the recipient accepts it themselves
    custody.accept(desk, aid)
    desk.unlock("chenda", "custodian-pass-1")
    held = custody.holdings(desk, OFFICER[0])
    assert held[0].custody.accepted_by == OFFICER[0] and held[0].custody.accepted_at

    custody.transfer(desk, aid, SUPERVISOR[0], "2026-02-01")
    assert [h.asset.tag for h in custody.holdings(desk, SUPERVISOR[0])] == ["CAM-01"]
    assert custody.holdings(desk, OFFICER[0]) == []
    custody.accept(desk, aid, accepted_by="Keo Sopheap (signed form)")
    custody.return_item(desk, aid, "2026-03-01", Condition.FAIR, location="Store room")
    item = assets.get(desk, aid)
    assert (item.status, item.condition) == (AssetStatus.IN_STORE, Condition.FAIR)

    hist = custody.history(desk, aid)
    assert [(c.holder, c.end_kind) for c in hist] == [(OFFICER[0], "transferred"),
                                                       (SUPERVISOR[0], "returned")]
    assert hist[1].return_condition == "fair"
    assert hist[1].accepted_by == "Keo Sopheap (signed form)"
    assert [e.kind for e in assets.timeline(desk, aid)] == [
        EventKind.RECEIVED, EventKind.ISSUED, EventKind.ACCEPTED, EventKind.TRANSFERRED,
        EventKind.ACCEPTED, EventKind.RETURNED]


def test_issue_to_a_place_and_who_may_accept(custodian_desk: Desk) -> None:
    desk = custodian_desk
    boat, radio = add_items(desk, "BOAT-1", "RAD-9")
    custody.issue(desk, boat, "Jetty 3, Sihanoukville", "2026-01-10", holder_kind="place")
    assert assets.get(desk, boat).location == "Jetty 3, Sihanoukville"
    custody.issue(desk, radio, OFFICER[0], "2026-01-10")
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    with pytest.raises(NotAllowed):  # not theirs, not custodian
        custody.accept(desk, radio)
    with pytest.raises(NotAllowed):
        custody.issue(desk, boat, OFFICER[0], "2026-01-10")
    holders = {h.custody.holder for h in custody.holdings(desk)}
    assert holders == {"Jetty 3, Sihanoukville", OFFICER[0]}


def test_return_needs_an_issued_item(custodian_desk: Desk) -> None:
    desk = custodian_desk
    (aid,) = add_items(desk, "LAP-5")
    with pytest.raises(Invalid):
        custody.return_item(desk, aid, "2026-01-10", Condition.GOOD)
    with pytest.raises(Invalid):
        custody.accept(desk, aid)
