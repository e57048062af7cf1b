"""The dashboard tiles read by id only (equipment.tiles) give exactly the items the
whole-object reads give — items issued, with maintenance due, with verification overdue,
lost or stolen this year — on the generated register of the set-query tests with loss,
theft, damage, recovery and disposal added on the year's edges: 1 January and 31 December
counted, the day before and the day after not, an item lost twice counted once, a damaged or
disposed item not counted, a recovered one still counted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import AssetStatus, Condition
from piu_desk.core.equipment import assets, campaigns, incidents, maintenance
from piu_desk.core.equipment.incidents import IncidentKind
from piu_desk.core.equipment.maintenance import OUT_OF_SERVICE
from piu_desk.core.equipment.tiles import TileCounts, tile_counts
from tests.core.test_equipment_set_queries import AS_OF
from tests.core.test_equipment_set_queries import register as generated  # noqa: F401

LOSS, THEFT, DAMAGE = IncidentKind.LOSS, IncidentKind.THEFT, IncidentKind.DAMAGE
# (kind, day) reported one after the other on the same item, one item per line
STORIES = (
    ((LOSS, "2026-01-01"),),
    ((THEFT, "2026-12-31"),),
    ((LOSS, "2025-12-31"),),
    ((THEFT, "2027-01-01"),),
    ((DAMAGE, "2026-06-01"),),
    ((LOSS, "2026-02-02"), ("recover", "2026-03-03"), (LOSS, "2026-04-04")),
    ((THEFT, "2026-05-05"), ("recover", "2026-05-06")),
    ((LOSS, "2025-07-07"), ("recover", "2025-08-08")),
    (("dispose", "2026-09-09"),),
)


def _tell(desk: Desk, asset_id: int, story: tuple[tuple[str, str], ...]) -> None:
    for what, day in story:
        if what == "recover":
            incidents.recover(desk, asset_id, day, Condition.FAIR)
        elif what == "dispose":
            incidents.dispose(desk, asset_id, day, "Director", "DIR-9", "Beyond repair")
        else:
            incidents.report(desk, asset_id, IncidentKind(what), day, circumstances="At sea",
                             police_ref="POL-1")


@pytest.fixture
def register(generated: Desk) -> Iterator[Desk]:  # noqa: F811
    live = [a for a in assets.register(generated)
            if a.status in (AssetStatus.IN_STORE, AssetStatus.ISSUED)]
    for item, story in zip(live[::7], STORIES, strict=False):
        assert item.id is not None
        _tell(generated, item.id, story)
    yield generated


def expected(desk: Desk, as_of: str, soon_days: int, months: int) -> TileCounts:
    """The tiles as the register screen first read them: from whole items and incidents."""
    year = as_of[:4]
    return TileCounts(
        frozenset(a.id or 0 for a in assets.register(desk, status=AssetStatus.ISSUED)),
        frozenset(d.asset.id or 0 for d in maintenance.due_list(desk, as_of, soon_days)),
        frozenset(a.id or 0 for a in campaigns.verification_due(desk, as_of, months)),
        frozenset(i.asset_id for i in incidents.incidents(desk, since=f"{year}-01-01")
                  if i.kind in (LOSS.value, THEFT.value) and i.occurred_on[:4] == year))


@pytest.mark.parametrize(("soon_days", "months"), [(30, 12), (0, 1), (400, 36)])
def test_the_tiles_are_the_items_of_the_whole_object_reads(register: Desk, soon_days: int,
                                                          months: int) -> None:
    for as_of in (*AS_OF, "2025-06-30", "2027-03-01"):
        got = tile_counts(register, as_of, soon_days=soon_days, months=months)
        assert got == expected(register, as_of, soon_days, months), as_of
        assert got.counts == tuple(len(ids) for ids in (
            got.issued, got.maintenance_due, got.verification_due, got.lost_this_year))


def test_lost_or_stolen_this_year_counts_the_year_only_and_each_item_once(
        register: Desk) -> None:
    tiles = tile_counts(register, "2026-11-28")
    assert all(tiles.counts), tiles.counts
    reports = [i for i in incidents.incidents(register) if i.kind in ("lost", "stolen")]
    on = {day: {i.asset_id for i in reports if i.occurred_on == day}
          for day in ("2026-01-01", "2026-12-31", "2025-12-31", "2027-01-01", "2026-02-02",
                      "2026-05-05", "2025-07-07")}
    counted = on["2026-01-01"] | on["2026-12-31"] | on["2026-02-02"] | on["2026-05-05"]
    assert tiles.lost_this_year == counted and len(counted) == 4
    assert len([i for i in reports if i.asset_id in on["2026-02-02"]]) == 2
    assert tile_counts(register, "2025-01-01").lost_this_year == (
        on["2025-12-31"] | on["2025-07-07"])
    assert tile_counts(register, "2027-12-31").lost_this_year == on["2027-01-01"]
    gone = {a.id for a in assets.register(register) if a.status in OUT_OF_SERVICE}
    assert gone and not gone & (tiles.maintenance_due | tiles.verification_due)


def test_a_change_shows_in_the_next_read(register: Desk) -> None:
    before = tile_counts(register, "2026-11-28")
    in_store = {a.id or 0 for a in assets.register(register, status=AssetStatus.IN_STORE)}
    item = min(before.verification_due & in_store)
    incidents.report(register, item, LOSS, "2026-11-28", circumstances="Overboard")
    after = tile_counts(register, "2026-11-28")
    assert after.lost_this_year == before.lost_this_year | {item}
    assert after.verification_due == before.verification_due - {item}


def test_the_items_of_the_rows_shown_are_read_whole_in_their_order(register: Desk) -> None:
    every = assets.register(register)
    chosen = [a.id or 0 for a in every[::-37]]
    assert [a.id for a in assets.items(register, [*chosen, 999_999])] == chosen
    assert assets.items(register, chosen) == [assets.get(register, i) for i in chosen]
    assert assets.items(register, []) == []
