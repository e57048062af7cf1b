"""The Watchlist section on a real store: the list with its columns, the expired entries
marked, the filters, adding and correcting entries with inline messages from the core, HQ's
entries read-only, and rebuilding the screening index."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry
from piu_desk.core.intel import watchlist
from piu_desk.core.store import watchlist as watchlist_store
from piu_desk.ui.intel import WatchlistSection
from piu_desk.ui.intel.watchlist_dialog import WatchEntryDialog
from piu_desk.ui.intel.watchlist_model import Column
from piu_desk.ui.intel.watchlist_texts import EXPIRED_COLOURS
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import OFFICER, SUPERVISOR

WAIT_MS = 20_000


def unlocked(desk_factory: Callable[[], Desk], who: tuple[str, str, str]) -> Desk:
    desk = desk_factory()
    desk.unlock(who[0], who[2])
    return desk


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    return unlocked(desk_factory, OFFICER)


def seed(desk: Desk) -> dict[str, int]:
    """A local person, an HQ person with an alias, an expired HQ person and a vessel."""
    def add(entry: WatchEntry) -> int:
        return watchlist.add(desk, entry)[0]
    return {
        "local": add(WatchEntry(None, EntryKind.PERSON, ("Tran Thi Hoa",), "Recruiter",
                                "PIU Sihanoukville", "2026-10-01", "2027-10-01",
                                date_of_birth="1990-06-12", nationality="VNM",
                                documents=("C7654321",))),
        "hq": add(WatchEntry(None, EntryKind.PERSON, ("Ivanov Yuriy", "Iouri Ivanov"),
                             "Arms trafficking", "GDI Phnom Penh", "2026-01-01",
                             origin=Origin.HQ, date_of_birth="1970", nationality="RUS",
                             handling=Handling.HQ)),
        "expired": add(WatchEntry(None, EntryKind.PERSON, ("Old Case",), "Fraud", "GDI",
                                  "2020-01-01", "2021-01-01", origin=Origin.HQ)),
        "vessel": add(WatchEntry(None, EntryKind.VESSEL, ("Sea Pearl", "Ocean Pearl"),
                                 "Fuel smuggling", "GDI", "2026-03-01", imo="9074729",
                                 mmsi="514123456", call_sign="XUAB7", flag="KHM",
                                 handling=Handling.DESK_ONLY)),
    }


def open_section(qtbot: QtBot, desk: Desk) -> WatchlistSection:
    tasks = TaskRunner(desk)
    section = WatchlistSection(desk, tasks)
    tasks.changed.connect(section.refresh)

    def settle(_widget: object, keep: WatchlistSection = section) -> None:
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=WAIT_MS)
    qtbot.addWidget(section, before_close_func=settle)
    section.resize(1300, 600)
    section.show()
    return section


def cell(section: WatchlistSection, row: int, column: Column,
         role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return section.model.index(row, column).data(role)


def row_of(section: WatchlistSection, entry_id: int) -> int:
    for row in range(section.model.rowCount()):
        entry = section.entry_at(row)
        if entry is not None and entry.id == entry_id:
            return row
    raise AssertionError(f"entry {entry_id} is not listed")


def test_the_list_shows_each_kind_in_its_columns_and_marks_expired_entries(
        qtbot: QtBot, officer: Desk) -> None:
    ids = seed(officer)
    section = open_section(qtbot, officer)
    assert section.model.rowCount() == 4
    assert section.total.text() == "4 entries · 1 expired"
    hq = row_of(section, ids["hq"])
    assert [cell(section, hq, c) for c in (Column.KIND, Column.NAMES, Column.BORN_IMO,
                                           Column.COUNTRY, Column.HANDLING, Column.ORIGIN)] \
        == ["Person", "IVANOV YURIY / IOURI IVANOV", "1970", "RUS", "May go to HQ",
            "From HQ"]
    assert "Aliases: IOURI IVANOV" in str(cell(section, hq, Column.NAMES,
                                               Qt.ItemDataRole.ToolTipRole))
    local = row_of(section, ids["local"])
    assert cell(section, local, Column.BORN_IMO) == "12 Jun 1990"
    assert cell(section, local, Column.DOCUMENTS) == "C7654321"
    assert cell(section, local, Column.ISSUER) == "PIU Sihanoukville"
    assert cell(section, local, Column.ORIGIN) == "Local"
    vessel = row_of(section, ids["vessel"])
    assert [cell(section, vessel, c) for c in (Column.KIND, Column.BORN_IMO, Column.COUNTRY,
                                               Column.DOCUMENTS, Column.HANDLING)] == [
        "Vessel", "IMO 9074729", "KHM", "MMSI 514123456 · call sign XUAB7",
        "Stays on this desk"]
    expired = row_of(section, ids["expired"])
    assert cell(section, expired, Column.EXPIRES) == "EXPIRED 1 Jan 2021"
    background = cell(section, expired, Column.NAMES, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush)
    assert background.color().name() == EXPIRED_COLOURS[0]
    assert "no longer raises alerts" in str(cell(section, expired, Column.KIND,
                                                 Qt.ItemDataRole.ToolTipRole))
    assert cell(section, local, Column.EXPIRES) == "1 Oct 2027"
    assert cell(section, local, Column.NAMES, Qt.ItemDataRole.BackgroundRole) is None


def test_filters_by_kind_by_text_and_without_expired_entries(qtbot: QtBot,
                                                            officer: Desk) -> None:
    ids = seed(officer)
    section = open_section(qtbot, officer)

    def listed() -> set[int]:
        return {e.id for e in (section.entry_at(r) for r in range(section.model.rowCount()))
                if e is not None and e.id is not None}
    section.kind.setCurrentIndex(section.kind.findData(EntryKind.VESSEL.value))
    section.kind.activated.emit(section.kind.currentIndex())
    assert listed() == {ids["vessel"]}
    assert section.total.text() == "1 of 4 entries · 1 expired"
    section.kind.setCurrentIndex(section.kind.findData(EntryKind.PERSON.value))
    section.kind.activated.emit(section.kind.currentIndex())
    assert listed() == {ids["local"], ids["hq"], ids["expired"]}
    section.show_expired.setChecked(False)
    assert listed() == {ids["local"], ids["hq"]}
    section.kind.setCurrentIndex(0)
    section.kind.activated.emit(0)
    qtbot.keyClicks(section.text_filter, "ocean")  # a former name, typed
    qtbot.waitUntil(lambda: listed() == {ids["vessel"]}, timeout=WAIT_MS)
    for text, expected in (("c7654321", {ids["local"]}), ("9074729", {ids["vessel"]}),
                           ("arms", {ids["hq"]}), ("old case", set()), ("100%", set())):
        section.text_filter.setText(text)
        section.apply_filter()
        assert listed() == expected, text
    section.show_expired.setChecked(True)
    section.text_filter.setText("old case")
    section.apply_filter()
    assert listed() == {ids["expired"]}
    section.text_filter.clear()
    section.apply_filter()
    assert section.total.text() == "4 entries · 1 expired"


def fill_person(dialog: WatchEntryDialog, **texts: str) -> None:
    values = {"name": "Lam Thi Huong", "aliases": "Lam Huong\nHuong Lam Thi",
              "date_of_birth": "1990", "nationality": "vnm", "documents": "C 123-4567",
              "reason": "Suspected recruiter in a trafficking case", "issuer": "PIU",
              "issued": "2026-11-01", "expires": "2027-11-01"}
    values.update(texts)
    f = dialog.fields
    for key, text in values.items():
        if key in f.edits:
            f.edits[key].setText(text)
        elif key in f.codes:
            f.codes[key].setText(text)
        else:
            f.edits_multi[key].setPlainText(text)


def test_an_officer_adds_a_person_with_aliases_and_only_a_year_of_birth(
        qtbot: QtBot, officer: Desk) -> None:
    section = open_section(qtbot, officer)
    assert section.add_person.isVisible() and not section.rebuild_button.isVisible()
    section.add_person.click()
    dialog = section.findChild(WatchEntryDialog)
    assert dialog is not None and dialog.person.isChecked()
    assert dialog.fields.text("issued") == "2026-11-28"  # the desk's today
    fill_person(dialog)
    dialog.fields.edits_multi["aliases"].setPlainText("Lam Huong\n\n  Huong Lam Thi  \n")
    dialog.handling.setCurrentIndex(dialog.handling.findData(Handling.DESK_ONLY.value))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.result() == WatchEntryDialog.DialogCode.Accepted,
                    timeout=WAIT_MS)
    assert dialog.entry_id is not None
    stored = watchlist.get(officer, dialog.entry_id)
    assert stored.names == ("LAM THI HUONG", "LAM HUONG", "HUONG LAM THI")
    assert (stored.date_of_birth, stored.nationality, stored.documents) == (
        "1990", "VNM", ("C1234567",))
    assert stored.origin is Origin.LOCAL and stored.handling is Handling.DESK_ONLY
    assert section.model.rowCount() == 1  # the list followed the change
    assert cell(section, 0, Column.NAMES) == "LAM THI HUONG / LAM HUONG / HUONG LAM THI"


def test_every_wrong_field_gets_the_core_message_and_nothing_is_saved(
        qtbot: QtBot, officer: Desk) -> None:
    section = open_section(qtbot, officer)
    dialog = section.add(EntryKind.PERSON)
    fill_person(dialog, name=" ", aliases="", date_of_birth="2099", nationality="XQZ",
                reason="", issued="2026-11-01", expires="2026-01-01")
    dialog.submit()
    errors = dialog.errors
    assert errors.text("name") == "Enter at least one name (a person's or a vessel's)."
    assert errors.text("reason") == "Say why this entry is on the watchlist."
    assert errors.text("date_of_birth") == "2099 is not a possible year of birth."
    assert "XQZ is not a nationality code" in errors.text("nationality")
    assert errors.text("expires") == "The entry cannot expire before it was issued."
    assert errors.text("issuer") == ""
    assert dialog.isVisible() and watchlist.count(officer) == 0
    fill_person(dialog, date_of_birth="25/04/1990")
    dialog.submit()
    assert errors.text("name") == ""
    assert errors.text("date_of_birth").startswith("Enter the date of birth as year-month-day")
    fill_person(dialog, date_of_birth="1990-04-25")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert watchlist.count(officer) == 1


def test_a_vessel_entry_checks_its_imo_number_and_keeps_former_names(
        qtbot: QtBot, officer: Desk) -> None:
    section = open_section(qtbot, officer)
    dialog = section.add(EntryKind.VESSEL)
    assert dialog.vessel.isChecked()
    assert not dialog.boxes["date_of_birth"].isVisible() and dialog.boxes["imo"].isVisible()
    assert dialog.row_labels["aliases"].text() == "Former names:"
    f = dialog.fields
    f.edits["name"].setText("Mekong Star")
    f.edits_multi["aliases"].setPlainText("Star of Mekong")
    f.edits["imo"].setText("9074728")
    f.codes["flag"].setText("pan")
    f.edits_multi["reason"].setPlainText("Transhipment of fuel at sea")
    dialog.submit()
    assert "9074728" in dialog.errors.text("imo") or dialog.errors.text("imo")
    assert watchlist.count(officer) == 0
    f.edits["imo"].setText("IMO 9074729")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    stored = watchlist.page(officer)[0]
    assert (stored.kind, stored.names, stored.imo, stored.flag) == (
        EntryKind.VESSEL, ("MEKONG STAR", "STAR OF MEKONG"), "9074729", "PAN")


def test_a_local_entry_is_corrected_in_place(qtbot: QtBot, officer: Desk) -> None:
    ids = seed(officer)
    section = open_section(qtbot, officer)
    section.table.activated.emit(section.model.index(row_of(section, ids["local"]), 0))
    dialog = section.findChild(WatchEntryDialog)
    assert dialog is not None and not dialog.read_only
    assert not dialog.person.isEnabled()  # an entry keeps its kind
    assert dialog.fields.code("nationality") == "VNM"
    dialog.fields.edits_multi["documents"].setPlainText("C7654321\nB9988776")
    dialog.fields.edits["expires"].setText("2028-01-31")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    stored = watchlist.get(officer, ids["local"])
    assert stored.documents == ("C7654321", "B9988776") and stored.expires == "2028-01-31"
    assert stored.uid and watchlist.count(officer) == 4
    assert cell(section, row_of(section, ids["local"]), Column.DOCUMENTS) == \
        "C7654321, B9988776"


def test_an_entry_from_hq_opens_read_only(qtbot: QtBot, officer: Desk) -> None:
    ids = seed(officer)
    section = open_section(qtbot, officer)
    dialog = section.open_entry(watchlist.get(officer, ids["hq"]))
    assert dialog is not None and dialog.read_only
    assert dialog.windowTitle() == "Watchlist entry from HQ"
    assert dialog.notice.isVisible() and "HQ issued this entry" in dialog.notice.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isVisible()
    assert dialog.fields.edits["name"].isReadOnly()
    assert dialog.fields.edits_multi["aliases"].isReadOnly()
    assert dialog.fields.edits_multi["aliases"].toPlainText() == "IOURI IVANOV"
    assert not dialog.handling.isEnabled() and dialog.origin.text() == "From HQ"
    assert dialog.fields.edits["expires"].placeholderText() == ""  # nothing to type there
    dialog.fields.edits["name"].setText("Someone Else")  # even if a value got in
    dialog.submit()
    assert watchlist.get(officer, ids["hq"]).name == "IVANOV YURIY"


def test_a_supervisor_rebuilds_the_screening_index(qtbot: QtBot,
                                                   desk_factory: Callable[[], Desk]) -> None:
    desk = unlocked(desk_factory, SUPERVISOR)
    ids = seed(desk)

    def indexed() -> list[tuple[str, int]]:
        return desk.db(lambda c: watchlist_store.lookup(c, ["i:9074729"]))
    desk.mutate(lambda c: c.execute("DELETE FROM watchlist_keys"))  # a lost index
    assert indexed() == []
    section = open_section(qtbot, desk)
    assert section.rebuild_button.isVisible()
    section.rebuild_button.click()
    assert section.task is not None
    qtbot.waitUntil(lambda: section.index_note.isVisible(), timeout=WAIT_MS)
    assert section.index_note.text() == "The screening index was rebuilt from 4 entries."
    assert section.rebuild_button.isEnabled()
    assert indexed() == [("i:9074729", ids["vessel"])]
