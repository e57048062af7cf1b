"""A verification campaign from start to report, with a double scan and an unknown tag."""

from __future__ import annotations

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import Condition, EventKind
from piu_desk.core.equipment import assets, campaigns
from piu_desk.core.equipment.campaigns import Flag, Outcome
from piu_desk.core.errors import Invalid
from tests.core.equipment_support import add_items, custodian_desk

__all__ = ["custodian_desk"]


def test_campaign_start_to_report(custodian_desk: Desk) -> None:
    desk = custodian_desk
    a1, a2, a3, a4, a5 = add_items(desk, "L-1", "L-2", "L-3", "L-4", "L-5")
    assert len(campaigns.verification_due(desk, "2026-11-28")) == 5
    cid, _ = campaigns.start(desk, "Annual verification 2026", "2026-11-28")
    with pytest.raises(Invalid):
        campaigns.start(desk, "Annual verification 2026", "2026-11-28")
    first, _ = campaigns.scan(desk, cid, " l-1\n", location="Office A")
    assert first.flag is Flag.NONE and first.asset is not None
    again, _ = campaigns.scan(desk, cid, "L-1")
    assert again.flag is Flag.DUPLICATE
    stranger, _ = campaigns.scan(desk, cid, "ZZ-999")
    assert (stranger.flag, stranger.asset) == (Flag.UNKNOWN, None)
    campaigns.scan(desk, cid, "L-2", location="Office B")
    campaigns.tick(desk, cid, a3, Outcome.DAMAGED, condition=Condition.UNSERVICEABLE,
                   location="Office B")
    campaigns.tick(desk, cid, a4, Outcome.MISSING)
    report = campaigns.report(desk, cid)
    assert [x.asset.tag for x in report.of(Outcome.FOUND)] == ["L-1", "L-2"]
    assert [x.asset.tag for x in report.of(Outcome.DAMAGED)] == ["L-3"]
    assert [x.asset.tag for x in report.of(Outcome.MISSING)] == ["L-4"]
    assert [x.asset.tag for x in report.of(None)] == ["L-5"]
    assert sorted((c.tag, c.flag) for c in report.flagged) == [("L-1", "duplicate"),
                                                               ("ZZ-999", "unknown")]
    office_b = report.by_location["Office B"]
    assert (office_b["found"].count, office_b["damaged"].count) == (1, 1)
    assert office_b["found"].value_usd_cents == 100_000
    assert report.totals["missing"].value_khr == 4_100_000
    assert assets.get(desk, a3).condition is Condition.UNSERVICEABLE
    assert assets.get(desk, a1).location == "Office A"
    assert EventKind.VERIFIED in [e.kind for e in assets.timeline(desk, a1)]
    campaigns.close(desk, cid, "2026-11-30")
    with pytest.raises(Invalid):
        campaigns.scan(desk, cid, "L-5")
    due = {a.tag for a in campaigns.verification_due(desk, "2026-12-01")}
    assert due == {"L-4", "L-5"}  # never verified
    assert {a.id for a in campaigns.verification_due(desk, "2027-12-01")} == {
        a1, a2, a3, a4, a5}
