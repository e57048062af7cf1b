"""The Conflicts section on real stores: a station and HQ both changed a vessel since they
last agreed, the station's version reached HQ and was kept beside HQ's. The supervisor sees
it listed with what identifies the record, both versions side by side with the differing
fields marked, and settles it by keeping HQ's, taking the station's, or merging field by
field, each after a confirmation; the choice is what the store then holds and what goes
back to the station. Cancelling changes nothing; settled conflicts show again on request."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.exchange.sync import conflicts
from piu_desk.core.records import port_calls, vessels
from piu_desk.ui.conflicts import ConflictsSection
from piu_desk.ui.conflicts.merge_dialog import MergeDialog
from piu_desk.ui.records.common import format_moment
from piu_desk.ui.sections import SECTIONS
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import ADMIN, STATION, FakeClock
from tests.core.sync_support import HQ, make_store, send, shared
from tests.core.test_records import a_vessel, arrive
from tests.ui.admin_support import answer_next_box, on_next_dialog
from tests.ui.intel_support import keep

ARRIVAL = "2026-11-27T08:30"  # tests.core.test_records.arrive


@pytest.fixture
def diverged(tmp_path: Path) -> Iterator[tuple[Desk, Desk, int]]:
    """KHKOS registers a vessel, HQ receives it; then the station renames it and changes its
    call sign while HQ renames it and changes its owner; the station's version reaches HQ."""
    clock = FakeClock()
    station = make_store(tmp_path / "kos", STATION, clock)
    hq = make_store(tmp_path / "hq", HQ, clock)
    vid, _ = vessels.register(station, a_vessel())
    send(station, hq)
    hq_vid = hq.db(lambda c: c.execute("SELECT id FROM vessels").fetchone()[0])
    vessels.update(station, a_vessel(id=vid, name="Ocean Star Station", call_sign="3EZZ9"))
    vessels.update(hq, a_vessel(id=hq_vid, name="Ocean Star Hq", owner_operator="Moon Line"))
    assert send(station, hq, 2).report.conflicts == 1
    yield station, hq, hq_vid
    station.close()
    hq.close()


def section(qtbot: QtBot, desk: Desk) -> ConflictsSection:
    tasks = TaskRunner(desk)
    widget = ConflictsSection(desk, tasks)
    tasks.changed.connect(widget.refresh)
    keep(qtbot, widget, tasks)
    widget.resize(1200, 760)
    widget.show()
    return widget


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def test_the_section_is_for_supervisors_after_the_exchange() -> None:
    [spec] = [s for s in SECTIONS if s.key == "conflicts"]
    keys = [s.key for s in SECTIONS]
    assert keys.index("conflicts") == keys.index("exchange") + 1
    for role in Role:
        seen = spec.visible_to(lambda r, role=role: r == role)  # type: ignore[misc]
        assert seen == (role == Role.SUPERVISOR)


