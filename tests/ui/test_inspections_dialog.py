"""The inspection dialog on a real store: a draft saved and submitted, the missing outcome
and findings named next to their fields, a returned inspection showing the supervisor's
comment, and an approved one changed only by an amendment that keeps the earlier version."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.inspection import Outcome, Risk, Status
from piu_desk.core.records import inspections
from piu_desk.ui.inspections import InspectionDialog
from piu_desk.ui.inspections.labels import choose
from piu_desk.ui.inspections.versions import ReasonDialog, previous_record
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import OFFICER, SUPERVISOR
from tests.ui.entry_support import (
    FINDINGS,
    TASK_TIMEOUT_MS,
    a_port_call,
    an_inspection,
    give_reason,
    keep,
    submitted,
    when_modal,
)


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def open_dialog(qtbot: QtBot, desk: Desk, port_call_id: int,
                inspection_id: int | None = None) -> InspectionDialog:
    tasks = TaskRunner(desk)
    dialog = InspectionDialog(desk, tasks, port_call_id=port_call_id,
                              inspection_id=inspection_id)
    keep(qtbot, dialog, tasks)
    dialog.show()
    return dialog


def test_a_new_draft_is_saved_then_submitted(qtbot: QtBot, officer: Desk) -> None:
    pid = a_port_call(officer)
    dialog = open_dialog(qtbot, officer, pid)
    assert dialog.mode() == "edit" and dialog.windowTitle() == "New inspection"
    assert dialog.vessel.text() == "MEKONG TRADER (KHM, IMO 9074729)"
    assert dialog.form.officers.ticked() == ("vanna",)  # the user is on board by default
    dialog.form.officers.tick("sopheap")
    choose(dialog.form.risk_box, Risk.MEDIUM)
    dialog.form.findings.setPlainText("Crew list checked against passports.")
    with qtbot.waitSignal(dialog.accepted, timeout=TASK_TIMEOUT_MS):
        dialog.save_button.click()
    [saved] = inspections.of_port_call(officer, pid)
    assert saved.status == Status.DRAFT and saved.risk == Risk.MEDIUM
    assert saved.officers == ("sopheap", "vanna")
    assert saved.findings == "Crew list checked against passports."

    again = open_dialog(qtbot, officer, pid, saved.id)
    assert again.status.text() == "Status: Draft"
    again.form.findings.clear()
    again.submit_button.click()  # no outcome, no findings: both said at once, nothing saved
    assert again.form.errors.text("outcome") == \
        "Choose the outcome before submitting the inspection."
    assert again.form.errors.text("findings") == \
        "Write the findings before submitting the inspection."
    assert again.isVisible()
    assert inspections.get(officer, saved.id or 0).findings  # untouched
    choose(again.form.outcome_box, Outcome.CLEARED)
    again.form.findings.setPlainText(FINDINGS)
    with qtbot.waitSignal(again.accepted, timeout=TASK_TIMEOUT_MS):
        again.submit_button.click()
    done = inspections.get(officer, saved.id or 0)
    assert done.status == Status.SUBMITTED and done.findings == FINDINGS

    waiting = open_dialog(qtbot, officer, pid, saved.id)
    assert waiting.mode() == "view" and waiting.form.findings.isReadOnly()
    assert waiting.save_button.isHidden() and waiting.submit_button.isHidden()
    assert "A supervisor reviews it next" in waiting.review.text()


def test_no_boarding_officer_is_named_next_to_the_list(qtbot: QtBot, officer: Desk) -> None:
    dialog = open_dialog(qtbot, officer, a_port_call(officer))
    dialog.form.officers.tick("vanna", on=False)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.form.errors.text("officers")),
                    timeout=TASK_TIMEOUT_MS)
    assert dialog.form.errors.text("officers") == "Name at least one boarding officer."
    assert dialog.isVisible() and dialog.save_button.isEnabled()


def test_a_returned_inspection_shows_the_supervisors_comment(qtbot: QtBot,
                                                             officer: Desk) -> None:
    pid = a_port_call(officer)
    iid = submitted(officer, pid)
    officer.unlock(SUPERVISOR[0], SUPERVISOR[2])
    inspections.return_for_changes(officer, iid, "Name the two persons & their nationality.")
    officer.unlock(OFFICER[0], OFFICER[2])
    dialog = open_dialog(qtbot, officer, pid, iid)
    assert dialog.mode() == "edit"
    assert dialog.status.text() == "Status: Returned for changes"
    assert dialog.review.isVisible()
    text = dialog.review.text()
    assert "Returned for changes" in text and "Keo Sopheap (sopheap)" in text
    assert "Name the two persons &amp; their nationality." in text  # escaped, shown whole
    dialog.form.findings.setPlainText(FINDINGS + "\nThey gave their nationality as MMR.")
    with qtbot.waitSignal(dialog.accepted, timeout=TASK_TIMEOUT_MS):
        dialog.submit_button.click()
    assert inspections.get(officer, iid).status == Status.SUBMITTED


def test_an_approved_inspection_changes_only_by_an_amendment(qtbot: QtBot,
                                                             officer: Desk) -> None:
    pid = a_port_call(officer)
    iid = submitted(officer, pid)
    officer.unlock(SUPERVISOR[0], SUPERVISOR[2])
    inspections.approve(officer, iid)
    officer.unlock(OFFICER[0], OFFICER[2])
    dialog = open_dialog(qtbot, officer, pid, iid)
    assert dialog.mode() == "approved"
    assert dialog.form.findings.isReadOnly() and not dialog.amend_button.isHidden()
    assert dialog.save_button.isHidden() and dialog.attachments.add_button.isHidden()
    assert "Approved" in dialog.review.text()
    assert not dialog.tabs.isTabVisible(1)  # no earlier versions yet

    give_reason("The persons' nationality was confirmed by immigration.")
    dialog.amend_button.click()
    assert dialog.mode() == "amending" and not dialog.form.findings.isReadOnly()
    assert "confirmed by immigration" in dialog.review.text()
    dialog.form.findings.setPlainText(FINDINGS + " Both are nationals of Myanmar (MMR).")
    with qtbot.waitSignal(dialog.accepted, timeout=TASK_TIMEOUT_MS):
        dialog.save_amendment_button.click()

    [kept] = inspections.amendments(officer, iid)
    assert kept.by == "vanna" and kept.reason.endswith("confirmed by immigration.")
    assert previous_record(kept)["findings"] == FINDINGS
    assert inspections.get(officer, iid).findings.endswith("Myanmar (MMR).")
    again = open_dialog(qtbot, officer, pid, iid)
    assert again.tabs.isTabVisible(1)
    assert again.tabs.tabText(1) == "Earlier versions (1)"
    row = again.versions.table.topLevelItem(0)
    assert row is not None and row.text(3) == kept.reason
    assert "Chan Vanna (vanna)" in row.text(2)
    assert again.versions.before.toPlainText() == FINDINGS
    assert "amendments: 1" in again.status.text()


def test_cancelling_an_amendment_restores_the_approved_values(qtbot: QtBot,
                                                              officer: Desk) -> None:
    pid = a_port_call(officer)
    iid = submitted(officer, pid)
    officer.unlock(SUPERVISOR[0], SUPERVISOR[2])
    inspections.approve(officer, iid)
    dialog = open_dialog(qtbot, officer, pid, iid)
    dialog.start_amendment("typo")
    dialog.form.findings.setPlainText("changed")
    dialog.cancel_amendment_button.click()
    assert dialog.mode() == "approved" and dialog.form.findings.toPlainText() == FINDINGS
    assert inspections.amendments(officer, iid) == []


def test_the_reason_of_an_amendment_is_required(qtbot: QtBot, officer: Desk) -> None:
    pid = a_port_call(officer)
    iid = an_inspection(officer, pid)
    dialog = open_dialog(qtbot, officer, pid, iid)

    def empty_then_cancel(widget: object) -> None:
        assert isinstance(widget, ReasonDialog)
        widget.buttons.accepted.emit()
        assert widget.isVisible()
        assert widget.error.text() == "Say why the approved inspection is amended."
        widget.reject()
    when_modal(empty_then_cancel)
    dialog.ask_amendment()
    assert dialog.mode() == "edit"  # nothing started


def test_enter_in_a_field_does_not_save(qtbot: QtBot, officer: Desk) -> None:
    pid = a_port_call(officer)
    dialog = open_dialog(qtbot, officer, pid)
    dialog.form.started_at.setFocus()
    qtbot.keyClick(dialog.form.started_at, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert inspections.of_port_call(officer, pid) == []
