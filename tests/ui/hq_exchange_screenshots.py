"""Screenshots of the Exchange section at HQ and at a station, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/hq_exchange_screenshots.py

HQ has pinned Sihanoukville and Kampot and published its watchlist; Sihanoukville left a
bundle with a crew list on the shared folder whose member is on HQ's list. Shots: HQ's
summary after one exchange (the bundle in, the alert its screening raised, one bundle
written per station), then Sihanoukville's after taking HQ's answer (the release applied).
PNGs go to ./screenshots/ (git-ignored).
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from piu_desk.core.desk import Desk
from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.exchange import releases
from piu_desk.core.exchange.folder import exchange_through
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.core.intel import watchlist
from piu_desk.ui.exchange import ExchangeSection
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import SUPERVISOR, FakeClock
from tests.core.exchange_support import as_exchange_officer, enrolled
from tests.core.sync_support import EXCHANGE, KAMPOT, make_store
from tests.core.test_alerts import SEEN, a_list

ROUNDS = 10
shoot = kit.shooter("hq-exchange", rounds=ROUNDS)


def world(folder: Path) -> tuple[Desk, Desk, Desk, Path]:
    clock = FakeClock()
    port, hq = enrolled(folder, clock)
    kampot = as_exchange_officer(make_store(folder / "kmt", KAMPOT, clock))
    peers.pin(hq, "station", keys.own_public(kampot))
    peers.pin(kampot, "hq", keys.own_public(hq))
    watchlist.add(hq, WatchEntry(None, EntryKind.PERSON, ("Nguyễn Văn An",), "Smuggling",
                                 "PIU HQ", date_of_birth="1985", nationality="VNM"))
    hq.lock()
    hq.unlock(SUPERVISOR[0], SUPERVISOR[2])
    releases.publish(hq, date(2026, 12, 31), "November list")
    hq.lock()
    hq.unlock(EXCHANGE[0], EXCHANGE[2])
    shared = folder / "PIU-exchange"
    shared.mkdir()
    a_list(port, SEEN)
    exchange_through(port, shared)
    return port, hq, kampot, shared


def exchange(app: QApplication, desk: Desk, shared: Path, name: str, suffix: str) -> None:
    tasks = TaskRunner(desk)
    section = ExchangeSection(desk, tasks, settings=QSettings())
    tasks.changed.connect(section.refresh)
    section.resize(1366, 800)
    section.show()
    section.set_shared_folder(str(shared))
    task = section.exchange_now()
    assert task is not None
    kit.wait(lambda: task.done and section.task is None and section.summary_box.isVisible(),
             rounds=ROUNDS)
    shoot(app, section, name, suffix)
    section.hide()
    section.deleteLater()
    kit.wait(rounds=ROUNDS)


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                          str(folder / "settings"))
        for suffix in ("", "-km"):
            port, hq, kampot, shared = world(folder / f"world{suffix}")
            try:
                if suffix:
                    kit.use_khmer(app, folder)
                exchange(app, hq, shared, "hq", suffix)
                exchange(app, port, shared, "station", suffix)
            finally:
                for desk in (port, hq, kampot):
                    desk.close()


if __name__ == "__main__":
    main()
