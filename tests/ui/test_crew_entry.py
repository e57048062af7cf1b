"""Crew lists typed and scanned, and persons found aboard, on a real store.

A desk MRZ reader types each line and Enter into the focused field; qtbot does the same
with the ICAO specimen passport."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import Direction, Vulnerability
from piu_desk.core.records import crew
from piu_desk.ui.crew_entry import CrewListDialog, PersonAboardDialog
from piu_desk.ui.crew_entry.rows_model import COLUMNS, ERROR_BACKGROUND, WARNING_BACKGROUND
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import OFFICER
from tests.ui.entry_support import TASK_TIMEOUT_MS, a_port_call, keep

LINE_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
LINE_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
BAD_BIRTH = LINE_2.replace("7408122", "7408132")  # one digit of the date of birth changed
SPECIMEN = {
    "family_name": "ERIKSSON", "given_names": "ANNA MARIA", "nationality": "UTO",
    "date_of_birth": "1974-08-12", "gender": "F", "document_type": "Passport",
    "document_number": "L898902C3", "document_issuer": "UTO", "document_expiry": "2012-04-15"}


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def crew_dialog(qtbot: QtBot, desk: Desk) -> CrewListDialog:
    tasks = TaskRunner(desk)
    dialog = CrewListDialog(desk, tasks, a_port_call(desk))
    keep(qtbot, dialog, tasks)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def scan(qtbot: QtBot, field: QWidget, *lines: str) -> None:
    """What a desk reader does: type each line, then Enter."""
    for line in lines:
        qtbot.keyClicks(field, line)
        qtbot.keyClick(field, Qt.Key.Key_Return)


def editor_of(table: QTableView) -> QWidget:
    """The editor open on the current cell."""
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None
    return editor


def cell(dialog: CrewListDialog, row: int, name: str) -> QModelIndex:
    return dialog.model.index(row, COLUMNS.index(name))


def test_a_scanned_passport_fills_a_row(qtbot: QtBot, officer: Desk) -> None:
    dialog = crew_dialog(qtbot, officer)
    field = dialog.mrz.input
    qtbot.keyClicks(field, LINE_1)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.mrz.progress.text() == "line 1 of 2 read"
    assert dialog.model.row(0).blank()
    qtbot.keyClicks(field, LINE_2)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    values = dialog.model.row(0).values
    assert {k: v for k, v in values.items() if v} == SPECIMEN
    assert dialog.model.row(0).problems == {} and dialog.problems.isHidden()
    assert "Row filled from the MRZ: ERIKSSON ANNA MARIA." in dialog.mrz.status.text()
    assert "specimen" in dialog.mrz.notes.text()  # the core's note on UTO, translated
    assert dialog.isVisible() and crew.lists_of_port_call(officer, 1) == []  # Enter saved nothing
    assert dialog.table.currentIndex().column() == COLUMNS.index("rank")  # next: the rank

    scan(qtbot, field, LINE_1, LINE_2)  # a second passport goes to a new row
    assert dialog.model.rowCount() == 2
    dialog.model.setData(cell(dialog, 0, "rank"), "Master")
    dialog.direction.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.accepted, timeout=TASK_TIMEOUT_MS):
        dialog.save_button.click()
    [saved] = crew.lists_of_port_call(officer, 1)
    assert saved.direction == Direction.DEPARTURE and saved.source == "manual"
    members = crew.members(officer, saved.id or 0)
    assert [(m.number, m.family_name, m.rank) for m in members] == [
        (1, "ERIKSSON", "Master"), (2, "ERIKSSON", "")]
    assert members[0].person_id == members[1].person_id  # one person, seen twice


def test_a_failing_check_digit_names_the_field_and_fills_nothing(qtbot: QtBot,
                                                                 officer: Desk) -> None:
    dialog = crew_dialog(qtbot, officer)
    scan(qtbot, dialog.mrz.input, LINE_1, BAD_BIRTH)
    assert dialog.model.row(0).blank()  # not filled silently
    problems = dialog.mrz.problem_texts()
    assert problems[0] == ("• Date of birth check digit: expected 3, found 2 — the date or "
                           "its check digit was misread.")
    assert any(p.startswith("• Composite check digit") for p in problems)
    marked = dialog.mrz.zone.text()
    assert "<span" in marked and marked.count("<span") == 8  # the date and check, composite
    assert dialog.mrz.accept_button.isVisible() and dialog.mrz.recheck_button.isVisible()
    assert dialog.mrz.correction.toPlainText() == f"{LINE_1}\n{BAD_BIRTH}"

    dialog.mrz.correction.setPlainText(f"{LINE_1}\n{LINE_2}")  # the officer corrects it
    dialog.mrz.recheck_button.click()
    assert {k: v for k, v in dialog.model.row(0).values.items() if v} == SPECIMEN
    assert not dialog.mrz.review.isVisible()


def test_a_failing_zone_can_be_accepted_and_stays_marked(qtbot: QtBot,
                                                         officer: Desk) -> None:
    dialog = crew_dialog(qtbot, officer)
    scan(qtbot, dialog.mrz.input, LINE_1, BAD_BIRTH)
    dialog.mrz.accept_button.click()
    row = dialog.model.row(0)
    assert row.values["date_of_birth"] == "1974-08-13"
    birth = cell(dialog, 0, "date_of_birth")
    background = birth.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == WARNING_BACKGROUND
    assert "Date of birth check digit" in birth.data(
        Qt.ItemDataRole.ToolTipRole)
    texts = dialog.problem_texts()
    assert texts[0].startswith("Row 1, Date of birth: Date of birth check digit")
    assert texts[0].endswith("(from the MRZ, accepted)")
    assert dialog.model.problem_count() == 0  # a warning does not stop saving


def test_an_id_card_of_three_lines_is_read_too(qtbot: QtBot, officer: Desk) -> None:
    dialog = crew_dialog(qtbot, officer)
    scan(qtbot, dialog.mrz.input, "I<UTOD231458907<<<<<<<<<<<<<<<",
         "7408122F1204159UTO<<<<<<<<<<<6")
    assert dialog.model.row(0).blank()
    assert dialog.mrz.progress.text() == "line 2 of 3 read"
    scan(qtbot, dialog.mrz.input, "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
    values = dialog.model.row(0).values
    assert values["document_type"] == "Identity card"
    assert values["document_number"] == "D23145890" and values["family_name"] == "ERIKSSON"


def test_a_misread_line_is_explained_by_the_core(qtbot: QtBot, officer: Desk) -> None:
    dialog = crew_dialog(qtbot, officer)
    scan(qtbot, dialog.mrz.input, LINE_1, LINE_2[:-1])  # a character dropped
    assert dialog.model.row(0).blank()
    assert dialog.mrz.problem_texts() == [
        "Line 2 has 43 characters; each line of a TD3 MRZ has 44. A character was dropped "
        "or added in reading: scan the document again."]
    assert not dialog.mrz.accept_button.isVisible()


def test_cells_are_checked_as_they_are_typed(qtbot: QtBot, officer: Desk) -> None:
    dialog = crew_dialog(qtbot, officer)
    table = dialog.table
    table.setFocus()
    table.go_to(0, COLUMNS.index("family_name"))
    qtbot.keyClicks(table, "N")  # typing starts editing the cell
    qtbot.keyClicks(editor_of(table), "guyen")
    qtbot.keyClick(editor_of(table), Qt.Key.Key_Tab)  # the next cell, open for typing
    assert table.currentIndex().column() == COLUMNS.index("given_names")
    qtbot.keyClicks(editor_of(table), "Van An")
    qtbot.keyClick(editor_of(table), Qt.Key.Key_Return)  # commits (queued by Qt)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert dialog.model.rowCount() == 1  # Enter in a cell only ends the cell
    assert dialog.model.row(0).values["family_name"] == "Nguyen"
    assert dialog.model.row(0).values["given_names"] == "Van An"
    model = dialog.model
    model.setData(cell(dialog, 0, "nationality"), "zzz")
    model.setData(cell(dialog, 0, "date_of_birth"), "1990-13-01")
    red = cell(dialog, 0, "nationality").data(
        Qt.ItemDataRole.BackgroundRole)
    assert isinstance(red, QBrush) and red.color() == ERROR_BACKGROUND
    assert cell(dialog, 0, "nationality").data(
        Qt.ItemDataRole.ToolTipRole).startswith("ZZZ is not a nationality code")
    assert dialog.problems_label.text() == "Problems to correct: 2"
    assert [t.split(":")[0] for t in dialog.problem_texts()] == [
        "Row 1, Nationality", "Row 1, Date of birth"]
    dialog.save_button.click()
    assert dialog.general_error.text().startswith("Correct the cells marked in red first")
    assert crew.lists_of_port_call(officer, 1) == []
    model.setData(cell(dialog, 0, "nationality"), "vnm")
    model.setData(cell(dialog, 0, "date_of_birth"), "1990-12-01")
    assert model.problem_count() == 0 and dialog.problems.isHidden()


def test_enter_adds_a_row_and_del_removes_it(qtbot: QtBot, officer: Desk) -> None:
    dialog = crew_dialog(qtbot, officer)
    table, model = dialog.table, dialog.model
    model.setData(cell(dialog, 0, "family_name"), "SOK")
    table.setFocus()
    table.go_to(0, COLUMNS.index("rank"))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert model.rowCount() == 2
    assert table.currentIndex().row() == 1
    assert table.state() == table.State.EditingState  # the new row's family name is open
    qtbot.keyClick(editor_of(table), Qt.Key.Key_Escape)
    table.go_to(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert model.rowCount() == 1 and model.row(0).values["family_name"] == "SOK"
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert model.rowCount() == 1 and model.row(0).blank()  # always a row to type into
    assert dialog.isVisible()


def person_dialog(qtbot: QtBot, desk: Desk) -> PersonAboardDialog:
    tasks = TaskRunner(desk)
    dialog = PersonAboardDialog(desk, tasks, a_port_call(desk))
    keep(qtbot, dialog, tasks)
    dialog.show()
    return dialog


def test_a_minor_is_flagged_automatically(qtbot: QtBot, officer: Desk) -> None:
    dialog = person_dialog(qtbot, officer)
    minor = dialog.vulnerable[Vulnerability.MINOR]
    assert not minor.isChecked() and minor.isEnabled()
    dialog.date_of_birth.setText("2010-03-14")  # 16 on the desk's day, 28 Nov 2026
    assert minor.isChecked() and not minor.isEnabled() and dialog.minor_note.isVisible()
    assert not dialog.age.isEnabled() and dialog.age.value() == 16
    dialog.date_of_birth.clear()
    dialog.age.setValue(34)
    assert not minor.isChecked() and minor.isEnabled()
    dialog.age.setValue(15)
    assert minor.isChecked() and not minor.isEnabled()

    dialog.family_name.setText("Unknown")
    dialog.nationality.setText("mmr")
    dialog.gender.setCurrentIndex(2)
    dialog.circumstances.setPlainText("Found hiding in the forepeak store by the bosun.")
    dialog.vulnerable[Vulnerability.TRAFFICKING].setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=TASK_TIMEOUT_MS):
        dialog.buttons.accepted.emit()
    [person] = crew.aboard(officer, 1)
    assert person.family_name == "UNKNOWN" and person.age == 15
    assert person.nationality == "MMR" and person.gender == "F"
    assert person.vulnerabilities == {Vulnerability.MINOR, Vulnerability.TRAFFICKING}


def test_person_fields_say_what_is_wrong(qtbot: QtBot, officer: Desk) -> None:
    dialog = person_dialog(qtbot, officer)
    dialog.nationality.setText("Burmese")
    dialog.nationality.editingFinished.emit()
    assert dialog.errors.text("nationality").startswith("BURMESE is not a nationality code")
    dialog.date_of_birth.setText("2030-01-01")
    dialog.date_of_birth.editingFinished.emit()
    assert dialog.errors.text("date_of_birth") == "This date is in the future."
    dialog.nationality.setText("MMR")
    dialog.date_of_birth.clear()
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(dialog.errors.text("family_name")), timeout=TASK_TIMEOUT_MS)
    assert dialog.errors.text("family_name") == \
        "Enter a family name, or UNKNOWN if the person gives none."
    assert dialog.isVisible() and crew.aboard(officer, 1) == []