def test_a_conflict_is_listed_and_shown_side_by_side(
        qtbot: QtBot, diverged: tuple[Desk, Desk, int]) -> None:
    _station, hq, _ = diverged
    widget = section(qtbot, hq)
    assert widget.model.rowCount() == 1 and widget.sidebar_title() == "Conflicts (1)"
    item = widget.model.item(0)
    assert item is not None
    texts = [widget.model.text(item, i) for i in range(6)]
    assert texts[:4] == ["Vessel", "OCEAN STAR HQ (IMO 9074729)", "KHKOS",
                         "changed on both sides"]
    assert texts[5] == "—" and not widget.empty.isVisible()
    detail = widget.detail
    assert detail.heading.text() == "Vessel: OCEAN STAR HQ (IMO 9074729)"
    header = [detail.table.model().headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert header == ["Field", "This desk", "Theirs (KHKOS)"]
    rows = {cell(detail.table, i, 0).text(): (cell(detail.table, i, 1).text(),
                                              cell(detail.table, i, 2).text())
            for i in range(detail.table.rowCount())}
    assert rows["Name"] == ("OCEAN STAR HQ", "OCEAN STAR STATION")
    assert rows["Owner or operator"] == ("Moon Line", "Star Line")
    assert rows["Call sign"] == ("3EAB7", "3EZZ9")
    assert rows["IMO number"] == ("9074729", "9074729")
    differing = {r.label for r in detail.differing()}
    assert {"Name", "Owner or operator", "Call sign"} <= differing
    assert "IMO number" not in differing and "Flag state" not in differing
    assert "Former names and flags" in rows  # the vessel's history rows, summarised
    marked = [i for i in range(detail.table.rowCount())
              if cell(detail.table, i, 1).background().color().name() == "#fff1c7"]
    assert {cell(detail.table, i, 0).text() for i in marked} == differing
    assert detail.keep_button.isVisible() and detail.merge_button.isEnabled()


@pytest.mark.parametrize(("pick", "name"), [("local", "OCEAN STAR HQ"),
                                             ("theirs", "OCEAN STAR STATION")])
def test_keep_or_take_settles_it_in_the_store_and_back_at_the_station(
        qtbot: QtBot, diverged: tuple[Desk, Desk, int], pick: str, name: str) -> None:
    station, hq, hq_vid = diverged
    widget = section(qtbot, hq)
    seen = answer_next_box()
    button = widget.detail.keep_button if pick == "local" else widget.detail.take_button
    button.click()
    assert "KHKOS" in seen[0] and "OCEAN STAR HQ" in seen[0]
    assert vessels.get(hq, hq_vid).name == name
    assert conflicts.list_conflicts(hq) == []
    [settled] = conflicts.list_conflicts(hq, include_settled=True)
    assert (settled.resolution, settled.resolved_by) == (pick, ADMIN[0])
    assert widget.model.rowCount() == 0 and widget.sidebar_title() == "Conflicts"
    assert widget.empty.isVisible()
    widget.settled.setChecked(True)
    item = widget.model.item(0)
    assert item is not None
    word = "kept this desk's" if pick == "local" else "took theirs"
    assert widget.model.text(item, 5).startswith(f"{word} — {ADMIN[0]}, ")
    assert not widget.detail.keep_button.isVisible()
    assert "Settled: " in widget.detail.about.text()
    send(hq, station, 1)  # the choice travels: both ends agree
    assert shared(station) == shared(hq)


def test_cancelling_the_confirmation_changes_nothing(
        qtbot: QtBot, diverged: tuple[Desk, Desk, int]) -> None:
    _station, hq, hq_vid = diverged
    widget = section(qtbot, hq)
    seen = answer_next_box(accept=False)
    widget.detail.take_button.click()
    assert seen and vessels.get(hq, hq_vid).name == "OCEAN STAR HQ"
    assert len(conflicts.list_conflicts(hq)) == 1 and widget.model.rowCount() == 1


def test_a_merge_keeps_each_differing_field_from_the_side_picked(
        qtbot: QtBot, diverged: tuple[Desk, Desk, int]) -> None:
    station, hq, hq_vid = diverged
    widget = section(qtbot, hq)
    before = conflicts.list_conflicts(hq)[0]

    def pick(dialog: MergeDialog) -> None:
        labels = [r.label for r in dialog.rows]
        assert "IMO number" not in labels  # only what differs is asked
        dialog.pick(labels.index("Name"), "theirs")
        dialog.pick(labels.index("Call sign"), "theirs")
        dialog.pick(labels.index("Owner or operator"), "local")
        payloads.append(dialog.merged_payload())
        answer_next_box()  # the confirmation that follows
        dialog.accept()
    payloads: list[dict[str, Any]] = []
    dialogs = on_next_dialog(MergeDialog, pick)
    assert widget.merge()
    assert dialogs and len(payloads) == 1
    merged = payloads[0]
    expected = dict(before.their_record["payload"])  # type: ignore[call-overload]
    assert merged["row"]["owner_operator"] == "Moon Line"
    assert {k: v for k, v in merged["row"].items() if k != "owner_operator"} == \
        {k: v for k, v in expected["row"].items() if k != "owner_operator"}
    v = vessels.get(hq, hq_vid)
    assert (v.name, v.call_sign, v.owner_operator) == ("OCEAN STAR STATION", "3EZZ9",
                                                       "Moon Line")
    [settled] = conflicts.list_conflicts(hq, include_settled=True)
    assert settled.resolution == "merged"
    send(hq, station, 1)
    assert shared(station) == shared(hq)


def test_a_merge_cancelled_changes_nothing(qtbot: QtBot,
                                           diverged: tuple[Desk, Desk, int]) -> None:
    _station, hq, hq_vid = diverged
    widget = section(qtbot, hq)
    on_next_dialog(MergeDialog, lambda d: d.reject())
    assert not widget.merge()
    assert vessels.get(hq, hq_vid).name == "OCEAN STAR HQ"
    assert len(conflicts.list_conflicts(hq)) == 1


def test_a_port_call_is_named_by_its_vessel_and_arrival(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    station = make_store(tmp_path / "kos", STATION, clock)
    hq = make_store(tmp_path / "hq", HQ, clock)
    try:
        vid, _ = vessels.register(station, a_vessel())
        pid = arrive(station, vid)
        send(station, hq)
        hq_pid = hq.db(lambda c: c.execute("SELECT id FROM port_calls").fetchone()[0])
        port_calls.update(station, replace(port_calls.get(station, pid), berth="B7"))
        port_calls.update(hq, replace(port_calls.get(hq, hq_pid), agent="Other Agency"))
        assert send(station, hq, 2).report.conflicts == 1
        widget = section(qtbot, hq)
        item = widget.model.item(0)
        assert item is not None
        assert widget.model.text(item, 0) == "Port call"
        assert item.summary == f"OCEAN STAR (IMO 9074729), arrived {format_moment(ARRIVAL)}"
        rows = {r.label: r for r in widget.detail.rows}
        assert rows["Vessel"].ours == rows["Vessel"].theirs == "OCEAN STAR (IMO 9074729)"
        assert (rows["Berth"].ours, rows["Berth"].theirs, rows["Berth"].differs) == \
            ("B3", "B7", True)
        assert rows["Agent"].differs and not rows["Vessel"].differs
        seen = answer_next_box()
        widget.detail.take_button.click()
        assert seen and port_calls.get(hq, hq_pid).berth == "B7"
    finally:
        station.close()
        hq.close()


def answer_boxes(answers: list[bool]) -> list[str]:
    """Answer the next message boxes in turn (True: the go-ahead or OK); their texts."""
    seen: list[str] = []

    def answer(left: int) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left:
                QTimer.singleShot(20, lambda: answer(left - 1))
            return
        seen.append(box.text())
        role = QMessageBox.ButtonRole.AcceptRole if answers.pop(0) else \
            QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()
        if answers:
            QTimer.singleShot(20, lambda: answer(100))
    QTimer.singleShot(0, lambda: answer(100))
    return seen


def test_a_conflict_settled_meanwhile_is_an_error_and_nothing_changes(
        qtbot: QtBot, diverged: tuple[Desk, Desk, int]) -> None:
    _station, hq, hq_vid = diverged
    widget = section(qtbot, hq)
    [c] = conflicts.list_conflicts(hq)
    conflicts.resolve(hq, c.id, "local")  # settled elsewhere while the screen showed it
    seen = answer_boxes([True, True])
    assert not widget.detail.take_button.isHidden()
    widget.detail.take_button.click()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    assert "already been settled" in seen[1]
    assert vessels.get(hq, hq_vid).name == "OCEAN STAR HQ"
    [settled] = conflicts.list_conflicts(hq, include_settled=True)
    assert settled.resolution == "local"
    assert widget.model.rowCount() == 0  # the list caught up


def test_a_record_that_clashes_with_one_here_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    station = make_store(tmp_path / "kos", STATION, clock)
    hq = make_store(tmp_path / "hq", HQ, clock)
    try:
        vessels.register(station, a_vessel())
        vessels.register(hq, a_vessel(name="Ocean Star Registered At Hq"))  # the same IMO
        assert send(station, hq).report.conflicts == 1
        widget = section(qtbot, hq)
        item = widget.model.item(0)
        assert item is not None
        assert widget.model.text(item, 3) == "clashes with a record here"
        assert item.summary == "OCEAN STAR (IMO 9074729)"  # theirs: this desk has none
        assert "clashes with another record on this desk" in widget.detail.about.text()
        assert not widget.detail.merge_button.isEnabled()
        rows = {r.label: r for r in widget.detail.rows}
        assert (rows["Name"].ours, rows["Name"].theirs) == ("—", "OCEAN STAR")
    finally:
        station.close()
        hq.close()


def test_a_conflict_closed_by_the_other_side_s_settlement_says_so(
        qtbot: QtBot, diverged: tuple[Desk, Desk, int]) -> None:
    """HQ's side reached the station before HQ's supervisor settled: the station kept the
    conflict too, and the settlement arriving closes it, which the list says as such."""
    station, hq, _ = diverged
    send(hq, station, 1)
    [here] = conflicts.list_conflicts(station)
    [there] = conflicts.list_conflicts(hq)
    conflicts.resolve(hq, there.id, "theirs")
    send(hq, station, 2)
    assert conflicts.list_conflicts(station) == []
    widget = section(qtbot, station)
    widget.settled.setChecked(True)
    item = widget.model.item(0)
    assert item is not None and item.conflict.id == here.id
    assert widget.model.text(item, 5).startswith("settled at KHPNH; their choice arrived, ")
