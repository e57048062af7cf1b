"""The Approvals section on a real store: the queue of submitted inspections with their
vessel and port call, approving, returning with a required comment that the officer then
sees, and the count in the sidebar of the main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.inspection import Status
from piu_desk.core.records import inspections
from piu_desk.ui.inspections import ApprovalsSection, InspectionDialog
from piu_desk.ui.inspections.queue_model import Column
from piu_desk.ui.sections import SECTIONS
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import ADMIN, OFFICER, SUPERVISOR, StoreInfo
from tests.ui.entry_support import TASK_TIMEOUT_MS, a_port_call, keep, submitted
from tests.ui.shell_support import Harness, section_titles


def open_section(qtbot: QtBot, desk: Desk) -> ApprovalsSection:
    tasks = TaskRunner(desk)
    section = ApprovalsSection(desk, tasks)
    tasks.changed.connect(section.refresh)
    keep(qtbot, section, tasks)
    section.resize(1100, 800)
    section.show()
    return section


def chosen_id(section: ApprovalsSection) -> int | None:
    row = section.chosen()
    return None if row is None else row.inspection.id


@pytest.fixture
def waiting(desk_factory: Callable[[], Desk]) -> tuple[Desk, int, int]:
    """A desk with two submitted inspections, handed to the supervisor."""
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    first = submitted(desk, a_port_call(desk))
    second = submitted(desk, a_port_call(desk, "Ocean Star", imo=None))
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    return desk, first, second


def test_an_officers_draft_submitted_is_approved_in_the_section(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    pid = a_port_call(desk)
    tasks = TaskRunner(desk)
    dialog = InspectionDialog(desk, tasks, port_call_id=pid)
    keep(qtbot, dialog, tasks)
    dialog.form.outcome_box.setCurrentIndex(dialog.form.outcome_box.findData("cleared"))
    dialog.form.findings.setPlainText("Routine check; nothing to report.")
    with qtbot.waitSignal(dialog.accepted, timeout=TASK_TIMEOUT_MS):
        dialog.submit_button.click()
    [iid] = [i.id for i in inspections.of_port_call(desk, pid)]

    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    section = open_section(qtbot, desk)
    assert section.sidebar_title() == "Approvals (1)"
    assert section.model.index(0, Column.VESSEL).data() == "MEKONG TRADER"
    assert section.model.index(0, Column.ARRIVED).data() == "27 Nov 2026 08:30"
    assert section.model.index(0, Column.OFFICERS).data() == "Chan Vanna"
    assert section.detail.isVisible()
    assert section.vessel.text() == "MEKONG TRADER (KHM, IMO 9074729)"
    assert "berth B3" in section.port_call.text()
    assert section.form.findings.toPlainText() == "Routine check; nothing to report."
    assert section.form.findings.isReadOnly()
    assert section.attachments.add_button.isHidden()
    section.approve_button.click()
    assert inspections.get(desk, iid or 0).status == Status.APPROVED
    assert section.count() == 0 and section.sidebar_title() == "Approvals"
    assert section.empty.isVisible() and not section.detail.isVisible()
    assert "Approved" in section.notice.text()


def test_returning_needs_a_comment_which_the_officer_then_sees(
        qtbot: QtBot, waiting: tuple[Desk, int, int]) -> None:
    desk, first, second = waiting
    section = open_section(qtbot, desk)
    assert section.sidebar_title() == "Approvals (2)"
    section.select(second)
    assert chosen_id(section) == second
    section.return_button.click()
    assert section.comment_error.isVisible()
    assert section.comment_error.text() == \
        "Say what has to change before returning the inspection."
    assert inspections.get(desk, second).status == Status.SUBMITTED
    section.comment.setPlainText("Attach the photos of the forepeak store.")
    section.return_button.click()
    assert inspections.get(desk, second).status == Status.RETURNED
    assert section.sidebar_title() == "Approvals (1)"
    assert chosen_id(section) == first

    desk.unlock(OFFICER[0], OFFICER[2])
    tasks = TaskRunner(desk)
    pid = inspections.get(desk, second).port_call_id
    dialog = InspectionDialog(desk, tasks, port_call_id=pid, inspection_id=second)
    keep(qtbot, dialog, tasks)
    dialog.show()
    assert dialog.review.isVisible()
    assert "Attach the photos of the forepeak store." in dialog.review.text()


def test_a_supervisor_does_not_approve_an_inspection_they_boarded(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    submitted(desk, a_port_call(desk), officers=("sopheap",))
    section = open_section(qtbot, desk)
    assert not section.approve_button.isEnabled()
    assert section.own_note.isVisible()
    assert section.return_button.isEnabled()


@pytest.fixture
def harness(qtbot: QtBot, store: StoreInfo, tmp_path: Path) -> Iterator[Harness]:
    made = Harness(qtbot, store.folder, tmp_path / "settings.ini", clock=store.clock)
    yield made
    made.close()


def test_the_sidebar_counts_what_waits(qtbot: QtBot, store: StoreInfo,
                                      harness: Harness) -> None:
    with store.open() as desk:
        desk.unlock(OFFICER[0], OFFICER[2])
        for name in ("Mekong Trader", "Ocean Star"):
            submitted(desk, a_port_call(desk, name, imo=None))
    harness.start()
    window = harness.login(ADMIN[0], ADMIN[2])  # administrator and supervisor
    titles = section_titles(window)
    assert titles.index("Approvals (2)") < titles.index("Administration")
    section = window.sections["approvals"]
    assert isinstance(section, ApprovalsSection)
    section.approve_button.click()
    assert "Approvals (1)" in section_titles(window)


def test_only_supervisors_see_the_section() -> None:
    [spec] = [s for s in SECTIONS if s.key == "approvals"]
    assert spec.visible_to(lambda role: role == Role.SUPERVISOR)
    for role in (Role.OFFICER, Role.EXCHANGE, Role.ADMIN, Role.CUSTODIAN):
        assert not spec.visible_to(lambda r, role=role: r == role)  # type: ignore[misc]
    keys = [s.key for s in SECTIONS]
    assert keys.index("vessels") < keys.index("approvals") < keys.index("admin")
