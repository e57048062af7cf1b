"""At HQ, crew lists arriving from a station are screened against the master watchlist in
the import, and the alert HQ raises goes back to the station with HQ's next bundle (its
entry with the next watchlist release)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.exchange import export, importing, releases
from piu_desk.core.intel import alerts, watchlist
from tests.conftest import STATION, SUPERVISOR
from tests.core.sync_support import EXCHANGE, HQ
from tests.core.test_alerts import SEEN, a_list

WANTED = WatchEntry(None, EntryKind.PERSON, ("Nguyễn Văn An",), "Smuggling", "PIU HQ",
                    date_of_birth="1985", nationality="VNM", handling=Handling.HQ)


def _to_hq(port: Desk, hq: Desk, stick: Path) -> importing.ImportResult:
    return importing.import_bundle(hq, export.export(port, None, stick).path)


def _origins(desk: Desk) -> list[str]:
    return sorted(a.origin for a in alerts.page(desk, 0, 50))


def test_a_crew_list_from_a_station_is_screened_at_hq_and_the_alert_goes_back(
        pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = pair
    watchlist.add(hq, WANTED)
    a_list(port, SEEN)
    assert alerts.count(port) == 0  # the station does not know the entry

    came = _to_hq(port, hq, stick)
    assert came.alerts == 1
    assert _origins(hq) == [HQ.locode]
    assert "; 1 alerts raised" in hq.db(lambda c: c.execute(
        "SELECT detail FROM audit WHERE action = 'exchange.import' ORDER BY seq DESC "
        "LIMIT 1").fetchone()[0])
    assert _to_hq(port, hq, stick).alerts == 0  # the list again: nothing new

    early = importing.import_bundle(port, export.export(hq, STATION.locode, stick).path)
    assert early.waiting == 1 and alerts.count(port) == 0  # its entry is not released yet

    hq.lock()
    hq.unlock(SUPERVISOR[0], SUPERVISOR[2])
    releases.publish(hq, date(2026, 12, 31))
    hq.lock()
    hq.unlock(EXCHANGE[0], EXCHANGE[2])
    back = importing.import_bundle(port, export.export(hq, STATION.locode, stick).path)
    assert back.reference == "applied"
    assert _origins(port) == [HQ.locode]
    held = alerts.page(port, 0, 10)[0]
    assert watchlist.get(port, held.entry_id).names == ("NGUYỄN VĂN AN",)


def test_a_pair_the_station_already_alerted_on_raises_nothing_more_at_hq(
        pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = pair
    watchlist.add(port, WANTED)  # the station's own entry, which may go to HQ
    a_list(port, SEEN)
    assert _origins(port) == [STATION.locode]
    came = _to_hq(port, hq, stick)
    assert came.alerts == 0 and came.applied >= 3
    assert _origins(hq) == [STATION.locode]


def test_a_station_desk_does_not_screen_what_comes_from_hq(
        pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = pair
    watchlist.add(port, WANTED)
    a_list(hq, SEEN)  # a list recorded at HQ itself (screened there, nothing on its list)
    got = importing.import_bundle(port, export.export(hq, STATION.locode, stick).path)
    assert got.alerts == 0 and alerts.count(port) == 0
