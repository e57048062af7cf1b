"""Recording an arrival: a vessel found as you type or registered on the spot, inline
messages from the core's rules, and a vessel that may already exist offered instead."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.records import port_calls, vessels
from piu_desk.ui.records.arrival_dialog import NewArrivalDialog
from piu_desk.ui.records.common import VESSEL, Target
from piu_desk.ui.records.port_call_page import PortCallPage
from piu_desk.ui.records.port_calls_view import PortCallsView
from piu_desk.ui.records.vessel_dialog import VesselDialog
from piu_desk.ui.records.vessel_page import VesselPage
from piu_desk.ui.records.vessels_view import VesselsView
from tests.ui.records_support import arrive, officer_desk, open_section, register

OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    return officer_desk(desk_factory)


def fill_vessel(dialog: VesselDialog, name: str, flag: str = "VNM", imo: str = "",
                mmsi: str = "", call_sign: str = "") -> None:
    for key, text in (("name", name), ("imo", imo), ("mmsi", mmsi), ("call_sign", call_sign),
                      ("gross_tonnage", "4,200"), ("owner_operator", "Hai Phong Shipping")):
        dialog.edits[key].setText(text)
    dialog.flag.setText(flag)
    dialog.ship_type.setCurrentIndex(dialog.ship_type.findData(70))


def test_new_arrival_with_a_new_vessel(qtbot: QtBot, officer: Desk) -> None:
    section = open_section(qtbot, officer)
    assert isinstance(section.home, PortCallsView)
    dialog = section.home.new_arrival()
    dialog.vessel_search.setText("Hai Phong Star")
    dialog.find_vessels("Hai Phong Star")
    assert dialog.results.count() == 0
    vessel_dialog = dialog.new_vessel()
    assert vessel_dialog.edits["name"].text() == "Hai Phong Star"  # carried over
    fill_vessel(vessel_dialog, "Hai Phong Star", imo="9074729", mmsi="574123456",
                call_sign="3WAB7")
    with qtbot.waitSignal(vessel_dialog.accepted):
        vessel_dialog.buttons.button(OK).click()
    assert dialog.vessel_id is not None and "HAI PHONG STAR" in dialog.chosen.text()
    dialog.form.last_port.setText("VNSGN")
    dialog.form.next_port.setText("thbkk")
    dialog.form.berth.setText("Berth 3")
    dialog.form.voyage.setText("HPS-112")
    dialog.form.crew_count.setText("21")
    with qtbot.waitSignal(dialog.recorded):
        dialog.buttons.button(OK).click()
    [pc] = port_calls.page(officer, 0, 10)
    assert (pc.vessel_name, pc.vessel_flag, pc.next_port, pc.crew_count) == (
        "HAI PHONG STAR", "VNM", "THBKK", 21)
    assert pc.arrival == "2026-11-28T08:00"  # the desk clock, as local time, by default
    page = section.navigator.current()  # the new port call opens, ready for its crew list
    assert isinstance(page, PortCallPage) and page.port_call_id == pc.id
    assert section.home.model.total == 1
    vessel = vessels.get(officer, dialog.vessel_id)
    assert (vessel.gross_tonnage, vessel.ship_type, vessel.owner_operator) == (
        4200.0, 70, "Hai Phong Shipping")


def test_the_vessel_is_found_as_you_type(qtbot: QtBot, officer: Desk) -> None:
    vid = register(officer, "Sinar Jaya", "IDN", imo="9176187", call_sign="PNXY")
    section = open_section(qtbot, officer)
    dialog = section.home.new_arrival()  # type: ignore[attr-defined]
    assert isinstance(dialog, NewArrivalDialog)
    qtbot.keyClicks(dialog.vessel_search, "9176187")
    assert dialog.results.count() == 1 and "SINAR JAYA" in dialog.results.item(0).text()
    qtbot.keyClick(dialog.vessel_search, Qt.Key.Key_Down)
    assert dialog.vessel_id == vid
    dialog.form.last_port.setText("not a port")
    dialog.buttons.button(OK).click()
    assert "UN/LOCODE" in dialog.form.errors.text("last_port")
    assert port_calls.count(officer) == 0
    dialog.form.last_port.setText("SGSIN")
    dialog.form.departure_known.setChecked(True)
    dialog.form.departure.setDateTime(dialog.form.arrival.dateTime().addDays(-1))
    dialog.buttons.button(OK).click()
    assert "before the arrival" in dialog.form.errors.text("departure")
    assert dialog.form.errors.text("last_port") == ""
    dialog.form.departure_known.setChecked(False)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(OK).click()
    assert port_calls.count(officer) == 1


def test_no_arrival_without_a_vessel(qtbot: QtBot, officer: Desk) -> None:
    section = open_section(qtbot, officer)
    dialog = section.home.new_arrival()  # type: ignore[attr-defined]
    dialog.buttons.button(OK).click()
    assert "Choose the vessel" in dialog.form.errors.text("id")
    assert dialog.isVisible() and port_calls.count(officer) == 0


def test_invalid_imo_is_shown_under_the_field_and_nothing_is_saved(
        qtbot: QtBot, officer: Desk) -> None:
    section = open_section(qtbot, officer, vessels_section=True)
    assert isinstance(section.home, VesselsView)
    dialog = section.home.register()
    fill_vessel(dialog, "Ocean Pearl", "PAN", imo="9074728", mmsi="12345")
    dialog.buttons.button(OK).click()
    assert "check digit" in dialog.errors.text("imo")
    assert "9 digits" in dialog.errors.text("mmsi")
    assert dialog.errors.text("name") == "" and dialog.isVisible()
    assert vessels.count(officer) == 0
    dialog.edits["imo"].setText("9074729")
    dialog.check("imo")  # as when the officer leaves the field
    assert dialog.errors.text("imo") == ""


def test_mmsi_of_another_flag_is_a_warning_not_an_error(qtbot: QtBot, officer: Desk) -> None:
    section = open_section(qtbot, officer, vessels_section=True)
    dialog = section.home.register()  # type: ignore[attr-defined]
    fill_vessel(dialog, "Ocean Pearl", "PAN", mmsi="574123456")  # 574 is Viet Nam's MID
    dialog.check("mmsi")
    assert dialog.warning.isVisible() and "Vietnam" in dialog.warning.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(OK).click()
    assert vessels.count(officer) == 1
    page = section.navigator.current()
    assert isinstance(page, VesselPage) and page.warning.isVisible()


def test_a_second_vessel_with_the_same_call_sign_is_offered_first(
        qtbot: QtBot, officer: Desk) -> None:
    first = register(officer, "Ocean Pearl", "PAN", call_sign="3EAB7")
    section = open_section(qtbot, officer)
    arrival = section.home.new_arrival()  # type: ignore[attr-defined]
    dialog = arrival.new_vessel()
    fill_vessel(dialog, "Pearl of the Ocean", "PAN", call_sign="3eab7")
    dialog.buttons.button(OK).click()
    panel = dialog.duplicates
    assert panel.isVisible() and vessels.count(officer) == 1
    assert "may already be registered" in panel.message.text()
    [(why, _reason)] = panel.reason_labels
    assert why.text() == "same call sign"
    assert any("OCEAN PEARL · Panama (PAN)" in label.text()
               for label in panel.findChildren(QLabel))
    with qtbot.waitSignal(dialog.accepted):
        panel.open_buttons[0].click()
    assert dialog.chose_existing and arrival.vessel_id == first
    assert vessels.count(officer) == 1


def test_a_different_vessel_is_registered_once_the_officer_says_so(
        qtbot: QtBot, officer: Desk) -> None:
    register(officer, "Ocean Pearl", "PAN", call_sign="3EAB7")
    section = open_section(qtbot, officer, vessels_section=True)
    dialog = section.home.register()  # type: ignore[attr-defined]
    fill_vessel(dialog, "Pearl of the Ocean", "PAN", call_sign="3EAB7")
    dialog.buttons.button(OK).click()
    assert dialog.duplicates.different_button.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        dialog.duplicates.different_button.click()
    assert not dialog.chose_existing and vessels.count(officer) == 2


def test_the_same_imo_is_never_registered_twice(qtbot: QtBot, officer: Desk) -> None:
    register(officer, "Ocean Pearl", "PAN", imo="9074729")
    section = open_section(qtbot, officer, vessels_section=True)
    dialog = section.home.register()  # type: ignore[attr-defined]
    fill_vessel(dialog, "Renamed Pearl", "LBR", imo="9074729")
    dialog.buttons.button(OK).click()
    assert "already registered" in dialog.errors.text("imo")
    assert dialog.duplicates.isVisible()
    assert not dialog.duplicates.different_button.isVisible()
    assert vessels.count(officer) == 1


def test_editing_a_vessel_keeps_its_former_name(qtbot: QtBot, officer: Desk) -> None:
    vid = register(officer, "Ocean Pearl", "PAN", imo="9074729")
    arrive(officer, vid)
    section = open_section(qtbot, officer, vessels_section=True)
    page = section.navigator.open(Target(VESSEL, vid))
    assert isinstance(page, VesselPage) and page.calls_table.rowCount() == 1
    dialog = page.edit()
    assert dialog is not None and dialog.edits["imo"].isReadOnly()
    dialog.edits["name"].setText("Ocean Pearl II")
    dialog.flag.setText("KHM")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(OK).click()
    qtbot.waitUntil(lambda: page.title.text() == "OCEAN PEARL II")
    assert page.history.rowCount() == 1
    assert page.history.item(0, 0).text() == "OCEAN PEARL"  # type: ignore[union-attr]
