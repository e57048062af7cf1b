"""The register's set-based reads (verification due, maintenance due, who holds what, the
register with its holders) give exactly what the straightforward item-by-item computation
they replaced gives, on a generated register full of edge cases: items never verified,
verified long ago or on the very boundary day, schedules per category and per item, every
N months or once, done on a month's last day or a 29 February, items lost, stolen or
disposed (left out), an item with two open custodies."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from functools import partial

import pytest

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.asset import Asset, AssetEvent, AssetStatus, Condition, EventKind
from piu_desk.core.equipment import assets, campaigns, custody, maintenance
from piu_desk.core.equipment.maintenance import OUT_OF_SERVICE, add_months
from piu_desk.core.store import asset_care, bulk, database
from piu_desk.core.store import assets as assets_repo
from piu_desk.core.store import campaigns as campaigns_repo
from piu_desk.core.store import custody as custody_repo
from piu_desk.core.store.asset_care import Schedule
from piu_desk.core.store.assets import RegisterLine
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.custody import Custody
from piu_desk.ui.equipment.register_data import load_rows, row_of
from tests.conftest import ADMIN, StoreInfo
from tests.core.equipment_support import CUSTODIAN

ORIGIN, AT, BY = "KHKOS", "2026-11-28T08:00:00+00:00", "admin"
CATEGORIES = ("Laptop", "Vehicle", "Boat", "Handheld radio", "Camera")
OFFICERS = ("dara", "vanna", "sopheap", "rithy")
AS_OF = ("2016-01-01", "2024-02-29", "2025-03-31", "2026-01-31", "2026-11-28", "2030-01-01")
EDGE_DAYS = ("2024-02-29", "2025-01-31", "2025-08-31", "2025-11-28", "2025-11-29",
             "2026-05-31", "2026-11-27", "2026-11-28")


def _day(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(EDGE_DAYS)
    return (date(2015, 1, 1) + timedelta(days=rng.randrange(12 * 365))).isoformat()


def _assets(rng: random.Random, count: int) -> list[Asset]:
    statuses = list(AssetStatus)
    return [Asset(n, f"T-{rng.randrange(10_000):04d}-{n:03d}", rng.choice(CATEGORIES),
                  f"Item {n}", serial_number=f"SN{n}", value_khr=n, value_usd_cents=n,
                  location="Store", condition=rng.choice(list(Condition)),
                  status=statuses[n % len(statuses)] if n % 4 else AssetStatus.IN_STORE,
                  uid=f"set-asset-{n}")
            for n in range(1, count + 1)]


def _events(rng: random.Random, items: list[Asset]) -> list[AssetEvent]:
    """0-3 verifications per item (many never verified), and other events that are not
    verifications on recent days."""
    out: list[AssetEvent] = []
    for a in items:
        assert a.id is not None
        kinds = [EventKind.VERIFIED] * rng.choice((0, 0, 1, 2, 3))
        kinds += [rng.choice((EventKind.MAINTAINED, EventKind.ISSUED, EventKind.RETURNED))]
        for kind in kinds:
            out.append(AssetEvent(len(out) + 1, a.id, kind, _day(rng), a.status, "", "", BY,
                                  AT))
    return out


def _schedules(items: list[Asset]) -> list[Schedule]:
    gone = next(a.id for a in items if a.status == AssetStatus.DISPOSED)
    lost = next(a.id for a in items if a.status == AssetStatus.LOST)
    kept = [a.id for a in items if a.status not in OUT_OF_SERVICE][:4]
    return [
        Schedule(1, None, "Laptop", "Laptop service", 12, "", "2016-12-01"),
        Schedule(2, None, "Vehicle", "Vehicle service", 6, "", "2026-01-31"),
        Schedule(3, None, "Vehicle", "Tyres", 1, "", "2026-12-15"),
        Schedule(4, None, "Boat", "Hull survey", None, "2026-12-20", "2026-01-01"),
        Schedule(5, None, "Handheld radio", "Battery", 24, "", "2024-02-29"),
        Schedule(6, None, "Nothing of this category", "Never", 3, "", "2020-01-01"),
        Schedule(7, kept[0], "", "Calibrate", 3, "", "2025-08-31"),
        Schedule(8, kept[1], "", "Once", None, "2026-11-28", "2026-01-01"),
        Schedule(9, kept[2], "", "Once, done", None, "2025-06-01", "2025-01-01"),
        Schedule(10, gone, "", "Disposed item's task", 1, "", "2020-01-01"),
        Schedule(11, lost, "", "Lost item's task", None, "2026-12-01", "2020-01-01"),
        Schedule(12, kept[3], "", "Item yearly", 12, "", "2026-11-28"),
    ]


def _done(rng: random.Random, items: list[Asset],
          schedules: list[Schedule]) -> list[tuple[int, int, str, str, str]]:
    out = []
    for s in schedules:
        covered = [a for a in items if a.id == s.asset_id or a.category == s.category]
        for a in covered:
            assert a.id is not None
            for _ in range(rng.choice((0, 0, 1, 2))):
                out.append((s.id, a.id, _day(rng), "Done", BY))
    nine = next(s for s in schedules if s.id == 9)
    assert nine.asset_id is not None
    out.append((9, nine.asset_id, "2025-06-03", "Done", BY))
    return out


def _custody(rng: random.Random, items: list[Asset]) -> list[Custody]:
    out: list[Custody] = []
    for a in items:
        assert a.id is not None
        for _ in range(rng.choice((0, 1, 2))):  # ended ones
            out.append(Custody(len(out) + 1, a.id, "officer", rng.choice(OFFICERS),
                               _day(rng), ended_on="2026-01-01", end_kind="returned"))
        if a.status == AssetStatus.ISSUED:
            out.append(Custody(len(out) + 1, a.id, rng.choice(("officer", "place")),
                               rng.choice(OFFICERS), _day(rng), expected_return="2027-01-01",
                               accepted_at=AT if rng.random() < 0.5 else "", issued_by=BY))
    twice = next(a.id for a in items if a.status == AssetStatus.ISSUED)
    assert twice is not None
    out.append(Custody(len(out) + 1, twice, "place", "aaa post", "2026-02-02", issued_by=BY))
    out.append(Custody(len(out) + 1, twice, "officer", "zzz", "2020-02-02", issued_by=BY))
    return out


@pytest.fixture
def register(store: StoreInfo) -> Iterator[Desk]:
    rng = random.Random(9)
    items = _assets(rng, 360)
    schedules = _schedules(items)
    desk = store.open()
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.add_user(desk, NewUser(*CUSTODIAN, frozenset({Role.CUSTODIAN})))
    desk.unlock(CUSTODIAN[0], CUSTODIAN[2])

    def fill(conn: Connection) -> None:
        with bulk.loading(conn, database.db_path(store.folder)):
            bulk.assets(conn, items, ORIGIN, AT, BY)
            bulk.asset_events(conn, _events(rng, items), ORIGIN)
            bulk.custody(conn, _custody(rng, items), ORIGIN)
            bulk.maintenance(conn, schedules, _done(rng, items, schedules), ORIGIN)
    desk.db(fill)
    yield desk
    desk.close()


# -- the computations as they were, item by item --------------------------------------------
def reference_verification_due(conn: Connection, as_of: str, months: int) -> list[Asset]:
    since = add_months(date.fromisoformat(as_of), -months).isoformat()
    last = campaigns_repo.last_verified(conn)
    return [a for a in assets_repo.listing(conn) if a.status not in OUT_OF_SERVICE
            and last.get(a.id or 0, "") <= since]


def reference_due(conn: Connection, as_of: str,
                  soon_days: int) -> list[tuple[int, Asset, str, bool]]:
    today = date.fromisoformat(as_of)
    horizon = date.fromordinal(today.toordinal() + soon_days)
    live = [a for a in assets_repo.listing(conn) if a.status not in OUT_OF_SERVICE]
    by_id = {a.id or 0: a for a in live}
    by_category: dict[str, list[Asset]] = {}
    for a in live:
        by_category.setdefault(a.category, []).append(a)
    done = asset_care.last_done(conn)
    out = []
    for s in asset_care.schedules(conn):
        found = by_id.get(s.asset_id) if s.asset_id is not None else None
        targets = ([found] if found else []) if s.asset_id is not None else \
            by_category.get(s.category, [])
        for a in targets:
            last = done.get((s.id, a.id or 0), "")
            if s.every_months is not None:
                base = date.fromisoformat(last or s.starts_on)
                due = add_months(base, s.every_months) if last else base
            elif last:
                continue
            else:
                due = date.fromisoformat(s.due_on)
            if due <= horizon:
                out.append((s.id, a, due.isoformat(), due < today))
    return sorted(out, key=lambda d: (not d[3], d[2], d[1].tag))


def line_of(a: Asset, holder: str) -> RegisterLine:
    return RegisterLine(a.id or 0, a.tag, a.category, a.description, a.make, a.model,
                        a.serial_number, a.status, a.condition, a.location, a.value_usd_cents,
                        holder)


def reference_holdings(conn: Connection, holder: str) -> list[tuple[Custody, Asset]]:
    out = []
    for c in custody_repo.held_now(conn, holder):
        found = assets_repo.get(conn, c.asset_id)
        if found is not None:
            out.append((c, found))
    return out


@pytest.mark.parametrize("months", [1, 12, 36])
def test_verification_due_is_the_item_by_item_answer(register: Desk, months: int) -> None:
    for as_of in AS_OF:
        expected = register.db(partial(reference_verification_due, as_of=as_of,
                                       months=months))
        assert campaigns.verification_due(register, as_of, months) == expected, as_of
    due = {a.tag for a in campaigns.verification_due(register, "2026-11-28", 12)}
    assert due and all(a.status not in OUT_OF_SERVICE
                       for a in campaigns.verification_due(register, "2026-11-28", 12))
    assert len(due) < len(assets.register(register))


def test_a_verification_on_the_boundary_day_is_too_old(register: Desk) -> None:
    """Verified on 28 Nov 2025: due again on 28 Nov 2026 (12 months), not the day after."""
    def on_boundary(conn: Connection) -> list[int]:
        rows = conn.execute("SELECT asset_id FROM asset_events WHERE kind = 'verified' "
                            "GROUP BY asset_id HAVING max(on_date) = '2025-11-28'").fetchall()
        return [int(r[0]) for r in rows]
    live = {a.id for a in assets.register(register) if a.status not in OUT_OF_SERVICE}
    boundary = {i for i in register.db(on_boundary) if i in live}
    assert boundary, "the generated register has an item verified on the boundary day"
    assert boundary <= {a.id for a in campaigns.verification_due(register, "2026-11-28", 12)}
    assert not boundary & {a.id for a in campaigns.verification_due(register, "2026-11-27",
                                                                    12)}


@pytest.mark.parametrize("soon_days", [0, 30, 400])
def test_maintenance_due_is_the_item_by_item_answer(register: Desk, soon_days: int) -> None:
    for as_of in AS_OF:
        expected = register.db(partial(reference_due, as_of=as_of, soon_days=soon_days))
        got = [(d.schedule.id, d.asset, d.due_on, d.overdue)
               for d in maintenance.due_list(register, as_of, soon_days)]
        assert got == expected, as_of
    due = maintenance.due_list(register, "2026-11-28", soon_days)
    schedules = {d.schedule.id for d in due}
    assert {1, 2}.issubset(schedules) and not {6, 9, 10, 11} & schedules
    assert all(d.asset.status not in OUT_OF_SERVICE for d in due)


def test_a_task_done_on_a_months_last_day_falls_due_on_a_shorter_months_last_day(
        register: Desk) -> None:
    due = {(d.schedule.id, d.asset.id): d.due_on
           for d in maintenance.due_list(register, "2030-01-01", 0)}
    done = register.db(asset_care.last_done)
    month_ends = [(k, v) for k, v in done.items() if v in ("2025-08-31", "2026-05-31",
                                                          "2024-02-29") and k in due]
    assert month_ends
    for (sid, aid), last in month_ends:
        every = {1: 12, 2: 6, 3: 1, 5: 24, 7: 3, 12: 12}[sid]
        assert due[sid, aid] == add_months(date.fromisoformat(last), every).isoformat()


@pytest.mark.parametrize("holder", ["", "dara", "zzz", "aaa post", "nobody"])
def test_holdings_are_the_item_by_item_answer(register: Desk, holder: str) -> None:
    expected = register.db(lambda c: reference_holdings(c, holder))
    assert [(h.custody, h.asset) for h in custody.holdings(register, holder)] == expected


def test_the_register_with_its_holders_is_the_item_by_item_answer(register: Desk) -> None:
    holders = {h.asset.id or 0: h.custody.holder for h in custody.holdings(register)}
    expected = [(a, holders.get(a.id or 0, "")) for a in assets.register(register)]
    assert assets.register_with_holders(register) == expected
    assert assets.register_lines(register) == [line_of(a, h) for a, h in expected]
    assert load_rows(register) == [row_of(line_of(a, h)) for a, h in expected]
    twice = [a for a, h in expected if h == "zzz"]  # two open custodies: the later holder
    assert twice and any(h.custody.holder == "aaa post" and h.asset == twice[0]
                         for h in custody.holdings(register))


def test_edits_after_the_load_show_in_the_set_based_reads(register: Desk) -> None:
    """Nothing is cached: a verification and a task done move the items off the lists."""
    item = next(a for a in campaigns.verification_due(register, "2026-11-28")
                if a.status == AssetStatus.IN_STORE)
    assert item.id is not None
    cid, _ = campaigns.start(register, "Check", "2026-11-28")
    campaigns.scan(register, cid, item.tag)
    assert item.id not in {a.id for a in campaigns.verification_due(register, "2026-11-28")}
    task = next(d for d in maintenance.due_list(register, "2026-11-28") if d.overdue)
    assert task.asset.id is not None
    maintenance.record_done(register, task.schedule.id, task.asset.id, "2026-11-28")
    after = {(d.schedule.id, d.asset.id)
             for d in maintenance.due_list(register, "2026-11-28")}
    assert (task.schedule.id, task.asset.id) not in after
