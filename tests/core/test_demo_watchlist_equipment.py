"""The demo store's watchlist and equipment register: alerts in every state, equipment
held, due, under verification and lost, the same on every run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from piu_desk.core import demo_exchange
from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import AssetStatus
from piu_desk.core.domain.watchlist import EntryKind, Origin
from piu_desk.core.equipment import assets, campaigns, custody, incidents, maintenance
from piu_desk.core.equipment.campaigns import Flag
from piu_desk.core.intel import alerts, watchlist
from tests.core.test_demo_records import make_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    desk = make_demo(tmp_path_factory.mktemp("demo") / "store")
    yield desk
    desk.close()


def test_watchlist_entries(demo: Desk) -> None:
    entries = watchlist.page(demo)
    today = watchlist.today_of(demo)
    released = [e for e in entries if e.issuer == demo_exchange.ISSUER]  # HQ's releases
    assert len(released) == len(demo_exchange.FIRST_RELEASE + demo_exchange.SECOND_RELEASE) + 1
    entries = [e for e in entries if e not in released]  # the station's own list
    assert 35 <= len(entries) <= 45
    vessels = [e for e in entries if e.kind is EntryKind.VESSEL]
    assert len(vessels) == 3 and any(e.imo for e in vessels)
    origins = [e.origin for e in entries]
    assert origins.count(Origin.HQ) > len(entries) / 2 and Origin.LOCAL in origins
    assert sum(e.expired(today) for e in entries) == 1
    assert any(len(e.date_of_birth) == 4 for e in entries)


def test_alerts_in_every_state(demo: Desk) -> None:
    found = alerts.page(demo, 0, 500)
    states = [a.status for a in found]
    assert 6 <= len(found) <= 20
    assert states.count("confirmed") == 1 and states.count("false_positive") == 1
    assert states.count("hq_check") == 1 and states.count("open") >= 3
    kinds = {a.subject_kind for a in found}
    assert {"crew_member", "person_aboard", "port_call"} <= kinds
    noted = [a for a in found if a.status == "false_positive"]
    assert noted[0].note and noted[0].disposed_by == "admin"


def test_expired_entry_never_alerts(demo: Desk) -> None:
    today = watchlist.today_of(demo)
    expired = {e.id for e in watchlist.page(demo) if e.expired(today)}
    assert not expired & {a.entry_id for a in alerts.page(demo, 0, 500)}


def test_equipment_register(demo: Desk) -> None:
    items = assets.register(demo)
    assert 110 <= len(items) <= 130
    categories = {a.category for a in items}
    assert {"Laptop", "Handheld radio", "MRZ reader", "Vehicle", "Boat"} <= categories
    assert all(a.serial_number and a.value_khr and a.value_usd_cents for a in items)
    assert sum(a.category == "Vehicle" for a in items) == 2
    assert {a.location for a in items} >= {"Sihanoukville PIU office", "Boarding team store",
                                           "Vehicle yard", "Jetty 2"}


def test_custody_and_incidents(demo: Desk) -> None:
    held = custody.holdings(demo, "vanna")
    assert held and any(h.custody.accepted_at for h in held)
    lost = incidents.incidents(demo)
    assert [i.kind for i in lost] == ["lost"] and lost[0].police_ref
    assert assets.counts(demo)[AssetStatus.LOST] == 1


def test_maintenance_overdue(demo: Desk) -> None:
    due = maintenance.due_list(demo, demo.now()[:10])
    assert any(d.overdue for d in due) and not all(d.overdue for d in due)


def test_verification_in_progress(demo: Desk) -> None:
    [campaign] = campaigns.campaigns(demo)
    assert campaign.name.startswith("Annual verification") and not campaign.closed_on
    report = campaigns.report(demo, campaign.id)
    flags = [check.flag for check in report.flagged]
    assert Flag.DUPLICATE in flags and Flag.UNKNOWN in flags
    assert report.totals["found"].count and report.totals["not_checked"].count
