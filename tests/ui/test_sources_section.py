"""The source register: only supervisors see the section (and the core refuses anyone
else); an identity shows only on "Show identity", each view is audited, and it is hidden
again when the supervisor picks another source or leaves; sources are registered, edited
and retired here, with their reliability history."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.grading import AdmiraltyGrade
from piu_desk.core.domain.tipoff import Channel, Confirmation
from piu_desk.core.errors import NotAllowed
from piu_desk.core.records import sources, tipoffs
from piu_desk.ui.sections import SECTIONS
from tests.conftest import SUPERVISOR
from tests.ui.intel_support import (
    IDENTITIES,
    as_officer,
    log,
    sources_section,
    tipoffs_section,
    with_sources,
)

S01, S02 = "PIU-KOS-S01", "PIU-KOS-S02"


def test_an_officer_sees_neither_the_section_nor_an_identity(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    [spec] = [s for s in SECTIONS if s.key == "sources"]
    assert spec.visible_to(lambda role: role == Role.SUPERVISOR)
    for role in (Role.OFFICER, Role.EXCHANGE, Role.ADMIN, Role.CUSTODIAN):
        assert not spec.visible_to(lambda r, role=role: r == role)  # type: ignore[misc]
    [tips] = [s for s in SECTIONS if s.key == "tipoffs"]
    assert tips.visible_to(lambda role: role == Role.OFFICER)
    desk = as_officer(with_sources(desk_factory))
    with pytest.raises(NotAllowed):  # hiding the section is not the check: the core is
        sources.identity(desk, S01)
    dialog = tipoffs_section(qtbot, desk).new_tipoff()
    source = dialog.form.source
    offered = " ".join(source.itemText(i) for i in range(source.count()))
    for secret in IDENTITIES.values():
        assert secret.identity not in offered
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    assert not desk.audit_page(0, 10, "source.view")


def test_a_supervisor_shows_an_identity_which_is_audited_and_hidden_again(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = with_sources(desk_factory)
    section = sources_section(qtbot, desk)
    assert section.model.rowCount() == 2
    section.select(S01)
    assert not section.identity_box.isVisible()
    assert section.identity.text() == ""  # nothing read yet
    assert not desk.audit_page(0, 10, "source.view")
    section.show_identity()
    assert section.identity_box.isVisible()
    assert section.identity.text() == IDENTITIES[S01].identity
    assert section.contact.text() == IDENTITIES[S01].contact
    [view] = desk.audit_page(0, 10, "source.view")
    assert (view.action, view.target, view.actor) == ("source.view", S01, SUPERVISOR[0])

    section.select(S02)  # another source: the first one's identity goes
    assert not section.identity_box.isVisible()
    assert section.identity.text() == ""
    section.show_identity()
    assert section.identity.text() == IDENTITIES[S02].identity
    assert section.contact.text() == IDENTITIES[S02].contact
    assert section.notes.text() == "—"
    assert len(desk.audit_page(0, 10, "source.view")) == 2

    section.hide()  # leaving the section hides it too
    section.show()
    assert not section.identity_box.isVisible()
    assert section.identity.text() == ""
    assert section.show_button.isVisible()


def test_a_supervisor_registers_edits_and_retires_a_source(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = with_sources(desk_factory)
    section = sources_section(qtbot, desk)
    dialog = section.new_source()
    dialog.code.setText("S/03")  # a slash is not part of a code
    dialog.identity.setText("Quillor Brandveck")
    dialog.submit()
    assert "2 to 24 letters, digits and dashes" in dialog.errors.text("source_code")
    dialog.code.setText(S01)
    dialog.submit()
    assert dialog.errors.text("source_code") == \
        "The register already has a source with this code."
    dialog.code.setText("pik-kos-s03")
    dialog.identity.setText(" ")
    dialog.submit()
    assert dialog.errors.text("identity") == "Enter who the source is."
    dialog.identity.setText("Quillor Brandveck")
    dialog.submit()
    assert not dialog.isVisible()
    assert section.model.rowCount() == 3
    assert section.chosen().source.code == "PIK-KOS-S03"  # type: ignore[union-attr]

    edit = section.edit_source()  # shows what is sealed: a view like any other
    assert edit is not None
    assert edit.identity.text() == "Quillor Brandveck"
    assert not edit.code.isEnabled() or edit.code.isReadOnly()
    edit.contact.setPlainText("Via the harbour master's office")
    edit.submit()
    assert sources.identity(desk, "PIK-KOS-S03").contact == "Via the harbour master's office"
    assert [e.target for e in desk.audit_page(0, 10, "source.edit")] == ["PIK-KOS-S03"]

    section.select(S02)
    assert section.active_button.text() == "Stop using it"
    section.active_button.click()
    assert section.model.index(section.model.row_of(S02), 1).data() == "No"
    assert section.detail.title() == f"{S02} (no longer in use)"
    assert S02 not in [s.code for s in sources.codes(desk)]  # not offered on a new tip-off
    section.active_button.click()
    assert S02 in [s.code for s in sources.codes(desk)]


def test_each_source_shows_what_its_reports_came_to(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = with_sources(desk_factory)
    for grade, outcome in ((AdmiraltyGrade("B", "2"), Confirmation.CONFIRMED),
                           (AdmiraltyGrade("B", "2"), Confirmation.NOT_CONFIRMED),
                           (AdmiraltyGrade("C", "3"), Confirmation.CONFIRMED),
                           (None, Confirmation.OPEN)):
        tid = log(desk, channel=Channel.HUMAN_SOURCE, source_code=S01, grade=grade)
        if outcome != Confirmation.OPEN:
            tipoffs.set_confirmation(desk, tid, outcome)
    section = sources_section(qtbot, desk)
    section.select(S01)
    row = section.model.row_of(S01)
    assert [section.model.index(row, c).data() for c in range(3, 7)] == ["4", "2", "1", "1"]
    assert section.history.text().splitlines() == [
        "4 reports, 3 graded: 2 confirmed, 1 not confirmed, 1 not yet known.",
        "Confirmed in 2 of the 3 reports whose outcome is known."]
    assert section.grades.text() == "B2 ×2, C3 ×1 (Admiralty)"
    section.select(S02)
    assert section.grades.text() == "—"
