"""Importing a crew-list sheet: the preview accounts for every row, a changed column mapping
checks the rows again, rows with problems are left out only after the officer confirms it,
and the vessel and port call are matched, created or chosen."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.imports.crew_sheet import Field, apply_mapping, read_sheet
from piu_desk.core.records import crew, port_calls, vessels
from piu_desk.ui.crew_import.dialog import DONE, PREVIEW, START
from piu_desk.ui.crew_import.rows_model import Column, Status
from piu_desk.ui.crew_import.texts import desk_today
from tests.core import crew_sheets
from tests.ui.admin_support import answer_next_box
from tests.ui.crew_import_support import open_dialog, pick_file, read, wait_idle
from tests.ui.records_support import arrive, officer_desk, register

NATIONALITY_COLUMN = 4  # in the current layout


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    return officer_desk(desk_factory)


def counts(desk: Desk) -> tuple[int, int, int]:
    calls = port_calls.page(desk, 0, 100)
    lists = sum(len(crew.lists_of_port_call(desk, c.id or 0)) for c in calls)
    return vessels.count(desk), len(calls), lists


def test_current_layout_registers_the_new_vessel_and_port_call(
        qtbot: QtBot, officer: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, officer)
    asked = pick_file(monkeypatch, crew_sheets.current_layout_xlsx(tmp_path))
    dialog.start.choose_button.click()
    wait_idle(qtbot, dialog)
    assert "*.xlsx" in asked[0] and "*.csv" in asked[0]
    page = dialog.page
    assert page.counts.text() == "10 valid, 0 with problems, 2 skipped"
    assert page.model.rowCount() == 12 and not page.sheet.isVisible()  # one sheet only
    assert page.particulars.raw["ship_name"].text() == "MV SEA STAR"  # type: ignore[index]
    assert "Cambodia (KHM)" in page.particulars.read["flag"].text()  # type: ignore[index]
    assert "new vessel, will be registered" in page.match.vessel.text()
    assert "new port call, will be recorded" in page.match.port_call.text()
    assert "28 Apr 2026" in page.match.port_call.text()
    assert dialog.import_button.text() == "Import 10 valid rows"
    assert counts(officer) == (0, 0, 0)  # nothing saved by the preview
    dialog.import_button.click()  # no row has problems: no question asked
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentIndex() == DONE
    assert dialog.done_page.summary.text() == (
        "Imported 10 crew members into the crew list of SEA STAR, arrival 28 Apr 2026.")
    assert counts(officer) == (1, 1, 1)
    [vessel] = vessels.page(officer, 0, 10)
    assert (vessel.name, vessel.imo, vessel.flag) == ("SEA STAR", "9074729", "KHM")
    assert dialog.outcome is not None
    assert len(crew.members(officer, dialog.outcome.list_id)) == 10
    dialog.close_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_changing_a_column_mapping_checks_every_row_again(
        qtbot: QtBot, officer: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = crew_sheets.current_layout_xlsx(tmp_path)
    dialog = open_dialog(qtbot, officer)
    read(qtbot, monkeypatch, dialog, sheet)
    preview, page = dialog.preview, dialog.page
    assert preview is not None and not page.notes.isVisible()
    nationality = page.header.combos[NATIONALITY_COLUMN]
    assert nationality.currentData() == Field.NATIONALITY
    assert nationality.property("guess") == "sure"
    # not imported: the rows stay valid, without a nationality, and the officer is told
    nationality.activated.emit(0)
    assert dialog.mapping[Field.NATIONALITY] is None
    assert nationality.property("guess") == "changed"
    assert page.counts.text() == "10 valid, 0 with problems, 2 skipped"
    assert dialog.report is not None
    assert {v.member.nationality for v in dialog.report.valid} == {""}
    assert "No column is chosen for Nationality" in page.notes.text() and page.notes.isVisible()
    assert NATIONALITY_COLUMN not in page.model.imported_columns
    # the column said to hold the date of birth: the field moves there, and no row is valid
    nationality.activated.emit(nationality.findData(Field.DATE_OF_BIRTH))
    assert dialog.mapping[Field.DATE_OF_BIRTH] == NATIONALITY_COLUMN
    birth = page.header.combos[NATIONALITY_COLUMN + 1]
    assert birth.currentIndex() == 0 and birth.property("guess") == "changed"
    expected = apply_mapping(preview, dialog.mapping, today=desk_today(officer))
    assert dialog.report.problems == expected.problems and len(expected.problems) == 10
    assert page.counts.text() == "0 valid, 10 with problems, 2 skipped"
    assert "'VNM' is not a date" in page.model.index(0, Column.REASONS).data()
    assert not dialog.import_button.isEnabled()
    assert dialog.reason.text().startswith("No row is valid")
    # and back as it was guessed
    nationality.activated.emit(nationality.findData(Field.NATIONALITY))
    birth.activated.emit(birth.findData(Field.DATE_OF_BIRTH))
    assert dialog.mapping == dict(preview.mapping)
    assert page.counts.text() == "10 valid, 0 with problems, 2 skipped"
    assert dialog.import_button.isEnabled() and not page.notes.isVisible()


def test_damaged_sheet_lists_every_problem_and_imports_only_the_valid_rows(
        qtbot: QtBot, officer: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = crew_sheets.damaged_xlsx(tmp_path)
    call_id = arrive(officer, register(officer, "Sea Star", "KHM", imo="9074729"),
                     "2026-04-28T06:00")
    expected = apply_mapping(read_sheet(sheet, today=desk_today(officer)),
                             read_sheet(sheet, today=desk_today(officer)).mapping,
                             today=desk_today(officer))
    dialog = open_dialog(qtbot, officer)
    read(qtbot, monkeypatch, dialog, sheet)
    page = dialog.page
    assert page.counts.text() == "4 valid, 6 with problems, 5 skipped"
    assert "already registered (same IMO number)" in page.match.vessel.text()
    assert page.match.port_call.text().endswith("— registered")
    page.set_filter(Status.PROBLEM)
    model = page.model
    shown = [model.row_at(r) for r in range(model.rowCount())]
    assert [r.sheet_row for r in shown if r] == [p.sheet_row for p in expected.problems]
    first = model.index(0, Column.REASONS)
    assert "XYZ is not a nationality code" in first.data()
    assert "31/02/1990" in first.data() and "31/02/1990" in first.data(Qt.ItemDataRole.ToolTipRole)
    page.table.selectRow(0)
    assert page.details.text().startswith("Sheet row 8 will not be imported:")
    page.set_filter(Status.SKIPPED)
    assert model.rowCount() == 5 and "footer" in model.index(4, Column.REASONS).data()
    # the officer is told the rows with problems are left out, and first says no
    seen = answer_next_box(accept=False)
    dialog.import_button.click()
    assert "6 rows have problems and will NOT be imported." in seen
    assert counts(officer) == (1, 1, 0)
    seen = answer_next_box(accept=True)
    dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert seen and dialog.pages.currentIndex() == DONE
    assert "6 rows with problems were not imported" in dialog.done_page.details.text()
    [saved] = crew.lists_of_port_call(officer, call_id)
    members = crew.members(officer, saved.id or 0)
    assert [m.document_number for m in members] == [
        v.member.document_number for v in expected.valid]
    assert counts(officer) == (1, 1, 1)


def test_without_a_match_the_officer_chooses_the_port_call(
        qtbot: QtBot, officer: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = arrive(officer, register(officer, "Ocean Pearl", "PAN"), "2026-04-27T10:00")
    dialog = open_dialog(qtbot, officer)
    read(qtbot, monkeypatch, dialog, crew_sheets.damaged_xlsx(tmp_path))  # no flag, no match
    assert not dialog.import_button.isEnabled()
    assert dialog.reason.text() == "Choose the port call this crew list belongs to."
    assert "usable name and flag" in dialog.page.match.problem.text()
    picker = dialog.choose_port_call()
    assert picker.list.count() == 1 and "OCEAN PEARL" in picker.list.item(0).text()
    picker.list.setCurrentRow(0)
    picker.accept()
    assert dialog.chosen is not None and dialog.chosen.id == other
    assert "chosen by you" in dialog.page.match.port_call.text()
    assert "the sheet names the ship SEA STAR" in dialog.page.match.problem.text()
    assert dialog.import_button.isEnabled()


def test_a_preselected_port_call_takes_the_list(
        qtbot: QtBot, officer: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    call_id = arrive(officer, register(officer, "Sea Star", "KHM", imo="9074729"),
                     "2026-11-27T08:30")  # not the sheet's date: the plan would make another
    dialog = open_dialog(qtbot, officer, port_call_id=call_id)
    assert "SEA STAR" in dialog.start.target.text()
    read(qtbot, monkeypatch, dialog, crew_sheets.older_layout_xlsx(tmp_path))
    assert dialog.page.counts.text() == "10 valid, 0 with problems, 5 skipped"
    assert "older FAL Form 5 layout" in dialog.page.file_label.text()
    assert "the sheet names the ship OCEAN PEARL" in dialog.page.match.problem.text()
    dialog.page.match.direction.setCurrentIndex(1)  # the departure's list
    dialog.import_button.click()
    wait_idle(qtbot, dialog)
    [saved] = crew.lists_of_port_call(officer, call_id)
    assert saved.direction.value == "departure" and saved.source == "crew_older.xlsx"
    assert counts(officer) == (1, 1, 1)  # no vessel or port call made from the sheet


def test_cancel_leaves_the_store_untouched(
        qtbot: QtBot, officer: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, officer)
    read(qtbot, monkeypatch, dialog, crew_sheets.current_layout_xlsx(tmp_path))
    dialog.close_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert counts(officer) == (0, 0, 0)


def test_reading_can_be_cancelled_and_a_bad_file_says_why(
        qtbot: QtBot, officer: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, officer)
    hold = threading.Event()
    officer.submit(hold.wait)  # the worker is busy: the read waits behind it
    pick_file(monkeypatch, crew_sheets.current_layout_xlsx(tmp_path))
    dialog.start.choose_button.click()
    assert dialog.task is not None
    dialog.task.cancel()
    hold.set()
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentIndex() == START
    assert "cancelled" in dialog.start.error.text()
    bad = tmp_path / "crew.xlsx"
    bad.write_bytes(b"not a workbook")
    pick_file(monkeypatch, bad)
    dialog.start.choose_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentIndex() == START and "crew.xlsx" in dialog.start.error.text()


def test_a_workbook_with_several_sheets_offers_the_choice(
        qtbot: QtBot, officer: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = crew_sheets.current_layout_xlsx(tmp_path)
    book = openpyxl.load_workbook(path)
    book.create_sheet("Notes").append(["Agent's remarks", "none"])
    book.save(path)
    dialog = open_dialog(qtbot, officer)
    read(qtbot, monkeypatch, dialog, path)
    sheet = dialog.page.sheet
    assert sheet.isVisible() and [sheet.itemText(i) for i in range(sheet.count())] == [
        "Crew list", "Notes"]
    seen = answer_next_box()
    sheet.activated.emit(1)
    wait_idle(qtbot, dialog)
    assert any("No crew table was found" in text for text in seen)
    assert sheet.currentText() == "Crew list" and dialog.pages.currentIndex() == PREVIEW


def test_a_guess_the_import_is_not_sure_of_is_highlighted(
        qtbot: QtBot, officer: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crew.csv"
    path.write_text("No.;Family name;Given names;Nationalty;Date of birth\n"
                    "1;NGUYEN;VAN AN;VNM;12/03/1975\n", encoding="utf-8")
    dialog = open_dialog(qtbot, officer)
    read(qtbot, monkeypatch, dialog, path)
    combos = dialog.page.header.combos
    assert combos[3].currentData() == Field.NATIONALITY
    assert [c.property("guess") for c in combos] == ["sure", "sure", "sure", "low", "sure"]
    assert "not for certain" in combos[3].toolTip()
    # a language switch redraws every text from what is kept, not from what is shown
    dialog.page.counts.setText("stale")
    dialog.page.notes.setText("stale")
    QCoreApplication.postEvent(QApplication.instance(), QEvent(QEvent.Type.LanguageChange))
    qtbot.waitUntil(lambda: dialog.page.counts.text() != "stale")
    assert dialog.page.counts.text() == "1 valid, 0 with problems, 0 skipped"
    assert "No column is chosen for Number of identity document" in dialog.page.notes.text()
    assert combos[3].currentData() == Field.NATIONALITY and combos[3].currentText() == (
        "Nationality")
