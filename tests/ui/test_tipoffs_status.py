"""A logged tip-off in the list and its dialog: filtering by status and reading a long list
a page at a time, grading before assessing, the status moves with who and when, what it
came to, and the inspections that followed it up."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import AdmiraltyGrade
from piu_desk.core.domain.tipoff import Confirmation, Status, Subject, SubjectKind
from piu_desk.core.records import tipoffs
from piu_desk.ui.intel.tipoffs_model import Column
from piu_desk.ui.records.lazy_model import PAGE
from tests.conftest import OFFICER, SUPERVISOR
from tests.ui.entry_support import a_port_call, an_inspection
from tests.ui.intel_support import as_officer, log, tipoffs_section, with_sources

GRADE_FIRST = "Grade the tip-off (source and information) before it is assessed."


def test_grading_is_required_before_a_tip_off_is_assessed(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = as_officer(with_sources(desk_factory))
    tid = log(desk)
    section = tipoffs_section(qtbot, desk)
    dialog = section.open_tipoff(tid)
    assert dialog is not None
    assert dialog.progress.move_buttons[Status.ASSESSED].isVisibleTo(dialog)
    assert not dialog.progress.move_to(Status.ASSESSED)
    assert dialog.field_error("grade") == GRADE_FIRST
    assert tipoffs.get(desk, tid).status == Status.NEW
    dialog.matrix.pick("C3")  # picking a cell clears the message; the move saves it first
    assert dialog.field_error("grade") == ""
    assert dialog.progress.move_to(Status.ASSESSED)
    saved = tipoffs.get(desk, tid)
    assert (saved.status, saved.grade) == (Status.ASSESSED, AdmiraltyGrade("C", "3"))
    assert dialog.subtitle.text() == "Assessed · C3 · Admiralty"
    assert section.model.index(0, Column.STATUS).data() == "Assessed"


def test_each_move_shows_who_made_it_and_when_and_a_closed_tip_off_is_read_only(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = as_officer(with_sources(desk_factory))
    tid = log(desk, grade=AdmiraltyGrade("B", "2"))
    tipoffs.move(desk, tid, Status.ASSESSED)
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    section = tipoffs_section(qtbot, desk)
    dialog = section.open_tipoff(tid)
    assert dialog is not None
    progress = dialog.progress
    shown = {s for s, b in progress.move_buttons.items() if b.isVisibleTo(dialog)}
    assert shown == {Status.ACTIONED, Status.CLOSED}  # assessed → actioned or closed
    assert progress.move_to(Status.ACTIONED)
    assert progress.move_to(Status.CLOSED)
    lines = progress.moves_label.text().splitlines()
    assert [line.split(",")[0] for line in lines] == [
        f"New — {OFFICER[1]}", f"Assessed — {OFFICER[1]}", f"Actioned — {SUPERVISOR[1]}",
        f"Closed — {SUPERVISOR[1]}"]
    assert all("28 Nov 2026" in line for line in lines)
    assert not any(b.isVisibleTo(dialog) for b in progress.move_buttons.values())
    assert dialog.form.text.isReadOnly()
    assert not dialog.form.channel.isEnabled()
    assert not dialog.matrix.cells[("A", "1")].isEnabled()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isVisibleTo(dialog)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "Close"
    # what it came to is still recorded on a closed report (the source's history)
    progress.confirmation.setCurrentIndex(progress.confirmation.findData(
        Confirmation.CONFIRMED))
    progress.confirmation.activated.emit(progress.confirmation.currentIndex())
    assert tipoffs.get(desk, tid).confirmation == Confirmation.CONFIRMED


def test_inspections_that_followed_up_are_linked_and_unlinked(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = as_officer(with_sources(desk_factory))
    pid = a_port_call(desk, "Mekong Trader")
    iid = an_inspection(desk, pid)
    tid = log(desk, subjects=(Subject(SubjectKind.PORT_CALL, pid),))
    section = tipoffs_section(qtbot, desk)
    dialog = section.open_tipoff(tid)
    assert dialog is not None
    progress = dialog.progress
    picker = progress.find_inspection()
    assert [h.ref for h in picker.search("mekong")] == [iid]
    picker.accept()
    assert tipoffs.get(desk, tid).inspection_ids == (iid,)
    assert progress.inspections.count() == 1
    assert progress.inspections.item(0).text().startswith("MEKONG TRADER · 27 Nov 2026 10:00")
    progress.inspections.setCurrentRow(0)
    progress.unlink_current()
    assert tipoffs.get(desk, tid).inspection_ids == ()
    assert progress.inspections.count() == 0


def test_the_list_filters_by_status_reads_a_page_at_a_time_and_counts_new_ones(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = as_officer(with_sources(desk_factory))
    many = PAGE + 40
    for n in range(many):
        log(desk, f"Report {n}", received_at=f"2026-10-{1 + n % 28:02d}T{n % 24:02d}:00")
    graded = log(desk, grade=AdmiraltyGrade("A", "1"), received_at="2026-11-27T09:00")
    tipoffs.move(desk, graded, Status.ASSESSED)
    section = tipoffs_section(qtbot, desk)
    assert section.model.total == many + 1
    assert section.model.rowCount() == PAGE  # the first page only
    assert section.model.canFetchMore(section.model.index(-1, -1))
    section.model.fetchMore(section.model.index(-1, -1))
    assert section.model.rowCount() == many + 1
    assert section.sidebar_title() == f"Tip-offs ({many})"
    section.set_status(Status.ASSESSED)
    assert section.model.rowCount() == 1
    assert section.model.index(0, Column.GRADE).data() == "A1 · Admiralty"
    assert section.total_label.text() == "Tip-offs: 1"
    dialog = section.open_tipoff(graded)
    assert dialog is not None
    dialog.matrix.pick("A2")
    dialog.submit()  # saved: the list shows it at once
    assert section.model.index(0, Column.GRADE).data() == "A2 · Admiralty"
    assert section.table.selectionModel().selectedRows()[0].row() == 0
