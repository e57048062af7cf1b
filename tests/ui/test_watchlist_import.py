"""Importing a watchlist from the Watchlist section: every row previewed (valid ones and each
bad row with its reasons), where the entries come from, the confirmation when rows are left
out, and damaged or malformed files refused with nothing imported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.watchlist import EntryKind, Origin
from piu_desk.core.intel import watchlist
from piu_desk.ui.intel import WatchlistSection
from piu_desk.ui.intel.watchlist_import import DONE, PREVIEW, START, WatchlistImportDialog
from piu_desk.ui.intel.watchlist_import_rows import FIRST_SHEET_COLUMN, Column, Status
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import OFFICER
from tests.ui.admin_support import answer_next_box
from tests.ui.crew_import_support import pick_file

WAIT_MS = 20_000
TITLES = ("Type,Names,DOB,Nationality,Documents,IMO,MMSI,Call sign,Flag,Reason,Issuer,"
          "Issued,Expires,Handling\n")
GOOD = ("person,Ivanov Yuriy; Iouri Ivanov,1970-08-21,RUS,7512345,,,,,Arms,HQ,2026-01-01,,hq\n"
        "vessel,Sea Pearl; Ocean Pearl,,,,9074729,,,KHM,Fuel,HQ,01/02/2026,,desk only\n")
BAD = ("robot,Nobody,,,,,,,,x,HQ,,,\n"
       "person,No Reason,1980,VNM,,,,,,,HQ,,,\n"
       "person,Bad Date,31/02/1980,VNM,,,,,,Arms,HQ,,,\n"
       "person,Bad Handling,1980,VNM,,,,,,Arms,HQ,,,secret\n")


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def open_import(qtbot: QtBot, desk: Desk) -> tuple[WatchlistSection, WatchlistImportDialog]:
    """The import as the officer opens it: from the section's button."""
    tasks = TaskRunner(desk)
    section = WatchlistSection(desk, tasks)
    tasks.changed.connect(section.refresh)

    def settle(_widget: object, keep: WatchlistSection = section) -> None:
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=WAIT_MS)
    qtbot.addWidget(section, before_close_func=settle)
    section.show()
    section.import_button.click()
    dialog = section.findChild(WatchlistImportDialog)
    assert dialog is not None and dialog.pages.currentIndex() == START
    return section, dialog


def wait_idle(qtbot: QtBot, dialog: WatchlistImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog._busy, timeout=WAIT_MS)


def choose(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialog: WatchlistImportDialog,
           path: Path) -> None:
    pick_file(monkeypatch, path)
    dialog.start.choose_button.click()
    wait_idle(qtbot, dialog)


def shown_rows(dialog: WatchlistImportDialog) -> list[tuple[str, str, str]]:
    m = dialog.page.model
    return [tuple(str(m.index(r, c).data()) for c in (Column.ROW, Column.STATUS,
                                                      Column.ENTRY))  # type: ignore[misc]
            for r in range(m.rowCount())]


def test_a_good_list_is_previewed_and_imported_as_from_hq(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, officer: Desk, tmp_path: Path) -> None:
    sheet = tmp_path / "hq-circular-14.csv"
    sheet.write_text(TITLES + GOOD, encoding="utf-8")
    section, dialog = open_import(qtbot, officer)
    choose(qtbot, monkeypatch, dialog, sheet)
    assert dialog.pages.currentIndex() == PREVIEW
    assert shown_rows(dialog) == [("2", "Valid", "Person: IVANOV YURIY"),
                                  ("3", "Valid", "Vessel: SEA PEARL")]
    assert dialog.page.model.headerData(FIRST_SHEET_COLUMN + 2, Qt.Orientation.Horizontal) == "DOB"
    assert dialog.page.counts.text() == "2 valid, 0 with problems"
    assert dialog.page.source.text() == "hq-circular-14.csv"
    assert dialog.page.from_hq.isChecked()
    assert dialog.import_button.text() == "Import 2 valid entries"
    assert dialog.import_button.isEnabled()
    dialog.page.source.setText("HQ circular 14/2026")
    dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentIndex() == DONE
    assert dialog.done_page.summary.text() == "Imported 2 entries from HQ circular 14/2026."
    entries = {e.name: e for e in watchlist.page(officer)}
    assert set(entries) == {"IVANOV YURIY", "SEA PEARL"}
    assert all(e.origin is Origin.HQ for e in entries.values())
    assert entries["SEA PEARL"].handling is Handling.DESK_ONLY
    assert entries["SEA PEARL"].issued == "2026-02-01"
    assert section.model.rowCount() == 2  # the list followed the import
    dialog.close_button.click()
    assert dialog.result() == WatchlistImportDialog.DialogCode.Accepted


