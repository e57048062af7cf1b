"""The Stations section of an HQ desk on real stores: two stations pinned whose bundles came
in (one of Kampot's lost on the way), one enrolled that has not answered, one then revoked;
a chosen station's keys and missing bundles; amber when changes wait and a station has not
exchanged for a week; the way to the Exchange section; publishing the master watchlist, a
past expiry refused with the core's words; the section only at HQ."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from piu_desk.core.domain.accounts import Role
from piu_desk.core.exchange import enrolment, releases
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import BAD_COLOUR
from piu_desk.ui.hq.publish_dialog import PublishDialog
from piu_desk.ui.hq.stations_model import AMBER, Column
from piu_desk.ui.hq.stations_section import StationsSection
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.sections import SECTIONS
from piu_desk.ui.tasks import TaskRunner
from tests.ui.admin_support import TASK_TIMEOUT_MS
from tests.ui.hq_support import DAY, Network, as_admin, build
from tests.ui.intel_support import keep


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    built = build(tmp_path)  # now 30 Nov 2026 08:00 UTC
    yield built
    built.close()


def stations(qtbot: QtBot, network: Network) -> StationsSection:
    tasks = TaskRunner(network.hq)
    section = StationsSection(network.hq, tasks)
    tasks.changed.connect(section.refresh)
    keep(qtbot, section, tasks)
    section.resize(1300, 760)
    section.show()
    return section


def window(qtbot: QtBot, network: Network, which: str = "hq") -> MainWindow:
    desk = getattr(network, which)
    tasks = TaskRunner(desk)
    main = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                      idle_interval_ms=3_600_000)
    keep(qtbot, main, tasks)
    main.show_session()
    main.show()
    return main


def cell(section: StationsSection, row: int, column: Column,
         role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return section.model.index(row, column).data(role)


def colour(value: object) -> str:
    return value.color().name() if isinstance(value, QBrush) else ""


def test_every_station_with_its_bundles_both_ways(qtbot: QtBot, network: Network) -> None:
    section = stations(qtbot, network)
    model = section.model
    assert [cell(section, r, Column.STATION) for r in range(model.rowCount())] == [
        "KHKKZ Koh Kong PIU", "KHKMT Kampot PIU", "KHKOS Sihanoukville PIU"]
    kkz, kmt, kos = 0, 1, 2
    assert [cell(section, r, Column.STATE) for r in (kkz, kmt, kos)] == [
        "Enrolled, keys not yet pinned", "Keys pinned", "Keys pinned"]
    assert cell(section, kmt, Column.LAST_IN) == "29 Nov 2026 08:00, no. 2"
    assert cell(section, kmt, Column.MISSING) == "1"
    assert colour(cell(section, kmt, Column.MISSING, Qt.ItemDataRole.ForegroundRole)) \
        == BAD_COLOUR
    assert cell(section, kmt, Column.LAST_OUT) == "—"
    assert cell(section, kos, Column.MISSING) == "—"
    assert cell(section, kos, Column.LAST_OUT) == "30 Nov 2026 08:00, no. 1"
    assert [cell(section, r, Column.RECORDS) for r in (kkz, kmt, kos)] == ["0", "2", "2"]
    assert cell(section, kmt, Column.CONFLICTS) == "0" and cell(section, kmt,
                                                                Column.WAITING) == "0"
    # nothing waits for a station whose keys are not pinned yet
    assert [cell(section, r, Column.OUTSTANDING) for r in (kkz, kmt, kos)] == ["0", "4", "4"]
    # changes wait for both pinned stations, which exchanged within the week
    assert [colour(cell(section, r, Column.OUTSTANDING, Qt.ItemDataRole.BackgroundRole))
            for r in (kkz, kmt, kos)] == ["", "", ""]

    network.clock.advance(5 * DAY)  # nothing from Kampot for 6 days, Sihanoukville for 7
    section.refresh(Changes.of("exchange"))
    assert [colour(cell(section, r, Column.OUTSTANDING, Qt.ItemDataRole.BackgroundRole))
            for r in (kkz, kmt, kos)] == ["", "", ""]
    # Kampot 7.5 days, Sihanoukville 8.5: HQ wrote to Sihanoukville two days after it last
    # heard from it, but only a bundle coming in confirms anything
    network.clock.advance(DAY + DAY // 2)
    section.refresh(Changes.of("exchange"))
    assert [colour(cell(section, r, Column.OUTSTANDING, Qt.ItemDataRole.BackgroundRole))
            for r in (kkz, kmt, kos)] == ["", AMBER, AMBER]
    assert colour(cell(section, kmt, Column.OUTSTANDING, Qt.ItemDataRole.ForegroundRole))
    assert "more than a week" in str(cell(section, kmt, Column.OUTSTANDING,
                                          Qt.ItemDataRole.ToolTipRole))

    peers.revoke(network.hq, "KHKOS")  # its laptop was stolen
    section.refresh(Changes.of("exchange"))
    assert cell(section, kos, Column.STATE) == "Revoked"
    assert colour(cell(section, kos, Column.STATE, Qt.ItemDataRole.ForegroundRole)) \
        == BAD_COLOUR
    section.table.selectRow(kos)
    assert "its bundles are refused" in section.details.state.text()


def test_a_chosen_station_shows_its_keys_and_what_is_missing(
        qtbot: QtBot, network: Network) -> None:
    section = stations(qtbot, network)
    details = section.details
    assert details.empty.isVisible() and not details.fingerprints.isVisible()
    section.table.selectRow(1)
    assert details.title() == "KHKMT Kampot PIU"
    public = keys.own_public(network.kmt)
    assert details.fingerprints.text().startswith(
        "By phone: " + enrolment.phone_fingerprint(public) + "\n")
    for fingerprint in public.readable().values():
        assert fingerprint in details.fingerprints.text()
    assert details.missing.isVisible()
    assert "Missing bundles from this station: 1." in details.missing.text()
    assert "Last in: 29 Nov 2026 08:00, no. 2" in details.bundles.text()
    assert "Records from it: 2;" in details.waiting.text()
    section.table.selectRow(0)  # enrolled only: no keys, nothing missing
    assert details.title() == "KHKKZ Koh Kong PIU"
    assert details.fingerprints.text() == "—" and not details.missing.isVisible()
    assert "not yet pinned" in details.state.text()
    assert "Changes not yet confirmed by the station: 0" in details.waiting.text()
    assert "No exchange with it" not in details.waiting.text()
    section.refresh(Changes.of("exchange"))  # the choice survives a reload
    assert section.chosen() is not None and section.chosen().station == "KHKKZ"


def test_publishing_the_next_version_refuses_a_past_expiry(
        qtbot: QtBot, network: Network) -> None:
    as_admin(network.hq)
    section = stations(qtbot, network)
    box = section.releases
    assert box.current.text() == "Version 1, valid until 26 Feb 2027 · entries: 1"
    assert box.pending.text() == "Changes not yet published: 1"
    assert box.publish_button.isVisible() and not box.only_supervisor.isVisible()
    assert box.publish_button.text() == "Publish version 2…"
    assert box.model.rowCount() == 1
    box.publish_button.click()
    dialog = section.findChild(PublishDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.expiry.date() == QDate(2027, 2, 28)  # 90 days from 30 Nov 2026
    dialog.expiry.setDate(QDate(2026, 11, 29))
    task = dialog.publish()
    assert task is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=TASK_TIMEOUT_MS)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.message.text() == ("The release must expire after today (2026-11-30). "
                                     "Choose a later date.")
    assert len(releases.releases(network.hq)) == 1

    dialog.expiry.setDate(QDate(2027, 3, 31))
    dialog.note.setText("Two persons added")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=TASK_TIMEOUT_MS)  # closed
    latest = releases.releases(network.hq)[0]
    assert (latest.version, latest.expires_at[:10], latest.entries, latest.note) == (
        2, "2027-03-31", 2, "Two persons added")
    assert box.current.text() == "Version 2, valid until 31 Mar 2027 · entries: 2"
    assert box.pending.text() == "Every change is published."
    assert box.model.rowCount() == 2 and box.publish_button.text() == "Publish version 3…"
    assert box.model.index(0, 5).data() == "Two persons added"


def test_an_exchange_officer_sees_the_releases_but_does_not_publish(
        qtbot: QtBot, network: Network) -> None:
    section = stations(qtbot, network)  # HQ's exchange officer
    box = section.releases
    assert box.isVisible() and box.model.rowCount() == 1
    assert not box.publish_button.isVisible() and box.only_supervisor.isVisible()


def test_the_section_is_at_hq_only_and_leads_to_the_exchange(
        qtbot: QtBot, network: Network) -> None:
    [spec] = [s for s in SECTIONS if s.key == "stations"]
    for role in Role:
        def has(r: Role, role: Role = role) -> bool:
            return r == role
        assert not spec.visible_to(has, at_hq=False)
        assert spec.visible_to(has, at_hq=True) == (
            role in (Role.SUPERVISOR, Role.EXCHANGE, Role.ADMIN))
    keys_in_order = [s.key for s in SECTIONS]
    assert keys_in_order.index("exchange") < keys_in_order.index("stations") \
        < keys_in_order.index("admin")

    station_window = window(qtbot, network, "kos")
    assert "stations" not in station_window.sections and "exchange" in station_window.sections

    main = window(qtbot, network)
    shown = list(main.sections)
    assert shown.index("exchange") < shown.index("stations") < shown.index("settings")
    main.show_section("stations")
    section = main.sections["stations"]
    assert isinstance(section, StationsSection) and section.model.rowCount() == 3
    assert section.exchange_button.isVisible()
    section.exchange_button.click()
    assert main.sidebar is not None
    assert main.sidebar.currentItem().text() == "Exchange"
