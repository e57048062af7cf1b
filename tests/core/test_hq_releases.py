"""The master watchlist at HQ leaves only as released, and a station never takes it back
in version or past its expiry: real stores, real bundles on a real folder."""

from __future__ import annotations

import shutil
import time as time_module
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry
from piu_desk.core.errors import Invalid, NotAllowed
from piu_desk.core.exchange import export, importing, releases
from piu_desk.core.intel import watchlist
from piu_desk.core.records import vessels
from tests.conftest import CHEAP_KDF, OFFICER, SUPERVISOR, FakeClock
from tests.core.exchange_support import audit_details, enrolled
from tests.core.sync_support import EXCHANGE, count
from tests.core.test_records import a_vessel

DAY = 86_400
FIXTURE_11 = Path(__file__).resolve().parents[1] / "fixtures" / "stores" / "v0011"


class Pair:
    def __init__(self, folder: Path) -> None:
        self.clock = FakeClock()
        self.port, self.hq = enrolled(folder, self.clock)
        self.stick = folder / "stick"
        self.stick.mkdir()

    def as_supervisor(self, desk: Desk) -> Desk:
        desk.lock()
        desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
        return desk

    def as_officer(self, desk: Desk) -> Desk:
        desk.lock()
        desk.unlock(EXCHANGE[0], EXCHANGE[2])
        return desk

    def add(self, name: str) -> int:
        entry_id, _ = watchlist.add(self.hq, WatchEntry(
            None, EntryKind.PERSON, (name,), "Wanted for smuggling", "PIU HQ"))
        return entry_id

    def publish(self, expires: date = date(2026, 12, 31), note: str = "") -> releases.Release:
        release = releases.publish(self.as_supervisor(self.hq), expires, note)
        self.as_officer(self.hq)
        return release

    def bundle(self) -> export.ExportResult:
        return export.export(self.hq, self.port.station().locode, self.stick)

    def station_names(self) -> set[str]:
        return {n for e in watchlist.page(self.port, 0, 100) for n in e.names[:1]}


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = Pair(tmp_path)
    yield made
    made.port.close()
    made.hq.close()


def test_nothing_of_the_watchlist_leaves_before_a_first_release(pair: Pair) -> None:
    pair.add("TRAN THI HOA")
    assert releases.unpublished_changes(pair.hq) == 1
    result = importing.import_bundle(pair.port, pair.bundle().path)
    assert (result.reference, result.reference_version) == ("", None)
    assert pair.station_names() == set()
    assert releases.reference_status(pair.port).version is None

    release = pair.publish(note="first   list")
    assert (release.version, release.entries, release.note) == (1, 1, "first list")
    assert release.expires_at == "2026-12-31T23:59:59Z"
    assert releases.unpublished_changes(pair.hq) == 0
    result = importing.import_bundle(pair.port, pair.bundle().path)
    assert (result.reference, result.reference_version) == ("applied", 1)
    assert pair.station_names() == {"TRAN THI HOA"}
    held = watchlist.page(pair.port, 0, 10)[0]
    assert held.origin == Origin.HQ  # read-only at the station
    status = releases.reference_status(pair.port)
    assert (status.version, status.expires_at, status.expired) == (1, release.expires_at,
                                                                   False)
    assert status.days_left == (date(2026, 12, 31) - date(2026, 11, 28)).days
    assert "watchlist release 1 applied" in audit_details(pair.port, "exchange.import")[-1][1]
    assert audit_details(pair.hq, "watchlist.release")[0][0] == "release 1"


def test_an_edit_after_publication_waits_for_the_next_release(pair: Pair) -> None:
    first = pair.add("TRAN THI HOA")
    pair.publish()
    importing.import_bundle(pair.port, pair.bundle().path)
    entry = watchlist.get(pair.hq, first)
    watchlist.update(pair.hq, WatchEntry(entry.id, entry.kind, ("TRAN THI HOA", "HOA TRAN"),
                                         entry.reason, entry.issuer))
    pair.add("LE VAN NAM")
    assert releases.unpublished_changes(pair.hq) == 2

    vessels.register(pair.hq, a_vessel())
    # twice: the station's confirmation of the first bundle must not swallow the edits, nor
    # make the second carry the vessel again
    for carried in (1, 0):
        sent = pair.bundle()
        assert sent.records == carried
        result = importing.import_bundle(pair.port, sent.path)
        assert result.reference == "applied" and result.reference_version == 1
        assert pair.station_names() == {"TRAN THI HOA"}
        assert watchlist.page(pair.port, 0, 10)[0].names == ("TRAN THI HOA",)
        export.export(pair.port, None, pair.stick)  # carries the station's confirmation
        importing.import_bundle(pair.hq, sorted(pair.stick.glob("*.piu"),
                                                key=lambda p: p.stat().st_mtime)[-1])

    assert pair.publish().version == 2
    result = importing.import_bundle(pair.port, pair.bundle().path)
    assert (result.reference, result.reference_version) == ("applied", 2)
    assert pair.station_names() == {"TRAN THI HOA", "LE VAN NAM"}
    names = {e.names for e in watchlist.page(pair.port, 0, 10)}
    assert ("TRAN THI HOA", "HOA TRAN") in names
    assert [r.version for r in releases.releases(pair.hq)] == [2, 1]


