"""The line over a station's watchlist about the version it holds from HQ: none yet (red),
the version HQ published and sent with a bundle and its expiry, then red once the desk's
clock passes that expiry; at HQ, the version sent to the stations and the changes not
published since."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.exchange import export, importing, releases
from piu_desk.core.intel import watchlist as watchlist_core
from piu_desk.core.session import Changes
from piu_desk.ui.hq.reference_banner import EXPIRED, MASTER, NONE, SOON, VALID
from piu_desk.ui.intel import WatchlistSection
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import FakeClock
from tests.core.exchange_support import as_exchange_officer, enrolled
from tests.core.test_watchlist import person
from tests.ui.hq_support import as_admin
from tests.ui.intel_support import keep

DAY = 86_400


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Desk, Desk, FakeClock]]:
    clock = FakeClock()  # 28 Nov 2026
    port, hq = enrolled(tmp_path, clock)
    yield port, hq, clock
    port.close()
    hq.close()


def watchlist(qtbot: QtBot, desk: Desk) -> WatchlistSection:
    tasks = TaskRunner(desk)
    section = WatchlistSection(desk, tasks)
    tasks.changed.connect(section.refresh)
    keep(qtbot, section, tasks)
    section.resize(1200, 700)
    section.show()
    return section


def publish_and_send(hq: Desk, port: Desk, stick: Path, expires: date) -> None:
    """HQ's supervisor publishes; its exchange officer writes the bundle the station reads."""
    as_admin(hq)
    releases.publish(hq, expires, "Quarterly list")
    as_exchange_officer(hq)
    written = export.export(hq, port.station().locode, stick)
    importing.import_bundle(port, written.path)


def test_a_station_without_a_watchlist_from_hq_is_told_in_red(
        qtbot: QtBot, pair: tuple[Desk, Desk, FakeClock]) -> None:
    port, _hq, _clock = pair
    section = watchlist(qtbot, port)
    banner = section.banner
    assert banner.isVisible() and banner.state == NONE
    assert banner.text() == "No watchlist from HQ yet — exchange with HQ to receive it."
    assert "#d93025" in banner.styleSheet()


def test_the_version_received_then_its_expiry(
        qtbot: QtBot, pair: tuple[Desk, Desk, FakeClock], tmp_path: Path) -> None:
    port, hq, clock = pair
    section = watchlist(qtbot, port)
    stick = tmp_path / "stick"
    stick.mkdir()
    publish_and_send(hq, port, stick, date(2027, 2, 26))
    section.refresh(Changes.of("exchange"))
    banner = section.banner
    assert banner.state == VALID
    assert banner.text().startswith(
        "Watchlist from HQ: version 1, valid until 26 Feb 2027 · received ")
    assert "#d93025" not in banner.styleSheet()

    clock.advance(80 * DAY)  # 16 Feb 2027: ten days left
    section.refresh(Changes.of("session"))
    assert banner.state == SOON and "10 days left" in banner.text()

    clock.advance(11 * DAY)  # 27 Feb 2027: the list still shows, marked expired
    section.hide()
    section.show()  # coming back to the list reads the status again
    qtbot.waitUntil(lambda: banner.state == EXPIRED, timeout=5_000)
    assert banner.text() == ("The HQ watchlist expired on 26 Feb 2027 — exchange with HQ "
                             "to receive the current one.")
    assert "#d93025" in banner.styleSheet()


def test_hq_sees_the_version_sent_and_what_waits_for_the_next(
        qtbot: QtBot, pair: tuple[Desk, Desk, FakeClock], tmp_path: Path) -> None:
    port, hq, _clock = pair
    as_admin(hq)
    section = watchlist(qtbot, hq)
    banner = section.banner
    assert banner.state == MASTER
    assert banner.text() == "The stations have no watchlist from HQ yet."
    watchlist_core.add(hq, person())
    section.refresh(Changes.of("watchlist"))
    assert banner.text() == ("The stations have no watchlist from HQ yet. Changes not yet "
                             "published: 1 — a supervisor publishes them in Stations.")
    assert "#e0a030" in banner.styleSheet()  # amber
    stick = tmp_path / "stick"
    stick.mkdir()
    publish_and_send(hq, port, stick, date(2027, 2, 26))
    section.refresh(Changes.of("watchlist"))
    assert banner.text() == "Sent to the stations: version 1, valid until 26 Feb 2027."
