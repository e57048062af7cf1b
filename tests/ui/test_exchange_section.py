"""The Exchange section on two real stores that pinned each other's keys: the station
exchanges through a shared folder, HQ's own section then reads the bundle in and writes its
answer, and the station's old bundle left in the folder is "not for this desk"; a damaged
bundle is shown as an error and nothing of it is applied; only the exchange officer and the
administrator see the section; sticks are told from the system disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.exchange.enrolment import phone_fingerprint
from piu_desk.core.exchange.sync import keys
from piu_desk.core.records import vessels
from piu_desk.ui.exchange import ExchangeSection
from piu_desk.ui.exchange.drives import is_removable
from piu_desk.ui.sections import SECTIONS
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import ADMIN
from tests.core.exchange_support import enrolled, snapshot
from tests.core.sync_support import shared
from tests.core.test_records import a_vessel, arrive
from tests.ui.admin_support import TASK_TIMEOUT_MS, answer_next_box
from tests.ui.intel_support import keep


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Desk, Desk, Path]]:
    port, hq = enrolled(tmp_path)
    folder = tmp_path / "shared"
    folder.mkdir()
    yield port, hq, folder
    port.close()
    hq.close()


def section(qtbot: QtBot, desk: Desk, folder: Path, tmp: Path) -> ExchangeSection:
    tasks = TaskRunner(desk)
    settings = QSettings(str(tmp / f"{desk.station().locode}.ini"), QSettings.Format.IniFormat)
    widget = ExchangeSection(desk, tasks, settings=settings)
    tasks.changed.connect(widget.refresh)
    keep(qtbot, widget, tasks)
    widget.resize(1200, 760)
    widget.show()
    widget.set_shared_folder(str(folder))
    return widget


def exchange(qtbot: QtBot, widget: ExchangeSection) -> None:
    assert widget.chosen_folder() is not None and widget.exchange_button.isEnabled()
    widget.exchange_button.click()
    task = widget.task
    assert task is not None
    qtbot.waitUntil(lambda: task.done and widget.task is None, timeout=TASK_TIMEOUT_MS)


def test_the_section_is_for_the_exchange_officer_and_the_administrator() -> None:
    [spec] = [s for s in SECTIONS if s.key == "exchange"]
    keys = [s.key for s in SECTIONS if s.visible_to(lambda _r: True)]  # at a station
    assert keys.index("exchange") < keys.index("admin")
    assert keys.index("conflicts") == keys.index("exchange") + 1
    for role in Role:
        seen = spec.visible_to(lambda r, role=role: r == role)  # type: ignore[misc]
        assert seen == (role in (Role.EXCHANGE, Role.ADMIN))


def test_an_administrator_sees_keys_and_peers_but_does_not_exchange(
        qtbot: QtBot, pair: tuple[Desk, Desk, Path], tmp_path: Path) -> None:
    port, _hq, folder = pair
    port.lock()
    port.unlock(ADMIN[0], ADMIN[2])
    widget = section(qtbot, port, folder, tmp_path)
    assert widget.peers_model.rowCount() == 1 and widget.own.text()
    assert not widget.exchange_button.isEnabled()
    assert "Only an exchange officer" in widget.no_target.text()
    assert widget.exchange_now() is None and not list(folder.iterdir())


def test_sticks_are_told_from_the_system_disk() -> None:
    assert is_removable("/media/dara/PIU-STICK", "linux")
    assert is_removable("/run/media/dara/KINGSTON", "linux")
    assert is_removable("/mnt/usb", "linux")
    assert not is_removable("/", "linux")
    assert not is_removable("/home", "linux")
    assert not is_removable("/media", "linux")
    assert not is_removable("/mediathek", "linux")
    assert is_removable("E:\\", "win32", system_drive="C:")
    assert not is_removable("C:\\", "win32", system_drive="C:")
    assert not is_removable("c:\\", "win32", system_drive="C:")
    assert is_removable("/Volumes/STICK", "darwin")
    assert not is_removable("/Users", "darwin")


def test_a_station_and_hq_exchange_through_a_shared_folder(
        qtbot: QtBot, pair: tuple[Desk, Desk, Path], tmp_path: Path) -> None:
    port, hq, folder = pair
    vid, _ = vessels.register(port, a_vessel())
    arrive(port, vid)
    station = section(qtbot, port, folder, tmp_path)
    assert station.peers_model.rowCount() == 1
    assert station.peers_model.text(station.peers_model._rows[0], 0) == "KHPNH"
    for fp in keys.own_public(port).readable().values():  # as read out by phone
        assert fp in station.own.text() and len(fp.split("-")) == 6
    assert station.keys_box.phone.text() == phone_fingerprint(keys.own_public(port))
    pinned = phone_fingerprint(keys.own_public(hq))  # what HQ read out at enrolment
    assert station.peers_model.text(station.peers_model._rows[0], 2) == pinned
    tip = station.peers_model.data(station.peers_model.index(0, 2),
                                   Qt.ItemDataRole.ToolTipRole)
    assert keys.own_public(hq).readable()["ed25519"] in tip
    assert not station.summary_box.isVisible()
    exchange(qtbot, station)
    [written] = list(folder.glob("*.piu"))
    assert station.summary_box.isVisible() and not station.refused.isVisible()
    assert written.name in station.went_out.text()
    assert "Changes: 2;" in station.went_out.text()  # the vessel and its port call
    assert "No new bundle" in station.came_in.text()
    assert "Eject the stick" in station.eject.text()
    sent = station.peers_model.text(station.peers_model._rows[0], 3)
    assert sent.endswith(", no. 1") and sent != "—"  # last sent, with its number
    assert station.peers_model.text(station.peers_model._rows[0], 5) == "2"  # unconfirmed

    central = section(qtbot, hq, folder, tmp_path)
    exchange(qtbot, central)
    assert shared(hq) == shared(port) and len(shared(hq)) == 2
    assert "Bundles applied: 1; records changed: 2;" in central.came_in.text()
    assert len(list(folder.glob("*.piu"))) == 2
    assert central.peers_model.text(central.peers_model._rows[0], 4) != "—"  # last received

    exchange(qtbot, station)  # HQ's answer comes in; the station's own old one stays
    assert "Not for this desk" in station.came_in.text()
    assert written.name in station.came_in.text()
    assert "Bundles applied: 1; records changed: 0;" in station.came_in.text()
    # HQ's bundle confirmed the station's: nothing waits any more
    assert station.peers_model.text(station.peers_model._rows[0], 5) == "0"
    assert station.peers_model.text(station.peers_model._rows[0], 4).endswith(", no. 1")


def test_a_damaged_bundle_is_shown_and_nothing_of_it_applied(
        qtbot: QtBot, pair: tuple[Desk, Desk, Path], tmp_path: Path) -> None:
    port, hq, folder = pair
    vid, _ = vessels.register(port, a_vessel())
    arrive(port, vid)
    station = section(qtbot, port, folder, tmp_path)
    exchange(qtbot, station)
    [written] = list(folder.glob("*.piu"))
    data = bytearray(written.read_bytes())
    data[len(data) // 2] ^= 0x01
    written.write_bytes(bytes(data))
    before = snapshot(hq)["records"]
    central = section(qtbot, hq, folder, tmp_path)
    seen = answer_next_box()
    exchange(qtbot, central)
    qtbot.waitUntil(lambda: bool(seen), timeout=TASK_TIMEOUT_MS)
    assert "is damaged" in seen[0] and "Nothing read from it may be used" in seen[0]
    assert written.name in seen[0]  # which file, on a stick with several
    assert snapshot(hq)["records"] == before == {}
    assert central.refused.isVisible() and written.name in central.refused.text()
    assert "No new bundle" in central.came_in.text()
    assert central.went_out.text().startswith("Written:")  # HQ's own bundle still goes out
    assert len(list(folder.glob("*.piu"))) == 2


def test_a_folder_that_is_gone_is_an_error_and_nothing_changes(
        qtbot: QtBot, pair: tuple[Desk, Desk, Path], tmp_path: Path) -> None:
    port, _hq, folder = pair
    station = section(qtbot, port, folder, tmp_path)
    folder.rmdir()  # the stick was pulled
    before = snapshot(port)
    seen = answer_next_box()
    exchange(qtbot, station)
    qtbot.waitUntil(lambda: bool(seen), timeout=TASK_TIMEOUT_MS)
    assert "cannot be found" in seen[0] and str(folder) in seen[0]
    assert snapshot(port) == before
    assert not station.summary_box.isVisible() and station.exchange_button.isEnabled()
