"""Logging a tip-off through its form: the source code only for a human source, subjects
found with the search or typed (container numbers checked as typed), the grading matrix,
and the core's messages under the fields they concern."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import AdmiraltyGrade, Scheme, UkGrade
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.tipoff import Channel, Status, Subject, SubjectKind
from piu_desk.core.records import tipoffs
from piu_desk.ui.intel.tipoffs_model import Column
from tests.conftest import ADMIN, OFFICER
from tests.ui.intel_support import as_officer, log, tipoffs_section, with_sources
from tests.ui.records_support import register


def test_an_officer_logs_a_graded_tip_off_about_a_vessel_and_a_container(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = as_officer(with_sources(desk_factory))
    vid = register(desk, "Hai Phong Star", "VNM", imo="9074729")
    section = tipoffs_section(qtbot, desk)
    assert section.model.rowCount() == 0
    dialog = section.new_tipoff()
    form = dialog.form
    form.channel.setCurrentIndex(form.channel.findData(Channel.HOTLINE))
    assert not form.source.isVisible()  # a hotline call names no source
    form.channel.setCurrentIndex(form.channel.findData(Channel.HUMAN_SOURCE))
    assert form.source.isVisible()
    assert [form.source.itemText(i) for i in range(1, form.source.count())] == [
        "PIU-KOS-S01", "PIU-KOS-S02"]  # codes, and nothing of who they are
    form.source.setCurrentIndex(form.source.findData("PIU-KOS-S02"))
    form.handling.setCurrentIndex(form.handling.findData(Handling.HQ_ONLY))

    picker = form.subjects.find_record()
    hits = picker.search("hai phong")
    assert [h.ref for h in hits] == [vid]
    picker.accept()

    subjects = form.subjects
    subjects.free_kind.setCurrentIndex(subjects.free_kind.findData(SubjectKind.CONTAINER))
    subjects.free_text.setText("CSQU 305438-4")  # one digit off: judged as it is typed
    assert "check digit" in subjects.error()
    assert not subjects.add_free()
    assert len(subjects.subjects()) == 1
    subjects.free_text.setText("CSQU 305438-3")
    assert subjects.error() == ""
    assert "check digit is right" in subjects.message.text()
    assert subjects.add_free()
    form.text.setPlainText("Two containers go to a private yard before the customs check.")
    dialog.matrix.pick("B2")
    assert "Usually reliable; Probably true" in dialog.matrix.summary.text()
    dialog.submit()

    assert not dialog.isVisible()
    assert section.model.rowCount() == 1
    row = section.model.index(0, Column.GRADE)
    assert row.data() == "B2 · Admiralty"
    assert section.model.index(0, Column.CHANNEL).data() == "Human source · PIU-KOS-S02"
    assert section.model.index(0, Column.SUBJECTS).data() == "HAI PHONG STAR, CSQU3054383"
    assert section.model.index(0, Column.OFFICER).data() == OFFICER[1]
    [saved] = tipoffs.page(desk, 0, 10)
    assert saved.grade == AdmiraltyGrade("B", "2")
    assert saved.grade.scheme == Scheme.ADMIRALTY
    assert saved.source_code == "PIU-KOS-S02"
    assert saved.handling == Handling.HQ_ONLY
    assert [(s.kind, s.ref) for s in saved.subjects] == [
        (SubjectKind.VESSEL, vid), (SubjectKind.CONTAINER, None)]
    assert saved.status == Status.NEW


def test_a_container_typed_but_not_added_is_not_lost(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = as_officer(with_sources(desk_factory))
    section = tipoffs_section(qtbot, desk)
    dialog = section.new_tipoff()
    dialog.form.channel.setCurrentIndex(dialog.form.channel.findData(Channel.PARTNER_AGENCY))
    subjects = dialog.form.subjects
    subjects.free_kind.setCurrentIndex(subjects.free_kind.findData(SubjectKind.CONTAINER))
    subjects.free_text.setText("MSKU1234566")  # wrong check digit, never added
    dialog.form.text.setPlainText("Drugs in a reefer container.")
    dialog.submit()
    assert dialog.isVisible()
    assert "check digit" in subjects.error()
    assert subjects.free_text.text() == "MSKU1234566"
    assert tipoffs.count(desk) == 0
    subjects.free_text.setText("MSKU1234565")
    dialog.submit()  # typed and valid: added on saving
    [saved] = tipoffs.page(desk, 0, 10)
    assert saved.subjects == (Subject(SubjectKind.CONTAINER, None, "MSKU1234565"),)


def test_the_cores_messages_show_under_their_fields(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = as_officer(with_sources(desk_factory))
    section = tipoffs_section(qtbot, desk)
    dialog = section.new_tipoff()
    form = dialog.form
    form.channel.setCurrentIndex(form.channel.findData(Channel.HUMAN_SOURCE))
    form.source.setCurrentIndex(0)
    form.text.setPlainText("A cook signed on without a seafarer's book.")
    dialog.submit()
    assert dialog.field_error("source_code") == "Choose the code of the human source."
    form.source.setCurrentIndex(form.source.findData("PIU-KOS-S01"))
    form.text.setPlainText("   ")
    dialog.submit()
    assert dialog.field_error("source_code") == ""
    assert dialog.field_error("text") == "Write what the tip-off says."
    assert tipoffs.count(desk) == 0


def test_a_station_on_uk_3x5x2_grades_in_its_matrix_and_old_grades_keep_theirs(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = with_sources(desk_factory)
    desk.unlock(ADMIN[0], ADMIN[2])
    old = log(desk, grade=AdmiraltyGrade("C", "3"))
    tipoffs.set_grading_scheme(desk, Scheme.UK_3X5X2)
    section = tipoffs_section(qtbot, desk)
    assert section.scheme_note.text() == "Graded in: UK 3x5x2"
    dialog = section.new_tipoff()
    matrix = dialog.matrix
    assert matrix.scheme == Scheme.UK_3X5X2
    assert sorted(matrix.cells) == [(s, i) for s in "123" for i in "ABCDE"]
    assert sorted(matrix.handling_buttons) == ["C", "P"]
    assert matrix.row_axis.text() == "Source evaluation"
    assert "Known indirectly to the source but corroborated" in \
        matrix._column_labels["B"].text()
    assert "Untested" in matrix.cells[("2", "B")].toolTip()
    matrix.cells[("2", "B")].click()
    assert matrix.incomplete()
    dialog.form.channel.setCurrentIndex(dialog.form.channel.findData(Channel.HOTLINE))
    dialog.form.text.setPlainText("Passengers hidden in the engine room.")
    dialog.submit()
    assert "handling code (P or C)" in dialog.field_error("grade")
    assert tipoffs.count(desk) == 1
    matrix.pick("2BC")
    dialog.submit()
    new = [t for t in tipoffs.page(desk, 0, 10) if t.id != old]
    assert new[0].grade == UkGrade("2", "B", "C")
    assert section.model.index(0, Column.GRADE).data() == "2BC · UK 3x5x2"

    opened = section.open_tipoff(old)
    assert opened is not None
    assert opened.matrix.scheme == Scheme.ADMIRALTY  # never converted
    assert opened.matrix.cells[("C", "3")].isChecked()
    opened.form.text.setPlainText("News report: the former owner was sanctioned.")
    opened.submit()
    assert tipoffs.get(desk, old).grade == AdmiraltyGrade("C", "3")


def test_only_an_administrator_chooses_the_scheme(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = as_officer(with_sources(desk_factory))
    assert tipoffs_section(qtbot, desk).scheme_button.isHidden()
    desk.unlock(ADMIN[0], ADMIN[2])
    section = tipoffs_section(qtbot, desk)
    assert section.scheme_button.isVisible()
    dialog = section.choose_scheme()
    dialog.choices[Scheme.UK_3X5X2].setChecked(True)
    dialog.submit()
    assert tipoffs.grading_scheme(desk) == Scheme.UK_3X5X2
    assert section.scheme_note.text() == "Graded in: UK 3x5x2"
    assert section.new_tipoff().matrix.scheme == Scheme.UK_3X5X2