def test_an_older_release_arriving_late_is_not_applied(pair: Pair) -> None:
    pair.add("TRAN THI HOA")
    pair.publish()
    late = pair.bundle()  # release 1, kept on another stick
    entry = watchlist.page(pair.hq, 0, 10)[0]
    watchlist.update(pair.hq, WatchEntry(entry.id, entry.kind, ("TRAN THI HOA", "HOA T"),
                                         entry.reason, entry.issuer))
    pair.publish()
    pair.publish()  # release 3: nothing changed, a later expiry
    newer = pair.bundle()
    assert importing.import_bundle(pair.port, newer.path).reference_version == 3
    result = importing.import_bundle(pair.port, late.path)
    assert (result.duplicate, result.reference, result.reference_version) == (
        False, "older", 1)
    assert watchlist.page(pair.port, 0, 10)[0].names == ("TRAN THI HOA", "HOA T")
    assert releases.reference_status(pair.port).version == 3
    assert "watchlist release 1 older" in audit_details(pair.port, "exchange.import")[-1][1]


def test_an_expired_release_is_refused_and_comes_again_with_the_next(pair: Pair) -> None:
    pair.add("TRAN THI HOA")
    pair.publish(expires=date(2026, 11, 30))
    stale = pair.bundle()
    pair.clock.advance(3 * DAY)
    result = importing.import_bundle(pair.port, stale.path)
    assert (result.reference, result.reference_version) == ("expired", 1)
    assert pair.station_names() == set()
    assert releases.reference_status(pair.port).version is None
    assert "watchlist release 1 expired" in audit_details(pair.port, "exchange.import")[-1][1]

    # the station does not confirm that bundle, so HQ carries the watchlist again
    export.export(pair.port, None, pair.stick)
    importing.import_bundle(pair.hq, max(pair.stick.glob("*.piu"),
                                         key=lambda p: p.stat().st_mtime))
    pair.publish(expires=date(2027, 1, 31))
    result = importing.import_bundle(pair.port, pair.bundle().path)
    assert (result.reference, result.reference_version) == ("applied", 2)
    assert pair.station_names() == {"TRAN THI HOA"}


def test_the_release_held_is_flagged_once_past_its_expiry(pair: Pair) -> None:
    pair.add("TRAN THI HOA")
    pair.publish(expires=date(2026, 11, 30))
    importing.import_bundle(pair.port, pair.bundle().path)
    assert releases.reference_status(pair.port).days_left == 2
    pair.clock.advance(2 * DAY)
    status = releases.reference_status(pair.port)
    assert (status.expired, status.days_left) == (False, 0)  # good through its last day
    pair.clock.advance(DAY)
    status = releases.reference_status(pair.port)
    assert (status.expired, status.days_left) == (True, -1)
    assert pair.station_names() == {"TRAN THI HOA"}  # kept, flagged


def test_a_station_cannot_publish_and_hq_only_a_supervisor_with_a_future_expiry(
        pair: Pair) -> None:
    with pytest.raises(releases.NotHq):
        releases.publish(pair.as_supervisor(pair.port), date(2026, 12, 31))
    with pytest.raises(NotAllowed):
        releases.publish(pair.hq, date(2026, 12, 31))  # the exchange officer
    pair.as_supervisor(pair.hq)
    for day in (date(2026, 11, 28), date(2026, 11, 1)):
        with pytest.raises(Invalid) as caught:
            releases.publish(pair.hq, day)
        assert caught.value.field == "expires"
    with pytest.raises(Invalid):
        releases.publish(pair.hq, date(2026, 12, 31), "x" * 501)
    assert releases.releases(pair.hq) == []
    assert count(pair.hq, "SELECT count(*) FROM watchlist_releases") == 0


def test_a_schema_11_store_keeps_the_release_it_held(tmp_path: Path) -> None:
    """The fixture store of schema 11 (tests/fixtures/make_stores.py) holds release 3 of
    HQ's watchlist; opened by this build, whatever migrations came after, it still does."""
    folder = Path(shutil.copytree(FIXTURE_11, tmp_path / "store"))
    with Desk.open(folder, clock=FakeClock(), kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF) as desk:
        desk.unlock(OFFICER[0], OFFICER[2])
        status = releases.reference_status(desk)
        assert (status.version, status.expires_at, status.expired) == (
            3, "2026-12-31T23:59:59Z", False)


def test_hq_edits_its_master_list_where_a_station_may_not(pair: Pair) -> None:
    entry_id, _ = watchlist.add(pair.hq, WatchEntry(
        None, EntryKind.PERSON, ("LE VAN NAM",), "Wanted", "PIU HQ", origin=Origin.HQ))
    entry = watchlist.get(pair.hq, entry_id)
    watchlist.update(pair.hq, WatchEntry(entry.id, entry.kind, ("LE VAN NAM", "NAM LE"),
                                         entry.reason, entry.issuer, origin=Origin.HQ))
    assert watchlist.get(pair.hq, entry_id).names == ("LE VAN NAM", "NAM LE")
    pair.publish()
    importing.import_bundle(pair.port, pair.bundle().path)
    held = watchlist.page(pair.port, 0, 10)[0]
    with pytest.raises(Invalid) as caught:
        watchlist.update(pair.port, WatchEntry(held.id, held.kind, ("LE VAN NAM",),
                                               held.reason, held.issuer, origin=Origin.HQ))
    assert caught.value.field == "origin"


@pytest.mark.skipif(not hasattr(time_module, "tzset"), reason="needs time.tzset (POSIX)")
def test_a_release_is_good_to_the_end_of_its_day_where_hq_is(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """HQ in Phnom Penh publishing "valid until 27 Feb" means until midnight there, not
    until 07:00 the next morning (the end of the day in UTC)."""
    monkeypatch.setenv("TZ", "ICT-7")  # POSIX form of Indochina Time, UTC+7
    time_module.tzset()
    try:
        assert releases.expiry_moment(date(2027, 2, 27)) == "2027-02-27T16:59:59Z"
    finally:
        monkeypatch.undo()
        time_module.tzset()
