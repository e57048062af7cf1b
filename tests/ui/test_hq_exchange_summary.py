"""The exchange summary at HQ lists the bundle written for every station and the alerts its
screening of incoming crew lists raised; a station's summary says what became of the
watchlist release that came in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.exchange import releases
from piu_desk.core.exchange.folder import exchange_through
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.core.intel import watchlist
from piu_desk.ui.exchange import summary
from tests.conftest import SUPERVISOR
from tests.core.exchange_support import as_exchange_officer, enrolled
from tests.core.sync_support import EXCHANGE, KAMPOT, make_store
from tests.core.test_alerts import SEEN, a_list


def test_hq_summary_names_each_bundle_and_the_station_the_release(tmp_path: Path) -> None:
    port, hq = enrolled(tmp_path)
    kampot = as_exchange_officer(make_store(tmp_path / "kmt", KAMPOT))
    try:
        peers.pin(hq, "station", keys.own_public(kampot))
        peers.pin(kampot, "hq", keys.own_public(hq))
        watchlist.add(hq, WatchEntry(None, EntryKind.PERSON, ("Nguyễn Văn An",), "Wanted",
                                     "PIU HQ", date_of_birth="1985", nationality="VNM"))
        hq.lock()
        hq.unlock(SUPERVISOR[0], SUPERVISOR[2])
        releases.publish(hq, date(2026, 12, 31))
        hq.lock()
        hq.unlock(EXCHANGE[0], EXCHANGE[2])
        folder = tmp_path / "shared"
        folder.mkdir()
        a_list(port, SEEN)  # matches HQ's entry, which the station does not hold yet
        exchange_through(port, folder)

        at_hq = exchange_through(hq, folder)
        assert "Alerts raised by screening the crew lists that came in: 1" in \
            summary.incoming(at_hq)
        went = summary.outgoing(at_hq)
        written = [line for line in went if line.startswith("Written:")]
        assert len(written) == 2
        assert any("for KHKMT (number 1)" in line for line in written)
        assert any("for KHKOS (number 1)" in line for line in written)

        came = summary.incoming(exchange_through(port, folder))
        assert "Watchlist release 1 applied." in came
        assert any("Not for this desk" in line for line in came)  # Kampot's bundle
    finally:
        kampot.close()
        port.close()
        hq.close()
