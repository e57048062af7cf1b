"""Helpers for the equipment screen tests: a custodian at a real desk, a small register
made through the equipment services, and the sections as the main window builds them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.equipment import assets, custody, incidents
from piu_desk.core.equipment.incidents import IncidentKind
from piu_desk.ui import pdf_output
from piu_desk.ui.equipment import EquipmentSection, MyEquipmentSection
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import ADMIN, OFFICER
from tests.core.equipment_support import CUSTODIAN, sample

WAIT_MS = 15_000
TODAY = "2026-11-28"  # the FakeClock's day


def custodian_desk(desk_factory: Callable[[], Desk]) -> Desk:
    """A desk the custodian (also an officer) is logged in to."""
    desk = desk_factory()
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.add_user(desk, NewUser(*CUSTODIAN, frozenset({Role.CUSTODIAN, Role.OFFICER})))
    desk.unlock(CUSTODIAN[0], CUSTODIAN[2])
    return desk


def small_register(desk: Desk) -> dict[str, int]:
    """Six items: two laptops (one issued to vanna and accepted), a camera issued to a
    place, two radios (one lost this year), a scanner in the office. Tag -> id."""
    ids: dict[str, int] = {}
    for tag, category, location in (
            ("LAP-001", "Laptop", "Store room"), ("LAP-002", "Laptop", "Store room"),
            ("CAM-001", "Camera", "Store room"), ("RAD-001", "Handheld radio", "Jetty 2"),
            ("RAD-002", "Handheld radio", "Jetty 2"), ("SCN-001", "Document scanner",
                                                       "PIU office")):
        item = sample(tag, category)
        ids[tag] = assets.add(desk, replace(item, location=location,
                                            description=f"{category} {tag[-3:]}"))[0]
    custody.issue(desk, ids["LAP-001"], OFFICER[0], "2026-10-01")
    custody.accept(desk, ids["LAP-001"], OFFICER[0])
    custody.issue(desk, ids["CAM-001"], "Boarding team", "2026-10-05", holder_kind=custody.PLACE)
    incidents.report(desk, ids["RAD-002"], IncidentKind.LOSS, "2026-08-14", place="Jetty 2",
                     circumstances="Dropped overboard during a boarding.")
    return ids


def open_widget(qtbot: QtBot, widget: QWidget, tasks: TaskRunner) -> None:
    """Shown and kept alive until work still running at the end of the test reports back."""
    def settle(_widget: object, keep: QWidget = widget) -> None:
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=WAIT_MS)
    qtbot.addWidget(widget, before_close_func=settle)
    widget.resize(1280, 800)
    with qtbot.waitActive(widget):  # shortcuts reach the active window only
        widget.show()
        widget.activateWindow()


def open_section(qtbot: QtBot, desk: Desk) -> EquipmentSection:
    tasks = TaskRunner(desk)
    section = EquipmentSection(desk, tasks)
    tasks.changed.connect(section.refresh)
    open_widget(qtbot, section, tasks)
    wait_loaded(qtbot, section)
    return section


def open_mine(qtbot: QtBot, desk: Desk) -> MyEquipmentSection:
    tasks = TaskRunner(desk)
    section = MyEquipmentSection(desk, tasks)
    tasks.changed.connect(section.refresh)
    open_widget(qtbot, section, tasks)
    return section


def wait_loaded(qtbot: QtBot, section: EquipmentSection) -> None:
    view = section.register
    qtbot.waitUntil(lambda: not view.loading and bool(view.model.all_rows), timeout=WAIT_MS)


def shown_tags(section: EquipmentSection) -> list[str]:
    return [r.asset.tag for r in section.register.model.shown]


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers `path` and the not-encrypted warning is accepted; the list
    receives the suggested names."""
    asked: list[str] = []

    def ask(_parent: object, suggested: str, _folder: Path) -> Path:
        asked.append(suggested)
        return path
    monkeypatch.setattr(pdf_output, "ask_path", ask)
    monkeypatch.setattr(pdf_output, "confirm_unencrypted", lambda *_args: True)
    return asked