def test_every_bad_row_is_shown_with_its_reasons_and_only_valid_rows_are_imported(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, officer: Desk, tmp_path: Path) -> None:
    sheet = tmp_path / "mixed.csv"
    sheet.write_text("Watchlist of the PIU\n\n" + TITLES + GOOD + BAD, encoding="utf-8")
    _section, dialog = open_import(qtbot, officer)
    choose(qtbot, monkeypatch, dialog, sheet)
    rows = shown_rows(dialog)
    assert [r[:2] for r in rows] == [("4", "Valid"), ("5", "Valid"), ("6", "Problem"),
                                     ("7", "Problem"), ("8", "Problem"), ("9", "Problem")]
    m = dialog.page.model
    reasons = {m.row_at(r).sheet_row: str(m.index(r, Column.REASONS).data())  # type: ignore[union-attr]
               for r in range(m.rowCount())}
    assert "Type 'robot' is neither person nor vessel." in reasons[6]
    assert reasons[7] == "Say why this entry is on the watchlist."
    assert reasons[8] != "" and "secret" in reasons[9]
    assert m.index(2, FIRST_SHEET_COLUMN + 1).data() == "Nobody"  # the cells as written
    dialog.page.set_filter(Status.PROBLEM)
    assert m.rowCount() == 4 and dialog.page.filter_buttons[1].text() == "Problems (4)"
    dialog.page.table.selectRow(0)
    assert dialog.page.details.text().startswith("Sheet row 6 will not be imported:\n• ")
    dialog.page.from_desk.setChecked(True)
    seen = answer_next_box(accept=False)
    dialog.import_button.click()
    assert seen[0] == "4 rows have problems and will NOT be imported."
    assert watchlist.count(officer) == 0 and dialog.pages.currentIndex() == PREVIEW
    seen = answer_next_box(accept=True)
    dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentIndex() == DONE
    assert "4 rows with problems were not imported" in dialog.done_page.details.text()
    stored = watchlist.page(officer)
    assert sorted(e.name for e in stored) == ["IVANOV YURIY", "SEA PEARL"]
    assert all(e.origin is Origin.LOCAL for e in stored)


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("damaged.xlsx", b"PK\x03\x04 this is not really a workbook", "damaged.xlsx"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "old.xls"),
    ("no-table.csv", b"a,b\n1,2\n", "No watchlist table was found in no-table.csv"),
    ("empty.csv", b"", "empty.csv"),
])
def test_a_damaged_or_malformed_file_is_refused_and_nothing_is_imported(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, officer: Desk, tmp_path: Path,
        name: str, content: bytes, expected: str) -> None:
    watchlist.add(officer, _one_entry())
    sheet = tmp_path / name
    sheet.write_bytes(content)
    _section, dialog = open_import(qtbot, officer)
    choose(qtbot, monkeypatch, dialog, sheet)
    assert dialog.pages.currentIndex() == START
    assert dialog.start.error.isVisible()
    assert expected in dialog.start.error.text()
    assert "Something went wrong" not in dialog.start.error.text()
    assert dialog.start.error.text().endswith("Nothing was imported.")
    assert not dialog.import_button.isVisible()
    assert watchlist.count(officer) == 1


def test_an_xlsx_list_and_a_list_without_a_valid_row(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, officer: Desk, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["Type", "Names", "Year of birth", "Reason", "Issuer", "Expires"])
    ws.append(["P", "Tran Thi Hoa; Hoa Tran", 1990, "Fraud", "HQ", "2027-05-01"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    _section, dialog = open_import(qtbot, officer)
    choose(qtbot, monkeypatch, dialog, path)
    assert shown_rows(dialog) == [("2", "Valid", "Person: TRAN THI HOA")]
    assert dialog.import_button.text() == "Import the valid entry"
    dialog.page.source.setText("  ")
    assert not dialog.import_button.isEnabled()
    assert dialog.reason.text().startswith("Name the list")
    bad = tmp_path / "all-bad.csv"
    bad.write_text(TITLES + BAD, encoding="utf-8")
    pick_file(monkeypatch, bad)
    dialog.page.other_file_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.page.counts.text() == "0 valid, 4 with problems"
    assert not dialog.import_button.isEnabled()
    assert dialog.reason.text().startswith("No row is valid")
    dialog.close_button.click()
    assert dialog.result() == WatchlistImportDialog.DialogCode.Rejected
    assert watchlist.count(officer) == 0


def _one_entry() -> watchlist.WatchEntry:
    return watchlist.WatchEntry(None, EntryKind.PERSON, ("Already Listed",), "Fraud", "PIU")

